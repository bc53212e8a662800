import { Fragment, useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulletinSummary } from '../../core/model';
import { moveInGroups, neighbourInGroup, type ShownGroup } from './dossier-model';
import { BulletinDate } from '../library/BulletinDate';

interface DossierItemsProps {
  /** The printed groups, in print order (one group with a null label when not grouped). */
  groups: readonly ShownGroup[];
  /** Items that do not print (in the Trash, or gone), listed after the printed ones. */
  notPrinted: readonly string[];
  summaries: ReadonlyMap<string, BulletinSummary>;
  onReorder(items: string[]): void;
  onRemove(id: string): void;
  onOpen(id: string): void;
}

type FocusTarget = { id: string; control: 'up' | 'down' | 'item' };

/**
 * The `Dossier items` list, shown exactly as it prints: each group's heading before its items, in
 * the PDF's order. Reordering works three ways so nobody is left out — drag and drop, Move up /
 * Move down buttons, and Alt+Arrow Up/Down anywhere in a row — and always within the item's group,
 * since the group comes from the bulletin's date, country or tag. Focus follows the moved item and
 * a live region announces its new position.
 */
export function DossierItems({ groups, notPrinted, summaries, onReorder, onRemove, onOpen }: DossierItemsProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [dropId, setDropId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusAfter = useRef<FocusTarget | null>(null);
  const printed = groups.flatMap((g) => g.ids);
  const groupOf = new Map(groups.flatMap((g, k) => g.ids.map((id) => [id, k] as const)));

  useEffect(() => {
    const target = focusAfter.current;
    if (!target || !listRef.current) return;
    focusAfter.current = null;
    const row = listRef.current.querySelector<HTMLElement>(`[data-id="${CSS.escape(target.id)}"]`);
    const control = row?.querySelector<HTMLElement>(`[data-control="${target.control}"]`);
    // A button disabled at the end of its group cannot take focus: fall back to the row's title.
    (control && !(control as HTMLButtonElement).disabled ? control : row?.querySelector<HTMLElement>('[data-control="item"]'))?.focus();
  }, [groups]);

  const titleOf = (id: string) => summaries.get(id)?.title ?? t('dossiers.missing');

  const apply = (id: string, next: string[] | null, focus?: FocusTarget['control']) => {
    if (next === null) return;
    if (focus) focusAfter.current = { id, control: focus };
    setAnnouncement(t('dossiers.moved', { title: titleOf(id), position: next.indexOf(id) + 1, total: printed.length }));
    onReorder(next);
  };

  const move = (id: string, delta: number, control: FocusTarget['control']) => {
    const neighbour = neighbourInGroup(groups, id, delta);
    if (neighbour !== null) return apply(id, moveInGroups(groups, notPrinted, id, neighbour), control);
    // At a group's edge a keyboard move does nothing: say why rather than stay silent.
    const label = groups[groupOf.get(id) ?? -1]?.label;
    if (label) setAnnouncement(t('dossierPrint.groupEdge', { title: titleOf(id), group: label }));
  };

  const onKeyDown = (event: KeyboardEvent, id: string) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(id, event.key === 'ArrowUp' ? -1 : 1, 'item');
  };

  const sameGroup = (a: string | null, b: string) => a !== null && groupOf.has(b) && groupOf.get(a) === groupOf.get(b);

  const onDrop = (event: DragEvent, target: string) => {
    event.preventDefault();
    const from = dragId ?? event.dataTransfer.getData('text/x-dossier-id');
    setDragId(null);
    setDropId(null);
    if (from && from !== target) apply(from, moveInGroups(groups, notPrinted, from, target));
  };

  const row = (id: string, position: number | null) => {
    const summary = summaries.get(id);
    const title = titleOf(id);
    const group = groups[groupOf.get(id) ?? -1];
    const index = group ? group.ids.indexOf(id) : -1;
    return (
      <li
        key={id}
        data-id={id}
        className={`dossier-item${dragId === id ? ' dragging' : ''}${dropId === id && dragId !== id ? ' drop-target' : ''}`}
        draggable={group !== undefined}
        onDragStart={(event) => {
          setDragId(id);
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/x-dossier-id', id);
        }}
        onDragOver={(event) => {
          // Only a place in the same group accepts the drop; elsewhere the cursor says no.
          if (!sameGroup(dragId, id)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          if (dropId !== id) setDropId(id);
        }}
        onDragEnd={() => {
          setDragId(null);
          setDropId(null);
        }}
        onDrop={(event) => onDrop(event, id)}
        onKeyDown={(event) => onKeyDown(event, id)}
      >
        <span className="handle" aria-hidden="true">
          ⠿
        </span>
        <span className="position" aria-hidden="true">
          {position ?? ''}
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
          <button type="button" data-control="up" aria-label={t('dossiers.moveUp', { title })} disabled={index <= 0} onClick={() => move(id, -1, 'up')}>
            ↑
          </button>
          <button
            type="button"
            data-control="down"
            aria-label={t('dossiers.moveDown', { title })}
            disabled={!group || index === group.ids.length - 1}
            onClick={() => move(id, 1, 'down')}
          >
            ↓
          </button>
          <button type="button" aria-label={t('dossiers.remove', { title })} onClick={() => onRemove(id)}>
            ×
          </button>
        </div>
      </li>
    );
  };

  let position = 0;
  return (
    <>
      <p className="hint">{t('dossiers.reorderHint')}</p>
      <ol ref={listRef} role="list" className="dossier-items" aria-label={t('dossiers.itemsLabel')}>
        {groups.map((group, k) => (
          <Fragment key={group.label ?? `group-${k}`}>
            {/* role="none": the heading sits in the list without counting as one of its items. */}
            {group.label !== null ? (
              <li role="none" className="dossier-group">
                <h2>{group.label}</h2>
              </li>
            ) : null}
            {group.ids.map((id) => row(id, ++position))}
          </Fragment>
        ))}
        {notPrinted.length > 0 ? (
          <>
            <li role="none" className="dossier-group">
              <h2>{t('dossierPrint.notPrinted')}</h2>
            </li>
            {notPrinted.map((id) => row(id, null))}
          </>
        ) : null}
      </ol>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </>
  );
}
