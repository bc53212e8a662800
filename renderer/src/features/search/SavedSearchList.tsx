import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedSearch } from '../../core/model';
import { useArchive, useArchiveVersion, useSend } from '../../app/archive/ArchiveProvider';
import { useToast } from '../../app/components/Toasts';
import { useUiState } from '../../app/state';
import { moveItemBy, moveItemTo } from '../dossiers/dossier-model';
import { SavedSearchActions } from './SavedSearchActions';

/** How many bulletins a saved search finds now, re-counted whenever the archive changes. */
function useLiveCount(query: string): number | null {
  const { service } = useArchive();
  const version = useArchiveVersion();
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    service.countMatches(query).then((n) => live && setCount(n), () => live && setCount(null));
    return () => {
      live = false;
    };
  }, [service, query, version]);
  return count;
}

function SavedSearchItem({ saved, active }: { saved: SavedSearch; active: boolean }) {
  const { dispatch } = useUiState();
  const count = useLiveCount(saved.query);
  return (
    <>
      <button
        type="button"
        className="nav-item"
        data-saved-id={saved.id}
        aria-current={active ? 'page' : undefined}
        onClick={() => dispatch({ type: 'show', view: { kind: 'library' }, queryText: saved.query })}
      >
        <span>{saved.name}</span>
        <span className="count">{count ?? ''}</span>
      </button>
      <SavedSearchActions saved={saved} />
    </>
  );
}

/**
 * The sidebar's saved searches, each with its live count and actions menu. The order is the
 * person's: drag a row, or press Alt+Arrow Up/Down on it; focus stays on the moved search and a
 * live region says where it went.
 */
export function SavedSearchList({ saved, activeQuery }: { saved: readonly SavedSearch[]; activeQuery: string }) {
  const { t } = useTranslation();
  const send = useSend();
  const notify = useToast();
  const listRef = useRef<HTMLUListElement>(null);
  // Shown at once while the write is in flight, so a quick second Alt+Arrow moves from the new place.
  const [order, setOrder] = useState<string[] | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The moved search and which of its buttons had focus (its name or its actions button).
  const focusAfter = useRef<{ id: string; actions: boolean } | null>(null);

  const byId = new Map(saved.map((s) => [s.id, s]));
  const ids = order && order.length === saved.length && order.every((id) => byId.has(id)) ? order : saved.map((s) => s.id);

  useEffect(() => setOrder(null), [saved]);
  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-saved-id="${CSS.escape(target.id)}"]`)?.closest('li');
    row?.querySelector<HTMLElement>(target.actions ? '.saved-actions' : '.nav-item')?.focus();
  });

  const apply = (next: string[], movedId: string) => {
    if (next.every((id, i) => id === ids[i])) return;
    setOrder(next);
    focusAfter.current = { id: movedId, actions: document.activeElement?.classList.contains('saved-actions') ?? false };
    const name = byId.get(movedId)?.name ?? '';
    setAnnouncement(t('savedSearches.moved', { name, position: next.indexOf(movedId) + 1, total: next.length }));
    send('saved-search/reorder', { ids: next }).catch((caught: unknown) => {
      setOrder(null);
      notify({ message: t('errors.generic', { message: caught instanceof Error ? caught.message : String(caught) }), error: true });
    });
  };

  // On the row, so Alt+Arrow works from the search's name and from its actions button alike.
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if ((event.target as HTMLElement).closest('[role="menu"]')) return;
    event.preventDefault();
    const id = ids[index];
    if (id !== undefined) apply(moveItemBy(ids, index, event.key === 'ArrowUp' ? -1 : 1), id);
  };

  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    const from = dragFrom ?? Number(event.dataTransfer.getData('text/x-saved-search-index'));
    setDragFrom(null);
    const id = ids[from];
    if (!Number.isInteger(from) || from === index || id === undefined) return;
    apply(moveItemTo(ids, from, index), id);
  };

  return (
    <>
      <p className="visually-hidden">{t('savedSearches.reorderHint')}</p>
      <ul ref={listRef} className="saved-searches" aria-label={t('nav.savedSearches')}>
        {ids.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          return (
            <li
              key={id}
              className={`saved-search${dragFrom === index ? ' dragging' : ''}`}
              draggable
              onDragStart={(event) => {
                setDragFrom(index);
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/x-saved-search-index', String(index));
              }}
              onDragOver={(event) => {
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
              }}
              onDragEnd={() => setDragFrom(null)}
              onDrop={(event) => onDrop(event, index)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <SavedSearchItem saved={item} active={activeQuery === item.query.trim()} />
            </li>
          );
        })}
      </ul>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </>
  );
}
