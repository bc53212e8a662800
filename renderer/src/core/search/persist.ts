/**
 * Export/import of the engine as `[key, value]` string chunks (stored by the app in IndexedDB).
 * Postings are delta-encoded (see postings.ts); metadata is JSON. A version mismatch throws so the
 * app can rebuild the index from the bulletins.
 */
import type { DocTable, DocTableData } from './doc-table';
import type { SearchChunk } from './engine-types';
import { FlexPostings } from './flex-postings';
import type { PairSignatures } from './pair-signatures';
import type { RankOrder } from './rank';
import { Postings } from './postings';
import type { TermBackend, TermChunk, TermIndex } from './term-index';
import type { Vocabulary } from './vocabulary';

/** 3: own compact postings for FlexSearch (loaded lazily per term) and a persisted rank order. */
export const SEARCH_INDEX_VERSION = 3;

/** A new, empty term index for the all-fields (`text`) or `title` role of the given backend. */
export function makeTermIndex(backend: TermBackend, role: 'text' | 'title'): TermIndex {
  const flex = backend === 'flex' || (backend === 'hybrid' && role === 'title');
  return flex ? new FlexPostings() : new Postings();
}

export interface EngineState {
  backend: TermBackend;
  table: DocTable;
  order: RankOrder;
  text: TermIndex;
  title: TermIndex;
  pairs: PairSignatures;
  vocab: Vocabulary;
  tagNames: Map<string, string>;
}

interface Header {
  version: number;
  backend: TermBackend;
  size: number;
  tagNames: Array<[string, string]>;
}

/** Serialises the state (the table must be compacted). */
export function exportEngine(state: EngineState): SearchChunk[] {
  const header: Header = { version: SEARCH_INDEX_VERSION, backend: state.backend, size: state.table.size, tagNames: [...state.tagNames] };
  const chunks: SearchChunk[] = [['header', JSON.stringify(header)], ['table', JSON.stringify(state.table.toData())]];
  for (const [key, value] of state.text.encode()) chunks.push([`text/${key}`, value]);
  for (const [key, value] of state.title.encode()) chunks.push([`title/${key}`, value]);
  chunks.push(['pairs', state.pairs.encode()], ['vocab', state.vocab.encode()], ['order', state.order.encode()]);
  return chunks;
}

/** Loads chunks written by `exportEngine` into an empty state (adopting the chunks' backend). */
export function importEngine(state: EngineState, chunks: readonly SearchChunk[]): void {
  const byKey = new Map(chunks);
  const headerText = byKey.get('header');
  const header = headerText === undefined ? null : (JSON.parse(headerText) as Header);
  if (header === null || header.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`Search index format ${header?.version ?? 'unknown'} is not supported; rebuild the index.`);
  }
  const under = (prefix: string): TermChunk[] =>
    chunks.filter(([k]) => k.startsWith(`${prefix}/`)).map(([k, v]): TermChunk => [k.slice(prefix.length + 1), v]);
  if (header.backend !== state.backend) {
    state.backend = header.backend;
    state.text = makeTermIndex(header.backend, 'text');
    state.title = makeTermIndex(header.backend, 'title');
  }
  state.table.load(JSON.parse(byKey.get('table') ?? 'null') as DocTableData);
  state.text.decode(under('text'));
  state.title.decode(under('title'));
  state.pairs.decode(byKey.get('pairs') ?? '\n');
  state.vocab.decode(byKey.get('vocab') ?? '');
  state.order.decode(byKey.get('order') ?? '');
  state.tagNames.clear();
  for (const [id, name] of header.tagNames) state.tagNames.set(id, name);
  if (state.table.size !== header.size || state.pairs.size !== state.table.slots) {
    throw new Error('Search index chunks are incomplete; rebuild the index.');
  }
}
