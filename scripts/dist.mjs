#!/usr/bin/env node
// `npm run dist`: typecheck, build and package the desktop app for the current platform with
// electron-builder (config: electron-builder.yml). Packaging needs the Electron binary for this
// platform; when it cannot be had, say why and stop before building anything.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './start.mjs';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_FLAGS = { darwin: '--mac', win32: '--win', linux: '--linux' };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

const flag = TARGET_FLAGS[process.platform];
if (!flag) {
  console.error(`Cannot package for ${process.platform}: electron-builder targets macOS, Windows and Linux only.`);
  process.exit(1);
}
const binary = findElectronBinary();
if (!('path' in binary)) {
  // electron-builder would try to download the same binary into its cache and fail the same way.
  console.error(
    `Cannot package the desktop app: the Electron binary is not available (${binary.reason}). ` +
      'Install it on a machine with access to the Electron release downloads (node node_modules/electron/install.js), or ship the web build in out/renderer.',
  );
  process.exit(1);
}
for (const [command, args] of [
  ['npm', ['run', 'build']],
  ['npx', ['electron-builder', flag, '--publish', 'never', '--config', 'electron-builder.yml']],
]) {
  const status = run(command, args);
  if (status !== 0) process.exit(status);
}
console.log('Packages written to dist/.');
