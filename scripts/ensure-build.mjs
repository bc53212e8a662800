#!/usr/bin/env node
// Builds out/ with electron-vite unless it is newer than every source file. Used by `npm run web`
// and the e2e scripts so a fresh clone "just works" and a warm tree does not rebuild needlessly.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['renderer', 'electron', 'resources', 'electron.vite.config.ts', 'package.json'];
const MARKER = 'out/renderer/index.html';

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function ensureBuild({ force = false } = {}) {
  const built = existsSync(MARKER) && existsSync('out/main/index.js') ? statSync(MARKER).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map(newestMtime));
  if (!force && built > newest) return false;
  console.log('Building the app (electron-vite build)…');
  execSync('npx electron-vite build', { stdio: 'inherit' });
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuild({ force: process.argv.includes('--force') });
