import type { Bulletin } from '../../../../renderer/src/core/model';

/** A complete stored bulletin with overridable fields. */
export function bulletin(overrides: Partial<Bulletin> = {}): Bulletin {
  return {
    id: 'b1', title: 'T', date: '2023-11-09', datePrecision: 'day', place: 'Lima', language: 'en', countries: ['Peru'],
    organisations: ['IDB'], tags: ['t1'], sourceFile: 'a.txt', batchId: 'batch-9', contentHash: 'h', excerpt: 'e',
    createdAt: 1, updatedAt: 2, deletedAt: null, body: 'Body', bodyHtml: null, ...overrides,
  };
}
