/**
 * JSON text in pieces, for backups that must never become one giant string (issue 23: one stored
 * body of 210 million characters made `Export archive` crash the tab, and V8 refuses strings over
 * ~536 million characters outright). Joined, the pieces are exactly `JSON.stringify(value)`.
 */

/** About how many characters each piece holds (strings longer than this are sliced). */
export const JSON_CHUNK_CHARS = 1 << 20;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

/** What is left of `budget` after `value`'s JSON (roughly): negative once it does not fit. */
function remaining(value: unknown, budget: number): number {
  if (budget < 0) return budget;
  if (typeof value === 'string') return budget - value.length - 2;
  if (Array.isArray(value)) {
    for (const item of value) {
      budget = remaining(item, budget - 1);
      if (budget < 0) return budget;
    }
    return budget - 2;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      budget = remaining(item, budget - key.length - 4);
      if (budget < 0) return budget;
    }
    return budget - 2;
  }
  return budget - 24;
}

const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function* stringPieces(text: string, size: number): Generator<string> {
  yield '"';
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + size);
    // Never split a surrogate pair: each half alone would be written as an escape.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff && end - 1 > i) end--;
    yield JSON.stringify(text.slice(i, end)).slice(1, -1);
    i = end;
  }
  yield '"';
}

/**
 * Yields `value`'s JSON in pieces: values that fit in `size` characters are stringified whole,
 * larger arrays and objects member by member, long strings in slices.
 */
export function* jsonChunks(value: unknown, size: number = JSON_CHUNK_CHARS): Generator<string> {
  const step = Math.max(2, Math.floor(size));
  const structured = typeof value === 'string' || (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function');
  if (!structured || remaining(value, step) >= 0) {
    const whole = JSON.stringify(value as Json) as string | undefined;
    if (whole !== undefined) yield whole;
    return;
  }
  if (typeof value === 'string') {
    yield* stringPieces(value, step);
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      const item: unknown = value[i];
      if (skipped(item)) yield 'null';
      else yield* jsonChunks(item, step);
    }
    yield ']';
    return;
  }
  const record = value as Record<string, unknown>;
  let first = true;
  yield '{';
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (skipped(item)) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonChunks(item, step);
  }
  yield '}';
}

/** UTF-8 bytes of the pieces, in parts of about `size` characters (small pieces are gathered). */
export function* utf8Parts(pieces: Iterable<string>, size: number = JSON_CHUNK_CHARS): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let pending: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length >= size) {
      yield encoder.encode(pending.join(''));
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield encoder.encode(pending.join(''));
}
