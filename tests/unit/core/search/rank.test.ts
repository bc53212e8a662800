import { describe, expect, it } from 'vitest';
import { CodeRows } from '../../../../renderer/src/core/search/csr';
import { DocTable } from '../../../../renderer/src/core/search/doc-table';
import { MAX_TIER, RankOrder } from '../../../../renderer/src/core/search/rank';
import type { SearchSort } from '../../../../renderer/src/core/search/engine-types';

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function table(n: number, rnd: () => number): DocTable {
  const t = new DocTable();
  for (let i = 0; i < n; i++) {
    const undated = rnd() < 0.1;
    const date = undated ? null : `20${10 + Math.floor(rnd() * 3)}-0${1 + Math.floor(rnd() * 3)}-1${Math.floor(rnd() * 3)}`;
    t.push({ id: `d${i}`, title: ['Alpha', 'beta', 'Gamma', 'alpha'][Math.floor(rnd() * 4)] ?? '', date, language: 'en', countries: [], organisations: [], tagIds: [], titleLength: 1, bodyLength: 1 });
  }
  return t;
}

/** The ranking rule written as one comparator. */
function naive(t: DocTable, slots: number[], tier: Uint8Array | null, sort: SearchSort): number[] {
  const date = (s: number): number => t.dateNums[s] ?? 0;
  return [...slots].sort((a, b) => {
    const byTier = (tier?.[b] ?? 0) - (tier?.[a] ?? 0);
    if (byTier !== 0) return byTier;
    const da = date(a);
    const db = date(b);
    if (da !== db) {
      if (da === 0 || db === 0) return da === 0 ? 1 : -1;
      return sort === 'date-asc' ? da - db : db - da;
    }
    const ta = (t.titles[a] ?? '').toLowerCase();
    const tb = (t.titles[b] ?? '').toLowerCase();
    return ta < tb ? -1 : ta > tb ? 1 : a - b;
  });
}

describe('RankOrder', () => {
  it.each([
    ['few matches (sorted positions)', 0.01],
    ['many matches (one walk of the order)', 0.6],
  ])('matches the comparator rule with %s', (_name, share) => {
    const rnd = random(share === 0.01 ? 1 : 2);
    const t = table(3000, rnd);
    const order = new RankOrder(t);
    const slots = Array.from({ length: t.slots }, (_, i) => i).filter(() => rnd() < share);
    const tier = Uint8Array.from({ length: t.slots }, () => Math.floor(rnd() * 4) * (MAX_TIER >> 2));
    for (const sort of ['relevance', 'date-desc', 'date-asc'] as const) {
      const tiers = sort === 'relevance' ? tier : null;
      expect(Array.from(order.rank(slots, tiers, sort))).toEqual(naive(t, slots, tiers, sort));
    }
  });

  it('keeps the top tier (MAX_TIER) on the walk path: every match once, the best first', () => {
    const rnd = random(4);
    const t = table(3000, rnd);
    const order = new RankOrder(t);
    const slots = Array.from({ length: t.slots }, (_, i) => i).filter(() => rnd() < 0.6);
    const tier = Uint8Array.from({ length: t.slots }, () => (rnd() < 0.05 ? MAX_TIER : Math.floor(rnd() * MAX_TIER)));
    const ranked = Array.from(order.rank(slots, tier, 'relevance'));
    expect(new Set(ranked).size).toBe(slots.length);
    expect(ranked).toEqual(naive(t, slots, tier, 'relevance'));
  });

  it('follows appended slots and survives a persisted order round trip', () => {
    const t = table(50, random(3));
    const order = new RankOrder(t);
    const all = Array.from({ length: t.slots }, (_, i) => i);
    const before = Array.from(order.rank(all, null, 'date-desc'));
    const copy = new RankOrder(t);
    copy.decode(order.encode());
    expect(Array.from(copy.rank(all, null, 'date-desc'))).toEqual(before);
    t.push({ id: 'new', title: 'Newest', date: '2099-01-01', language: 'es', countries: [], organisations: [], tagIds: [], titleLength: 1, bodyLength: 1 });
    expect(order.rank([...all, 50], null, 'date-desc')[0]).toBe(50);
    expect(order.rank([...all, 50], null, 'date-asc').at(-1)).not.toBe(50);
  });
});

describe('CodeRows', () => {
  it('stores rows flat, tests membership and compacts', () => {
    const rows = new CodeRows();
    const data = [[1, 2], [], [3], [0, 4, 5]];
    for (const r of data) rows.push(r);
    expect(data.map((_, i) => rows.row(i))).toEqual(data);
    const marks = Uint8Array.from([0, 0, 0, 1, 0, 0]);
    expect(data.map((_, i) => rows.hasAny(i, marks))).toEqual([false, false, true, false]);
    rows.compact(Int32Array.from([0, -1, -1, 1]));
    expect(rows.length).toBe(2);
    expect([rows.row(0), rows.row(1)]).toEqual([[1, 2], [0, 4, 5]]);
  });

  it('keeps typed table columns in step through kill and compact', () => {
    const t = new DocTable();
    const push = (id: string, date: string | null, countries: string[]): number =>
      t.push({ id, title: id, date, language: 'es', countries, organisations: [], tagIds: [], titleLength: 1, bodyLength: 1 });
    push('a', '2021-05-01', ['Peru']);
    push('b', '2022-01-01', ['Chile', 'Peru']);
    push('c', null, ['Mexico']);
    t.kill('a');
    t.compact();
    expect(t.ids).toEqual(['b', 'c']);
    expect(Array.from(t.dateNums.subarray(0, 2))).toEqual([20220101, 0]);
    expect(t.yearValues.values[t.yearCodes[0] ?? 0]).toBe('2022');
    expect(t.yearCodes[1]).toBe(0);
    expect(t.countries.row(0).map((c) => t.countryValues.values[c])).toEqual(['Chile', 'Peru']);
    expect(t.langValues.values[t.langCodes[1] ?? 0]).toBe('es');
  });
});
