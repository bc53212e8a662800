import { useTranslation } from 'react-i18next';
import type { BulletinSummary } from '../../core/model';
import { Highlighted } from './Highlighted';
import { BulletinDate, DateMarks } from './BulletinDate';
import { RowTags } from './RowTags';
import { useTags } from '../tags/use-tags';

interface BulletinRowProps {
  row: BulletinSummary | undefined;
  index: number;
  top: number;
  height: number;
  active: boolean;
  selected: boolean;
  highlightTerms: readonly string[];
  snippet: string | undefined;
  onOpen(index: number, event: React.MouseEvent): void;
  onToggleSelect(index: number, shiftKey: boolean): void;
}

/** One list row: title, date (machine-readable in <time>), place, language and a marked snippet. */
export function BulletinRow({ row, index, top, height, active, selected, highlightTerms, snippet, onOpen, onToggleSelect }: BulletinRowProps) {
  const { t } = useTranslation();
  const tags = useTags();
  if (!row) {
    return <div role="listitem" className="list-item" style={{ top, height }} aria-busy="true" />;
  }
  return (
    <div
      role="listitem"
      className={`list-item${active ? ' active' : ''}${selected ? ' selected' : ''}`}
      aria-current={active ? 'true' : undefined}
      data-id={row.id}
      style={{ top, height }}
      onClick={(event) => onOpen(index, event)}
    >
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
        <input
          type="checkbox"
          aria-label={t('list.select', { title: row.title })}
          checked={selected}
          onClick={(event) => {
            event.stopPropagation();
            onToggleSelect(index, event.shiftKey);
          }}
          onChange={() => undefined}
        />
        <div style={{ minWidth: 0, flex: 1 }}>
          <div className="title">
            <Highlighted text={row.title} terms={highlightTerms} />
          </div>
          <div className="meta">
            <BulletinDate value={row} />
            <DateMarks value={row} />
            {row.place ? <span>{row.place}</span> : null}
            <span>{t(`lang.${row.language}`)}</span>
            <RowTags tagIds={row.tags} tags={new Map(tags.map((tag) => [tag.id, tag]))} title={row.title} />
          </div>
          <div className="snippet">
            <Highlighted text={snippet ?? row.excerpt} terms={highlightTerms} maxChars={180} />
          </div>
        </div>
      </div>
    </div>
  );
}
