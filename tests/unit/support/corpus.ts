import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared corpus lives beside the repository (`../shared/corpus`), on every developer machine
 * and in CI alike; tests find it relative to this file, never by a machine's absolute path.
 */
const here = dirname(fileURLToPath(import.meta.url));

export const CORPUS_DIR = resolve(here, '../../../../shared/corpus');
export const CORPUS_FILE = resolve(CORPUS_DIR, 'pacific-alliance-news-2023-10-11.txt');

function requireCorpus(): string {
  if (!existsSync(CORPUS_FILE)) {
    throw new Error(
      `Shared corpus not found at ${CORPUS_FILE}: clone the repository beside ../shared (see README).`,
    );
  }
  return CORPUS_FILE;
}

/** The corpus text; fails with a clear message when ../shared is not beside the repository. */
export function readCorpusText(): string {
  return readFileSync(requireCorpus(), 'utf8');
}

/** The corpus bytes, for tests of the byte-level import path. */
export function readCorpusBytes(): Buffer {
  return readFileSync(requireCorpus());
}
