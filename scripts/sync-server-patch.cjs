/* eslint-disable @typescript-eslint/no-require-imports -- a `node --require` preload is CommonJS */
// Loaded with `node --require` by scripts/sync-server.mjs, before pouchdb-server starts.
// pouchdb-server 4.2's validation plugin (pouchdb-validation) sets every incoming document's
// `_revisions` to the STORED document's before running `validate_doc_update`. For a replicated
// write (`new_edits: false`) that replaces the edit's own revision history, so PouchDB then takes it
// for a revision it already has and drops it: every edit a non-admin user replicates to a database
// with a validate_doc_update is silently lost (found by tests/e2e/team-archive.spec.ts; Apache
// CouchDB does not do this). The test server keeps a document's own `_revisions` when it has them.
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');

const serverDir = path.dirname(require.resolve('pouchdb-server/package.json'));
const target = require.resolve('pouchdb-validation/lib/index.js', { paths: [serverDir] });
const BUGGY = 'newDoc._revisions = (oldDoc || {})._revisions;';
const FIXED = 'newDoc._revisions = newDoc._revisions || (oldDoc || {})._revisions;';

const load = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  if (filename !== target) return load(module, filename);
  const source = fs.readFileSync(filename, 'utf8');
  if (!source.includes(BUGGY)) throw new Error(`sync-server-patch: ${filename} changed; check whether the _revisions bug is still there`);
  module._compile(source.replace(BUGGY, FIXED), filename);
};
