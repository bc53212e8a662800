import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulletinSummary } from '../../core/model';
import { BulletinDate } from '../library/BulletinDate';
import { moveItemBy, moveItemTo } from './dossier-model';

interface DossierItemsProps {
  items: readonly string[];
  summaries: ReadonlyMap<string, BulletinSummary>;
  onReorder(items: string[]): void;
  onRemove(id: string): void;
  onOpen(id: string): void;
}

type FocusTarget = { id: string; control: 'up' | 'down' | 'item' };

/**
 * The ordered `Dossier items` list. Reordering works three ways so nobody is left out: drag and
 * drop, Move up / Move down buttons, and Alt+Arrow Up/Down anywhere in a row. Focus follows the
 * moved item and a live region announces its new position.
 */
export function DossierItems({ items, summaries, onReorder, onRemove, onOpen }: DossierItemsProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusAfter = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = focusAfter.current;
    if (!target || !listRef.current) return;
    focusAfter.current = null;
    const row = listRef.current.querySelector<HTMLElement>(`[data-id="${CSS.escape(target.id)}"]`);
    const control = row?.querySelector<HTMLElement>(`[data-control="${target.control}"]`);
    // A button disabled at the end of the list cannot take focus: fall back to the row's title.
    (control && !(control as HTMLButtonElement).disabled ? control : row?.querySelector<HTMLElement>('[data-control="item"]'))?.focus();
  }, [items]);

  const titleOf = (id: string) => summaries.get(id)?.title ?? t('dossiers.missing');

  const move = (index: number, delta: number, control: FocusTarget['control']) => {
    const id = items[index];
    const next = moveItemBy(items, index, delta);
    if (id === undefined || next.every((value, i) => value === items[i])) return;
    focusAfter.current = { id, control };
    setAnnouncement(t('dossiers.moved', { title: titleOf(id), position: next.indexOf(id) + 1, total: next.length }));
    onReorder(next);
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? -1 : 1, 'item');
  };

  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    const from = dragFrom ?? Number(event.dataTransfer.getData('text/x-dossier-index'));
    setDragFrom(null);
    setDropAt(null);
    if (!Number.isInteger(from) || from === index) return;
    const id = items[from];
    if (id === undefined) return;
    const next = moveItemTo(items, from, index);
    setAnnouncement(t('dossiers.moved', { title: titleOf(id), position: index + 1, total: next.length }));
    onReorder(next);
  };

  return (
    <>
      <p className="hint">{t('dossiers.reorderHint')}</p>
      <ol ref={listRef} role="list" className="dossier-items" aria-label={t('dossiers.itemsLabel')}>
        {items.map((id, index) => {
          const summary = summaries.get(id);
          const title = titleOf(id);
          return (
            <li
              key={id}
              data-id={id}
              className={`dossier-item${dragFrom === index ? ' dragging' : ''}${dropAt === index && dragFrom !== index ? ' drop-target' : ''}`}
              draggable
              onDragStart={(event) => {
                setDragFrom(index);
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/x-dossier-index', String(index));
              }}
              onDragOver={(event) => {
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                if (dropAt !== index) setDropAt(index);
              }}
              onDragEnd={() => {
                setDragFrom(null);
                setDropAt(null);
              }}
              onDrop={(event) => onDrop(event, index)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <span className="handle" aria-hidden="true">
                ⠿
              </span>
              <span className="position" aria-hidden="true">
                {index + 1}
              </span>
              <div className="item-main">
                <button type="button" className="item-title" data-control="item" disabled={!summary} onClick={() => onOpen(id)}>
                  {title}
                </button>
                <div className="meta">
                  {summary ? <BulletinDate value={summary} /> : null}
                  {summary?.place ? <span>{summary.place}</span> : null}
                  {summary && summary.deletedAt !== null ? <span>{t('dossiers.inTrash')}</span> : null}
                </div>
              </div>
              <div className="item-buttons">
                <button
                  type="button"
                  data-control="up"
                  aria-label={t('dossiers.moveUp', { title })}
                  disabled={index === 0}
                  onClick={() => move(index, -1, 'up')}
                >
                  ↑
                </button>
                <button
                  type="button"
                  data-control="down"
                  aria-label={t('dossiers.moveDown', { title })}
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1, 'down')}
                >
                  ↓
                </button>
                <button type="button" aria-label={t('dossiers.remove', { title })} onClick={() => onRemove(id)}>
                  ×
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </>
  );
}
