/**
 * Tag rules ("when a bulletin matches `query`, add tag `tagId`"). Only storage lives here:
 * evaluating a rule needs the search engine, so callers evaluate and then call `addTags`.
 */
import type { TagRule } from '../core/model';
import { emitArchiveChange } from './changes';
import { getArchiveDb } from './db';
import { ArchiveError, withStorageErrors } from './errors';
import { newId } from './ids';

/** All rules, oldest first. */
export async function listRules(): Promise<TagRule[]> {
  const rules = await getArchiveDb().rules.toArray();
  return rules.sort((a, b) => a.createdAt - b.createdAt);
}

/** Rules that add `tagId`. */
export function rulesForTag(tagId: string): Promise<TagRule[]> {
  return getArchiveDb().rules.where('tagId').equals(tagId).toArray();
}

/** Creates a rule. @throws ArchiveError 'invalid' (empty query) | 'not-found' (tag) */
export async function createRule(input: { query: string; tagId: string; enabled?: boolean }): Promise<TagRule> {
  const db = getArchiveDb();
  const query = input.query.trim();
  if (query === '') throw new ArchiveError('invalid', 'A rule needs a search query.');
  const rule = await withStorageErrors(() =>
    db.transaction('rw', db.rules, db.tags, async () => {
      if (!(await db.tags.get(input.tagId))) throw new ArchiveError('not-found', 'The rule’s tag no longer exists.');
      const created: TagRule = { id: newId(), query, tagId: input.tagId, enabled: input.enabled ?? true, createdAt: Date.now() };
      await db.rules.add(created);
      return created;
    }),
  );
  emitArchiveChange({ kind: 'rules', ids: [rule.id] });
  return rule;
}

/** Changes a rule's query, tag or enabled state. @throws ArchiveError 'not-found' | 'invalid' */
export async function updateRule(id: string, patch: Partial<Pick<TagRule, 'query' | 'tagId' | 'enabled'>>): Promise<TagRule> {
  const db = getArchiveDb();
  const rule = await withStorageErrors(() =>
    db.transaction('rw', db.rules, db.tags, async () => {
      const current = await db.rules.get(id);
      if (!current) throw new ArchiveError('not-found', 'This rule no longer exists.');
      const next: TagRule = { ...current, ...patch, query: (patch.query ?? current.query).trim() };
      if (next.query === '') throw new ArchiveError('invalid', 'A rule needs a search query.');
      if (patch.tagId !== undefined && !(await db.tags.get(patch.tagId))) throw new ArchiveError('not-found', 'The rule’s tag no longer exists.');
      await db.rules.put(next);
      return next;
    }),
  );
  emitArchiveChange({ kind: 'rules', ids: [id] });
  return rule;
}

/** Deletes a rule; returns it (or null) so the UI can offer undo via `restoreRule`. */
export async function deleteRule(id: string): Promise<TagRule | null> {
  const db = getArchiveDb();
  const removed = await withStorageErrors(() =>
    db.transaction('rw', db.rules, async () => {
      const current = await db.rules.get(id);
      await db.rules.delete(id);
      return current ?? null;
    }),
  );
  emitArchiveChange({ kind: 'rules', ids: [id] });
  return removed;
}

/** Puts back a deleted rule (undo). */
export async function restoreRule(rule: TagRule): Promise<void> {
  await withStorageErrors(() => getArchiveDb().rules.put(rule));
  emitArchiveChange({ kind: 'rules', ids: [rule.id] });
}
