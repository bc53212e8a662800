import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedSearch } from '../../core/model';
import { useSend } from '../../app/archive/ArchiveProvider';
import { PromptDialog } from '../../app/components/PromptDialog';
import { useToast } from '../../app/components/Toasts';

type Editing = null | 'rename' | 'query';

/**
 * The `Actions for <name>` menu button of one saved search: Rename, Edit query, Delete (with Undo).
 * A menu in the ARIA sense: arrow keys move between items, Esc closes it and gives focus back.
 */
export function SavedSearchActions({ saved }: { saved: SavedSearch }) {
  const { t } = useTranslation();
  const send = useSend();
  const notify = useToast();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node) && !trigger.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const onMenuKey = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      if (event.key === 'Escape') trigger.current?.focus();
      if (event.key === 'Tab') return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const startEdit = (kind: Exclude<Editing, null>) => {
    setOpen(false);
    setDraft(kind === 'rename' ? saved.name : saved.query);
    setError(null);
    setEditing(kind);
  };

  const submit = async () => {
    try {
      const next = await send('saved-search/update', editing === 'rename' ? { id: saved.id, name: draft } : { id: saved.id, query: draft });
      notify({ message: t(editing === 'rename' ? 'savedSearches.renamed' : 'savedSearches.queryChanged', { name: next.name }) });
      setEditing(null);
    } catch (caught) {
      setError(t('errors.generic', { message: caught instanceof Error ? caught.message : String(caught) }));
    }
  };

  const remove = async () => {
    setOpen(false);
    try {
      const removed = await send('saved-search/delete', { id: saved.id });
      if (removed) notify({ message: t('savedSearches.deleted', { name: removed.name }), undo: () => void send('saved-search/restore', { saved: removed }) });
    } catch (caught) {
      notify({ message: t('errors.generic', { message: caught instanceof Error ? caught.message : String(caught) }), error: true });
    }
  };

  const name = saved.name;
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="icon saved-actions"
        aria-label={t('savedSearches.actions', { name })}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        ⋯
      </button>
      {open ? (
        <ul ref={menu} role="menu" className="menu" aria-label={t('savedSearches.actions', { name })} onKeyDown={onMenuKey}>
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => startEdit('rename')}>
              {t('savedSearches.rename')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => startEdit('query')}>
              {t('savedSearches.editQuery')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => void remove()}>
              {t('savedSearches.delete')}
            </button>
          </li>
        </ul>
      ) : null}
      <PromptDialog
        title={editing === 'rename' ? t('savedSearches.renameTitle', { name }) : t('savedSearches.editTitle', { name })}
        open={editing !== null}
        onClose={() => setEditing(null)}
        submitLabel={t('reader.save')}
        onSubmit={() => void submit()}
        disabled={draft.trim() === ''}
        error={error}
        field={{ label: editing === 'query' ? t('savedSearches.query') : t('search.name'), value: draft, onChange: setDraft }}
      />
    </>
  );
}
