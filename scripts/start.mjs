#!/usr/bin/env node
// `npm start` / `npm run dev`: builds (unless --no-build) and launches the desktop app with
// electron-vite. When the Electron binary is missing (its download is blocked on some machines)
// it says so in one line and points at the web twin, instead of letting electron's own
// installer try to download at launch.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findElectronBinary as findBinaryIn } from './electron-binary.mjs';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the Electron executable is, or why there is none (see electron-binary.mjs). */
export function findElectronBinary(root = projectRoot) {
  return findBinaryIn(root);
}

export const NO_ELECTRON_MESSAGE =
  'Electron binary not available on this machine (download blocked); run "npm run web" to use PA Bulletin Archive in your browser.';

function run(args) {
  const result = spawnSync('npx', args, { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

/**
 * Electron 45 downloads its binary on demand (`install-electron`), not at `npm ci`. Try once, quietly and
 * briefly: on a staff machine with network this makes `npm ci && npm start` just work; offline it fails fast.
 */
function tryDownloadElectron() {
  if (process.env.PA_NO_ELECTRON_DOWNLOAD) return;
  const installer = join(projectRoot, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return;
  spawnSync(process.execPath, [installer], { cwd: projectRoot, stdio: 'ignore', timeout: 180_000 });
}

function main(argv) {
  let binary = findElectronBinary();
  if (!('path' in binary)) {
    tryDownloadElectron();
    binary = findElectronBinary();
  }
  if (!('path' in binary)) {
    console.error(NO_ELECTRON_MESSAGE);
    process.exit(1);
  }
  if (argv.includes('--dev')) process.exit(run(['electron-vite', 'dev']));
  if (!argv.includes('--no-build')) {
    const status = run(['electron-vite', 'build']);
    if (status !== 0) process.exit(status);
  }
  process.exit(run(['electron-vite', 'preview', '--skipBuild']));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
