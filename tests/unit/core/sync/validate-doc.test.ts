import { describe, expect, it } from 'vitest';
import { bulletinToDoc } from '../../../../renderer/src/core/sync/docs';
import { SYNC_LIMITS, validateIncomingDoc } from '../../../../renderer/src/core/sync/validate-doc';
import { bulletin } from './fixtures';

/** Stands in for DOMPurify: visibly changes what it cleans. */
const sanitize = (html: string): string => html.replace(/<script[\s\S]*?<\/script>/g, '');

describe('validateIncomingDoc', () => {
  it('maps a good bulletin document back to a record with local fields reset', () => {
    const check = validateIncomingDoc({ ...bulletinToDoc(bulletin()), _rev: '1-x' }, sanitize);
    expect(check.ok).toBe(true);
    if (!check.ok || check.record.type !== 'bulletin') throw new Error('expected a bulletin');
    expect(check.record.value.id).toBe('b1');
    expect(check.record.value.title).toBe('T');
    expect(check.record.value.batchId).toBe('sync');
  });

  it('sanitises bulletin HTML like an import', () => {
    const doc = bulletinToDoc(bulletin({ bodyHtml: '<p>ok</p><script>alert(1)</script>' }));
    const check = validateIncomingDoc(doc, sanitize);
    if (!check.ok || check.record.type !== 'bulletin') throw new Error('expected a bulletin');
    expect(check.record.value.bodyHtml).toBe('<p>ok</p>');
  });

  it('drops unknown fields', () => {
    const check = validateIncomingDoc({ ...bulletinToDoc(bulletin()), evil: 'x', __proto__x: 1 }, sanitize);
    if (!check.ok || check.record.type !== 'bulletin') throw new Error('expected a bulletin');
    expect(check.record.value).not.toHaveProperty('evil');
  });

  it.each([
    ['a wrong type', { ...bulletinToDoc(bulletin()), title: 42 }, 'bulletin:b1: bulletin.title must be text'],
    ['a missing field', (() => { const d: Record<string, unknown> = { ...bulletinToDoc(bulletin()) }; delete d.body; return d; })(), 'bulletin.body is missing'],
    ['an oversized body', { ...bulletinToDoc(bulletin()), body: 'x'.repeat(SYNC_LIMITS.bodyChars + 1) }, 'longer than'],
    ['too many tags', { ...bulletinToDoc(bulletin()), tags: Array.from({ length: SYNC_LIMITS.listItems + 1 }, (_, i) => `t${i}`) }, 'more than'],
    ['a type that does not match the id', { ...bulletinToDoc(bulletin()), type: 'tag' }, 'type must be "bulletin"'],
    ['an unknown prefix', { _id: 'weird:1', type: 'bulletin' }, 'unknown type prefix'],
    ['a bad date', { ...bulletinToDoc(bulletin()), date: '9 Nov' }, 'bulletin.date must be a date'],
    ['a bad tag colour', { _id: 'tag:t', type: 'tag', name: 'n', color: 'url(x)', parentId: null, createdAt: 1 }, 'colour'],
    ['an original not named by its hash', { _id: 'original:abc', type: 'original', names: [], mimeType: 'x', size: 1, importedAt: 1 }, 'SHA-256'],
    ['an original over the size limit', { _id: `original:${'a'.repeat(64)}`, type: 'original', names: [], mimeType: 'x', size: SYNC_LIMITS.originalBytes + 1, importedAt: 1 }, 'size'],
  ])('refuses %s with a named error', (_label, doc, expected) => {
    const check = validateIncomingDoc(doc, sanitize);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.error).toContain(expected);
    expect(check.error.length).toBeGreaterThan(0);
  });

  it('refuses non-objects without throwing', () => {
    for (const value of [null, 'x', 3, []]) {
      const check = validateIncomingDoc(value, sanitize);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.docId).toBe('(no id)');
    }
  });

  it('accepts every other record type', () => {
    const docs = [
      { _id: 'tag:t1', type: 'tag', name: 'Trade', color: '#1f77b4', parentId: null, createdAt: 1 },
      { _id: 'dossier:d1', type: 'dossier', title: 'D', subtitle: '', author: '', introduction: '', items: ['b1'], grouping: 'none', pageSize: 'A4', recipe: null, declined: [], lastRefreshedAt: null, createdAt: 1, updatedAt: 1, deletedAt: null },
      { _id: 'search:s1', type: 'savedSearch', name: 'S', query: 'peru', createdAt: 1 },
      { _id: 'rule:r1', type: 'rule', query: 'peru', tagId: 't1', enabled: true, createdAt: 1 },
      { _id: `original:${'a'.repeat(64)}`, type: 'original', names: ['a.pdf'], mimeType: 'application/pdf', size: 10, importedAt: 1 },
      { _id: 'settings:glossary', type: 'glossary', entries: [{ es: 'pesca', en: 'fisheries' }], updatedAt: 1 },
    ];
    for (const doc of docs) expect(validateIncomingDoc(doc, sanitize)).toMatchObject({ ok: true });
    const original = validateIncomingDoc(docs[4], sanitize);
    if (!original.ok || original.record.type !== 'original') throw new Error('expected an original');
    expect(original.record.value.type).toBe('application/pdf');
  });
});
