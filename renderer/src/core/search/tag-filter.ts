/**
 * `tag:` resolution against the tag tree, in the engine (the worker gets the tree when tags change):
 * `tag:X` means the tags whose name, other-language name (`names`, when a tag has them) or path is X
 * — or, when none is, every tag whose name or path contains X ("tag:fish" → "Fisheries and
 * Aquaculture") — each with its descendants. Also the "try a tag" offer for a search with no result.
 */
import type { GlossaryEntry } from '../backup/format';
import type { Tag } from '../model';
import { tagAllNames } from '../tags/names';
import { descendantIds, TAG_PATH_SEPARATOR, tagPath, tagPathVariants, tagNameKey } from '../tags/tree';
import { builtInGlossary, translationsOf } from './glossary';

/** A tag as the search worker needs it; `names` (optional) are its names in English and Spanish. */
export type SearchTag = Pick<Tag, 'id' | 'name' | 'parentId'> & { names?: { en?: string; es?: string } };

interface Entry {
  id: string;
  /** Folded name, other names and path. */
  keys: string[];
  path: string;
}

export class TagIndex {
  private readonly entries: Entry[];
  private readonly tags: Tag[];

  constructor(
    tags: readonly SearchTag[],
    private readonly glossary: readonly GlossaryEntry[] = builtInGlossary(),
  ) {
    // tree.ts works on whole tags; the fields it reads are these.
    this.tags = tags.map((t) => ({ id: t.id, name: t.name, ...(t.names ? { names: t.names } : {}), parentId: t.parentId, color: '', createdAt: 0 }));
    // Every name a tag answers to (its own, English, Spanish — the starter taxonomy's Spanish too)
    // and every path of them: the Spanish UI's sidebar writes Spanish paths.
    this.entries = this.tags.map((t) => {
      const path = tagPath(this.tags, t.id);
      return { id: t.id, path, keys: [...tagAllNames(t), ...tagPathVariants(this.tags, t.id)].map(tagNameKey) };
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** Ids of the tags `value` names (see the module comment), with their descendants. */
  resolve(value: string): string[] {
    const wanted = tagNameKey(value.split(TAG_PATH_SEPARATOR.trim()).map((p) => p.trim()).join(TAG_PATH_SEPARATOR));
    if (wanted === '') return [];
    let hits = this.entries.filter((e) => e.keys.includes(wanted) || e.id === value);
    if (hits.length === 0) hits = this.containing(wanted);
    // Tags named in the other language: "tag:crecimiento verde" finds "Environment and Green Growth" through the glossary.
    if (hits.length === 0) hits = translationsOf(value, this.glossary).flatMap((t) => this.containing(tagNameKey(t)));
    return [...new Set(hits.flatMap((e) => descendantIds(this.tags, e.id, true)))];
  }

  private containing(key: string): Entry[] {
    return key === '' ? [] : this.entries.filter((e) => e.keys.some((k) => k.includes(key)));
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
