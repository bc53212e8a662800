import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paragraphsOf, type PreviewItem } from './preview-model';
import { BulletinDate, DateMarks } from '../library/BulletinDate';
import { OcrBadge } from './OcrStatus';

interface Props {
  item: PreviewItem;
  /** Position in the preview list; the callbacks take it, so they can stay the same across renders. */
  index: number;
  onChange(index: number, item: PreviewItem): void;
  onMerge(index: number): void;
  onSplit(index: number, at: number): void;
  onUseAsTitle(index: number, paragraph: number): void;
}

/**
 * The first words of a paragraph, so each "Split here" button is named by where it splits (a list
 * of identical names tells a screen-reader user nothing).
 */
export function firstWords(paragraph: string, maxWords = 8): string {
  const words = paragraph.trim().split(/\s+/);
  return words.length > maxWords ? `${words.slice(0, maxWords).join(' ')}…` : words.join(' ');
}

/** A blank line inside the body: the bulletin has at least two paragraphs, so it can be split. */
const PARAGRAPH_BREAK = /\S\s*\n\s*\n\s*\S/;

/**
 * One bulletin found in the files: title, date, language, snippet, and its preview actions.
 * Memoised: a preview lists up to hundreds of rows, and the dialog re-renders on every progress
 * step and click, which would otherwise redraw every row (measured: 150–210 ms per render of 300).
 */
export const PreviewRow = memo(function PreviewRow({ item, index, onChange, onMerge, onSplit, onUseAsTitle }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [splitting, setSplitting] = useState(false);
  const [choosingTitle, setChoosingTitle] = useState(false);
  const { bulletin } = item;
  const canMerge = index > 0;
  const canSplit = PARAGRAPH_BREAK.test(bulletin.body);

  return (
    <li className={`preview-item${item.excluded || item.duplicate ? ' muted' : ''}`}>
      <div className="preview-head">
        <label>
          <input
            type="checkbox"
            checked={!item.excluded && !item.duplicate}
            disabled={item.duplicate}
            aria-label={t('import.include', { title: bulletin.title })}
            onChange={(event) => onChange(index, { ...item, excluded: !event.target.checked })}
          />
        </label>
        {editing ? (
          <span className="preview-edit">
            <input
              type="text"
              aria-label={t('reader.title')}
              value={bulletin.title}
              onChange={(event) => onChange(index, { ...item, bulletin: { ...bulletin, title: event.target.value } })}
            />
            <input
              type="date"
              aria-label={t('reader.date')}
              value={bulletin.date ?? ''}
              onChange={(event) => {
                // A date the user typed is no longer a guess.
                const { yearInferred: _guess, dateApprox: _approx, dateEnd: _end, ...rest } = bulletin;
                onChange(index, { ...item, bulletin: { ...rest, date: event.target.value || null, datePrecision: event.target.value ? 'day' : 'unknown' } });
              }}
            />
          </span>
        ) : (
          <strong className="preview-title">{bulletin.title}</strong>
        )}
      </div>
      <div className="meta">
        <BulletinDate value={bulletin} />
        <DateMarks value={bulletin} />
        <span>{t(`lang.${bulletin.language}`)}</span>
        <span>{item.fileName}</span>
        {item.duplicate ? <span className="badge">{t('import.duplicate')}</span> : null}
        {item.copyOf ? (
          <span className="badge" title={t(item.copyOf.reason === 'body' ? 'importSession.copyBodyHint' : 'importSession.copyTitleHint')}>
            {t('importSession.copyOf', { file: item.copyOf.fileName })}
          </span>
        ) : null}
        <OcrBadge itemKey={item.key} />
      </div>
      <p className="snippet">{bulletin.body.slice(0, 220)}{bulletin.body.length > 220 ? '…' : ''}</p>
      <div className="preview-actions">
        <button type="button" onClick={() => setEditing(!editing)}>
          {editing ? t('import.doneEditing') : t('import.edit')}
        </button>
        <button type="button" disabled={!canMerge} onClick={() => onMerge(index)}>
          {t('import.merge')}
        </button>
        <button type="button" disabled={!canSplit} onClick={() => setSplitting(!splitting)}>
          {t('import.split')}
        </button>
        <button type="button" disabled={bulletin.body.trim() === ''} aria-expanded={choosingTitle} onClick={() => setChoosingTitle(!choosingTitle)}>
          {t('importSession.chooseTitle')}
        </button>
      </div>
      {choosingTitle ? (
        <TitleChoices
          body={bulletin.body}
          onChoose={(paragraph) => {
            setChoosingTitle(false);
            onUseAsTitle(index, paragraph);
          }}
        />
      ) : null}
      {splitting ? (
        <ol className="split-choices" aria-label={t('import.splitWhere')}>
          {paragraphsOf(bulletin.body).slice(1).map((paragraph, i) => (
            <li key={i}>
              <button
                type="button"
                className="link"
                aria-label={t('import.splitHere', { words: firstWords(paragraph) })}
                onClick={() => {
                  setSplitting(false);
                  onSplit(index, i + 1);
                }}
              >
                {t('import.splitBefore')}
              </button>{' '}
              {paragraph.slice(0, 90)}
              {paragraph.length > 90 ? '…' : ''}
            </li>
          ))}
        </ol>
      ) : null}
    </li>
  );
});

/** "Use as title" per paragraph, each button named by its paragraph's first words. */
function TitleChoices({ body, onChoose }: { body: string; onChoose(paragraph: number): void }) {
  const { t } = useTranslation();
  return (
    <ol className="split-choices" aria-label={t('importSession.titleWhich')}>
      {paragraphsOf(body).map((paragraph, i) => (
        <li key={i}>
          <button type="button" className="link" aria-label={t('importSession.useAsTitleNamed', { words: firstWords(paragraph) })} onClick={() => onChoose(i)}>
            {t('importSession.useAsTitle')}
          </button>{' '}
          {paragraph.slice(0, 90)}
          {paragraph.length > 90 ? '…' : ''}
        </li>
      ))}
    </ol>
  );
}
