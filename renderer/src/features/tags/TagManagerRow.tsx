import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../core/model';
import type { TagNode } from '../../core/tags/tree';
import { namesFromForm, tagDisplayName } from '../../core/tags/names';
import { useSend } from '../../app/archive/ArchiveProvider';
import { useManagerNotify } from './ManagerNotice';
import { errorText, longHexColor, optionsOutside } from './tag-helpers';
import { useTagNames } from './use-tags';
import { ErrorAlert } from '../../app/components/ErrorAlert';

type Mode = null | 'rename' | 'move' | 'merge' | 'delete';
const COLOR_COMMIT_MS = 400;

/** A colour picker that saves once the person stops dragging, not on every intermediate colour. */
function ColorInput({ tag, label, onError }: { tag: Tag; label: string; onError(error: unknown): void }) {
  const send = useSend();
  const [value, setValue] = useState(() => longHexColor(tag.color));
  useEffect(() => {
    if (value === longHexColor(tag.color)) return;
    const timer = setTimeout(() => void send('tag/recolor', { id: tag.id, color: value }).catch(onError), COLOR_COMMIT_MS);
    return () => clearTimeout(timer);
  }, [value, tag.id, tag.color, onError, send]);
  return <input type="color" aria-label={label} value={value} onChange={(event) => setValue(event.target.value)} />;
}

/**
 * One tag in the manager: colour, name, count and its rename/move/merge/delete editors. `total` is
 * the distinct bulletins of the tag and its sub-tags (see useTagTotals); unknown while counting.
 */
export function TagManagerRow({ node, tags, total }: { node: TagNode; tags: Tag[]; total: number | undefined }) {
  const { t } = useTranslation();
  const names = useTagNames();
  const notify = useManagerNotify();
  const send = useSend();
  const { tag } = node;
  const [mode, setMode] = useState<Mode>(null);
  const [draft, setDraft] = useState('');
  // Rename edits both languages: the UI language's name in `draft`, the other one here.
  const [otherDraft, setOtherDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const onColorError = useCallback((caught: unknown) => setError(errorText(t, caught)), [t]);
  const others = optionsOutside(tags, tag.id, names.language);
  const spanishUi = names.language.toLowerCase().startsWith('es');

  const open = (next: Mode, initial = '', other = '') => {
    setMode(mode === next ? null : next);
    setDraft(initial);
    setOtherDraft(other);
    setError(null);
  };

  const attempt = async (work: () => Promise<string | null>) => {
    try {
      const message = await work();
      setMode(null);
      setError(null);
      if (message) notify({ message });
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };

  // The tag's own name is its English one; its Spanish name lives in `names.es`.
  const rename = () =>
    attempt(async () => {
      const [english, spanish] = spanishUi ? [otherDraft, draft] : [draft, otherDraft];
      const renamed = await send('tag/rename', { id: tag.id, name: english, names: namesFromForm(spanish, tag.names) });
      return t('tags.manager.renamed', { name: names.name(renamed) });
    });
  const move = () =>
    attempt(async () => {
      await send('tag/move', { id: tag.id, parentId: draft || null });
      return t('tags.manager.moved', { name: names.name(tag) });
    });
  const merge = () =>
    attempt(async () => {
      const target = tags.find((other) => other.id === draft);
      if (!target) return null;
      const touched = await send('tag/merge', { sourceId: tag.id, targetId: target.id });
      return t('tags.manager.merged', { count: touched.length, from: names.name(tag), to: names.name(target) });
    });
  const remove = async () => {
    try {
      const undo = await send('tag/delete', { id: tag.id });
      notify({ message: t('tags.manager.deleted', { name: names.name(tag) }), undo: () => void send('tag/undo-delete', { undo }) });
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };

  const name = names.name(tag);
  const spanishNow = tagDisplayName(tag, 'es');
  // A tag with no Spanish name of its own starts with an empty Spanish field, not a copy of its name.
  const spanishName = tag.names?.es !== undefined || spanishNow !== tag.name ? spanishNow : '';
  return (
    <li style={{ padding: '4px 0', paddingLeft: node.depth * 18, borderBottom: '1px solid var(--border)' }}>
      <div style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
        <ColorInput key={tag.color} tag={tag} label={t('tags.manager.colourOf', { name })} onError={onColorError} />
        <span style={{ fontWeight: 600 }}>{name}</span>
        <span className="count" style={{ color: 'var(--muted)', fontSize: 12 }}>
          {total === undefined ? '' : t('tags.manager.count', { count: total })}
        </span>
        <span style={{ marginLeft: 'auto', display: 'flex', gap: 4 }}>
          <button type="button" aria-expanded={mode === 'rename'} aria-label={t('tags.manager.renameOf', { name })} onClick={() => open('rename', name, spanishUi ? tag.name : spanishName)}>
            {t('tags.manager.rename')}
          </button>
          <button type="button" aria-expanded={mode === 'move'} aria-label={t('tags.manager.moveOf', { name })} onClick={() => open('move', tag.parentId ?? '')}>
            {t('tags.manager.move')}
          </button>
          <button type="button" aria-expanded={mode === 'merge'} aria-label={t('tags.manager.mergeOf', { name })} onClick={() => open('merge')} disabled={others.length === 0}>
            {t('tags.manager.merge')}
          </button>
          <button type="button" aria-expanded={mode === 'delete'} aria-label={t('tags.manager.deleteOf', { name })} onClick={() => open('delete')}>
            {t('tags.manager.delete')}
          </button>
        </span>
      </div>
      {mode === 'rename' ? (
        <form
          style={{ display: 'flex', gap: 6, marginTop: 4 }}
          onSubmit={(event) => {
            event.preventDefault();
            void rename();
          }}
        >
          <input type="text" aria-label={t('tags.manager.newName', { name })} value={draft} autoFocus onChange={(event) => setDraft(event.target.value)} />
          <input
            type="text"
            aria-label={t(spanishUi ? 'tagNames.englishOf' : 'tagNames.spanishOf', { name })}
            value={otherDraft}
            onChange={(event) => setOtherDraft(event.target.value)}
          />
          <button type="submit" className="primary" disabled={(spanishUi ? otherDraft : draft).trim() === ''}>
            {t('tags.manager.save')}
          </button>
          <button type="button" onClick={() => setMode(null)}>
            {t('tags.manager.cancel')}
          </button>
        </form>
      ) : null}
      {mode === 'move' ? (
        <div style={{ display: 'flex', gap: 6, marginTop: 4 }}>
          <select aria-label={t('tags.manager.newParent', { name })} value={draft} onChange={(event) => setDraft(event.target.value)}>
            <option value="">{t('tags.manager.topLevel')}</option>
            {others.map((option) => (
              <option key={option.tag.id} value={option.tag.id}>
                {option.path}
              </option>
            ))}
          </select>
          <button type="button" className="primary" onClick={() => void move()}>
            {t('tags.manager.moveConfirm')}
          </button>
          <button type="button" onClick={() => setMode(null)}>
            {t('tags.manager.cancel')}
          </button>
        </div>
      ) : null}
      {mode === 'merge' ? (
        <div style={{ display: 'flex', gap: 6, marginTop: 4, alignItems: 'center', flexWrap: 'wrap' }}>
          <select aria-label={t('tags.manager.mergeInto', { name })} value={draft} onChange={(event) => setDraft(event.target.value)}>
            <option value="">{t('tags.manager.chooseTag')}</option>
            {others.map((option) => (
              <option key={option.tag.id} value={option.tag.id}>
                {option.path}
              </option>
            ))}
          </select>
          <button type="button" className="primary" disabled={draft === ''} onClick={() => void merge()}>
            {t('tags.manager.mergeConfirm')}
          </button>
          <button type="button" onClick={() => setMode(null)}>
            {t('tags.manager.cancel')}
          </button>
          <span style={{ fontSize: 12, color: 'var(--muted)' }}>{t('tags.manager.mergeHint')}</span>
        </div>
      ) : null}
      {mode === 'delete' ? (
        <div style={{ display: 'flex', gap: 6, marginTop: 4, alignItems: 'center', flexWrap: 'wrap' }}>
          <span>{t('tags.manager.deleteQuestion', { name, count: node.totalCount })}</span>
          <button type="button" className="primary" onClick={() => void remove()}>
            {t('tags.manager.deleteConfirm')}
          </button>
          <button type="button" onClick={() => setMode(null)}>
            {t('tags.manager.cancel')}
          </button>
        </div>
      ) : null}
      <ErrorAlert message={error} />
    </li>
  );
}
