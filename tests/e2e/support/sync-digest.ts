/**
 * Content digests of a team archive, one per synced record, so a test can say "A, B and the server
 * hold the same archive" record by record: a SHA-256 of the record's canonical JSON (sorted keys) in
 * the team document's shape — bulletins with their body and tag links, tags, dossiers, saved
 * searches, rules, the glossary, and kept originals with the SHA-256 of their bytes. Laptops are read
 * straight from their IndexedDB (not through the app), the server through `_all_docs` as the admin.
 */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { ADMIN } from './couch';

/** Document id → SHA-256 of its canonical content. */
export type Digest = Map<string, string>;

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

function without(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const skip = new Set(keys);
  return Object.fromEntries(Object.entries(record).filter(([k]) => !skip.has(k)));
}

const PREFIX: Record<string, string> = { bulletins: 'bulletin:', tags: 'tag:', dossiers: 'dossier:', savedSearches: 'search:', rules: 'rule:' };

interface LocalTables {
  bulletins: Array<Record<string, unknown>>;
  bodies: Array<{ id: string; body: string; bodyHtml: string | null }>;
  tags: Array<Record<string, unknown>>;
  dossiers: Array<Record<string, unknown>>;
  savedSearches: Array<Record<string, unknown>>;
  rules: Array<Record<string, unknown>>;
  originals: Array<Record<string, unknown> & { fileSha256: string }>;
  glossary: unknown;
}

/** Reads a laptop's archive tables from its IndexedDB (an original's bytes as their SHA-256). */
async function readLocal(page: Page): Promise<LocalTables> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('pa-bulletin-archive');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const all = (store: string): Promise<Array<Record<string, unknown>>> =>
      new Promise((ok, fail) => {
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => ok(request.result as Array<Record<string, unknown>>);
        request.onerror = () => fail(request.error);
      });
    const hex = (buffer: ArrayBuffer): string => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const originals = await Promise.all(
      (await all('originals')).map(async ({ blob, ...row }) => ({ ...row, fileSha256: hex(await crypto.subtle.digest('SHA-256', await (blob as Blob).arrayBuffer())) })),
    );
    const glossary = (await all('kv')).find((row) => row.key === 'glossary')?.value ?? null;
    const tables = {
      bulletins: await all('bulletins'),
      bodies: (await all('bodies')) as Array<{ id: string; body: string; bodyHtml: string | null }>,
      tags: await all('tags'),
      dossiers: await all('dossiers'),
      savedSearches: await all('savedSearches'),
      rules: await all('rules'),
      originals,
      glossary,
    };
    db.close();
    return tables;
  });
}

/** The digest of one laptop's archive, in the team documents' shape. */
export async function localDigest(page: Page): Promise<Digest> {
  const t = await readLocal(page);
  const out: Digest = new Map();
  const bodies = new Map(t.bodies.map((b) => [b.id, b]));
  for (const row of t.bulletins) {
    const id = String(row.id);
    // The stored row's laptop-only fields (import batch, excerpt, stale-edit counter, index keys) stay out.
    const fields = without(row, ['id', 'batchId', 'excerpt', 'rev', 'trashed', 'dateKey']);
    fields.deletedAt = row.deletedAt === 0 ? null : row.deletedAt;
    fields.body = bodies.get(id)?.body;
    fields.bodyHtml = bodies.get(id)?.bodyHtml;
    out.set(`bulletin:${id}`, sha256(stableJson(fields)));
  }
  for (const table of ['tags', 'dossiers', 'savedSearches', 'rules'] as const) {
    for (const row of t[table]) out.set(`${PREFIX[table]}${String(row.id)}`, sha256(stableJson(without(row, ['id']))));
  }
  for (const row of t.originals) {
    const fields = { ...without(row, ['id', 'type', 'links']), mimeType: row.type };
    out.set(`original:${String(row.id)}`, sha256(stableJson(fields)));
  }
  if (Array.isArray(t.glossary)) out.set('settings:glossary', sha256(stableJson({ entries: t.glossary })));
  return out;
}

const adminAuth = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;

async function adminGet(url: string): Promise<Response> {
  const res = await fetch(url, { headers: { authorization: adminAuth } });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return res;
}

/**
 * The digest of the team database as the admin reads it, plus the ids of documents that still carry
 * a conflict (a sync that finished leaves none).
 */
export async function serverDigest(url: string, database: string): Promise<{ digest: Digest; conflicted: string[] }> {
  const body = (await (await adminGet(`${url}/${database}/_all_docs?include_docs=true&conflicts=true`)).json()) as {
    rows: Array<{ id: string; doc: Record<string, unknown> & { _conflicts?: string[] } }>;
  };
  const digest: Digest = new Map();
  const conflicted: string[] = [];
  for (const { id, doc } of body.rows) {
    if (id.startsWith('_design/')) continue;
    if (doc._conflicts?.length) conflicted.push(id);
    // CouchDB's bookkeeping, the type tag (the id prefix says it) and merge history are not record content.
    const fields = Object.fromEntries(Object.entries(doc).filter(([k]) => !k.startsWith('_') && k !== 'type' && k !== 'history'));
    if (id.startsWith('original:')) {
      const bytes = Buffer.from(await (await adminGet(`${url}/${database}/${encodeURIComponent(id)}/file`)).arrayBuffer());
      fields.fileSha256 = sha256(bytes);
    }
    // The glossary document's stamp is set when it is written; the entries are the record.
    digest.set(id, sha256(stableJson(id === 'settings:glossary' ? { entries: fields.entries } : fields)));
  }
  return { digest, conflicted };
}

/** Ids whose digests differ between two archives, or that only one holds (empty: the same archive). */
export function digestDifferences(a: Digest, b: Digest): string[] {
  const ids = new Set([...a.keys(), ...b.keys()]);
  return [...ids].filter((id) => a.get(id) !== b.get(id)).sort();
}
