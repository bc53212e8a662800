import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchive } from '../../app/archive/ArchiveProvider';
import { useUiState } from '../../app/state';
import type { BulletinSummary } from '../../core/model';
import { formatDate } from '../library/format';

export interface PartialGroup {
  missing: string[];
  ids: string[];
  /** Set on the matches of the "did you mean" correction, listed when the typed query found nothing. */
  corrected?: string;
}

/**
 * Bulletins with some of the words (when few or none have them all), below the results and apart
 * from them: the result count still says how many have every word. One heading per set of
 * missing words, naming them. When nothing matched and the query was corrected ("did you mean"),
 * the corrected query's bulletins come first, in a section of their own naming the correction.
 */
export function PartialMatches({ groups }: { groups: readonly PartialGroup[] }) {
  const { t, i18n } = useTranslation();
  const { service } = useArchive();
  const { dispatch } = useUiState();
  const [rows, setRows] = useState<Map<string, BulletinSummary>>(new Map());

  useEffect(() => {
    let live = true;
    void service.summaries(groups.flatMap((g) => g.ids)).then((list) => {
      if (live) setRows(new Map(list.map((r) => [r.id, r])));
    });
    return () => {
      live = false;
    };
  }, [groups, service]);

  if (groups.length === 0) return null;
  const list = (ids: readonly string[]) => (
    <ul>
      {ids.map((id) => {
        const row = rows.get(id);
        if (!row) return null;
        return (
          <li key={id} data-id={id}>
            <button type="button" className="link" onClick={() => dispatch({ type: 'open', id })}>
              {row.title}
            </button>
            {row.date ? <time dateTime={row.date}>{formatDate(row.date, row.datePrecision, i18n.language)}</time> : null}
          </li>
        );
      })}
    </ul>
  );
  const corrected = groups.filter((g) => g.corrected !== undefined);
  const partial = groups.filter((g) => g.corrected === undefined);
  return (
    <>
      {corrected.map((group) => (
        // The correction's matches stand apart: they have none of the words as typed.
        <section key={group.corrected} className="partial-matches" aria-label={t('searchCorrected.label')}>
          <h3>{t('searchCorrected.heading', { query: group.corrected })}</h3>
          {list(group.ids)}
        </section>
      ))}
      {partial.length > 0 ? (
        <section className="partial-matches" aria-label={t('partial.label')}>
          {partial.map((group) => (
            <div key={group.missing.join('\u0000')}>
              <h3>{t('partial.heading', { missing: group.missing.join(', ') })}</h3>
              {list(group.ids)}
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
}
