/**
 * The team-archive tests' CouchDB-protocol server (pouchdb-server standing in for Apache CouchDB
 * 3.x) and its setup as an administrator would do it on a real server: a team database restricted
 * to two roles, users in `_users`, and the write rules in a `validate_doc_update` design document.
 * Set SYNC_SERVER_URL (and SYNC_ADMIN_PASSWORD) to run the same tests against a real CouchDB.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const ADMIN = { name: 'admin', password: process.env.SYNC_ADMIN_PASSWORD ?? 'sync-admin' };

/** The design document README.md gives administrators (the same text). */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (userCtx.roles.indexOf('team-writer') === -1) {
    throw({ forbidden: 'This user may read the team archive but not change it.' });
  }
  if (newDoc._deleted) return;
  var prefixes = { bulletin: 'bulletin:', tag: 'tag:', dossier: 'dossier:', savedSearch: 'search:', rule: 'rule:', original: 'original:', glossary: 'settings:' };
  var prefix = prefixes[newDoc.type];
  if (!prefix || newDoc._id.indexOf(prefix) !== 0) throw({ forbidden: 'Unknown document type: ' + newDoc._id });
}`;

export interface CouchServer {
  url: string;
  /** Stops a server this process started (a server that was already running is left alone). */
  stop(): Promise<void>;
  /**
   * Kills the pouchdb-server process itself with SIGKILL (no shutdown, no flush), as a crash or a
   * pulled plug would; only for a server this process started.
   */
  crash(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/`)).ok;
  } catch {
    return false;
  }
}

/**
 * Starts `scripts/sync-server.mjs` on `port` unless a server already answers there (the one `.ci/run`
 * starts, or a real CouchDB given by SYNC_SERVER_URL), and waits until it is configured.
 */
export async function startCouch(port: number, dir?: string): Promise<CouchServer> {
  const preset = process.env.SYNC_SERVER_URL;
  const notOurs = async (): Promise<void> => {
    throw new Error('only a server this test started can be killed');
  };
  if (preset && !dir) return { url: preset.replace(/\/+$/, ''), stop: async () => undefined, crash: notOurs };
  const url = `http://127.0.0.1:${port}`;
  if (!dir && (await answers(url)) && (await adminWorks(url))) return { url, stop: async () => undefined, crash: notOurs };
  const child: ChildProcess = spawn(process.execPath, ['scripts/sync-server.mjs', '--port', String(port), ...(dir ? ['--dir', dir] : [])], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The wrapper script prints the pid of the pouchdb-server process it runs.
  const serverPid = await new Promise<number>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('the sync server did not start in 60 s')), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      const ready = /sync server ready on \S+ \(pid (\d+)\)/.exec(chunk.toString());
      if (ready) {
        clearTimeout(timer);
        ok(Number(ready[1]));
      }
    });
    child.on('exit', (code) => fail(new Error(`the sync server exited (${code})`)));
  });
  const exited = (): Promise<void> =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
    });
  return {
    url,
    stop: async () => {
      const gone = exited();
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await gone;
    },
    crash: async () => {
      const gone = exited();
      // The wrapper exits when its server does.
      process.kill(serverPid, 'SIGKILL');
      await gone;
    },
  };
}

const adminAuth = (): string => `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;

async function adminWorks(url: string): Promise<boolean> {
  return (await fetch(`${url}/_session`, { headers: { authorization: adminAuth() } })).ok;
}

async function admin(url: string, path: string, method: string, body?: unknown): Promise<Response> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: adminAuth(), 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok && res.status !== 409 && res.status !== 412) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** Creates a team database with the roles and write rules, and its users; returns the database name. */
export async function createTeam(url: string, database: string, users: Array<{ name: string; password: string; role: 'team-writer' | 'team-reader' }>): Promise<void> {
  await admin(url, `/${database}`, 'PUT');
  await admin(url, `/${database}/_security`, 'PUT', {
    admins: { names: [], roles: [] },
    members: { names: [], roles: ['team-writer', 'team-reader'] },
  });
  await admin(url, `/${database}/_design/team-archive`, 'PUT', { validate_doc_update: VALIDATE_DOC_UPDATE });
  for (const user of users) {
    await admin(url, `/_users/org.couchdb.user:${user.name}`, 'PUT', { name: user.name, password: user.password, roles: [user.role], type: 'user' });
  }
}

/** Live (non-deleted, non-design) documents of the team database, as the admin sees them. */
export async function serverDocs(url: string, database: string): Promise<Array<{ id: string; doc: Record<string, unknown> }>> {
  const res = await admin(url, `/${database}/_all_docs?include_docs=true`, 'GET');
  const body = (await res.json()) as { rows: Array<{ id: string; doc: Record<string, unknown> }> };
  return body.rows.filter((r) => !r.id.startsWith('_design/'));
}

export { ROOT };
