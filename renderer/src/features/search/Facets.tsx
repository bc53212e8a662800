import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchive } from '../../app/archive/ArchiveProvider';
import { useUiState } from '../../app/state';
import type { SearchFacets } from '../../core/search/engine-types';
import { countryDisplayName } from '../../core/text/country-names';
import { tagQuery } from '../navigation/Sidebar';
import { useTagNames } from '../tags/use-tags';

const MAX_PER_FACET = 8;
/** Below this the facets start as one scrolling line, so the list keeps its rows (1024×640 and the like). */
const COMPACT_QUERY = '(max-height: 760px), (max-width: 1100px)';

function top(counts: Record<string, number>): Array<[string, number]> {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_PER_FACET);
}

function startsCompact(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(COMPACT_QUERY).matches;
}

/**
 * Counts by year, country, tag and language; a click narrows the query with that filter. Names are
 * shown in the UI language (México, Perú; a tag's Spanish name) while the filters stay canonical.
 * On small windows they collapse to one line that scrolls sideways, with a toggle to show them all.
 */
export function Facets({ facets }: { facets: SearchFacets }) {
  const { t, i18n } = useTranslation();
  const { service } = useArchive();
  const { state, dispatch } = useUiState();
  const names = useTagNames();
  const [expanded, setExpanded] = useState(() => !startsCompact());
  const add = (filter: string) => {
    if (state.queryText.includes(filter)) return;
    dispatch({ type: 'query', queryText: `${state.queryText.trim()} ${filter}`.trim() });
  };
  const tags = service.getTags();
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const groups: Array<{ key: string; label: string; entries: Array<{ label: string; count: number; filter: string }> }> = [
    { key: 'year', label: t('facets.year'), entries: top(facets.year).map(([y, n]) => ({ label: y, count: n, filter: `year:${y}` })) },
    {
      key: 'country',
      label: t('facets.country'),
      entries: top(facets.country).map(([c, n]) => ({
        label: countryDisplayName(c, i18n.language),
        count: n,
        filter: `country:${c.includes(' ') ? `"${c}"` : c}`,
      })),
    },
    {
      key: 'tag',
      label: t('facets.tag'),
      entries: top(facets.tag).flatMap(([id, n]) => {
        const tag = byId.get(id);
        return tag ? [{ label: names.name(tag), count: n, filter: tagQuery(names.path(tags, id)) }] : [];
      }),
    },
    {
      key: 'language',
      label: t('facets.language'),
      entries: top(facets.language).map(([l, n]) => ({ label: t(`lang.${l}`, { defaultValue: l }), count: n, filter: `lang:${l}` })),
    },
  ];
  const shown = groups.filter((group) => group.entries.length > 0);
  if (shown.length === 0) return null;
  return (
    <div className={`facets-bar${expanded ? '' : ' compact'}`}>
      <div className="facets" aria-label={t('facets.label')} role="group" id="result-facets">
        {shown.map((group) => (
          <div key={group.key} className="facet-group">
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
      <button
        type="button"
        className="icon facets-toggle"
        aria-controls="result-facets"
        aria-expanded={expanded}
        aria-label={t('results.showFilters')}
        title={t('results.showFilters')}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? '▴' : '▾'}
      </button>
    </div>
  );
}
