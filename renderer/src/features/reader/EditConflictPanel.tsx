import { useTranslation } from 'react-i18next';
import type { FieldConflict, MergeChoice } from './edit-merge';

export interface EditConflict {
  /** True when the bulletin was moved to the Trash (or deleted) elsewhere: nothing to merge into. */
  gone: boolean;
  fields: FieldConflict[];
}

/** A value as shown in the merge list: short, one line, empty made visible. */
function preview(value: string, empty: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  if (!line) return empty;
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/**
 * The refused save's alert: "changed elsewhere", with `Reload` (take the stored bulletin, drop the
 * form's edits) and, when the bulletin still exists, a keep-mine / take-theirs choice per changed field.
 */
export function EditConflictPanel({
  conflict,
  onChoose,
  onReload,
  onSaveMerged,
}: {
  conflict: EditConflict;
  onChoose(field: FieldConflict['field'], choice: MergeChoice): void;
  onReload(): void;
  onSaveMerged(): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="alert" role="alert">
      <p>{conflict.gone ? t('revisions.trashedElsewhere') : t('revisions.changedElsewhere')}</p>
      {!conflict.gone && conflict.fields.length > 0 ? (
        <fieldset>
          <legend>{t('revisions.mergeLegend')}</legend>
          {conflict.fields.map((c) => (
            <div role="radiogroup" aria-label={t(`reader.${c.field}`)} key={c.field} className="field">
              <strong>{t(`reader.${c.field}`)}</strong>
              <label>
                <input type="radio" name={`merge-${c.field}`} checked={c.choice === 'mine'} onChange={() => onChoose(c.field, 'mine')} />{' '}
                {t('revisions.keepMine')}: <q>{preview(c.mine, t('revisions.empty'))}</q>
              </label>
              <label>
                <input type="radio" name={`merge-${c.field}`} checked={c.choice === 'theirs'} onChange={() => onChoose(c.field, 'theirs')} />{' '}
                {t('revisions.takeTheirs')}: <q>{preview(c.theirs, t('revisions.empty'))}</q>
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" onClick={onReload}>
          {t('revisions.reload')}
        </button>
        {!conflict.gone ? (
          <button type="button" className="primary" onClick={onSaveMerged}>
            {t('revisions.saveMerged')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
