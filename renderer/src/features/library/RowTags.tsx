import { useTranslation } from 'react-i18next';
import type { Tag } from '../../core/model';
import { useTagNames } from '../tags/use-tags';

/**
 * A list row's tags as colour dots. Each dot is an image named by its tag (so the row reads
 * "Tags of …: Fisheries and Aquaculture, Peru") and can take focus; hovering or focusing it shows
 * the name beside it. Focus stays inside the row's click target without opening the bulletin.
 */
export function RowTags({ tagIds, tags, title }: { tagIds: readonly string[]; tags: ReadonlyMap<string, Tag>; title: string }) {
  const { t } = useTranslation();
  const names = useTagNames();
  const shown = tagIds.map((id) => tags.get(id)).filter((tag): tag is Tag => tag !== undefined);
  if (shown.length === 0) return null;
  return (
    // A group, not a list: a nested list would add listitems to the contract's `Bulletins` list.
    <span className="row-tags" role="group" aria-label={t('results.rowTags', { title })}>
      {shown.map((tag) => {
        const name = names.name(tag);
        return (
          <span key={tag.id} className="row-tag">
            <span
              role="img"
              aria-label={name}
              tabIndex={0}
              className="row-tag-dot"
              style={{ background: tag.color }}
              onClick={(event) => event.stopPropagation()}
            />
            <span className="row-tag-name" aria-hidden="true">
              {name}
            </span>
          </span>
        );
      })}
    </span>
  );
}
