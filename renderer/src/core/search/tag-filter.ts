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
import { tagAllNames, type TagLanguage } from '../tags/names';
import { descendantIds, TAG_PATH_SEPARATOR, tagDisplayPath, tagPath, tagPathVariants, tagNameKey } from '../tags/tree';
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

  constructor(
    tags: readonly SearchTag[],
    private readonly glossary: readonly GlossaryEntry[] = builtInGlossary(),
  ) {
    // tree.ts works on whole tags; the fields it reads are these.
    this.tags = tags.map((t) => ({ id: t.id, name: t.name, ...(t.names ? { names: t.names } : {}), parentId: t.parentId, color: '', createdAt: 0 }));
    this.parentOf = new Map(this.tags.map((t) => [t.id, t.parentId]));
    // Every name a tag answers to (its own, English, Spanish — the starter taxonomy's Spanish too)
    // and every path of them: the Spanish UI's sidebar writes Spanish paths.
    this.entries = this.tags.map((t) => {
      const path = tagPath(this.tags, t.id);
      const names = tagAllNames(t).map(tagNameKey);
      return { id: t.id, path, names, keys: [...names, ...tagPathVariants(this.tags, t.id).map(tagNameKey)] };
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** Ids of the tags `value` names (see the module comment), with their descendants. */
  resolve(value: string): string[] {
    return [...new Set(this.match(value).ids.flatMap((id) => descendantIds(this.tags, id, true)))];
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
   * word's family (families.ts: "pesquería" → "Pesca y Acuicultura"). At most `max`, in tree order.
   */
  near(value: string, max = 5): string[] {
    const found = new Set<string>();
    for (const word of foldText(value).match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (word.length < 3) continue;
      for (const form of [word, ...familyOf(word)]) {
        const hits = this.longestPart(form);
        for (const e of hits) found.add(e.id);
        if (hits.length > 0) break;
      }
    }
    return this.entries.filter((e) => found.has(e.id)).slice(0, max).map((e) => e.id);
  }

  /**
   * The `tag:` value (ready to type after `tag:`) that names exactly the tag `id`: its path in
   * `language` (or another of its paths) in quotes, as the parser reads it back — or, when every
   * path also names another tag or holds a quotation mark, its id, which only it answers to.
   */
  exactValue(id: string, language: TagLanguage): string {
    const candidates = [tagDisplayPath(this.tags, id, language), ...tagPathVariants(this.tags, id)];
    for (const path of candidates) {
      if (path === '' || path.includes('"')) continue;
      const m = this.match(path);
      if (m.kind === 'exact' && m.ids.length === 1 && m.ids[0] === id) return `"${path}"`;
    }
    return /[\s"]/.test(id) ? `"${id}"` : id;
  }

  /** The tag's path in a UI language ('' when unknown). */
  pathOf(id: string, language: TagLanguage): string {
    return tagDisplayPath(this.tags, id, language);
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
