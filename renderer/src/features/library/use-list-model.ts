import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulletinSummary } from '../../core/model';
import { tagLanguageOf } from '../../core/tags/names';
import { useArchive, useArchiveVersion } from '../../app/archive/ArchiveProvider';
import type { ListModel } from '../../app/archive/archive-service';
import { useUiState } from '../../app/state';

const PAGE = 100;

/** The current list (query + view + sort) and a windowed row loader for the virtual list. */
export function useListModel() {
  const { service } = useArchive();
  const { state } = useUiState();
  const version = useArchiveVersion();
  const [model, setModel] = useState<ListModel | null>(null);
  /** The query text `model` answers (lags `state.queryText` while a search runs). */
  const [answered, setAnswered] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rows, setRows] = useState<Map<number, BulletinSummary>>(new Map());
  const loadingPages = useRef(new Set<number>());
  const generation = useRef(0);

  const trash = state.view.kind === 'trash';
  // The tag chooser names tags in the UI's language.
  const tagLanguage = tagLanguageOf(useTranslation().i18n.language);
  useEffect(() => {
    const current = ++generation.current;
    service
      .query(state.queryText, { order: state.sort, translations: state.translations, trash, typing: true, tagLanguage })
      .then((next) => {
        if (current !== generation.current) return;
        loadingPages.current.clear();
        setRows(new Map());
        setModel(next);
        setAnswered(state.queryText);
        setError(next.kind === 'matches' && next.error ? next.error : null);
      })
      .catch((reason: unknown) => current === generation.current && setError(String(reason)));
  }, [service, state.queryText, state.sort, state.translations, trash, version, tagLanguage]);

  /** Makes sure rows [start, end) are loaded (in pages). */
  const ensureRows = useCallback(
    (start: number, end: number) => {
      if (!model) return;
      const current = generation.current;
      for (let page = Math.floor(start / PAGE); page * PAGE < Math.min(end, model.total); page++) {
        if (loadingPages.current.has(page)) continue;
        loadingPages.current.add(page);
        void service.loadRows(model, page * PAGE, PAGE).then((loaded) => {
          if (current !== generation.current) return;
          setRows((previous) => {
            const next = new Map(previous);
            loaded.forEach((row, i) => next.set(page * PAGE + i, row));
            return next;
          });
        });
      }
    },
    [model, service],
  );

  return { model, rows, ensureRows, error, answered };
}
