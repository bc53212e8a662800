import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag, TagRule } from '../../core/model';
import { useArchive, useSend } from '../../app/archive/ArchiveProvider';
import { useManagerNotify } from './ManagerNotice';
import { previewRule, type RulePreview } from './rule-preview';
import { errorText } from './tag-helpers';
import { TagOptionList } from './TagSelectField';
import { useTagNames } from './use-tags';
import { ErrorAlert } from '../../app/components/ErrorAlert';

/** One auto-tag rule: enabled switch, "query → tag", and edit / apply (after a preview) / delete. */
export function RuleRow({ rule, tags }: { rule: TagRule; tags: Tag[] }) {
  const { t } = useTranslation();
  const names = useTagNames();
  const { service } = useArchive();
  const send = useSend();
  const notify = useManagerNotify();
  const [editing, setEditing] = useState(false);
  const [query, setQuery] = useState(rule.query);
  const [tagId, setTagId] = useState(rule.tagId);
  const [preview, setPreview] = useState<RulePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Shown at once on click (the saved value follows a moment later), then kept in step with the archive.
  const [enabled, setEnabled] = useState(rule.enabled);
  useEffect(() => setEnabled(rule.enabled), [rule.enabled]);
  const path = names.path(tags, rule.tagId) || t('tags.rules.missingTag');
  const description = t('tags.rules.describe', { query: rule.query, tag: path });

  const guard = async (work: () => Promise<void>) => {
    try {
      setError(null);
      await work();
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };

  const save = () =>
    guard(async () => {
      await send('rule/update', { id: rule.id, patch: { query, tagId } });
      setEditing(false);
    });
  const showPreview = () => guard(async () => setPreview(await previewRule(service, rule.query)));
  const apply = () =>
    guard(async () => {
      // An explicit "apply" runs the rule even while it is switched off for imports.
      const tagged = await send('rules/apply', { rules: [{ ...rule, enabled: true }] });
      setPreview(null);
      notify({ message: t('tags.rules.applied', { count: tagged, name: path }) });
    });
  const remove = () =>
    guard(async () => {
      const removed = await send('rule/delete', { id: rule.id });
      if (removed) notify({ message: t('tags.rules.deleted'), undo: () => void send('rule/restore', { rule: removed }) });
    });

  return (
    <li style={{ padding: '4px 0', borderBottom: '1px solid var(--border)' }}>
      <div style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
        <input
          type="checkbox"
          checked={enabled}
          aria-label={t('tags.rules.enabledLabel', { rule: description })}
          onChange={(event) => {
            const next = event.target.checked;
            setEnabled(next);
            void guard(async () => {
              try {
                await send('rule/update', { id: rule.id, patch: { enabled: next } });
              } catch (caught) {
                setEnabled(!next);
                throw caught;
              }
            });
          }}
        />
        <code>{rule.query}</code>
        <span aria-hidden="true">→</span>
        <span>{path}</span>
        <span style={{ marginLeft: 'auto', display: 'flex', gap: 4 }}>
          <button type="button" aria-label={t('tags.rules.editLabel', { rule: description })} onClick={() => setEditing(!editing)}>
            {t('tags.rules.edit')}
          </button>
          <button type="button" aria-label={t('tags.rules.applyLabel', { rule: description })} onClick={() => void showPreview()}>
            {t('tags.rules.apply')}
          </button>
          <button type="button" aria-label={t('tags.rules.deleteLabel', { rule: description })} onClick={() => void remove()}>
            {t('tags.rules.delete')}
          </button>
        </span>
      </div>
      {editing ? (
        <form
          style={{ display: 'flex', gap: 6, marginTop: 4, flexWrap: 'wrap' }}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <input type="text" aria-label={t('tags.rules.query')} value={query} onChange={(event) => setQuery(event.target.value)} />
          <select aria-label={t('tags.rules.tag')} value={tagId} onChange={(event) => setTagId(event.target.value)}>
            <TagOptionList tags={tags} />
          </select>
          <button type="submit" className="primary" disabled={query.trim() === ''}>
            {t('tags.manager.save')}
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('tags.manager.cancel')}
          </button>
        </form>
      ) : null}
      {preview && 'count' in preview ? (
        <div style={{ display: 'flex', gap: 6, marginTop: 4, alignItems: 'center' }}>
          <span role="status">{t('tags.rules.matches', { count: preview.count })}</span>
          <button type="button" className="primary" onClick={() => void apply()}>
            {t('tags.rules.applyConfirm')}
          </button>
          <button type="button" onClick={() => setPreview(null)}>
            {t('tags.manager.cancel')}
          </button>
        </div>
      ) : null}
      <ErrorAlert message={preview && 'error' in preview && t('tags.rules.invalidQuery', { message: preview.error })} />
      <ErrorAlert message={error} />
    </li>
  );
}
