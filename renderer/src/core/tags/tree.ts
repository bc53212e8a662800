/**
 * Pure tag-hierarchy helpers: tree building, descendants, display paths and name lookup.
 * Tag names compare case- and accent-insensitively (`foldText`), so "Perú" and "peru" are one tag.
 */
import type { Tag } from '../model';
import { foldText } from '../text/fold';
import { tagAllNames, tagDisplayName } from './names';
import { pushAll } from '../arrays';

/** Separator used to display a tag's path ("Technical groups › Fisheries and Aquaculture"). */
export const TAG_PATH_SEPARATOR = ' › ';

export interface TagNode {
  tag: Tag;
  children: TagNode[];
  /** Bulletins carrying this tag itself. */
  count: number;
  /** Bulletin links of this tag and its descendants (a bulletin tagged twice counts twice). */
  totalCount: number;
  depth: number;
}

/** The comparable form of a tag name: folded, trimmed, inner whitespace collapsed. */
export function tagNameKey(name: string): string {
  return foldText(name).trim().replace(/\s+/g, ' ');
}

function countOf(counts: ReadonlyMap<string, number> | Readonly<Record<string, number>> | undefined, id: string): number {
  if (!counts) return 0;
  if (counts instanceof Map) return counts.get(id) ?? 0;
  return (counts as Readonly<Record<string, number>>)[id] ?? 0;
}

/**
 * Builds the tag forest, children sorted by name (by their names in `language` when given, so a
 * Spanish UI lists "Grupos técnicos" under G). Tags whose parent is missing (or that sit in a
 * corrupted cycle) become roots, so no tag is ever hidden.
 */
export function buildTagTree(
  tags: readonly Tag[],
  counts?: ReadonlyMap<string, number> | Readonly<Record<string, number>>,
  language?: string,
): TagNode[] {
  const sortByName = (list: Tag[]): Tag[] => sortTags(list, language);
  const byId = new Map(tags.map((t) => [t.id, t]));
  const childrenOf = new Map<string | null, Tag[]>();
  for (const t of tags) {
    const parent = t.parentId !== null && byId.has(t.parentId) && !inCycle(byId, t.id) ? t.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(t);
    childrenOf.set(parent, list);
  }
  const build = (tag: Tag, depth: number): TagNode => {
    const children = sortByName(childrenOf.get(tag.id) ?? []).map((c) => build(c, depth + 1));
    const count = countOf(counts, tag.id);
    const totalCount = count + children.reduce((sum, c) => sum + c.totalCount, 0);
    return { tag, children, count, totalCount, depth };
  };
  return sortByName(childrenOf.get(null) ?? []).map((t) => build(t, 0));
}

function sortTags(tags: Tag[], language: string | undefined): Tag[] {
  const key = (tag: Tag) => tagNameKey(language === undefined ? tag.name : tagDisplayName(tag, language));
  return [...tags].sort((a, b) => key(a).localeCompare(key(b)) || a.id.localeCompare(b.id));
}

function inCycle(byId: ReadonlyMap<string, Tag>, id: string): boolean {
  const seen = new Set<string>();
  let cur = byId.get(id);
  while (cur && cur.parentId !== null) {
    if (cur.parentId === id) return true;
    if (seen.has(cur.id)) return false;
    seen.add(cur.id);
    cur = byId.get(cur.parentId);
  }
  return false;
}

/** `id` and every tag below it (or only those below, with `includeSelf` false). Cycle-safe. */
export function descendantIds(tags: readonly Tag[], id: string, includeSelf = true): string[] {
  const childrenOf = new Map<string, string[]>();
  for (const t of tags) {
    if (t.parentId === null) continue;
    const list = childrenOf.get(t.parentId) ?? [];
    list.push(t.id);
    childrenOf.set(t.parentId, list);
  }
  const out: string[] = [];
  const seen = new Set<string>([id]);
  const stack = [...(childrenOf.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    out.push(next);
    pushAll(stack, childrenOf.get(next) ?? []);
  }
  return includeSelf ? [id, ...out] : out;
}

/** The chain of tags from the root down to `id` (empty when unknown). Cycle-safe. */
export function tagAncestry(tags: readonly Tag[], id: string): Tag[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const chain: Tag[] = [];
  const seen = new Set<string>();
  let cur = byId.get(id);
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    chain.unshift(cur);
    cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
  }
  return chain;
}

/** Display path, e.g. "Technical groups › Fisheries and Aquaculture" ('' when unknown). */
export function tagPath(tags: readonly Tag[], id: string): string {
  return tagAncestry(tags, id)
    .map((t) => t.name)
    .join(TAG_PATH_SEPARATOR);
}

/** Display path in a UI language, e.g. "Grupos técnicos › Pesca y Acuicultura" for `es`. */
export function tagDisplayPath(tags: readonly Tag[], id: string, language: string): string {
  return tagAncestry(tags, id)
    .map((t) => tagDisplayName(t, language))
    .join(TAG_PATH_SEPARATOR);
}

/** Every path a tag can be written as: its own names' path and its English and Spanish paths. */
export function tagPathVariants(tags: readonly Tag[], id: string): string[] {
  const variants = [tagPath(tags, id), tagDisplayPath(tags, id, 'en'), tagDisplayPath(tags, id, 'es')];
  return [...new Set(variants)].filter((path) => path !== '');
}

const answersTo = (tag: Tag, key: string): boolean => tagAllNames(tag).some((name) => tagNameKey(name) === key);

/** The sibling of `parentId` named `name` (case/accent-insensitive), if any, ignoring `exceptId`. */
export function findSibling(tags: readonly Tag[], parentId: string | null, name: string, exceptId?: string): Tag | undefined {
  const key = tagNameKey(name);
  return tags.find((t) => t.parentId === parentId && t.id !== exceptId && tagNameKey(t.name) === key);
}

/**
 * Finds a tag by any of its names or by a path of them ("Technical groups › Fisheries", also with
 * `>` or `/`, or "Grupos técnicos › Pesca y Acuicultura"), case- and accent-insensitively. A bare name prefers a root tag, then the first match by path order.
 */
export function findTagByName(tags: readonly Tag[], name: string): Tag | undefined {
  const key = tagNameKey(name);
  if (key === '') return undefined;
  // Any of a tag's names will do: its own, its English or its Spanish one.
  const exact = tags.filter((t) => answersTo(t, key));
  if (exact.length > 0) {
    return exact.find((t) => t.parentId === null) ?? [...exact].sort((a, b) => tagPath(tags, a.id).localeCompare(tagPath(tags, b.id)))[0];
  }
  const parts = name.split(/\s*(?:›|>|\/)\s*/).map(tagNameKey).filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  let parent: string | null = null;
  let found: Tag | undefined;
  for (const part of parts) {
    found = tags.find((t) => t.parentId === parent && answersTo(t, part));
    if (!found) return undefined;
    parent = found.id;
  }
  return found;
}

/** True when making `newParentId` the parent of `id` would create a cycle (or self-parenting). */
export function wouldCreateCycle(tags: readonly Tag[], id: string, newParentId: string | null): boolean {
  if (newParentId === null) return false;
  return descendantIds(tags, id, true).includes(newParentId);
}

/** Why `name` is not acceptable for a tag, or null when it is. */
export function tagNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'A tag needs a name.';
  if (trimmed.length > 80) return 'Tag names are limited to 80 characters.';
  if (trimmed.includes('›')) return 'Tag names cannot contain "›" (it separates levels in tag paths).';
  return null;
}
