/**
 * Export/import of the engine as `[key, value]` chunks (stored by the app in IndexedDB). Postings
 * are delta-encoded strings (see postings-codec.ts); the document table is typed arrays plus joined
 * strings; the phrase signatures are one byte array. A version mismatch throws so the app can
 * rebuild the index from the bulletins.
 *
 * Two stages: everything plain searches need up front (header, table without titles, title
 * postings, the all-fields postings' directory, vocabulary, rank order), then the `LATER_CHUNK_PREFIX`
 * chunks: the all-fields postings in small chunks, titles and phrase signatures (nine tenths of
 * the bytes). `importFirst` + `importLater` is `importEngine` split so a start-up can answer plain
 * searches before the second stage is read: a query reads the postings chunks of its own terms on
 * demand (`missingLater` / `supplyLater`), and only phrase queries and writes wait for the rest.
 */
import type { DocTable } from './doc-table';
import { SEARCH_INDEX_VERSION } from './index-version';
import { LATER_CHUNK_PREFIX, type SearchChunk, type SearchChunkValue } from './engine-types';
import type { PairSignatures } from './pair-signatures';
import type { Postings } from './postings';
import { encodeDirectory, type TermChunk } from './postings-codec';
import type { RankOrder } from './rank';
import type { Vocabulary } from './vocabulary';

export { SEARCH_INDEX_VERSION };

export interface EngineState {
  table: DocTable;
  order: RankOrder;
  text: Postings;
  title: Postings;
  pairs: PairSignatures;
  vocab: Vocabulary;
  tagNames: Map<string, string>;
}

/**
 * Indexes saved before there was one term index also carry `backend` ('flex', 'custom' or 'hybrid'):
 * all three wrote the same postings (postings-codec.ts), so it is ignored and they load as they are.
 */
interface Header {
  version: number;
  size: number;
  slots: number;
  /** Number of `LATER_TEXT` chunks. */
  textChunks: number;
  tagNames: Array<[string, string]>;
}

const TABLE = 'table/';
const LATER_TABLE = `${LATER_CHUNK_PREFIX}table/`;
const PAIR_LENGTHS = `${LATER_CHUNK_PREFIX}pairs.len`;
const PAIR_UNITS = `${LATER_CHUNK_PREFIX}pairs`;
const TEXT_DIRECTORY = 'text.dir';
/**
 * All-fields postings chunk n is saved as `LATER_TEXT + n` and written first among the later chunks,
 * so it is also the n-th later row: storage can read it by position (see `missingLater`).
 */
const LATER_TEXT = `${LATER_CHUNK_PREFIX}text/`;

/** Serialises the state (the table must be compacted). */
export function exportEngine(state: EngineState): SearchChunk[] {
  const { table } = state;
  const postings = state.text.encode();
  const header: Header = {
    version: SEARCH_INDEX_VERSION, size: table.size, slots: table.slots, textChunks: postings.length, tagNames: [...state.tagNames],
  };
  const chunks: SearchChunk[] = [['header', JSON.stringify(header)]];
  for (const [name, value] of table.encode()) chunks.push([TABLE + name, value]);
  chunks.push([TEXT_DIRECTORY, encodeDirectory(postings)]);
  for (const [key, value] of state.title.encode()) chunks.push([`title/${key}`, value]);
  chunks.push(['vocab', state.vocab.encode()], ['order', state.order.encode()]);
  postings.forEach(([key, value], n) => {
    if (key !== String(n)) throw new Error('Search index postings chunks are out of order.');
    chunks.push([LATER_TEXT + key, value]);
  });
  for (const [name, value] of table.encodeTitles()) chunks.push([LATER_TABLE + name, value]);
  const [lengths, units] = state.pairs.encode();
  chunks.push([PAIR_LENGTHS, lengths], [PAIR_UNITS, units]);
  return chunks;
}

/** Loads chunks written by `exportEngine` (both stages) into an empty state. */
export function importEngine(state: EngineState, chunks: readonly SearchChunk[]): void {
  importFirst(state, chunks);
  importLater(state, chunks);
}

/**
 * Loads the first stage into an empty state: plain searches work (their terms' postings chunks
 * supplied on demand, see `missingLater`), while phrase checks and writes refuse (they throw) until `importLater`.
 */
export function importFirst(state: EngineState, chunks: readonly SearchChunk[]): void {
  const byKey = new Map(chunks);
  const headerText = byKey.get('header');
  const header = typeof headerText === 'string' ? (JSON.parse(headerText) as Header) : null;
  if (header === null || header.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`Search index format ${header?.version ?? 'unknown'} is not supported; rebuild the index.`);
  }
  const under = (prefix: string): TermChunk[] =>
    chunks.filter(([k]) => k.startsWith(`${prefix}/`)).map(([k, v]): TermChunk => [k.slice(prefix.length + 1), text(v)]);
  state.table.loadColumns((name) => byKey.get(TABLE + name), header.slots);
  state.text.decodeDirectory(text(byKey.get(TEXT_DIRECTORY) ?? ''), header.textChunks);
  state.title.decode(under('title'));
  state.vocab.decode(text(byKey.get('vocab') ?? ''));
  const order = byKey.get('order');
  // Without titles the order cannot be re-sorted, so a first stage must bring a complete one.
  if (!(order instanceof Int32Array) || order.length !== header.slots) throw new Error('Search index order is incomplete; rebuild the index.');
  state.order.decode(order);
  state.pairs.markPending();
  state.tagNames.clear();
  for (const [id, name] of header.tagNames) state.tagNames.set(id, name);
  if (state.table.size !== header.size) throw new Error('Search index chunks are incomplete; rebuild the index.');
}

/** Completes an `importFirst` with the later chunks (other chunks are ignored). */
export function importLater(state: EngineState, chunks: readonly SearchChunk[]): void {
  supplyLater(state, chunks);
  if (state.text.awaiting) throw new Error('Search index postings are incomplete; rebuild the index.');
  const byKey = new Map(chunks.filter(([k]) => k.startsWith(LATER_CHUNK_PREFIX)));
  state.table.loadTitles((name) => byKey.get(LATER_TABLE + name));
  state.pairs.decode(byKey.get(PAIR_LENGTHS), byKey.get(PAIR_UNITS));
  if (state.pairs.size !== state.table.slots) throw new Error('Search index chunks are incomplete; rebuild the index.');
}

/**
 * Positions among the later chunks (the n-th later chunk of `exportEngine`) of the postings chunks
 * that reads since `importFirst` needed and did not have: those reads answered as if the terms had
 * no documents, so their results must be discarded and recomputed after `supplyLater`.
 */
export function missingLater(state: EngineState): number[] {
  return state.text.missing();
}

/** Hands later chunks to a state between `importFirst` and `importLater`: postings chunks not yet supplied are taken, anything else ignored. */
export function supplyLater(state: EngineState, chunks: readonly SearchChunk[]): void {
  for (const [key, value] of chunks) {
    if (key.startsWith(LATER_TEXT)) state.text.supply(Number(key.slice(LATER_TEXT.length)), text(value));
  }
}

function text(value: SearchChunkValue): string {
  if (typeof value !== 'string') throw new Error('Search index chunk has the wrong type; rebuild the index.');
  return value;
}

