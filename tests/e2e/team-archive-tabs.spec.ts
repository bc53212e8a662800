/**
 * Two tabs of one browser profile (one archive, one sync copy), both connected to the team archive,
 * edits in both and syncs started at the same moment: their cycles run one at a time (Web Locks), no
 * edit is lost here, on the server or on a colleague's laptop, and no error is shown. Uses the same
 * CouchDB-protocol server as team-archive.spec.ts (SYNC_SERVER_PORT).
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import { createTeam, serverDocs, startCouch, type CouchServer } from './support/couch';
import { closeSettings, connectAndSync, openTeamArchive, syncedAt, teamRegion } from './support/team-ui';
import { importFiles, openApp, search } from './helpers';

const PORT = Number(process.env.SYNC_SERVER_PORT ?? 5986);
let server: CouchServer;

test.beforeAll(async () => {
  server = await startCouch(PORT);
});
test.afterAll(async () => {
  await server?.stop();
});

function bulletinFile(name: string, title: string, body: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'text/plain', buffer: Buffer.from(`${title}\n\nLima, 9 November 2023. ${body}\n`) };
}

/** Page errors, and console errors other than the 404s PouchDB expects (missing checkpoints). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  return errors;
}

interface Span {
  tab: Page;
  path: string;
  start: number;
  end: number;
}

const REPLICATION = /\/_(bulk_docs|revs_diff|changes|bulk_get|all_docs)$/;

/**
 * Holds every replication request of the profile's tabs to the team database for a while (so two
 * cycles that were not serialised would surely overlap) and records when each was sent and answered.
 */
async function watchReplication(page: Page, spans: Span[]): Promise<void> {
  await page.context().route(`${server.url}/**`, async (route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname;
    if (!REPLICATION.test(path)) return route.continue();
    const start = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 250));
    const response = await route.fetch();
    // Taken before the answer is handed over: the tab cannot have gone on before this moment.
    spans.push({ tab: request.frame().page(), path, start, end: Date.now() });
    await route.fulfill({ response });
  });
}

/** Clicks Sync now in every page at once and waits until each has finished a sync since. */
async function syncAll(pages: Page[]): Promise<void> {
  const before: number[] = [];
  for (const page of pages) {
    await openTeamArchive(page);
    before.push(await syncedAt(page));
  }
  await Promise.all(pages.map((page) => teamRegion(page).getByRole('button', { name: 'Sync now' }).click()));
  for (const [i, page] of pages.entries()) {
    await expect.poll(() => syncedAt(page), { timeout: 60_000 }).toBeGreaterThan(before[i] ?? 0);
    await expect(teamRegion(page).getByRole('alert')).toHaveCount(0);
    await closeSettings(page);
  }
}

async function openBulletin(page: Page, query: string) {
  await search(page, query);
  await page.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').first().click();
  return page.getByRole('article');
}

async function addTag(page: Page, query: string, tag: string): Promise<void> {
  const reader = await openBulletin(page, query);
  const box = reader.getByRole('textbox', { name: 'Add tag' });
  await box.fill(tag);
  await box.press('Enter');
  await expect(reader).toContainText(tag);
}

async function retitle(page: Page, query: string, title: string): Promise<void> {
  const reader = await openBulletin(page, query);
  await reader.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(title);
}

async function laptop(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await openApp(page);
  return page;
}

const TALKS = 'Tariff talks resume in Bogotá after a pause';
const PORTS = 'Port logistics plan approved in Callao';

test('two tabs of one profile, both connected, edit and sync at once: nothing lost, no error, one cycle at a time', async ({ browser }) => {
  test.setTimeout(240_000);
  const database = `tabs-${Date.now().toString(36)}`;
  await createTeam(server.url, database, [
    { name: `${database}-a`, password: 'pw-a', role: 'team-writer' },
    { name: `${database}-b`, password: 'pw-b', role: 'team-writer' },
  ]);
  const tab1 = await laptop(browser);
  await importFiles(tab1, [
    bulletinFile('trade.txt', 'Tariff talks resume in Bogota', 'Negotiators met for the seventh round of the tariff talks.'),
    bulletinFile('ports.txt', 'Port logistics plan', 'The plan covers customs windows at the container terminals.'),
  ]);
  const tab2 = await tab1.context().newPage();
  await openApp(tab2);
  const errors = [...[tab1, tab2].map(watchErrors)];
  const spans: Span[] = [];
  await watchReplication(tab1, spans);
  // The web twin keeps no password: each tab signs in (the second finds the team already chosen).
  await connectAndSync(tab1, { url: server.url, database, user: `${database}-a`, password: 'pw-a' });
  await connectAndSync(tab2, { url: server.url, database, user: `${database}-a`, password: 'pw-a' });
  const colleague = await laptop(browser);
  await connectAndSync(colleague, { url: server.url, database, user: `${database}-b`, password: 'pw-b' }, 'team');

  // A colleague tags one bulletin and retitles the other.
  await addTag(colleague, 'tariff', 'Regional trade');
  await retitle(colleague, 'customs', PORTS);
  await syncAll([colleague]);

  // Here, each tab edits a different bulletin; then both sync at the same moment (their automatic
  // syncs after the edits are due too).
  await retitle(tab1, 'tariff', TALKS);
  await addTag(tab2, 'customs', 'Ports');
  await syncAll([tab1, tab2]);
  await syncAll([tab1, tab2]);
  await syncAll([colleague]);

  for (const page of [tab1, tab2, colleague]) {
    const talks = await openBulletin(page, 'negotiators');
    await expect(talks.getByRole('heading', { level: 1 })).toHaveText(TALKS);
    await expect(talks).toContainText('Regional trade');
    const ports = await openBulletin(page, 'customs');
    await expect(ports.getByRole('heading', { level: 1 })).toHaveText(PORTS);
    await expect(ports).toContainText('Ports');
  }
  const titles = (await serverDocs(server.url, database)).filter((d) => d.id.startsWith('bulletin:')).map((d) => d.doc.title);
  expect(titles.sort()).toEqual([PORTS, TALKS].sort());
  expect(errors.flat()).toEqual([]);

  // One cycle at a time: no replication request of one tab overlaps one of the other tab.
  const mine = spans.filter((s) => s.tab === tab1);
  const theirs = spans.filter((s) => s.tab === tab2);
  expect(mine.some((s) => s.path.endsWith('_bulk_docs'))).toBe(true);
  expect(theirs.length).toBeGreaterThan(0);
  const overlaps = mine.flatMap((a) => theirs.filter((b) => a.start < b.end && b.start < a.end).map((b) => `${a.path} (tab 1) with ${b.path} (tab 2)`));
  expect(overlaps).toEqual([]);
});
