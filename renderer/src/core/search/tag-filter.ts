/**
 * `tag:` resolution against the tag tree, in the engine (the worker gets the tree when tags change):
 * `tag:X` means the tags whose name, other-language name (`names`, when a tag has them) or path is X
 * — or, when none is, every tag whose name or path contains X ("tag:fish" → "Fisheries and
 * Aquaculture"), or else whose name contains X's glossary translation — each with its descendants.
 * Also what the tag chooser needs (which tags a term matched, tags named like a word that matched
 * none, a value naming exactly one tag) and the "try a tag" offer for a search with no result.
 */
import type { GlossaryEntry } from '../backup/format';
import type { Tag } from '../model';
import { foldText } from '../text/fold';
import { tagAllNames, tagDisplayName, type TagLanguage } from '../tags/names';
import { pushAll } from '../arrays';
import { TAG_PATH_SEPARATOR, tagNameKey } from '../tags/tree';
import { WORD_FAMILIES } from './families';
import { builtInGlossary, translationsOf } from './glossary';
import { stem } from './stem';

/** A tag as the search worker needs it; `names` (optional) are its names in English and Spanish. */
export type SearchTag = Pick<Tag, 'id' | 'name' | 'parentId'> & { names?: { en?: string; es?: string } };

/** How a `tag:` value found its tags: a whole name or path, a part of one, a glossary translation, or not at all. */
export type TagMatchKind = 'exact' | 'contains' | 'translation' | 'none';

export interface TagMatch {
  kind: TagMatchKind;
  /** The tags matched, top-most only: a matched tag's matched sub-tags come with it anyway. */
  ids: string[];
}

interface Entry {
  id: string;
  /** Folded names (own, English, Spanish). */
  names: string[];
  /** Folded names and paths. */
  keys: string[];
  path: string;
}

/** A "part of the word" is at least this many letters (or the whole word when shorter). */
const MIN_PART = 4;

export class TagIndex {
  private readonly entries: Entry[];
  private readonly tags: Tag[];
  private readonly parentOf: Map<string, string | null>;
  private readonly childrenOf = new Map<string, string[]>();
  /** Every tag's path by its own names and by its English and Spanish ones. */
  private readonly paths: Record<'own' | TagLanguage, Map<string, string>>;

  constructor(
    tags: readonly SearchTag[],
    private readonly glossary: readonly GlossaryEntry[] = builtInGlossary(),
  ) {
    // tree.ts works on whole tags; the fields it reads are these.
    this.tags = tags.map((t) => ({ id: t.id, name: t.name, ...(t.names ? { names: t.names } : {}), parentId: t.parentId, color: '', createdAt: 0 }));
    this.parentOf = new Map(this.tags.map((t) => [t.id, t.parentId]));
    for (const t of this.tags) {
      if (t.parentId === null) continue;
      const siblings = this.childrenOf.get(t.parentId);
      if (siblings) siblings.push(t.id);
      else this.childrenOf.set(t.parentId, [t.id]);
    }
    this.paths = {
      own: pathsOf(this.tags, (t) => t.name),
      en: pathsOf(this.tags, (t) => tagDisplayName(t, 'en')),
      es: pathsOf(this.tags, (t) => tagDisplayName(t, 'es')),
    };
    // Every name a tag answers to (its own, English, Spanish — the starter taxonomy's Spanish too)
    // and every path of them: the Spanish UI's sidebar writes Spanish paths.
    this.entries = this.tags.map((t) => {
      const names = tagAllNames(t).map(tagNameKey);
      return { id: t.id, path: this.paths.own.get(t.id) ?? '', names, keys: [...names, ...this.pathVariants(t.id).map(tagNameKey)] };
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** Ids of the tags `value` names (see the module comment), with their descendants. */
  resolve(value: string): string[] {
    // One walk down from the matched tags (tree.ts `descendantIds` rebuilds the child lists per tag).
    const out = new Set<string>();
    const stack = [...this.match(value).ids];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (out.has(id)) continue;
      out.add(id);
      pushAll(stack, this.childrenOf.get(id) ?? []);
    }
    return [...out];
  }

  /** Which tags `value` names and how (see the module comment); descendants are not listed. */
  match(value: string): TagMatch {
    const wanted = tagNameKey(value.split(TAG_PATH_SEPARATOR.trim()).map((p) => p.trim()).join(TAG_PATH_SEPARATOR));
    if (wanted === '') return { kind: 'none', ids: [] };
    // A tag's id names it alone (the chooser's last resort, see `exactValue`).
    const byId = this.entries.find((e) => e.id === value.trim());
    if (byId !== undefined) return { kind: 'exact', ids: [byId.id] };
    const exact = this.entries.filter((e) => e.keys.includes(wanted));
    if (exact.length > 0) return { kind: 'exact', ids: this.topMost(exact) };
    const containing = this.containing(wanted);
    if (containing.length > 0) return { kind: 'contains', ids: this.topMost(containing) };
    // Tags named in the other language: "tag:crecimiento verde" finds "Environment and Green Growth" through the glossary.
    const translated = translationsOf(value, this.glossary).flatMap((t) => this.containing(tagNameKey(t)));
    if (translated.length > 0) return { kind: 'translation', ids: this.topMost(translated) };
    return { kind: 'none', ids: [] };
  }

  /**
   * For a value that names no tag: tags whose name contains part of one of its words — the longest
   * start of the word (at least `MIN_PART` letters) that some name contains, or a member of the
   * word's family (families.ts: "pesquería" → "Pesca y Acuicultura"). In tree order.
   */
  near(value: string): string[] {
    const found = new Set<string>();
    for (const word of foldText(value).match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (word.length < 3) continue;
      for (const form of [word, ...familyOf(word)]) {
        const hits = this.longestPart(form);
        for (const e of hits) found.add(e.id);
        if (hits.length > 0) break;
      }
    }
    return this.entries.filter((e) => found.has(e.id)).map((e) => e.id);
  }

  /**
   * The `tag:` value (ready to type after `tag:`) that names exactly the tag `id`: its path in
   * `language` (or another of its paths) in quotes, as the parser reads it back — or, when every
   * path also names another tag or holds a quotation mark, its id, which only it answers to.
   */
  exactValue(id: string, language: TagLanguage): string {
    const candidates = [this.pathOf(id, language), ...this.pathVariants(id)];
    for (const path of candidates) {
      if (path === '' || path.includes('"')) continue;
      const m = this.match(path);
      if (m.kind === 'exact' && m.ids.length === 1 && m.ids[0] === id) return `"${path}"`;
    }
    return /[\s"]/.test(id) ? `"${id}"` : id;
  }

  /** The tag's path in a UI language ('' when unknown). */
  pathOf(id: string, language: TagLanguage): string {
    return this.paths[language].get(id) ?? '';
  }

  /** Every path the tag can be written as (tree.ts `tagPathVariants`, from the paths built once). */
  private pathVariants(id: string): string[] {
    const variants = [this.paths.own.get(id), this.paths.en.get(id), this.paths.es.get(id)];
    return [...new Set(variants)].filter((p): p is string => p !== undefined && p !== '');
  }

  private containing(key: string): Entry[] {
    return key === '' ? [] : this.entries.filter((e) => e.keys.some((k) => k.includes(key)));
  }

  /** Tags whose name contains the longest start of `word` any name contains (at least `MIN_PART` letters). */
  private longestPart(word: string): Entry[] {
    for (let length = word.length; length >= Math.min(MIN_PART, word.length); length--) {
      const part = word.slice(0, length);
      const hits = this.entries.filter((e) => e.names.some((n) => n.includes(part)));
      if (hits.length > 0) return hits;
    }
    return [];
  }

  /** The ids of `hits` without those below another hit (they are matched through it). */
  private topMost(hits: readonly Entry[]): string[] {
    const ids = new Set(hits.map((e) => e.id));
    const below = (id: string): boolean => {
      const seen = new Set<string>([id]);
      for (let p = this.parentOf.get(id) ?? null; p !== null && !seen.has(p); p = this.parentOf.get(p) ?? null) {
        if (ids.has(p)) return true;
        seen.add(p);
      }
      return false;
    };
    return [...ids].filter((id) => !below(id));
  }

  /** Tag paths whose name contains one of `words` (3+ letters), at most `max`: offered when a search finds nothing. */
  offers(words: readonly string[], max = 3): Array<{ word: string; tag: string }> {
    const out: Array<{ word: string; tag: string }> = [];
    for (const word of words) {
      const key = tagNameKey(word);
      if (key.length < 3) continue;
      for (const e of this.entries) {
        if (out.length >= max) return out;
        if (e.keys.some((k) => k.includes(key)) && !out.some((o) => o.tag === e.path)) out.push({ word, tag: e.path });
      }
    }
    return out;
  }
}

let families: string[][] | null = null;

/** The other members of `word`'s family (folded), if it has one; plurals find it too, as in search. */
function familyOf(word: string): string[] {
  families ??= WORD_FAMILIES.map((line) => foldText(line).split(/\s+/).filter((w) => w !== ''));
  const key = stem(word);
  return families.find((f) => f.some((w) => stem(w) === key))?.filter((w) => stem(w) !== key) ?? [];
}

/**
 * Every tag's path of `nameOf` names in one pass, sharing each parent's path (tree.ts walks from each
 * tag to the root, quadratic over a whole tree). As tree.ts `tagAncestry`: a missing parent ends the
 * path, and a walk that meets a tag twice (a corrupted cycle) stops there — such paths are not shared.
 */
function pathsOf(tags: readonly Tag[], nameOf: (tag: Tag) => string): Map<string, string> {
  const byId = new Map(tags.map((t) => [t.id, t]));
  /** Paths of tags whose ancestry ends at a root: safe to share with their descendants. */
  const rooted = new Map<string, string>();
  const out = new Map<string, string>();
  for (const tag of tags) {
    const chain: Tag[] = [];
    const seen = new Set<string>();
    let prefix: string | null = null;
    let cur: Tag | undefined = tag;
    while (cur !== undefined && !seen.has(cur.id)) {
      prefix = rooted.get(cur.id) ?? null;
      if (prefix !== null) break;
      seen.add(cur.id);
      chain.push(cur);
      cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
    }
    const cycle = prefix === null && cur !== undefined;
    let path = prefix ?? '';
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i];
      if (link === undefined) continue;
      path = path === '' ? nameOf(link) : `${path}${TAG_PATH_SEPARATOR}${nameOf(link)}`;
      if (!cycle) rooted.set(link.id, path);
    }
    out.set(tag.id, path);
  }
  return out;
}
