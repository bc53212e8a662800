import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeDocs, mergeSet, type DocFields } from '../../../../renderer/src/core/sync/merge';

const base: DocFields = { type: 'bulletin', title: 'Old title', place: 'Lima', tags: ['a', 'b'], deletedAt: null, updatedAt: 100 };
const side = (fields: DocFields, rev: string) => ({ fields: { ...base, ...fields }, rev });

describe('mergeDocs', () => {
  it('keeps edits to different fields from both sides', () => {
    const r = mergeDocs('bulletin', base, side({ title: 'New title', updatedAt: 200 }, '2-a'), side({ place: 'Quito', updatedAt: 150 }, '2-b'));
    expect(r.fields.title).toBe('New title');
    expect(r.fields.place).toBe('Quito');
    expect(r.fields.updatedAt).toBe(200);
    expect(r.conflicts).toEqual([]);
    expect(r.fields).not.toHaveProperty('history');
  });

  it('merges tags as sets, honouring deletions on either side', () => {
    const r = mergeDocs('bulletin', base, side({ tags: ['a', 'b', 'c'], updatedAt: 200 }, '2-a'), side({ tags: ['b', 'd'], updatedAt: 300 }, '2-b'));
    // c added on one side, d on the other, a removed on the other: b, d, c.
    expect(r.fields.tags).toEqual(['b', 'd', 'c']);
  });

  it('same field on both sides: the later edit wins and the other value goes to history', () => {
    const r = mergeDocs('bulletin', base, side({ title: 'From A', updatedAt: 200 }, '2-a'), side({ title: 'From B', updatedAt: 300 }, '2-b'));
    expect(r.fields.title).toBe('From B');
    expect(r.conflicts).toEqual([{ field: 'title', kept: 'From B', lost: 'From A' }]);
    expect(r.fields.history).toEqual([{ field: 'title', value: 'From A', editedAt: 200, mergedAt: 300 }]);
  });

  it('a derived field (content hash) follows the later side and is never a conflict', () => {
    const r = mergeDocs('bulletin', { ...base, contentHash: 'h0' }, side({ title: 'A', contentHash: 'h1', updatedAt: 200 }, '2-a'), side({ contentHash: 'h2', updatedAt: 100 }, '2-b'));
    expect(r.fields.contentHash).toBe('h1');
    expect(r.conflicts).toEqual([]);
  });

  it('an edit against a trash keeps the edited bulletin, in the Trash', () => {
    const r = mergeDocs('bulletin', base, side({ title: 'Edited', updatedAt: 200 }, '2-a'), side({ deletedAt: 150, updatedAt: 150 }, '2-b'));
    expect(r.fields.title).toBe('Edited');
    expect(r.fields.deletedAt).toBe(150);
  });

  it('is symmetric: both laptops compute the same merge', () => {
    const a = side({ title: 'A', tags: ['a', 'x'], updatedAt: 200 }, '2-a');
    const b = side({ title: 'B', tags: ['b', 'y'], place: 'Bogotá', updatedAt: 200 }, '2-b');
    expect(mergeDocs('bulletin', base, a, b)).toEqual(mergeDocs('bulletin', base, b, a));
  });

  it('without an ancestor, sets become unions and differing fields are conflicts', () => {
    const r = mergeDocs('bulletin', null, side({ title: 'A', tags: ['a'], updatedAt: 1 }, '1-a'), side({ title: 'B', tags: ['b'], updatedAt: 2 }, '1-b'));
    expect(r.fields.tags).toEqual(['b', 'a']);
    expect(r.fields.title).toBe('B');
    expect(r.conflicts.map((c) => c.field)).toEqual(['title']);
  });

  it('keeps history from both sides', () => {
    const h1 = { field: 'title', value: 'x', editedAt: 1, mergedAt: 2 };
    const h2 = { field: 'place', value: 'y', editedAt: 3, mergedAt: 4 };
    const r = mergeDocs('bulletin', base, side({ history: [h1], updatedAt: 5 }, '3-a'), side({ history: [h2], updatedAt: 6 }, '3-b'));
    expect(r.fields.history).toEqual([h1, h2]);
  });

  it('dossier items merge as sets too, in the later order', () => {
    const dossierBase = { type: 'dossier', items: ['1', '2', '3'], updatedAt: 1 };
    const r = mergeDocs('dossier', dossierBase, { fields: { ...dossierBase, items: ['3', '2', '1', '4'], updatedAt: 5 }, rev: '2-a' }, { fields: { ...dossierBase, items: ['1', '3', '5'], updatedAt: 4 }, rev: '2-b' });
    expect(r.fields.items).toEqual(['3', '1', '4', '5']);
  });

  it('property: a field changed on only one side always survives', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (title, place, ta, tb) => {
        const r = mergeDocs('bulletin', base, side({ title, updatedAt: ta }, '2-a'), side({ place, updatedAt: tb }, '2-b'));
        expect(r.fields.title).toBe(title);
        expect(r.fields.place).toBe(place);
      }),
    );
  });
});

describe('mergeSet', () => {
  it('property: an item both sides keep survives; an item one side removed from the ancestor is gone', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 20 })), fc.uniqueArray(fc.integer({ min: 0, max: 20 })), fc.uniqueArray(fc.integer({ min: 0, max: 20 })), (o, l, e) => {
        const out = mergeSet(o, l, e) as number[];
        for (const x of l) if (e.includes(x)) expect(out).toContain(x);
        for (const x of o) if (!l.includes(x) || !e.includes(x)) expect(out).not.toContain(x);
        for (const x of [...l, ...e]) if (!o.includes(x)) expect(out).toContain(x);
        expect(new Set(out).size).toBe(out.length);
      }),
    );
  });
});
