import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COPY_ROOT_PREFIX, createOriginalCopies } from '../../../electron/main/original-copies';

const posix = process.platform !== 'win32';
const uid = process.getuid?.();

describe('temp copies of originals (issue 23, point 5)', () => {
  let temp: string;
  beforeEach(() => {
    temp = mkdtempSync(join(tmpdir(), 'pa-copies-'));
  });
  afterEach(() => rmSync(temp, { recursive: true, force: true }));

  it('writes into a fresh per-run root of mode 700, never the fixed name another user could pre-create', async () => {
    // Another user's trap under the old fixed name is simply not used.
    mkdirSync(join(temp, 'pa-bulletin-archive-originals'), { mode: 0o777 });
    const copies = createOriginalCopies(temp, uid);
    const { path, fileName } = await copies.write('acta.pdf', new Uint8Array([37, 80]));
    expect(fileName).toBe('acta.pdf');
    const root = dirname(dirname(path));
    expect(root.startsWith(join(temp, COPY_ROOT_PREFIX))).toBe(true);
    if (posix) {
      expect(statSync(root).mode & 0o777).toBe(0o700);
      expect(statSync(path).mode & 0o077).toBe(0);
    }
    const second = await copies.write('acta.pdf', new Uint8Array([1]));
    expect(second.path).not.toBe(path);
    expect(readFileSync(path)).toEqual(Buffer.from([37, 80]));
    await expect(copies.write('run.exe', new Uint8Array([1]))).rejects.toThrow(/not opened outside the app/);
  });

  it('is removed at quit; earlier runs’ roots are removed at start, but not links or other users’ folders', async () => {
    const earlier = createOriginalCopies(temp, uid);
    const old = (await earlier.write('a.txt', new Uint8Array([1]))).path;
    const outside = mkdtempSync(join(tmpdir(), 'pa-outside-'));
    writeFileSync(join(outside, 'keep.txt'), 'keep');
    if (posix) symlinkSync(outside, join(temp, `${COPY_ROOT_PREFIX}link`));
    const now = createOriginalCopies(temp, uid);
    const current = (await now.write('b.md', new Uint8Array([2]))).path;
    // A different user id: nothing is theirs to remove.
    await createOriginalCopies(temp, (uid ?? 0) + 12345).clearStale();
    expect(existsSync(old)).toBe(true);
    await now.clearStale();
    expect([existsSync(old), existsSync(current), existsSync(join(outside, 'keep.txt'))]).toEqual([false, true, true]);
    now.clearSync();
    expect(existsSync(current)).toBe(false);
    rmSync(outside, { recursive: true, force: true });
  });
});
