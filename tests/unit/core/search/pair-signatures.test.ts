import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pairHashes, tokenize } from '../../../../renderer/src/core/search/analyze';
import { PairSignatures } from '../../../../renderer/src/core/search/pair-signatures';

/** A seeded stream of 32-bit key hashes (xorshift), so the filters are the same on every run. */
function keyStream(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>>= 0);
  };
}

/** Slots of 0–900 keys each (small filters of one block and large multi-block ones). */
function build(slots: number, seed: number): { sig: PairSignatures; keys: number[][] } {
  const next = keyStream(seed);
  const sig = new PairSignatures();
  const keys: number[][] = [];
  for (let s = 0; s < slots; s++) {
    const count = s % 7 === 0 ? s % 40 : next() % 900;
    const slotKeys = Array.from({ length: count }, next);
    keys.push(slotKeys);
    sig.push(slotKeys);
  }
  return { sig, keys };
}

describe('PairSignatures', () => {
  it('lays out its filters exactly as saved indexes expect (pinned digest of the encoded bytes)', () => {
    const { sig } = build(400, 7);
    const [lengths, units] = sig.encode();
    const digest = createHash('sha256').update(Buffer.from(lengths.buffer, lengths.byteOffset, lengths.byteLength)).update(units).digest('hex');
    expect(digest).toBe('bd2e3b6fac8d740cd4f3a672c8cc93c88da6cd8ee81519ef8f2a47a7194bb6e3');
  });

  it('finds every slot holding all the keys asked for (no false negatives), after encode/decode too', () => {
    const { sig, keys } = build(300, 11);
    const copy = new PairSignatures();
    const [lengths, units] = sig.encode();
    copy.decode(lengths, units);
    const all = keys.map((_, slot) => slot);
    for (let slot = 0; slot < keys.length; slot++) {
      const own = keys[slot] ?? [];
      const asked = own.slice(0, 3);
      if (asked.length === 0) continue;
      expect(sig.filter(all, asked)).toContain(slot);
      expect(copy.filter([slot], asked)).toEqual([slot]);
    }
  });

  it('rejects almost every slot for keys it never saw (~1% false positives per key)', () => {
    const { sig, keys } = build(2000, 13);
    const all = keys.map((_, slot) => slot).filter((slot) => (keys[slot]?.length ?? 0) > 0);
    const next = keyStream(99);
    const foreign = [next(), next()];
    const passed = sig.filter(all, foreign).length;
    expect(passed).toBeLessThan(all.length * 0.01);
    // One foreign key alone passes more often than two together, but still rarely.
    expect(sig.filter(all, [foreign[0] ?? 0]).length).toBeLessThan(all.length * 0.05);
  });
});

describe('phrase signatures', () => {
  const hashes = (text: string): number[] => pairHashes(tokenize(text));

  it('tells adjacent pairs apart from reversed and separated ones', () => {
    const sig = new PairSignatures();
    sig.push(hashes('La cooperación técnica del grupo de trabajo avanza'));
    expect(sig.hasAll(0, hashes('cooperacion tecnica'))).toBe(true);
    expect(sig.hasAll(0, hashes('grupo de trabajo'))).toBe(true);
    let falsePositives = 0;
    for (let i = 0; i < 200; i++) if (sig.hasAll(0, hashes(`palabra${i} otra${i}`))) falsePositives++;
    expect(falsePositives).toBeLessThan(10);
  });

  it('keeps large multi-block filters exact for present pairs, rarely wrong otherwise, and binary when stored', () => {
    const sig = new PairSignatures();
    const words = Array.from({ length: 600 }, (_, i) => `w${i}x`).join(' ');
    sig.push(hashes(words));
    sig.push(hashes('short text here'));
    const copy = new PairSignatures();
    const [lengths, units] = sig.encode();
    expect(units).toBeInstanceOf(Uint8Array);
    expect(units.length).toBe(Array.from(lengths).reduce((a, b) => a + b, 0));
    copy.decode(lengths, units);
    for (let i = 0; i < 599; i++) expect(copy.hasAll(0, hashes(`w${i}x w${i + 1}x`))).toBe(true);
    let falsePositives = 0;
    for (let i = 0; i < 2000; i++) if (copy.hasAll(0, hashes(`w${i}x w${i + 7}x`))) falsePositives++;
    expect(falsePositives).toBeLessThan(60);
    const all = copy.filter([0, 1], hashes('short text'));
    expect(all).toEqual([1]);
  });

  it('reads imported signatures in place, appends after them and compacts both', () => {
    const sig = new PairSignatures();
    sig.push(hashes('climate change'));
    sig.push(hashes('digital security'));
    const copy = new PairSignatures();
    copy.decode(...sig.encode());
    copy.push(hashes('green growth'));
    expect(copy.size).toBe(3);
    expect(copy.hasAll(1, hashes('digital security'))).toBe(true);
    expect(copy.hasAll(2, hashes('green growth'))).toBe(true);
    const again = new PairSignatures();
    again.decode(...copy.encode());
    expect(again.hasAll(2, hashes('green growth'))).toBe(true);
    copy.remap(Int32Array.from([-1, 0, 1]));
    expect(copy.size).toBe(2);
    expect(copy.hasAll(0, hashes('digital security'))).toBe(true);
    expect(copy.hasAll(1, hashes('green growth'))).toBe(true);
  });
});
