import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagRule } from '../../core/model';
import { listRules } from '../../data';
import { useArchive, useArchiveRead, useSend } from '../../app/archive/ArchiveProvider';
import { useManagerNotify } from './ManagerNotice';
import { RuleRow } from './RuleRow';
import { previewRule, type RulePreview } from './rule-preview';
import { errorText } from './tag-helpers';
import { TagSelectField } from './TagSelectField';
import { useTagNames, useTags } from './use-tags';
import { ErrorAlert } from '../../app/components/ErrorAlert';

const NO_RULES: TagRule[] = [];

/**
 * "Auto-tag rules": when a bulletin matches a query, a tag is added. New rules are previewed with a
 * count before they are applied to the archive; every later import runs the enabled rules anyway.
 */
export function RulesSection() {
  const { t } = useTranslation();
  const { service } = useArchive();
  const send = useSend();
  const notify = useManagerNotify();
  const tags = useTags();
  const names = useTagNames();
  const ids = useId();
  const rules = useArchiveRead(listRules, NO_RULES);
  const [query, setQuery] = useState('');
  const [tagId, setTagId] = useState('');
  const [preview, setPreview] = useState<RulePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);


  const trimmed = query.trim();
  const ready = trimmed !== '' && tags.some((tag) => tag.id === tagId);
  // "Apply to archive" only once the person has seen how many bulletins this exact query tags.
  const previewed = preview !== null && 'count' in preview && preview.query === trimmed;

  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setQuery('');
    setPreview(null);
  };
  const showPreview = () => run(async () => setPreview(await previewRule(service, trimmed)));
  const add = (applyNow: boolean) =>
    run(async () => {
      if (!ready) {
        setError(t('tags.rules.needBoth'));
        return;
      }
      const rule = await send('rule/create', { query: trimmed, tagId });
      const name = names.path(tags, tagId);
      if (applyNow) {
        const tagged = await send('rules/apply', { rules: [rule] });
        notify({ message: t('tags.rules.applied', { count: tagged, name }) });
      } else notify({ message: t('tags.rules.added', { name }) });
      reset();
    });

  return (
    <section aria-labelledby={`${ids}-h`} style={{ marginTop: 16 }}>
      <h3 id={`${ids}-h`}>{t('tags.rules.heading')}</h3>
      <p style={{ color: 'var(--muted)', marginTop: 0 }}>{t('tags.rules.intro')}</p>
      {rules.length === 0 ? (
        <p className="empty-note">{t('tags.rules.empty')}</p>
      ) : (
        <ul aria-labelledby={`${ids}-h`} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rules.map((rule) => (
            <RuleRow key={`${rule.id}-${rule.query}-${rule.tagId}`} rule={rule} tags={tags} />
          ))}
        </ul>
      )}
      <form
        style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap', marginTop: 10 }}
        onSubmit={(event) => {
          event.preventDefault();
          void showPreview();
        }}
      >
        <div className="field" style={{ flex: 1, minWidth: 200 }}>
          <label htmlFor={`${ids}-q`}>{t('tags.rules.query')}</label>
          <input
            id={`${ids}-q`}
            type="text"
            value={query}
            placeholder={t('tags.rules.queryPlaceholder')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <TagSelectField label={t('tags.rules.tag')} noneLabel={t('tags.manager.chooseTag')} tags={tags} value={tagId} onChange={setTagId} />
        <div className="field" style={{ flexDirection: 'row', gap: 6 }}>
          <button type="submit" disabled={busy || trimmed === ''}>
            {t('tags.rules.preview')}
          </button>
          <button type="button" disabled={busy || !ready} onClick={() => void add(false)}>
            {t('tags.rules.add')}
          </button>
          <button type="button" className="primary" disabled={busy || !ready || !previewed} onClick={() => void add(true)}>
            {t('tags.rules.applyNew')}
          </button>
        </div>
      </form>
      {preview && 'count' in preview && preview.query === trimmed ? (
        <p role="status">{t('tags.rules.matches', { count: preview.count })}</p>
      ) : null}
      <ErrorAlert message={preview && 'error' in preview && preview.query === trimmed && t('tags.rules.invalidQuery', { message: preview.error })} />
      <ErrorAlert message={error} />
    </section>
  );
}
