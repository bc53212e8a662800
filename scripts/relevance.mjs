#!/usr/bin/env node
// `npm run relevance [-- --dir=<folder>] [-- --verbose]`: nDCG@10, MRR and recall@20 of the app's
// search and of MiniSearch / SQLite FTS5 on the judged main and check sets in tests/fixtures (or a held-out
// folder in the same format). Node cannot run the TypeScript engine itself, so this hands over to
// Vitest with a config that prints nothing but the report.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
const dirArg = process.argv.slice(2).find((a) => a.startsWith('--dir='));
if (dirArg) {
  const dir = resolve(dirArg.slice('--dir='.length));
  if (!existsSync(dir)) {
    console.error(`relevance: folder not found: ${dir}`);
    process.exit(2);
  }
  env.RELEVANCE_DIR = dir;
}
if (process.argv.includes('--verbose')) env.RELEVANCE_VERBOSE = '1';
// `--dump` (with --tune): every query's figure for the first row, to diff two commits.
if (process.argv.includes('--dump')) env.RELEVANCE_DUMP = '1';
// `--tune='[{"k1":1.5}]'`: cross-validation of scoring parameters on both judged sets (tests/relevance/tune.test.ts).
const tuneArg = process.argv.slice(2).find((a) => a.startsWith('--tune='));
if (tuneArg) env.RELEVANCE_TUNE = tuneArg.slice('--tune='.length) || '[]';
const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '-c', resolve(root, 'tests/relevance/vitest.relevance.config.ts')], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
