#!/usr/bin/env node
// A CouchDB-protocol server for the team-archive tests: pouchdb-server on 127.0.0.1, in memory by
// default (`--dir <folder>` keeps data on disk, so a test can kill it and start it again), with an
// administrator (`admin` / $SYNC_ADMIN_PASSWORD, default `sync-admin`) and CORS for the web twin.
// Run: node scripts/sync-server.mjs [--port 5986] [--dir <folder>]. Stops its server on SIGTERM/SIGINT.
// pouchdb-server crashes on an anonymous `PUT /<db>` (pouchdb-server#374): create databases as the admin.
// It also drops replicated edits of non-admins where a validate_doc_update exists: see sync-server-patch.cjs.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('--port', process.env.SYNC_SERVER_PORT ?? '5986'));
const dir = option('--dir', null);
export const ADMIN = { name: 'admin', password: process.env.SYNC_ADMIN_PASSWORD ?? 'sync-admin' };

const require = createRequire(import.meta.url);
const bin = require.resolve('pouchdb-server/bin/pouchdb-server');
// pouchdb-server writes config.json and log.txt into its working folder: give it its own.
const cwd = dir ?? mkdtempSync(join(tmpdir(), 'pa-sync-server-'));
const patch = new URL('./sync-server-patch.cjs', import.meta.url).pathname;
const serverArgs = ['--require', patch, bin, '--port', String(port), '--host', '127.0.0.1', '-n', ...(dir ? ['--dir', dir] : ['--in-memory'])];
const child = spawn(process.execPath, serverArgs, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
// pouchdb-server does not exit on SIGTERM: end it for good (its data is in memory, or a test's folder).
const stop = () => {
  child.kill('SIGKILL');
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 1));

const base = `http://127.0.0.1:${port}`;
const auth = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;

async function waitUntilUp() {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`pouchdb-server did not answer on ${base}`);
}

async function configure() {
  // The first admin may be created anonymously (party mode); later runs on a kept folder already have it.
  const first = await fetch(`${base}/_config/admins/${ADMIN.name}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
  if (!first.ok && first.status !== 401) throw new Error(`could not create the admin: ${first.status}`);
  const settings = [
    ['httpd', 'enable_cors', 'true'],
    ['cors', 'origins', '*'],
    ['cors', 'credentials', 'true'],
    ['cors', 'methods', 'GET, PUT, POST, HEAD, DELETE'],
    ['cors', 'headers', 'accept, authorization, content-type, origin, referer'],
  ];
  for (const [section, key, value] of settings) {
    const res = await fetch(`${base}/_config/${section}/${key}`, { method: 'PUT', headers: { authorization: auth }, body: JSON.stringify(value) });
    if (!res.ok) throw new Error(`could not set ${section}/${key}: ${res.status}`);
  }
  const ready = await fetch(`${base}/_config/cors/origins`, { headers: { authorization: auth } });
  if (!ready.ok) throw new Error('configuration not readable');
}

await waitUntilUp();
await configure();
console.log(`sync server ready on ${base} (pid ${child.pid})`);
