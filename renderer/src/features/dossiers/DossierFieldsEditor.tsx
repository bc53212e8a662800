import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier, DossierGrouping, PageSize } from '../../core/model';

/** The editable descriptive fields of a dossier (the New dialog and the view share them). */
export type DossierDraft = Pick<Dossier, 'title' | 'subtitle' | 'author' | 'introduction' | 'grouping' | 'pageSize'>;

export const EMPTY_DRAFT: DossierDraft = { title: '', subtitle: '', author: '', introduction: '', grouping: 'none', pageSize: 'A4' };

const GROUPINGS: Array<{ value: DossierGrouping; key: string }> = [
  { value: 'none', key: 'dossiers.groupNone' },
  { value: 'month', key: 'dossiers.groupMonth' },
  { value: 'country', key: 'dossiers.groupCountry' },
  { value: 'tag', key: 'dossiers.groupTag' },
];
const PAGE_SIZES: PageSize[] = ['A4', 'Letter'];

/** The draft fields picked out of a stored dossier. */
export function draftOf(dossier: Dossier): DossierDraft {
  const { title, subtitle, author, introduction, grouping, pageSize } = dossier;
  return { title, subtitle, author, introduction, grouping, pageSize };
}

/** Labelled inputs for a dossier draft; every label is a real <label> so tests and screen readers find them. */
export function DossierFieldsEditor({
  draft,
  onChange,
  autoFocusTitle = false,
}: {
  draft: DossierDraft;
  onChange(next: DossierDraft): void;
  /** In a dialog, start typing the title at once (the dialog would otherwise focus its close button). */
  autoFocusTitle?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = <K extends keyof DossierDraft>(key: K, value: DossierDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <div className="dossier-fields">
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('dossiers.title')}</label>
        <input
          id={`${id}-title`}
          type="text"
          aria-required="true"
          autoFocus={autoFocusTitle}
          value={draft.title}
          onChange={(e) => set('title', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-subtitle`}>{t('dossiers.subtitle')}</label>
        <input id={`${id}-subtitle`} type="text" value={draft.subtitle} onChange={(e) => set('subtitle', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-author`}>{t('dossiers.author')}</label>
        <input id={`${id}-author`} type="text" value={draft.author} onChange={(e) => set('author', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-intro`}>{t('dossiers.introduction')}</label>
        <textarea id={`${id}-intro`} rows={3} value={draft.introduction} onChange={(e) => set('introduction', e.target.value)} />
      </div>
      <div className="dossier-fields-row">
        <div className="field">
          <label htmlFor={`${id}-grouping`}>{t('dossiers.grouping')}</label>
          <select id={`${id}-grouping`} value={draft.grouping} onChange={(e) => set('grouping', e.target.value as DossierGrouping)}>
            {GROUPINGS.map((g) => (
              <option key={g.value} value={g.value}>
                {t(g.key)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-page`}>{t('dossiers.pageSize')}</label>
          <select id={`${id}-page`} value={draft.pageSize} onChange={(e) => set('pageSize', e.target.value as PageSize)}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
