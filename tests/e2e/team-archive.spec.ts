/**
 * Journey: two laptops (two fresh browser profiles of the web twin, A and B) share one team archive
 * through a CouchDB-protocol server (pouchdb-server standing in for Apache CouchDB 3.x; started by
 * this spec unless one already answers on SYNC_SERVER_PORT, or SYNC_SERVER_URL names a real one).
 * The server killed mid-sync is team-archive-crash.spec.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { createTeam, serverDocs, startCouch, type CouchServer } from './support/couch';
import { closeSettings, connect, connectAndSync, openTeamArchive, syncedAt, type TeamLogin } from './support/team-ui';
import { importFiles, openApp, search } from './helpers';

const PORT = Number(process.env.SYNC_SERVER_PORT ?? 5986);
let server: CouchServer;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  server = await startCouch(PORT);
});
test.afterAll(async () => {
  await server?.stop();
});

let dbCounter = 0;
/** A fresh team database with a writer for each laptop and one reader. */
async function newTeam(): Promise<string> {
  const database = `team-${Date.now().toString(36)}-${dbCounter++}`;
  await createTeam(server.url, database, [
    { name: `${database}-a`, password: 'pw-a', role: 'team-writer' },
    { name: `${database}-b`, password: 'pw-b', role: 'team-writer' },
    { name: `${database}-r`, password: 'pw-r', role: 'team-reader' },
  ]);
  return database;
}

async function laptop(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (process.env.SYNC_DEBUG) page.on('console', (m) => console.log(`[page] ${m.type()}: ${m.text()}`));
  await openApp(page);
  return page;
}

function bulletinFile(name: string, title: string, body: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'text/plain', buffer: Buffer.from(`${title}\n\nLima, 9 November 2023. ${body}\n`) };
}

const ACCORD = bulletinFile('accord.txt', 'Quetzal fisheries accord signed by the four members', 'The ministers agreed on shared quotas for anchovy (anchoveta, ñandú ±2%).');

/** A user of `database` on this spec's server. */
const login = (database: string, user: string, password: string): TeamLogin => ({ url: server.url, database, user, password });

async function syncNow(page: Page): Promise<void> {
  const region = await openTeamArchive(page);
  const before = await syncedAt(page);
  await region.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => syncedAt(page), { timeout: 60_000 }).toBeGreaterThan(before);
  await expect(region.getByRole('alert')).toHaveCount(0);
  await closeSettings(page);
}

async function openBulletin(page: Page, query: string) {
  await search(page, query);
  await page.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').first().click();
  return page.getByRole('article');
}

test('import on A → B finds it by search after a sync', async ({ browser }) => {
  const database = await newTeam();
  const a = await laptop(browser);
  const b = await laptop(browser);
  await importFiles(a, [ACCORD]);
  await connectAndSync(a, login(database, `${database}-a`, 'pw-a'));
  await connectAndSync(b, login(database, `${database}-b`, 'pw-b'), 'team');
  await search(b, 'quetzal anchovy');
  await expect(b.getByRole('list', { name: 'Bulletins' }).getByRole('listitem')).toHaveCount(1);
  await expect(b.getByRole('list', { name: 'Bulletins' })).toContainText('Quetzal fisheries accord');
  const docs = await serverDocs(server.url, database);
  expect(docs.filter((d) => d.id.startsWith('bulletin:'))).toHaveLength(1);

  // The kept original came along as an attachment: B opens it byte for byte.
  await b.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').first().click();
  const download = b.waitForEvent('download');
  await b.getByRole('article').getByRole('button', { name: 'Open original' }).click();
  const file = await download;
  const path = await file.path();
  expect(file.suggestedFilename()).toBe('accord.txt');
  expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(createHash('sha256').update(ACCORD.buffer).digest('hex'));
});

test('tag on B and a title edit on A (offline) → both laptops see both', async ({ browser }) => {
  const database = await newTeam();
  const a = await laptop(browser);
  const b = await laptop(browser);
  await importFiles(a, [bulletinFile('trade.txt', 'Tariff talks resume in Bogota', 'Negotiators met for the seventh round of the tariff talks.')]);
  await connectAndSync(a, login(database, `${database}-a`, 'pw-a'));
  await connectAndSync(b, login(database, `${database}-b`, 'pw-b'), 'team');

  // B tags it and syncs; A, not having synced since, edits the title.
  const readerB = await openBulletin(b, 'tariff');
  const tagBox = readerB.getByRole('textbox', { name: 'Add tag' });
  await tagBox.fill('Trade negotiations');
  await tagBox.press('Enter');
  await expect(readerB).toContainText('Trade negotiations');
  await syncNow(b);

  // A is offline while it edits (its automatic sync fails and keeps the edit for later).
  await a.context().setOffline(true);
  const readerA = await openBulletin(a, 'tariff');
  await readerA.getByRole('button', { name: 'Edit', exact: true }).click();
  await a.getByRole('textbox', { name: 'Title', exact: true }).fill('Tariff talks resume in Bogotá after a pause');
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Tariff talks resume in Bogotá after a pause');
  const regionA = await openTeamArchive(a);
  await expect(regionA.getByRole('alert')).toContainText(/does not answer/i, { timeout: 30_000 });
  await closeSettings(a);
  await a.context().setOffline(false);

  await syncNow(a);
  await syncNow(b);
  for (const page of [a, b]) {
    const reader = await openBulletin(page, 'tariff');
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Tariff talks resume in Bogotá after a pause');
    await expect(reader).toContainText('Trade negotiations');
  }
  await search(a, 'tag:"Trade negotiations"');
  await expect(a.getByRole('list', { name: 'Bulletins' }).getByRole('listitem')).toHaveCount(1);

  // The laptop that resolved the conflict lists the merge in Settings, with Undo.
  const merges = (page: Page) => page.getByRole('region', { name: 'Team archive' }).getByRole('list', { name: 'Sync conflicts' }).getByRole('listitem');
  let resolver: Page | null = null;
  for (const page of [a, b]) {
    await openTeamArchive(page);
    if ((await merges(page).count()) > 0) resolver = page;
    else await closeSettings(page);
    if (resolver) break;
  }
  expect(resolver, 'one laptop lists the merge').not.toBeNull();
  if (resolver) {
    await expect(merges(resolver).first()).toContainText('Tariff talks resume in Bogotá after a pause');
    await expect(merges(resolver).first().getByRole('button', { name: /^Undo merge of / })).toBeVisible();
  }
});

test('wrong password and a reader without write rights: a clear alert, nothing lost locally', async ({ browser }) => {
  const database = await newTeam();
  const a = await laptop(browser);
  await importFiles(a, [bulletinFile('kept.txt', 'Mining royalties reviewed in Santiago', 'The review covers copper and lithium.')]);
  await connect(a, login(database, `${database}-a`, 'wrong-password'));
  const region = a.getByRole('region', { name: 'Team archive' });
  await expect(region.getByRole('alert')).toContainText(/user name or password/i);
  await closeSettings(a);
  await search(a, 'royalties');
  await expect(a.getByRole('list', { name: 'Bulletins' }).getByRole('listitem')).toHaveCount(1);

  await connect(a, login(database, `${database}-r`, 'pw-r'));
  await expect(region.getByRole('alert')).toContainText(/read the team archive but not change it/i, { timeout: 60_000 });
  await closeSettings(a);
  await search(a, 'royalties');
  await expect(a.getByRole('list', { name: 'Bulletins' }).getByRole('listitem')).toHaveCount(1);
  expect((await serverDocs(server.url, database)).filter((d) => d.id.startsWith('bulletin:'))).toHaveLength(0);
});

test('an edit on A against a trash on B keeps the edited bulletin, in the Trash', async ({ browser }) => {
  const database = await newTeam();
  const a = await laptop(browser);
  const b = await laptop(browser);
  await importFiles(a, [bulletinFile('energy.txt', 'Grid interconnection study published', 'The study maps the links between the national grids.')]);
  await connectAndSync(a, login(database, `${database}-a`, 'pw-a'));
  await connectAndSync(b, login(database, `${database}-b`, 'pw-b'), 'team');

  const readerB = await openBulletin(b, 'interconnection');
  await readerB.getByRole('button', { name: 'Move to Trash' }).click();
  await syncNow(b);

  const readerA = await openBulletin(a, 'interconnection');
  await readerA.getByRole('button', { name: 'Edit', exact: true }).click();
  await a.getByRole('textbox', { name: 'Title', exact: true }).fill('Grid interconnection study published in Quito');
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Grid interconnection study published in Quito');
  await syncNow(a);
  await syncNow(b);

  for (const page of [a, b]) {
    await page.getByRole('navigation').getByRole('button', { name: 'Trash' }).click();
    const list = page.getByRole('list', { name: 'Bulletins' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText('Grid interconnection study published in Quito');
  }
  const [doc] = (await serverDocs(server.url, database)).filter((d) => d.id.startsWith('bulletin:'));
  expect(doc?.doc.title).toBe('Grid interconnection study published in Quito');
  expect(doc?.doc.deletedAt).not.toBeNull();
});
