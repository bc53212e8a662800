// Where the Electron executable is, or why there is none: the one lookup shared by `npm start`,
// `npm run dist` and the Electron Playwright suite. Mirrors node_modules/electron/index.js without
// requiring it (requiring it starts a download when the binary is missing).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} root the project root that holds node_modules
 * @returns {{ path: string } | { reason: string }}
 */
export function findElectronBinary(root) {
  const pkg = join(root, 'node_modules', 'electron');
  if (!existsSync(join(pkg, 'package.json'))) return { reason: 'the electron package is not installed' };
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, relative || 'electron');
    return existsSync(candidate) ? { path: candidate } : { reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${relative || 'electron'}` };
  }
  if (!relative) return { reason: 'node_modules/electron/path.txt is missing (download blocked)' };
  const candidate = join(pkg, 'dist', relative);
  return existsSync(candidate) ? { path: candidate } : { reason: `node_modules/electron/dist/${relative} is missing (download blocked)` };
}
