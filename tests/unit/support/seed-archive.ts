/**
 * The seed archive as a first-run user builds it: the shared corpus imported through the real
 * importer, the starter taxonomy installed (names in English and Spanish, as data/starter.ts writes
 * them) and its rules run the way the archive service runs them (whole words, no translations).
 */
import { importFile } from '../../../renderer/src/core/import/import-file';
import { SearchEngine, type SearchDoc } from '../../../renderer/src/core/search/engine';
import { toSearchDoc } from '../../../renderer/src/core/search/search-doc';
import type { SearchTag } from '../../../renderer/src/core/search/tag-filter';
import { STARTER_TAXONOMY, type StarterTag } from '../../../renderer/src/core/tags/starter-taxonomy';
import { readCorpusBytes } from './corpus';

export interface SeedArchive {
  engine: SearchEngine;
  tags: SearchTag[];
  /** Tag id → ids of the bulletins its rule tagged. */
  tagged: Map<string, string[]>;
}

function starterTags(): Array<SearchTag & { rule: string | null }> {
  const out: Array<SearchTag & { rule: string | null }> = [];
  let next = 0;
  const walk = (items: readonly StarterTag[], parentId: string | null): void => {
    for (const item of items) {
      const id = `tag-${next++}`;
      out.push({ id, name: item.name, names: { en: item.name, es: item.es }, parentId, rule: item.rule });
      walk(item.children ?? [], id);
    }
  };
  walk(STARTER_TAXONOMY, null);
  return out;
}

export async function seedArchive(): Promise<SeedArchive> {
  const parsed = await importFile({ name: 'pacific-alliance-news-2023-10-11.txt', bytes: new Uint8Array(readCorpusBytes()) });
  const tags = starterTags();
  const engine = new SearchEngine();
  engine.setTags(tags);
  const untagged = parsed.map((b, i) => toSearchDoc(b, `b${i}`, [], () => ''));
  engine.add(untagged);
  const tagged = new Map<string, string[]>();
  const onBulletin = new Map<string, string[]>();
  for (const tag of tags) {
    if (tag.rule === null) continue;
    const ids = engine.search(tag.rule, { prefixLast: false, sort: 'date-asc' }).ids;
    tagged.set(tag.id, ids);
    for (const id of ids) onBulletin.set(id, [...(onBulletin.get(id) ?? []), tag.id]);
  }
  const name = (id: string): string => tags.find((t) => t.id === id)?.name ?? '';
  const docs: SearchDoc[] = parsed.map((b, i) => toSearchDoc(b, `b${i}`, onBulletin.get(`b${i}`) ?? [], name));
  engine.add(docs);
  return { engine, tags: tags.map(({ rule: _rule, ...tag }) => tag), tagged };
}
