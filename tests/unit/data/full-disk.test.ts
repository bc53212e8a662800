// Issue 23, point 6: an import onto a full disk. Chromium reports a full disk as an IO error that
// aborts the transaction (its pending writes then fail with AbortError inside Dexie's BulkError),
// or as QuotaExceededError. The failure is injected into fake-indexeddb's object stores the way
// Chromium raises it; the archive must stay as it was and the error must say the disk is full.
import { afterEach, describe, expect, it } from 'vitest';
import { IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';
import { manyParsed, useFreshDb } from './helpers';
import { ArchiveError, commitImport, countBulletins } from '../../../renderer/src/data';

const db = useFreshDb();

type Add = typeof FDBObjectStore.prototype.add;
const originalAdd = FDBObjectStore.prototype.add;
const originalPut = FDBObjectStore.prototype.put;
afterEach(() => {
  FDBObjectStore.prototype.add = originalAdd;
  FDBObjectStore.prototype.put = originalPut;
});

/** After `okWrites` writes, the next one aborts its transaction with `error` (as Chromium's backing store does). */
function failWritesAfter(okWrites: number, error: () => DOMException): void {
  let writes = 0;
  const failing = (original: Add): Add =>
    function (this: InstanceType<typeof FDBObjectStore>, ...args: Parameters<Add>) {
      const request = original.apply(this, args);
      if (++writes > okWrites) {
        const tx = this.transaction as unknown as { _abort(name: string | null): void; error: DOMException | null; _state: string };
        if (tx._state !== 'finished') {
          tx._abort(null);
          tx.error = error();
        }
      }
      return request;
    };
  FDBObjectStore.prototype.add = failing(originalAdd);
  FDBObjectStore.prototype.put = failing(originalPut);
}

describe('an import onto a full disk', () => {
  it.each([
    ['an IO error (how Chromium reports a full disk)', () => new DOMException('IO error: .../000123.ldb: No space left on device (ChromeMethodBFE: 15::Append::8)', 'UnknownError')],
    ['a failed commit', () => new DOMException('Internal error committing transaction.', 'UnknownError')],
    ['QuotaExceededError', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
  ])('fails as "disk full" on %s and stores nothing', async (_, error) => {
    await commitImport({ fileNames: ['before.txt'], bulletins: manyParsed(5, 'Before') });
    failWritesAfter(20, error);
    const err = await commitImport({ fileNames: ['big.txt'], bulletins: manyParsed(50, 'Big') }).catch((e: unknown) => e);
    FDBObjectStore.prototype.add = originalAdd;
    FDBObjectStore.prototype.put = originalPut;

    expect(err).toBeInstanceOf(ArchiveError);
    expect((err as ArchiveError).code).toBe('quota');
    expect(await countBulletins()).toBe(5);
    expect(await db().bodies.count()).toBe(5);
    expect(await db().batches.count()).toBe(1);
  });

  it('does not call an ordinary failure "disk full"', async () => {
    failWritesAfter(3, () => new DOMException('A mutation operation in the transaction failed because a constraint was not satisfied.', 'ConstraintError'));
    const err = await commitImport({ fileNames: ['x.txt'], bulletins: manyParsed(10, 'X') }).catch((e: unknown) => e);
    expect(err).not.toMatchObject({ code: 'quota' });
  });
});
