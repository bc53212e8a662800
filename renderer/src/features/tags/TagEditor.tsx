import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../core/model';
import { useSend } from '../../app/archive/ArchiveProvider';
import { useToast } from '../../app/components/Toasts';
import { TagCombo } from './TagCombo';
import { errorText, resolveOrCreateTag } from './tag-helpers';
import { useTagNames, useTags } from './use-tags';
import { ErrorAlert } from '../../app/components/ErrorAlert';

/**
 * The reader's tags: a chip per tag with a remove button, and an `Add tag` textbox with
 * autocomplete. Enter adds what was typed, creating the tag (or a "Parent › Child" path) if new.
 */
export function TagEditor({ bulletinId, tagIds }: { bulletinId: string; tagIds: string[] }) {
  const { t } = useTranslation();
  const notify = useToast();
  const send = useSend();
  const tags = useTags();
  const names = useTagNames();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  // Ids of tags that are gone (e.g. deleted in another window) are simply not shown.
  const chips = tagIds.map((id) => byId.get(id)).filter((tag): tag is Tag => tag !== undefined);

  const add = async (value: string) => {
    if (value.trim() === '' || busy) return;
    setBusy(true);
    try {
      const tag = await resolveOrCreateTag(send, value);
      await send('tags/add', { bulletinIds: [bulletinId], tagIds: [tag.id] });
      setText('');
      setError(null);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (tag: Tag) => {
    try {
      const change = await send('tags/remove', { bulletinIds: [bulletinId], tagIds: [tag.id] });
      setError(null);
      notify({ message: t('tags.editor.removed', { name: names.name(tag) }), undo: () => void send('tags/undo', { change }) });
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };

  return (
    <div className="tag-editor">
      <ul className="chips" aria-label={t('tags.editor.label')} style={{ listStyle: 'none', padding: 0 }}>
        {chips.map((tag) => (
          <li key={tag.id} className="chip" title={names.path(tags, tag.id)}>
            <span className="swatch" aria-hidden="true" style={{ background: tag.color }} />
            <span>{names.name(tag)}</span>
            <button
              type="button"
              className="icon"
              style={{ border: 'none', background: 'none', padding: '0 2px' }}
              aria-label={t('tags.editor.remove', { name: names.name(tag) })}
              onClick={() => void remove(tag)}
            >
              ×
            </button>
          </li>
        ))}
        <li>
          <TagCombo
            label={t('tags.editor.add')}
            placeholder={t('tags.editor.placeholder')}
            value={text}
            onChange={(value) => {
              setText(value);
              setError(null);
            }}
            onSubmit={(value) => void add(value)}
            exclude={new Set(tagIds)}
          />
        </li>
      </ul>
      <ErrorAlert message={error} />
    </div>
  );
}
