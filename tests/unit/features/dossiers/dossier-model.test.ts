import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BulletinSummary, Dossier, Tag } from '../../../../renderer/src/core/model';
import {
  applyRefresh,
  moveItemBy,
  moveItemTo,
  moveInGroups,
  neighbourInGroup,
  newRecipeMatches,
  printGroups,
  sortIdsByDate,
  toPdfInput,
} from '../../../../renderer/src/features/dossiers/dossier-model';
import { groupBulletins, printOrder } from '../../../../renderer/src/core/pdf/groups';
import { pdfWordsFor } from '../../../../renderer/src/core/pdf/words';

function summary(id: string, patch: Partial<BulletinSummary> = {}): BulletinSummary {
  return {
    id, title: `Title ${id}`, date: null, datePrecision: 'unknown', place: null, language: 'en', countries: [],
    organisations: [], tags: [], sourceFile: 'f.txt', batchId: 'b', contentHash: id, excerpt: '', createdAt: 0, updatedAt: 0,
    deletedAt: null, ...patch,
  };
}

function dossier(patch: Partial<Dossier> = {}): Dossier {
  return {
    id: 'd1', title: 'Fisheries & Aquaculture 2023', subtitle: 'Sub', author: 'Unit', introduction: 'Intro', items: [],
    grouping: 'month', pageSize: 'Letter', recipe: null, declined: [], lastRefreshedAt: null, createdAt: 0, updatedAt: 0,
    deletedAt: null, ...patch,
  };
}

describe('moveItemTo / moveItemBy', () => {
  it('moves one item and keeps the others in order', () => {
    expect(moveItemTo(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItemTo(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItemBy(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
  });

  it('clamps at the ends and ignores bad indexes', () => {
    expect(moveItemBy(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItemBy(['a', 'b'], 1, 5)).toEqual(['a', 'b']);
    expect(moveItemTo(['a', 'b'], 7, 0)).toEqual(['a', 'b']);
  });

  it('is always a permutation, and moving back restores the order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (items, a, b) => {
        const from = a % items.length;
        const to = b % items.length;
        const moved = moveItemTo(items, from, to);
        expect([...moved].sort()).toEqual([...items].sort());
        expect(moved[to]).toBe(items[from]);
        expect(moveItemTo(moved, to, from)).toEqual(items);
      }),
    );
  });
});

describe('sortIdsByDate', () => {
  it('sorts oldest first, undated and unknown last, stable for ties', () => {
    const rows = [
      summary('x', { date: '2023-11-14' }),
      summary('y', { date: null }),
      summary('z', { date: '2023-10-03' }),
      summary('w', { date: '2023-10-03' }),
    ];
    expect(sortIdsByDate(['x', 'y', 'gone', 'z', 'w'], rows)).toEqual(['z', 'w', 'x', 'y', 'gone']);
  });
});

describe('recipe refresh', () => {
  it('offers only matches that are neither in the dossier nor declined', () => {
    expect(newRecipeMatches(['a', 'b', 'c', 'd'], { items: ['a'], declined: ['c'] })).toEqual(['b', 'd']);
  });

  it('appends kept matches and remembers the rest as declined', () => {
    const next = applyRefresh({ items: ['a'], declined: ['c'] }, ['b', 'd', 'e'], new Set(['d']));
    expect(next).toEqual({ items: ['a', 'd'], declined: ['c', 'b', 'e'] });
    // A second refresh over the same matches has nothing new to offer.
    expect(newRecipeMatches(['a', 'b', 'c', 'd', 'e'], next)).toEqual([]);
  });
});

describe('toPdfInput', () => {
  const tags: Tag[] = [{ id: 't1', name: 'Pesca y Acuicultura', color: '#000', parentId: null, createdAt: 0 }];

  it('keeps dossier order, resolves tag names and bodies, and leaves out trashed or missing bulletins', () => {
    const rows = [
      summary('a', { date: '2023-11-14', datePrecision: 'day', tags: ['t1', 'unknown'], countries: ['Chile'], place: 'Lima' }),
      summary('b', { deletedAt: 5 }),
      summary('c', { language: 'es' }),
    ];
    const input = toPdfInput(dossier({ items: ['c', 'missing', 'b', 'a'] }), rows, new Map([['a', 'Body A'], ['c', 'Cuerpo C']]), tags, 'en');
    expect(input.bulletins.map((b) => b.id)).toEqual(['c', 'a']);
    expect(input.bulletins[1]).toMatchObject({ title: 'Title a', date: '2023-11-14', place: 'Lima', tags: ['Pesca y Acuicultura'], countries: ['Chile'], body: 'Body A' });
    expect(input.bulletins[0]?.body).toBe('Cuerpo C');
    expect(input).toMatchObject({ title: 'Fisheries & Aquaculture 2023', subtitle: 'Sub', author: 'Unit', introduction: 'Intro', grouping: 'month', pageSize: 'Letter' });
  });

  it('prints in the dossier language, else the UI language', () => {
    expect(toPdfInput(dossier({ language: 'en' }), [], new Map(), [], 'es').language).toBe('en');
    expect(toPdfInput(dossier({ language: 'es' }), [], new Map(), [], 'en-US').language).toBe('es');
    expect(toPdfInput(dossier(), [], new Map(), [], 'es-MX').language).toBe('es');
  });
});

describe('printGroups: the dossier view shows what prints', () => {
  const tags: Tag[] = [
    { id: 't1', name: 'Trade', color: '#1f77b4', parentId: null, createdAt: 0 },
    { id: 't2', name: 'Aquaculture', color: '#1f77b4', parentId: null, createdAt: 0 },
  ];
  const rows = new Map(
    [
      summary('nov', { date: '2023-11-14', datePrecision: 'day', tags: ['t1'] }),
      summary('oct30', { date: '2023-10-30', datePrecision: 'day', tags: ['t2', 't1'] }),
      summary('oct3', { date: '2023-10-03', datePrecision: 'day', countries: ['Peru'] }),
      summary('gone', { date: '2023-09-01', datePrecision: 'day', deletedAt: 5 }),
      summary('undated'),
    ].map((s) => [s.id, s]),
  );
  const items = ['nov', 'oct30', 'gone', 'undated', 'oct3', 'missing'];

  it('groups by month in date order, keeping the manual order within a month, without Trash or missing items', () => {
    expect(printGroups(dossier({ grouping: 'month' }), items, rows, tags, pdfWordsFor('en'), 'en')).toEqual([
      { label: 'October 2023', ids: ['oct30', 'oct3'] },
      { label: 'November 2023', ids: ['nov'] },
      { label: 'Undated', ids: ['undated'] },
    ]);
    expect(printGroups(dossier({ grouping: 'tag' }), items, rows, tags, pdfWordsFor('es'), 'es').map((g) => g.label)).toEqual(['Aquaculture', 'Trade', 'Sin etiqueta']);
  });

  it('names tag groups in the dossier language', () => {
    const bilingual: Tag[] = tags.map((tag) => (tag.id === 't1' ? { ...tag, names: { en: 'Trade', es: 'Comercio' } } : tag));
    const labels = (language: 'en' | 'es') =>
      printGroups(dossier({ grouping: 'tag', language }), items, rows, bilingual, pdfWordsFor(language), 'en').map((g) => g.label);
    expect(labels('es')).toContain('Comercio');
    expect(labels('en')).toContain('Trade');
    expect(labels('en')).not.toContain('Comercio');
  });

  it('is the same order and the same headings as the PDF writer gets', () => {
    for (const grouping of ['none', 'month', 'country', 'tag'] as const) {
      const d = dossier({ grouping, items });
      const input = toPdfInput(d, [...rows.values()], new Map(), tags, 'en');
      const pdfGroups = groupBulletins(input.bulletins, grouping, pdfWordsFor('en'));
      const shown = printGroups(d, items, rows, tags, pdfWordsFor('en'), 'en');
      expect(shown.map((g) => g.label)).toEqual(pdfGroups.map((g) => g.label));
      expect(shown.flatMap((g) => g.ids)).toEqual(printOrder(pdfGroups).map((i) => input.bulletins[i]?.id));
    }
  });

  it('moves an item only within its group, storing the print order', () => {
    const groups = printGroups(dossier({ grouping: 'month' }), items, rows, tags, pdfWordsFor('en'), 'en');
    const notPrinted = ['gone', 'missing'];
    expect(neighbourInGroup(groups, 'oct3', -1)).toBe('oct30');
    expect(neighbourInGroup(groups, 'oct30', -1)).toBeNull();
    expect(neighbourInGroup(groups, 'nov', 1)).toBeNull();
    expect(moveInGroups(groups, notPrinted, 'oct3', 'oct30')).toEqual(['oct3', 'oct30', 'nov', 'undated', 'gone', 'missing']);
    expect(moveInGroups(groups, notPrinted, 'nov', 'oct30')).toBeNull();
  });
});
