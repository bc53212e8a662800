/**
 * The engine of `npm run fit-chrome` (scripts/fit-chrome-weights.mjs): collects the labelled lines
 * of tests/fixtures/real through the real importers, fits the chrome weights on all of them and
 * writes renderer/src/core/import/chrome-weights.json. Not a test: Vitest only runs the TypeScript.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { it } from 'vitest';
import { collectChromeSamples } from './chrome-corpus';
import { describeCounts, countLines } from './chrome-fit';
import { fitChrome, trainingSamples, weightsFile } from './chrome-training';

const ROOT = resolve(import.meta.dirname, '../../..');

it('fits the chrome weights', async () => {
  const files = await collectChromeSamples(resolve(ROOT, 'tests/fixtures/real'));
  const fit = fitChrome(files);
  const date = process.env.FIT_DATE ?? new Date().toISOString().slice(0, 10);
  const out = resolve(ROOT, 'renderer/src/core/import/chrome-weights.json');
  writeFileSync(out, `${JSON.stringify(weightsFile(fit, files, date), null, 2)}\n`);
  console.log(`fit-chrome: ${trainingSamples(files).length} labelled lines of ${files.length} files; in-sample ${describeCounts(countLines(fit, trainingSamples(files)))}`);
  console.log(`fit-chrome: wrote renderer/src/core/import/chrome-weights.json (bias ${fit.bias}). Run \`npm run fidelity\` for the corpus and leave-one-file-out figures.`);
}, 600_000);
