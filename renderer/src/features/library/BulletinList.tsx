import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulletinSummary } from '../../core/model';
import { getBodies } from '../../data';
import { useUiState } from '../../app/state';
import { BulletinRow } from './BulletinRow';

const ROW_HEIGHT = 86;

interface BulletinListProps {
  total: number;
  rows: Map<number, BulletinSummary>;
  ensureRows(start: number, end: number): void;
  highlightTerms: readonly string[];
}

/** Bodies of the visible rows, so snippets show where the query matched (never all bodies). */
function useVisibleBodies(ids: string[], enabled: boolean): Map<string, string> {
  const [bodies, setBodies] = useState<Map<string, string>>(new Map());
  const key = ids.join(',');
  useEffect(() => {
    if (!enabled || ids.length === 0) return;
    let live = true;
    void getBodies(ids).then((loaded) => live && setBodies(loaded));
    return () => {
      live = false;
    };
    // `key` stands for `ids`: re-fetch only when the visible set changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled]);
  return bodies;
}

/** The virtualised bulletin list: only visible rows exist in the DOM, so 100k bulletins scroll smoothly. */
export function BulletinList({ total, rows, ensureRows, highlightTerms }: BulletinListProps) {
  const { t } = useTranslation();
  const { state, dispatch } = useUiState();
  const parentRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => parentRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) ensureRows(first, last + 1);
  }, [first, last, total, ensureRows]);

  const visibleIds = items.map((item) => rows.get(item.index)?.id).filter((id): id is string => Boolean(id));
  const bodies = useVisibleBodies(visibleIds, highlightTerms.length > 0);

  const open = (index: number) => {
    const row = rows.get(index);
    setActiveIndex(index);
    if (row) dispatch({ type: 'open', id: row.id });
  };

  const toggleSelect = (index: number, range: boolean) => {
    const row = rows.get(index);
    if (!row) return;
    if (range && state.selectionAnchor !== null) {
      const [from, to] = [Math.min(state.selectionAnchor, index), Math.max(state.selectionAnchor, index)];
      const ids: string[] = [];
      for (let i = from; i <= to; i++) {
        const id = rows.get(i)?.id;
        if (id) ids.push(id);
      }
      dispatch({ type: 'select', ids, mode: 'add', anchor: index });
    } else dispatch({ type: 'select', ids: [row.id], mode: 'toggle', anchor: index });
  };

  const onRowClick = (index: number, event: React.MouseEvent) => {
    if (event.shiftKey || event.ctrlKey || event.metaKey) toggleSelect(index, event.shiftKey);
    else open(index);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (total === 0) return;
    let next: number;
    if (event.key === 'ArrowDown') next = Math.min(total - 1, activeIndex + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, activeIndex - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = total - 1;
    else if (event.key === 'Enter') {
      open(activeIndex);
      event.preventDefault();
      return;
    } else if (event.key === ' ') {
      toggleSelect(activeIndex, event.shiftKey);
      event.preventDefault();
      return;
    } else return;
    event.preventDefault();
    setActiveIndex(next);
    virtualizer.scrollToIndex(next);
  };

  return (
    <div ref={parentRef} className="list" role="list" aria-label={t('list.label')} tabIndex={0} onKeyDown={onKeyDown}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rows.get(item.index);
          return (
            <BulletinRow
              key={item.key}
              row={row}
              index={item.index}
              top={item.start}
              height={item.size}
              active={item.index === activeIndex && (row ? state.openId === row.id || state.openId === null : false)}
              selected={row ? state.selection.has(row.id) : false}
              highlightTerms={highlightTerms}
              snippet={row ? bodies.get(row.id) : undefined}
              onOpen={onRowClick}
              onToggleSelect={toggleSelect}
            />
          );
        })}
      </div>
    </div>
  );
}
