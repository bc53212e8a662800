/**
 * Tag storage: the tag hierarchy (create, rename, recolour, move, merge, delete with undo) and
 * bulk tagging of bulletins. Pure hierarchy logic lives in `core/tags/tree.ts`.
 */
import type { Tag, TagRule } from '../core/model';
import { defaultTagColor, isTagColor } from '../core/tags/colors';
import { descendantIds, findSibling, findTagByName, tagNameProblem, wouldCreateCycle } from '../core/tags/tree';
import { emitArchiveChange } from './changes';
import { getArchiveDb, type ArchiveDb } from './db';
import { ArchiveError, withStorageErrors } from './errors';
import { newId } from './ids';
import { touchRow } from './revision';
import { bumpStats } from './stats';
import { changeLinks } from './tag-links';

/** Every tag (the table is small). */
export function listTags(): Promise<Tag[]> {
  return getArchiveDb().tags.toArray();
}

async function requireTag(db: ArchiveDb, id: string): Promise<Tag> {
  const tag = await db.tags.get(id);
  if (!tag) throw new ArchiveError('not-found', 'This tag no longer exists.');
  return tag;
}

function checkName(tags: readonly Tag[], name: string, parentId: string | null, exceptId?: string): string {
  const problem = tagNameProblem(name);
  if (problem) throw new ArchiveError('invalid', problem);
  const clash = findSibling(tags, parentId, name, exceptId);
  if (clash) throw new ArchiveError('duplicate-name', `A tag named "${clash.name}" already exists here.`);
  return name.trim().replace(/\s+/g, ' ');
}

export interface NewTag {
  name: string;
  color?: string;
  parentId?: string | null;
}

/** Creates a tag. @throws ArchiveError 'duplicate-name' | 'invalid' | 'not-found' (parent) */
export async function createTag(input: NewTag): Promise<Tag> {
  const db = getArchiveDb();
  const tag = await withStorageErrors(() =>
    db.transaction('rw', db.tags, async () => {
      const tags = await db.tags.toArray();
      const parentId = input.parentId ?? null;
      if (parentId !== null && !tags.some((t) => t.id === parentId)) {
        throw new ArchiveError('not-found', 'The parent tag no longer exists.');
      }
      if (input.color !== undefined && !isTagColor(input.color)) throw new ArchiveError('invalid', `"${input.color}" is not a colour.`);
      const created: Tag = {
        id: newId(),
        name: checkName(tags, input.name, parentId),
        color: input.color ?? defaultTagColor(tags.length),
        parentId,
        createdAt: Date.now(),
      };
      await db.tags.add(created);
      return created;
    }),
  );
  emitArchiveChange({ kind: 'tags', ids: [tag.id] });
  return tag;
}

/** The tag called `name` under `parentId` (case/accent-insensitive), created if missing. */
export async function getOrCreateTagByName(name: string, parentId: string | null = null, color?: string): Promise<Tag> {
  const tags = await listTags();
  const existing = findSibling(tags, parentId, name);
  if (existing) return existing;
  return createTag({ name, parentId, ...(color ? { color } : {}) });
}

/** Finds a tag by name or path ("Parent › Child"), case/accent-insensitively. */
export async function findTag(nameOrPath: string): Promise<Tag | undefined> {
  return findTagByName(await listTags(), nameOrPath);
}

/**
 * Applies a change to one tag. `indexed` marks a change the search index sees (tag names and paths
 * are indexed with each bulletin), which must bump the stats row's write sequence so a persisted
 * index is not trusted afterwards; a colour change is not indexed and keeps the index valid.
 */
async function patchTag(id: string, build: (tag: Tag, tags: Tag[]) => Partial<Tag>, indexed: boolean): Promise<Tag> {
  const db = getArchiveDb();
  const tag = await withStorageErrors(() =>
    db.transaction('rw', [db.tags, db.bulletins, db.kv], async () => {
      const current = await requireTag(db, id);
      const next = { ...current, ...build(current, await db.tags.toArray()) };
      await db.tags.put(next);
      if (indexed) await bumpStats(db);
      return next;
    }),
  );
  emitArchiveChange({ kind: 'tags', ids: [id] });
  return tag;
}

/**
 * Renames a tag; `names` (when given) replaces its per-language names.
 * @throws ArchiveError 'duplicate-name' | 'invalid' | 'not-found'
 */
export function renameTag(id: string, name: string, names?: Tag['names']): Promise<Tag> {
  return patchTag(id, (tag, tags) => {
    const patch: Partial<Tag> = { name: checkName(tags, name, tag.parentId, id) };
    if (names !== undefined) patch.names = checkNames(names);
    return patch;
  }, true);
}

/** Per-language names follow the rules of a name; an empty one means "none in that language". */
function checkNames(names: NonNullable<Tag['names']>): NonNullable<Tag['names']> {
  const out: NonNullable<Tag['names']> = {};
  for (const lang of ['en', 'es'] as const) {
    const value = names[lang];
    if (value === undefined) continue;
    const trimmed = value.trim().replace(/\s+/g, ' ');
    if (trimmed !== '') {
      const problem = tagNameProblem(trimmed);
      if (problem) throw new ArchiveError('invalid', problem);
    }
    out[lang] = trimmed;
  }
  return out;
}

/** Changes a tag's colour (`#rgb` or `#rrggbb`). */
export function recolorTag(id: string, color: string): Promise<Tag> {
  if (!isTagColor(color)) return Promise.reject(new ArchiveError('invalid', `"${color}" is not a colour.`));
  return patchTag(id, () => ({ color }), false);
}

/** Moves a tag under another parent (or to the top with null). @throws ArchiveError 'cycle' | 'duplicate-name' */
export function moveTag(id: string, parentId: string | null): Promise<Tag> {
  return patchTag(id, (tag, tags) => {
    if (parentId !== null && !tags.some((t) => t.id === parentId)) throw new ArchiveError('not-found', 'The new parent tag no longer exists.');
    if (wouldCreateCycle(tags, id, parentId)) throw new ArchiveError('cycle', 'A tag cannot be moved inside itself or one of its sub-tags.');
    checkName(tags, tag.name, parentId, id);
    return { parentId };
  }, true);
}

/** Replaces `from` by `to` in the tag lists of every bulletin carrying `from`. */
async function relinkBulletins(db: ArchiveDb, from: string, to: string, now: number): Promise<string[]> {
  const touched: string[] = [];
  await db.bulletins
    .where('tags')
    .equals(from)
    .modify((r) => {
      r.tags = [...new Set(r.tags.map((t) => (t === from ? to : t)))];
      touchRow(r, now);
      touched.push(r.id);
    });
  return touched;
}

async function mergeInto(db: ArchiveDb, sourceId: string, targetId: string, now: number, touched: Set<string>): Promise<void> {
  for (const id of await relinkBulletins(db, sourceId, targetId, now)) touched.add(id);
  await db.rules.where('tagId').equals(sourceId).modify({ tagId: targetId });
  const children = await db.tags.where('parentId').equals(sourceId).toArray();
  for (const child of children) {
    const clash = findSibling(await db.tags.toArray(), targetId, child.name, child.id);
    if (clash) await mergeInto(db, child.id, clash.id, now, touched);
    else await db.tags.update(child.id, { parentId: targetId });
  }
  await db.tags.delete(sourceId);
}

/**
 * Merges `sourceId` into `targetId`: its bulletins, rules and sub-tags move to the target (same-named
 * sub-tags are merged too) and the source is removed.
 * @returns the ids of bulletins whose tags changed.
 */
export async function mergeTags(sourceId: string, targetId: string): Promise<string[]> {
  const db = getArchiveDb();
  if (sourceId === targetId) throw new ArchiveError('invalid', 'A tag cannot be merged into itself.');
  const touched = new Set<string>();
  await withStorageErrors(() =>
    db.transaction('rw', [db.tags, db.bulletins, db.rules, db.kv], async () => {
      const tags = await db.tags.toArray();
      if (!tags.some((t) => t.id === sourceId) || !tags.some((t) => t.id === targetId)) {
        throw new ArchiveError('not-found', 'One of the tags no longer exists.');
      }
      if (descendantIds(tags, sourceId, false).includes(targetId)) {
        throw new ArchiveError('cycle', 'A tag cannot be merged into one of its own sub-tags.');
      }
      await mergeInto(db, sourceId, targetId, Date.now(), touched);
      await bumpStats(db);
    }),
  );
  emitArchiveChange({ kind: 'tags' });
  emitArchiveChange({ kind: 'rules' });
  emitArchiveChange({ kind: 'bulletins', ids: [...touched] });
  return [...touched];
}

/** Everything needed to undo a tag deletion. Treat as opaque; pass back to `undoDeleteTag`. */
export interface TagDeletionUndo {
  tags: Tag[];
  /** Bulletin id → the deleted tag ids it carried. */
  links: Array<[string, string[]]>;
  rules: TagRule[];
}

/** Deletes a tag and its sub-tags, unlinking them from bulletins and removing their rules. */
export async function deleteTag(id: string): Promise<TagDeletionUndo> {
  const db = getArchiveDb();
  const undo = await withStorageErrors(() =>
    db.transaction('rw', [db.tags, db.bulletins, db.rules, db.kv], async () => {
      const all = await db.tags.toArray();
      if (!all.some((t) => t.id === id)) throw new ArchiveError('not-found', 'This tag no longer exists.');
      const ids = descendantIds(all, id, true);
      const gone = new Set(ids);
      const links = new Map<string, string[]>();
      const now = Date.now();
      for (const tagId of ids) {
        await db.bulletins
          .where('tags')
          .equals(tagId)
          .modify((r) => {
            links.set(r.id, r.tags.filter((t) => gone.has(t)));
            r.tags = r.tags.filter((t) => !gone.has(t));
            touchRow(r, now);
          });
      }
      const rules = await db.rules.where('tagId').anyOf(ids).toArray();
      await db.rules.bulkDelete(rules.map((r) => r.id));
      await db.tags.bulkDelete(ids);
      await bumpStats(db);
      return { tags: all.filter((t) => gone.has(t.id)), links: [...links.entries()], rules };
    }),
  );
  emitArchiveChange({ kind: 'tags', ids: undo.tags.map((t) => t.id) });
  emitArchiveChange({ kind: 'bulletins', ids: undo.links.map(([b]) => b) });
  if (undo.rules.length > 0) emitArchiveChange({ kind: 'rules' });
  return undo;
}

/** Restores a deleted tag, its sub-tags, their bulletin links (for bulletins that still exist) and rules. */
export async function undoDeleteTag(undo: TagDeletionUndo): Promise<void> {
  const db = getArchiveDb();
  await withStorageErrors(() =>
    db.transaction('rw', [db.tags, db.bulletins, db.rules, db.kv], async () => {
      await db.tags.bulkPut(undo.tags);
      await db.rules.bulkPut(undo.rules);
      await changeLinks(db, undo.links, 'add');
      await bumpStats(db);
    }),
  );
  emitArchiveChange({ kind: 'tags', ids: undo.tags.map((t) => t.id) });
  emitArchiveChange({ kind: 'bulletins', ids: undo.links.map(([b]) => b) });
  if (undo.rules.length > 0) emitArchiveChange({ kind: 'rules' });
}
