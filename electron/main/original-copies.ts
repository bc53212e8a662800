/**
 * Temp copies of originals handed to the system viewer. Each run gets its own root made by
 * `mkdtemp` under the OS temp folder (mode 700, a random name another user cannot pre-create or
 * read), each copy its own sub-folder (names never collide); the root is removed at quit, and
 * roots an earlier run left (it crashed, or a viewer held a file) are removed at the next start.
 */
import { rmSync } from 'node:fs';
import { chmod, lstat, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planOriginalCopy } from '../shared/original-names';

export const COPY_ROOT_PREFIX = 'pa-bulletin-archive-originals-';

export interface OriginalCopies {
  /** Writes a copy of `bytes` for `name` and returns its path. @throws for a type never handed to the system. */
  write(name: string, bytes: Uint8Array): Promise<{ path: string; fileName: string }>;
  /** Removes this run's root now (at quit: synchronous, the process is about to exit). */
  clearSync(): void;
  /** Removes roots earlier runs of this user left behind. */
  clearStale(): Promise<void>;
}

/**
 * @param tempDir the OS temp folder (`os.tmpdir()`).
 * @param uid this user's id (`process.getuid?.()`); a stale root is removed only when it is ours.
 */
export function createOriginalCopies(tempDir: string, uid: number | undefined): OriginalCopies {
  let root: Promise<string> | null = null;
  let made: string | null = null;

  const ensureRoot = (): Promise<string> => {
    root ??= mkdtemp(join(tempDir, COPY_ROOT_PREFIX)).then(async (dir) => {
      // mkdtemp already makes it 700 on POSIX; said again so a umask or platform default cannot widen it.
      await chmod(dir, 0o700);
      made = dir;
      return dir;
    });
    return root;
  };

  async function write(name: string, bytes: Uint8Array): Promise<{ path: string; fileName: string }> {
    const plan = planOriginalCopy(name);
    if (!plan) throw new Error('This kind of file is not opened outside the app.');
    const dir = await mkdtemp(join(await ensureRoot(), 'open-'));
    const path = join(dir, plan.fileName);
    // 'wx': never through a file (or link) someone put there first.
    await writeFile(path, bytes, { mode: 0o600, flag: 'wx' });
    return { path, fileName: plan.fileName };
  }

  function clearSync(): void {
    if (made) rmSync(made, { recursive: true, force: true });
    made = null;
    root = null;
  }

  async function clearStale(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(tempDir);
    } catch {
      return;
    }
    const current = made;
    await Promise.all(
      names
        .filter((n) => n.startsWith(COPY_ROOT_PREFIX))
        .map(async (n) => {
          const path = join(tempDir, n);
          if (path === current) return;
          const info = await lstat(path).catch(() => null);
          // Never follow a link, never touch another user's folder.
          if (!info || !info.isDirectory() || info.isSymbolicLink() || (uid !== undefined && info.uid !== uid)) return;
          await rm(path, { recursive: true, force: true }).catch(() => undefined);
        }),
    );
  }

  return { write, clearSync, clearStale };
}
