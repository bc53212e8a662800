/**
 * Export/import of the engine as `[key, value]` string chunks (stored by the app in IndexedDB).
 * Postings are delta-encoded (see postings.ts); metadata is JSON. A version mismatch throws so the
 * app can rebuild the index from the bulletins.
 */
import type { DocTable, DocTableData } from './doc-table';
import type { SearchChunk } from './engine-types';
import type { PairSignatures } from './pair-signatures';
import type { Postings } from './postings';
import type { Vocabulary } from './vocabulary';

export const SEARCH_INDEX_VERSION = 1;

export interface EngineState {
  table: DocTable;
  text: Postings;
  title: Postings;
  pairs: PairSignatures;
  vocab: Vocabulary;
  tagNames: Map<string, string>;
}

interface Header {
  version: number;
  size: number;
  tagNames: Array<[string, string]>;
}

/** Serialises the state (the table must be compacted). */
export function exportEngine(state: EngineState): SearchChunk[] {
  const header: Header = { version: SEARCH_INDEX_VERSION, size: state.table.size, tagNames: [...state.tagNames] };
  const chunks: SearchChunk[] = [['header', JSON.stringify(header)], ['table', JSON.stringify(state.table.toData())]];
  state.text.encode().forEach((c, i) => chunks.push([`text/${i}`, c]));
  state.title.encode().forEach((c, i) => chunks.push([`title/${i}`, c]));
  chunks.push(['pairs', state.pairs.encode()], ['vocab', state.vocab.encode()]);
  return chunks;
}

/** Loads chunks written by `exportEngine` into an empty state. */
export function importEngine(state: EngineState, chunks: readonly SearchChunk[]): void {
  const byKey = new Map(chunks);
  const headerText = byKey.get('header');
  const header = headerText === undefined ? null : (JSON.parse(headerText) as Header);
  if (header === null || header.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`Search index format ${header?.version ?? 'unknown'} is not supported; rebuild the index.`);
  }
  const numbered = (prefix: string): string[] =>
    chunks
      .filter(([k]) => k.startsWith(`${prefix}/`))
      .sort((a, b) => Number(a[0].slice(prefix.length + 1)) - Number(b[0].slice(prefix.length + 1)))
      .map(([, v]) => v);
  state.table.load(JSON.parse(byKey.get('table') ?? 'null') as DocTableData);
  state.text.decode(numbered('text'));
  state.title.decode(numbered('title'));
  state.pairs.decode(byKey.get('pairs') ?? '\n');
  state.vocab.decode(byKey.get('vocab') ?? '');
  state.tagNames.clear();
  for (const [id, name] of header.tagNames) state.tagNames.set(id, name);
  if (state.table.size !== header.size || state.pairs.size !== state.table.slots) {
    throw new Error('Search index chunks are incomplete; rebuild the index.');
  }
}
