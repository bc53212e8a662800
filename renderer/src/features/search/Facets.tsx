import { useTranslation } from 'react-i18next';
import { useArchive } from '../../app/archive/ArchiveProvider';
import { useUiState } from '../../app/state';
import type { SearchFacets } from '../../core/search/engine-types';
import { tagPath } from '../../core/tags/tree';
import { tagQuery } from '../navigation/Sidebar';

const MAX_PER_FACET = 8;

function top(counts: Record<string, number>): Array<[string, number]> {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_PER_FACET);
}

/** Counts by year, country, tag and language; a click narrows the query with that filter. */
export function Facets({ facets }: { facets: SearchFacets }) {
  const { t } = useTranslation();
  const { service } = useArchive();
  const { state, dispatch } = useUiState();
  const add = (filter: string) => {
    if (state.queryText.includes(filter)) return;
    dispatch({ type: 'query', queryText: `${state.queryText.trim()} ${filter}`.trim() });
  };
  const tags = service.getTags();
  const groups: Array<{ key: string; label: string; entries: Array<{ label: string; count: number; filter: string }> }> = [
    { key: 'year', label: t('facets.year'), entries: top(facets.year).map(([y, n]) => ({ label: y, count: n, filter: `year:${y}` })) },
    {
      key: 'country',
      label: t('facets.country'),
      entries: top(facets.country).map(([c, n]) => ({ label: c, count: n, filter: `country:${c.includes(' ') ? `"${c}"` : c}` })),
    },
    {
      key: 'tag',
      label: t('facets.tag'),
      entries: top(facets.tag)
        .filter(([id]) => tags.some((tag) => tag.id === id))
        .map(([id, n]) => ({ label: tags.find((tag) => tag.id === id)?.name ?? id, count: n, filter: tagQuery(tagPath(tags, id)) })),
    },
    {
      key: 'language',
      label: t('facets.language'),
      entries: top(facets.language).map(([l, n]) => ({ label: t(`lang.${l}`, { defaultValue: l }), count: n, filter: `lang:${l}` })),
    },
  ];
  return (
    <div className="facets" aria-label={t('facets.label')} role="group">
      {groups
        .filter((group) => group.entries.length > 0)
        .map((group) => (
          <div key={group.key}>
            <strong>{group.label}:</strong>{' '}
            {group.entries.map((entry) => (
              <button
                key={entry.filter}
                type="button"
                aria-label={t('facets.filterBy', { label: entry.label, count: entry.count })}
                onClick={() => add(entry.filter)}
              >
                {entry.label} ({entry.count})
              </button>
            ))}
          </div>
        ))}
    </div>
  );
}
