import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findTagByName } from '../../core/tags/tree';
import { listTags } from '../../data';
import { useSend } from '../../app/archive/ArchiveProvider';
import { useToast } from '../../app/components/Toasts';
import { useUiState } from '../../app/state';
import { TagCombo } from './TagCombo';
import { errorText, resolveOrCreateTag } from './tag-helpers';
import { useTagNames } from './use-tags';

/** Bulk tagging of the selected bulletins: add or remove one tag on all of them, with a count and undo. */
export function BulkTagBar() {
  const { t } = useTranslation();
  const names = useTagNames();
  const notify = useToast();
  const send = useSend();
  const { state, dispatch } = useUiState();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const count = state.selection.size;

  const run = async (kind: 'add' | 'remove', value: string) => {
    const typed = value.trim();
    if (typed === '' || busy || count === 0) return;
    setBusy(true);
    try {
      const ids = [...state.selection];
      // Removing never creates a tag: an unknown name is a mistake worth telling about.
      const tag = kind === 'add' ? await resolveOrCreateTag(send, typed) : findTagByName(await listTags(), typed);
      if (!tag) {
        setError(t('tags.bulk.unknown', { name: typed }));
        return;
      }
      const change = await send(kind === 'add' ? 'tags/add' : 'tags/remove', { bulletinIds: ids, tagIds: [tag.id] });
      setError(null);
      setText('');
      notify({
        message: t(kind === 'add' ? 'tags.bulk.added' : 'tags.bulk.removed', { count: change.bulletinCount, name: names.name(tag) }),
        ...(change.bulletinCount > 0 ? { undo: () => void send('tags/undo', { change }) } : {}),
      });
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="bulk-tag-bar"
      role="group"
      aria-label={t('tags.bulk.label')}
      style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center', padding: '6px 10px', borderBottom: '1px solid var(--border)', background: 'var(--selected)' }}
    >
      <strong>{t('tags.bulk.selected', { count })}</strong>
      <TagCombo
        label={t('tags.bulk.input')}
        placeholder={t('tags.bulk.placeholder')}
        value={text}
        onChange={(value) => {
          setText(value);
          setError(null);
        }}
        onSubmit={(value) => void run('add', value)}
      />
      <button type="button" disabled={busy || text.trim() === ''} onClick={() => void run('add', text)}>
        {t('tags.bulk.add')}
      </button>
      <button type="button" disabled={busy || text.trim() === ''} onClick={() => void run('remove', text)}>
        {t('tags.bulk.remove')}
      </button>
      <button type="button" onClick={() => dispatch({ type: 'clear-selection' })}>
        {t('tags.bulk.clear')}
      </button>
      {error ? (
        <div role="alert" className="alert" style={{ flexBasis: '100%' }}>
          {error}
        </div>
      ) : null}
    </div>
  );
}
