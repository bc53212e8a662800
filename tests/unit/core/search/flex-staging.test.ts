import { describe, expect, it } from 'vitest';
import { FlexPostings } from '../../../../renderer/src/core/search/flex-postings';
import { Postings } from '../../../../renderer/src/core/search/postings';

/** Documents as term lists; slot = position. */
const DOCS: string[][] = Array.from({ length: 400 }, (_, slot) => [
  'every',
  ...(slot % 2 === 0 ? ['even'] : []),
  ...(slot % 7 === 0 ? ['seventh'] : []),
  `own${slot}`,
]);

describe('FlexPostings: added documents reach FlexSearch in batches', () => {
  it('answers reads between adds with every slot so far, like the plain postings', () => {
    const flex = new FlexPostings();
    const plain = new Postings();
    DOCS.forEach((terms, slot) => {
      flex.addDoc(slot, terms);
      plain.addDoc(slot, terms);
      // Reads interleaved with adds: a term read (merged) then added to again must keep both parts.
      if (slot % 50 === 0) {
        expect(flex.get('even')).toEqual(plain.get('even'));
        expect(flex.get('seventh')).toEqual(plain.get('seventh'));
      }
    });
    for (const term of ['every', 'even', 'seventh', 'own399', 'own0']) expect(flex.get(term), term).toEqual(plain.get(term));
    expect(flex.termCount).toBe(plain.termCount);
    expect(flex.encode()).toEqual(plain.encode());
  });

  it('merges slots added after a reload with the saved ones, read or not, and saves them all', () => {
    const saved = new FlexPostings();
    DOCS.slice(0, 300).forEach((terms, slot) => saved.addDoc(slot, terms));
    const reloaded = new FlexPostings();
    reloaded.decode(saved.encode());
    const expected = new Postings();
    DOCS.forEach((terms, slot) => expected.addDoc(slot, terms));
    expect(reloaded.get('even')).toHaveLength(150); // read before the new documents: loaded from the saved text
    DOCS.slice(300).forEach((terms, i) => reloaded.addDoc(300 + i, terms));
    // `seventh` was never read: its saved list and its new slots meet at the first read or save.
    expect(reloaded.withPrefix('sev', 1)).toEqual(['seventh']);
    expect(reloaded.encode()).toEqual(expected.encode());
    expect(reloaded.get('seventh')).toEqual(expected.get('seventh'));
    expect(reloaded.get('even')).toEqual(expected.get('even'));
  });

  it('renumbers staged slots on compaction', () => {
    const flex = new FlexPostings();
    DOCS.slice(0, 10).forEach((terms, slot) => flex.addDoc(slot, terms));
    flex.remap(Int32Array.from({ length: 10 }, (_, slot) => (slot < 5 ? -1 : slot - 5)));
    expect(flex.get('even')).toEqual([1, 3]); // old slots 6 and 8
    expect(flex.has('own2')).toBe(false);
    expect(flex.get('seventh')).toEqual([2]); // old slot 7
  });
});
