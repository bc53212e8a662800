/**
 * Journey: the team's server dies mid-transfer and comes back. A first sync of a few thousand
 * records takes several batches; the server process is SIGKILLed while a batch is in flight — once
 * while laptop A pushes, once while laptop B pulls — and restarted on the same data folder. Each
 * sync must finish by itself, and A, B and the server must then hold the same records, compared by
 * a content hash per record (nothing lost, nothing doubled, nothing half-written).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Browser, type Page, type Request } from '@playwright/test';
import { createTeam, ROOT, startCouch, type CouchServer } from './support/couch';
import { digestDifferences, localDigest, serverDigest } from './support/sync-digest';
import { connect, openTeamArchive } from './support/team-ui';
import { listedCount, openApp } from './helpers';

/** Enough for several replication batches of 500 each way. */
const BULLETINS = 2400;
const TRASHED = 40;
const PORT = Number(process.env.SYNC_SERVER_PORT ?? 5986) + 1;

interface Team {
  url: string;
  database: string;
}

/**
 * A backup of generated bulletins (scripts/generate-corpus.mjs: tags and tag links) with dossiers,
 * saved searches, a rule, a glossary, bulletins in the Trash and kept originals linked to bulletins.
 */
function teamBackup(): { bytes: Buffer; live: number; originals: string[] } {
  const out = mkdtempSync(join(tmpdir(), 'pa-sync-corpus-'));
  execFileSync(process.execPath, ['scripts/generate-corpus.mjs', '--count', String(BULLETINS), '--seed', '24', '--out', out], { cwd: ROOT, stdio: 'ignore' });
  const backup = JSON.parse(readFileSync(join(out, `generated-${BULLETINS}-seed-24.json`), 'utf8')) as {
    bulletins: Array<{ id: string; originalId?: string; deletedAt: number | null; updatedAt: number }>;
    tags: Array<{ id: string }>;
    dossiers: unknown[];
    savedSearches: unknown[];
    rules: unknown[];
    glossary?: unknown[];
    originals?: unknown[];
  };
  const at = Date.UTC(2026, 1, 1);
  const files = [0, 1, 2].map((i) => Buffer.from(`Acta ${i + 1} de la reunión de coordinación — ñ, ü, €\n`.repeat(40 + i)));
  const originals = files.map((bytes, i) => ({
    id: createHash('sha256').update(bytes).digest('hex'),
    names: [`acta-${i + 1}.txt`],
    type: 'text/plain',
    size: bytes.byteLength,
    importedAt: at,
    data: [bytes.toString('base64')],
  }));
  backup.originals = originals;
  backup.bulletins.forEach((b, i) => {
    if (i % 50 === 0) b.originalId = originals[(i / 50) % originals.length]?.id;
    if (i % (BULLETINS / TRASHED) === 1) b.deletedAt = b.updatedAt + 1;
  });
  const pick = (step: number) => backup.bulletins.filter((_, i) => i % step === 3).map((b) => b.id);
  const dossier = (id: string, title: string, items: string[]) => ({
    id, title, subtitle: '', author: 'Team', introduction: 'Generated for the crash test.', items, grouping: 'month', pageSize: 'A4',
    language: 'es', recipe: null, declined: [], lastRefreshedAt: null, createdAt: at, updatedAt: at, deletedAt: null,
  });
  backup.dossiers = [dossier('dossier-trade', 'Comercio 2019–2023', pick(97)), dossier('dossier-ports', 'Puertos', pick(211))];
  backup.savedSearches = [
    { id: 'search-pesca', name: 'Pesca', query: 'pesca OR fisheries', createdAt: at },
    { id: 'search-aduanas', name: 'Aduanas', query: 'aduana lang:es', createdAt: at },
  ];
  backup.rules = [{ id: 'rule-1', query: 'aduana', tagId: backup.tags[0]?.id ?? '', enabled: true, createdAt: at }];
  backup.glossary = [{ es: 'aduana', en: 'customs' }, { es: 'pesca', en: 'fisheries' }];
  return { bytes: Buffer.from(JSON.stringify(backup)), live: BULLETINS - TRASHED, originals: originals.map((o) => o.id) };
}

async function laptop(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await openApp(page);
  return page;
}

async function restoreBackup(page: Page, bytes: Buffer): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const chooser = page.waitForEvent('filechooser');
  await settings.getByRole('button', { name: 'Restore archive' }).click();
  await (await chooser).setFiles({ name: 'team.json', mimeType: 'application/json', buffer: bytes });
  await settings.getByRole('group', { name: 'Restore preview' }).getByRole('button', { name: 'Merge into archive' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Restored:/ })).toBeVisible({ timeout: 120_000 });
  await settings.getByRole('button', { name: 'Close', exact: true }).click();
}

/**
 * Arms a SIGKILL of the server on the `nth` request whose path ends in `endpoint`, fired the moment the
 * page sends it (so the server dies with that batch in flight). Resolves once the server is dead.
 */
function killOnRequest(page: Page, server: () => CouchServer, endpoint: string, nth: number): Promise<void> {
  return new Promise((done) => {
    let seen = 0;
    const onRequest = (request: Request): void => {
      if (!new URL(request.url()).pathname.endsWith(endpoint)) return;
      seen++;
      if (seen !== nth) return;
      page.off('request', onRequest);
      void server().crash().then(done);
    };
    page.on('request', onRequest);
  });
}

/** Waits until the laptop reports a finished sync with no error (the engine retries on its own). */
async function syncFinished(page: Page): Promise<void> {
  const region = await openTeamArchive(page);
  await expect(region.getByRole('status').first()).toContainText('Last sync', { timeout: 180_000 });
  await expect(region.getByRole('alert')).toHaveCount(0, { timeout: 60_000 });
}

async function serverDocCount(team: Team): Promise<number> {
  const { digest } = await serverDigest(team.url, team.database);
  return digest.size;
}

test('the server SIGKILLed mid-batch while A pushes and while B pulls: both syncs finish, every record hashes equal on A, B and the server', async ({ browser }) => {
  test.setTimeout(600_000);
  const dir = mkdtempSync(join(tmpdir(), 'pa-sync-kill-'));
  let server = await startCouch(PORT, dir);
  const team: Team = { url: server.url, database: `team-kill-${Date.now().toString(36)}` };
  try {
    await createTeam(team.url, team.database, [
      { name: 'kill-a', password: 'pw', role: 'team-writer' },
      { name: 'kill-b', password: 'pw', role: 'team-writer' },
    ]);
    const data = teamBackup();
    const a = await laptop(browser);
    await restoreBackup(a, data.bytes);
    await expect.poll(() => listedCount(a), { timeout: 60_000 }).toBe(data.live);
    const onA = await localDigest(a);
    // Every bulletin, tag, dossier, saved search, rule, original and the glossary.
    expect(onA.size).toBeGreaterThan(BULLETINS);

    await test.step('A pushes; the server dies with the second batch in flight', async () => {
      const killed = killOnRequest(a, () => server, '/_bulk_docs', 2);
      await connect(a, { url: team.url, database: team.database, user: 'kill-a', password: 'pw' }, 'add-local');
      await expect((await openTeamArchive(a)).getByRole('progressbar', { name: 'First sync' })).toBeVisible();
      await killed;
      const region = await openTeamArchive(a);
      await expect(region.getByRole('alert')).toContainText(/does not answer/i, { timeout: 60_000 });
      server = await startCouch(PORT, dir);
      // It died mid-sync: the server kept some of A's records, not all.
      const kept = await serverDocCount(team);
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThan(onA.size);
      test.info().annotations.push({ type: 'push', description: `server kept ${kept} of ${onA.size} records when killed` });
      // No button pressed: the engine retries while the server is away and resumes from its checkpoint.
      await syncFinished(a);
    });

    const afterPush = await serverDigest(team.url, team.database);
    expect(afterPush.conflicted).toEqual([]);
    expect(digestDifferences(afterPush.digest, onA)).toEqual([]);

    const b = await laptop(browser);
    await test.step('B pulls; the server dies with the second batch in flight', async () => {
      const killed = killOnRequest(b, () => server, '/_bulk_get', 2);
      await connect(b, { url: team.url, database: team.database, user: 'kill-b', password: 'pw' }, 'team');
      await killed;
      const region = await openTeamArchive(b);
      await expect(region.getByRole('alert')).toContainText(/does not answer/i, { timeout: 60_000 });
      server = await startCouch(PORT, dir);
      await syncFinished(b);
    });

    await expect.poll(() => listedCount(b), { timeout: 60_000 }).toBe(data.live);
    const onB = await localDigest(b);
    const onServer = await serverDigest(team.url, team.database);
    expect(onServer.conflicted).toEqual([]);
    expect(digestDifferences(onB, onA)).toEqual([]);
    expect(digestDifferences(onServer.digest, onA)).toEqual([]);
    expect(onB.size).toBe(onA.size);
    for (const id of data.originals) expect(onB.has(`original:${id}`)).toBe(true);
    // A's archive is unchanged by its own sync (what it pushed came back and was recognised as its own).
    expect(digestDifferences(await localDigest(a), onA)).toEqual([]);
  } finally {
    await server.stop();
  }
});
