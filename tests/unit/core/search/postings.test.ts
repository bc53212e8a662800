import { describe, expect, it } from 'vitest';
import { Postings } from '../../../../renderer/src/core/search/postings';
import { decodeSlots, encodeDirectory, encodeSlots } from '../../../../renderer/src/core/search/postings-codec';

function filled(): Postings {
  const index = new Postings();
  index.addDoc(0, ['pesca', 'peru']);
  index.addDoc(1, ['pesca', 'pescado']);
  index.addDoc(2, ['chile']);
  index.addDoc(3, ['pesca', 'chile', 'pescador']);
  return index;
}

describe('postings', () => {
  it('returns ascending slots per term and nothing for unknown terms', () => {
    const index = filled();
    expect(index.get('pesca')).toEqual([0, 1, 3]);
    expect(index.get('chile')).toEqual([2, 3]);
    expect(index.get('nada')).toEqual([]);
    expect(index.has('peru')).toBe(true);
    expect(index.has('nada')).toBe(false);
    expect([...index.terms()].sort()).toEqual(['chile', 'peru', 'pesca', 'pescado', 'pescador']);
  });

  it('expands prefixes, most frequent first when capped', () => {
    const index = filled();
    expect(index.withPrefix('pesc', 10).sort()).toEqual(['pesca', 'pescado', 'pescador']);
    expect(index.withPrefix('pesc', 1)).toEqual(['pesca']);
    expect(index.withPrefix('x', 10)).toEqual([]);
  });

  it('renumbers slots and forgets terms left without documents', () => {
    const index = filled();
    index.remap(Int32Array.from([0, -1, 1, 2]));
    expect(index.get('pesca')).toEqual([0, 2]);
    expect(index.get('chile')).toEqual([1, 2]);
    expect(index.has('pescado')).toBe(false);
    expect(index.withPrefix('pesc', 10).sort()).toEqual(['pesca', 'pescador']);
    index.addDoc(3, ['pescado']);
    expect(index.get('pescado')).toEqual([3]);
  });

  it('round-trips through encode/decode and keeps accepting documents', () => {
    const copy = new Postings();
    copy.decode(filled().encode());
    expect(copy.get('pesca')).toEqual([0, 1, 3]);
    expect(copy.withPrefix('pesc', 10).sort()).toEqual(['pesca', 'pescado', 'pescador']);
    copy.addDoc(4, ['pesca', 'nuevo']);
    expect(copy.get('pesca')).toEqual([0, 1, 3, 4]);
    expect(copy.get('nuevo')).toEqual([4]);
  });

  it('encodes slot lists compactly and exactly, gaps of every size included', () => {
    const list = [0, 1, 2, 31, 32, 33, 1023, 1024, 40_000, 2_000_000];
    const digits = encodeSlots(list);
    expect(digits).not.toMatch(/[\t\n]/);
    expect(decodeSlots(`${digits}\nnext`, 0)).toEqual(list);
    expect(encodeSlots([0, 1, 2, 3])).toHaveLength(4);
  });
});

describe('postings persistence', () => {
  function big(): Postings {
    const index = new Postings();
    for (let slot = 0; slot < 3000; slot++) index.addDoc(slot, ['all', ...(slot % 3 === 0 ? ['third'] : []), ...(slot % 1000 === 7 ? ['rare'] : [])]);
    return index;
  }

  it('re-encodes untouched and touched terms identically, with long lists intact', () => {
    const source = big();
    const copy = new Postings();
    copy.decode(source.encode());
    expect(copy.encode()).toEqual(source.encode());
    expect(copy.count('third')).toBe(1000); // counted without decoding
    expect(copy.get('third')).toEqual(source.get('third'));
    expect(copy.get('all')).toHaveLength(3000);
    expect(copy.withPrefix('r', 5)).toEqual(['rare']);
    expect(copy.encode()).toEqual(source.encode());
  });

  it('compacts a decoded index without losing unread terms', () => {
    const copy = new Postings();
    copy.decode(big().encode());
    const map = Int32Array.from({ length: 3000 }, (_, slot) => (slot < 1500 ? -1 : slot - 1500));
    copy.remap(map);
    expect(copy.get('rare')).toEqual([507]); // slots 7 and 1007 were removed, 2007 → 507
    expect(copy.get('third')[0]).toBe(0);
    expect(copy.get('all')).toHaveLength(1500);
  });

  it('splits into chunks, and from a directory answers read terms empty until their chunk is supplied', () => {
    const source = big();
    const chunks = source.encode(8);
    expect(chunks.length).toBeGreaterThan(1);
    const copy = new Postings();
    copy.decodeDirectory(encodeDirectory(chunks), chunks.length);
    expect(copy.awaiting).toBe(true);
    expect(copy.has('rare')).toBe(true);
    expect(copy.count('all')).toBe(3000);
    expect(copy.withPrefix('th', 5)).toEqual(['third']);
    expect(copy.get('third')).toEqual([]);
    const wanted = copy.missing();
    expect(wanted).toHaveLength(1);
    expect(() => copy.addDoc(3000, ['all'])).toThrow(/still loading/);
    expect(() => copy.encode()).toThrow(/still loading/);
    copy.supply(wanted[0] ?? -1, chunks[wanted[0] ?? -1]?.[1] ?? '');
    expect(copy.missing()).toEqual([]);
    expect(copy.get('third')).toEqual(source.get('third'));
    chunks.forEach(([, text], n) => copy.supply(n, text));
    expect(copy.awaiting).toBe(false);
    expect(copy.encode(8)).toEqual(chunks);
    expect(() => copy.supply(0, 'other\t!\n')).not.toThrow(); // no longer awaited: ignored
  });

  it('rejects a chunk that does not match its directory', () => {
    const chunks = big().encode(8);
    const copy = new Postings();
    copy.decodeDirectory(encodeDirectory(chunks), chunks.length);
    expect(() => copy.supply(0, chunks[1]?.[1] ?? '')).toThrow(/damaged/);
  });
});

/** Documents as term lists; slot = position. */
const DOCS: string[][] = Array.from({ length: 400 }, (_, slot) => [
  'every',
  ...(slot % 2 === 0 ? ['even'] : []),
  ...(slot % 7 === 0 ? ['seventh'] : []),
  `own${slot}`,
]);
/** What a term's list must be after the first `n` documents. */
const expected = (term: string, n = DOCS.length): number[] =>
  DOCS.slice(0, n).flatMap((terms, slot) => (terms.includes(term) ? [slot] : []));

describe('postings decoded on first use', () => {
  it('merges slots added after a reload with the saved ones, read or not, and saves them all', () => {
    const saved = new Postings();
    DOCS.slice(0, 300).forEach((terms, slot) => saved.addDoc(slot, terms));
    const reloaded = new Postings();
    reloaded.decode(saved.encode());
    expect(reloaded.get('even')).toEqual(expected('even', 300)); // read before the new documents
    DOCS.slice(300).forEach((terms, i) => reloaded.addDoc(300 + i, terms));
    // `seventh` was never read before documents were added to it: its saved slots come first.
    expect(reloaded.count('seventh')).toBe(expected('seventh').length);
    expect(reloaded.withPrefix('sev', 1)).toEqual(['seventh']);
    const whole = new Postings();
    DOCS.forEach((terms, slot) => whole.addDoc(slot, terms));
    expect(reloaded.encode()).toEqual(whole.encode());
    for (const term of ['every', 'even', 'seventh', 'own0', 'own299', 'own399']) expect(reloaded.get(term), term).toEqual(expected(term));
    expect([...reloaded.terms()].sort()).toEqual([...whole.terms()].sort());
  });

  it('keeps reading unread terms after every other term was read and the saved text let go', () => {
    const saved = new Postings();
    DOCS.forEach((terms, slot) => saved.addDoc(slot, terms));
    const reloaded = new Postings();
    reloaded.decode(saved.encode());
    for (const term of [...reloaded.terms()]) if (term !== 'seventh') reloaded.get(term);
    expect(reloaded.get('seventh')).toEqual(expected('seventh'));
    expect(reloaded.encode()).toEqual(saved.encode());
  });
});
