/** Installs the starter taxonomy (tags + rules) idempotently. */
import type { Tag, TagRule } from '../core/model';
import { STARTER_TAXONOMY, type StarterTag } from '../core/tags/starter-taxonomy';
import { findSibling } from '../core/tags/tree';
import { emitArchiveChange } from './changes';
import { getArchiveDb, type ArchiveDb } from './db';
import { withStorageErrors } from './errors';
import { newId } from './ids';

export interface StarterInstallResult {
  tagsCreated: number;
  rulesCreated: number;
  /** Rules of the taxonomy (new and existing), so the caller can run them against the archive. */
  rules: TagRule[];
}

async function install(db: ArchiveDb, items: readonly StarterTag[], parentId: string | null, tags: Tag[], rules: TagRule[], res: StarterInstallResult): Promise<void> {
  for (const item of items) {
    let tag = findSibling(tags, parentId, item.name);
    if (!tag) {
      tag = { id: newId(), name: item.name, names: { en: item.name, es: item.es }, color: item.color, parentId, createdAt: Date.now() };
      tags.push(tag);
      await db.tags.add(tag);
      res.tagsCreated++;
    }
    if (item.rule) {
      const tagId = tag.id;
      let rule = rules.find((r) => r.tagId === tagId && r.query === item.rule);
      if (!rule) {
        rule = { id: newId(), query: item.rule, tagId, enabled: true, createdAt: Date.now() };
        rules.push(rule);
        await db.rules.add(rule);
        res.rulesCreated++;
      }
      res.rules.push(rule);
    }
    await install(db, item.children ?? [], tag.id, tags, rules, res);
  }
}

/**
 * Creates the starter tags and their rules; existing same-named tags (case/accent-insensitive)
 * and identical rules are reused, so running it twice changes nothing.
 */
export async function installStarterTaxonomy(taxonomy: readonly StarterTag[] = STARTER_TAXONOMY): Promise<StarterInstallResult> {
  const db = getArchiveDb();
  const res = await withStorageErrors(() =>
    db.transaction('rw', db.tags, db.rules, async () => {
      const out: StarterInstallResult = { tagsCreated: 0, rulesCreated: 0, rules: [] };
      await install(db, taxonomy, null, await db.tags.toArray(), await db.rules.toArray(), out);
      return out;
    }),
  );
  if (res.tagsCreated > 0) emitArchiveChange({ kind: 'tags' });
  if (res.rulesCreated > 0) emitArchiveChange({ kind: 'rules' });
  return res;
}
