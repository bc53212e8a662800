// `npm run fit-chrome`: fits the chrome evidence's weights on tests/fixtures/real and writes
// renderer/src/core/import/chrome-weights.json (see tests/unit/support/chrome-training.ts). Run it
// after adding or changing a chrome feature or a fixture; then `npm run fidelity`. Node cannot run
// the TypeScript importers itself, so this hands over to Vitest, as `npm run fidelity` does.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '-c', resolve(root, 'tests/fixtures/real/vitest.fit-chrome.config.ts')], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
