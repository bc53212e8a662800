import { describe, expect, it } from 'vitest';
import type { Bulletin } from '../../../../renderer/src/core/model';
import { bulletin } from './fixtures';
import {
  bulletinToDoc,
  docId,
  GLOSSARY_DOC_ID,
  parseDocId,
  recordToDoc,
  sameContent,
  stableJson,
} from '../../../../renderer/src/core/sync/docs';


describe('sync document ids', () => {
  it('prefixes each record type and parses back', () => {
    for (const type of ['bulletin', 'tag', 'dossier', 'savedSearch', 'rule', 'original'] as const) {
      const id = docId(type, 'abc:1');
      expect(parseDocId(id)).toEqual({ type, id: 'abc:1' });
    }
    expect(docId('glossary', 'x')).toBe(GLOSSARY_DOC_ID);
    expect(parseDocId(GLOSSARY_DOC_ID)).toEqual({ type: 'glossary', id: 'glossary' });
  });

  it('ignores ids that are not archive records', () => {
    expect(parseDocId('_design/auth')).toBeNull();
    expect(parseDocId('bulletin:')).toBeNull();
    expect(parseDocId('something-else')).toBeNull();
  });
});

describe('record → document', () => {
  it('keeps laptop-local fields out of a bulletin document', () => {
    const doc = bulletinToDoc({ ...bulletin(), rev: 7 } as Bulletin);
    expect(doc._id).toBe('bulletin:b1');
    expect(doc.type).toBe('bulletin');
    expect(doc).not.toHaveProperty('batchId');
    expect(doc).not.toHaveProperty('excerpt');
    expect(doc).not.toHaveProperty('rev');
    expect(doc).not.toHaveProperty('id');
    expect(doc.body).toBe('Body');
  });

  it('carries fields added to the model later (they are not listed one by one)', () => {
    const doc = bulletinToDoc({ ...bulletin(), dateEnd: '2023-11-30' } as Bulletin) as unknown as Record<string, unknown>;
    expect(doc.dateEnd).toBe('2023-11-30');
  });

  it('maps tags and originals with their prefixes', () => {
    expect(recordToDoc({ type: 'tag', value: { id: 't1', name: 'Trade', color: '#1f77b4', parentId: null, createdAt: 1 } })).toEqual({
      _id: 'tag:t1', type: 'tag', name: 'Trade', color: '#1f77b4', parentId: null, createdAt: 1,
    });
    const original = recordToDoc({ type: 'original', value: { id: 'f'.repeat(64), names: ['a.pdf'], type: 'application/pdf', size: 3, importedAt: 5 } });
    expect(original._id).toBe(`original:${'f'.repeat(64)}`);
  });
});

describe('content comparison', () => {
  it('is independent of key order and ignores revisions and history', () => {
    expect(stableJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(stableJson({ a: [1, { c: 3, d: 2 }], b: 1 }));
    const a = { ...bulletinToDoc(bulletin()), _rev: '1-a' };
    const b = { ...bulletinToDoc(bulletin()), _rev: '2-b', history: [{ field: 'title', value: 'x', editedAt: 1, mergedAt: 2 }] };
    expect(sameContent(a, b)).toBe(true);
    expect(sameContent(a, bulletinToDoc(bulletin({ title: 'Other' })))).toBe(false);
  });
});
