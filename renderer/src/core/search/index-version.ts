/**
 * The saved search index's format version, in a leaf module of its own: the UI thread needs the
 * number to decide whether a saved index can be loaded, and importing it from persist.ts pulled the
 * search engine into the UI start-up bundle.
 *
 * 3: own compact postings (loaded lazily per term) and a persisted rank order.
 * 4: binary table columns and phrase signatures (8 bits per byte), titles and signatures as a later stage.
 * 5: all-fields postings as a later stage in small chunks, with a directory (terms, chunk, count) up front.
 * 6: the rank order as an Int32Array. (The header's `backend` field, dropped when one term index
 *    remained, is ignored: every backend saved the same postings, so version 6 indexes load as they are.)
 * 7: term frequencies in the postings, field lengths and approximate dates' ends in the table (BM25F
 *    relevance); tag names no longer indexed as words. Older indexes are rebuilt from the bulletins.
 */
export const SEARCH_INDEX_VERSION = 7;
