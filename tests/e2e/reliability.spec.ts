/**
 * Reliability of the web twin: a batch of bad files next to a good one, an import interrupted by
 * closing the page, and two tabs on one archive.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { expect, test, type Page } from '@playwright/test';
import { CORPUS_FILE, fixture, listedCount, openApp, search } from './helpers';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `count` distinct bulletins as plain text: title, blank line, dateline paragraph, body paragraph. */
function bulkText(count: number): string {
  const parts: string[] = [];
  for (let i = 1; i <= count; i++) {
    const day = (i % 28) + 1;
    const month = MONTHS[Math.floor(i / 28) % 12] ?? 'March';
    const year = 1990 + Math.floor(i / 336);
    parts.push(
      `Atomicity bulletin number ${i} on regional cooperation`,
      '',
      `Lima, ${month} ${day}, ${year}.- Delegates met for session ${i} to review the trade, fisheries and education programmes of the alliance.`,
      '',
      `Meeting ${i} agreed on the next steps and asked for a follow-up report.`,
      '',
      '',
    );
  }
  return parts.join('\n');
}

/** A small real PDF cut in half: its cross-reference table and half its objects are gone. */
async function truncatedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage();
  page.drawText('Pacific Alliance meets in Lima. November 14, 2023.- The meeting took place.', { x: 40, y: 700, size: 11, font });
  const bytes = await doc.save();
  return Buffer.from(bytes.slice(0, Math.floor(bytes.length / 2)));
}

/** Counts of the raw object stores, read straight from IndexedDB. */
async function storeCounts(page: Page): Promise<{ bulletins: number; bodies: number; batches: number }> {
  return page.evaluate(
    () =>
      new Promise<{ bulletins: number; bodies: number; batches: number }>((resolve, reject) => {
        const open = indexedDB.open('pa-bulletin-archive');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['bulletins', 'bodies', 'batches']);
          const counts = { bulletins: 0, bodies: 0, batches: 0 };
          for (const name of ['bulletins', 'bodies', 'batches'] as const) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

test('bad files in a batch: one named alert each, the good file still imports', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const random = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 131 + (i >> 3) * 17) % 256));
  const files: Array<{ name: string; bytes: Buffer; reason: RegExp }> = [
    { name: 'binary-renamed.txt', bytes: random, reason: /binary/i },
    { name: 'zero-bytes.txt', bytes: Buffer.alloc(0), reason: /empty/i },
    { name: 'only-spaces.txt', bytes: Buffer.from(' \n\t\n   \r\n'), reason: /empty/i },
    { name: 'truncated.pdf', bytes: await truncatedPdf(), reason: /pdf|no bulletin|could not/i },
    { name: 'random-bytes.docx', bytes: random, reason: /not a valid Word/i },
    { name: 'password-protected.pdf', bytes: readFileSync(fixture('import', 'password-protected.pdf')), reason: /password-protected PDF/i },
    { name: 'malformed.json', bytes: Buffer.from('{"format": "pa-bulletin-archive", "version": 1, "bulletins": [{"title": '), reason: /not well-formed JSON/i },
    {
      name: 'future-version.json',
      bytes: Buffer.from(JSON.stringify({ format: 'pa-bulletin-archive', version: 99, exportedAt: '2030-01-01T00:00:00Z', bulletins: [{ title: 'From the future', body: 'Text.' }] })),
      reason: /version 99/i,
    },
    // The web host refuses files over MAX_OPEN_FILE_BYTES (50 MB) before reading them.
    { name: 'too-large.txt', bytes: Buffer.alloc(51 * 1024 * 1024, 'a'), reason: /larger than the 50 MB limit/i },
  ];
  // Playwright only takes buffers up to 50 MB, so every file goes through the disk.
  const paths = [testInfo.outputPath('pacific-alliance-news-2023-10-11.txt')];
  writeFileSync(paths[0] ?? '', readFileSync(CORPUS_FILE));
  for (const file of files) {
    const path = testInfo.outputPath(file.name);
    writeFileSync(path, file.bytes);
    paths.push(path);
  }

  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(paths);
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  const confirm = dialog.getByRole('button', { name: 'Confirm import (10)' });
  await expect(confirm).toBeEnabled({ timeout: 30_000 });
  const alerts = dialog.getByRole('alert');
  await expect(alerts).toHaveCount(files.length);
  const texts = await alerts.allTextContents();
  for (const file of files) {
    const mine = texts.filter((text) => text.includes(file.name));
    expect(mine, `one alert names ${file.name}`).toHaveLength(1);
    expect(mine[0], `the alert for ${file.name} gives the reason`).toMatch(file.reason);
  }
  expect(texts.some((text) => text.includes('pacific-alliance-news'))).toBe(false);
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => listedCount(page), { timeout: 20_000 }).toBe(10);
  expect(await storeCounts(page)).toEqual({ bulletins: 10, bodies: 10, batches: 1 });
});

test('closing the page in the middle of a 5,000-bulletin import stores all of it or none of it', async ({ context }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles({ name: 'five-thousand.txt', mimeType: 'text/plain', buffer: Buffer.from(bulkText(5000)) });
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  const confirm = dialog.getByRole('button', { name: 'Confirm import (5,000)' });
  await expect(confirm).toBeEnabled({ timeout: 60_000 });
  await confirm.click();
  // Storing has begun (the commit is one transaction): close the page while it runs.
  await expect(dialog.getByText(/Storing…/)).toBeVisible();
  await page.close();

  const reopened = await context.newPage();
  await openApp(reopened);
  const counts = await storeCounts(reopened);
  expect([0, 5000]).toContain(counts.bulletins);
  expect(counts.bodies).toBe(counts.bulletins);
  expect(counts.batches).toBe(counts.bulletins === 0 ? 0 : 1);
  await expect.poll(() => listedCount(reopened), { timeout: 20_000 }).toBe(counts.bulletins);
  test.info().annotations.push({ type: 'stored after close', description: String(counts.bulletins) });
});

test('two tabs: an import in one shows up in the other tab’s list and search without a reload', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a);
  await openApp(b);
  expect(await listedCount(b)).toBe(0);

  const chooser = a.waitForEvent('filechooser');
  await a.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(CORPUS_FILE);
  const dialog = a.getByRole('dialog', { name: 'Import preview' });
  await dialog.getByRole('button', { name: 'Confirm import (10)' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => listedCount(a)).toBe(10);

  await expect.poll(() => listedCount(b), { timeout: 20_000 }).toBe(10);
  await expect(b.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').filter({ hasText: 'High-Level Group of the Pacific Alliance meets in Lima' })).toBeVisible();

  await search(a, 'webinar');
  // Results follow typing (debounced): wait for the filtered count, then read it.
  await expect.poll(() => listedCount(a), { timeout: 20_000 }).toBeLessThan(10);
  const expected = await listedCount(a);
  expect(expected).toBeGreaterThan(0);
  await search(b, 'webinar');
  await expect.poll(() => listedCount(b), { timeout: 20_000 }).toBe(expected);
  await expect(b.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').first()).toContainText(/webinar/i);
});

test('web twin: a week after the first import, never exported, a reminder offers an export; after it the reminder is gone', async ({ page }) => {
  await openApp(page);
  const reminder = page.getByRole('status').filter({ hasText: /Last export: never — export your archive now/ });
  await expect(reminder).toHaveCount(0);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(CORPUS_FILE);
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  await dialog.getByRole('button', { name: 'Confirm import (10)' }).click();
  await expect(dialog).toBeHidden();
  // Not right after the first import: only once the data has gone unexported for over 7 days.
  await expect.poll(() => listedCount(page)).toBe(10);
  await expect(reminder).toHaveCount(0);
  await page.clock.setFixedTime(new Date(Date.now() + 8 * 24 * 60 * 60 * 1000));
  await page.reload();
  await expect.poll(() => listedCount(page)).toBe(10);
  await expect(reminder).toBeVisible();

  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Export now' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^pa-bulletin-archive-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(readFileSync(await file.path(), 'utf8')) as { format: string; bulletins: unknown[] };
  expect(backup.format).toBe('pa-bulletin-archive');
  expect(backup.bulletins).toHaveLength(10);
  await expect(page.getByRole('status').filter({ hasText: /Last export:/ })).toHaveCount(0);
  await page.reload();
  await expect.poll(() => listedCount(page)).toBe(10);
  await expect(page.getByRole('status').filter({ hasText: /Last export:/ })).toHaveCount(0);
});

/**
 * The desktop flow without the Electron binary: a fake `window.paHost` (the preload's contract,
 * backups kept in memory) drives the real renderer. Checks the start-up snapshots, the Settings
 * list and a restore that writes a before-restore snapshot first.
 */
test('desktop host: daily and upgrade snapshots on start; Settings restores one after a safety snapshot', async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    type Snapshot = { name: string; createdAt: number; bytes: number; data: Uint8Array };
    const store: Snapshot[] = [];
    const w = window as unknown as { paHost: unknown; __nextFiles: Array<{ name: string; bytes: number[] }>; __snapshots: Snapshot[] };
    w.__snapshots = store;
    w.__nextFiles = [];
    // The previous run was another version: an upgrade snapshot is due.
    if (localStorage.getItem('pa-last-app-version') === null) localStorage.setItem('pa-last-app-version', '0.9.0');
    w.paHost = {
      openFiles: async () => w.__nextFiles.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
      saveFile: async () => ({ saved: true }),
      appInfo: async () => ({ name: 'PA Bulletin Archive', version: '1.0.0', platform: 'electron', locale: 'en-US' }),
      openExternal: async () => true,
      openOriginal: async () => ({ how: 'opened' }),
      listBackups: async () => store.map(({ name, createdAt, bytes }) => ({ name, createdAt, bytes })),
      writeBackup: async (reason: string, data: Uint8Array) => {
        const createdAt = Date.now() + store.length;
        const name = `pa-backup-${new Date(createdAt).toISOString().replace(/[:.]/g, '-')}-${reason}.json`;
        const snapshot = { name, createdAt, bytes: data.byteLength, data: new Uint8Array(data) };
        store.push(snapshot);
        return { name, createdAt, bytes: data.byteLength };
      },
      readBackup: async (name: string) => {
        const found = store.find((s) => s.name === name);
        if (!found) throw new Error('no such snapshot');
        return found.data;
      },
      // The team-archive part of the contract (no server configured here).
      setTeamServer: async () => ({ allowed: true, reloadNeeded: false }),
      saveTeamPassword: async () => false,
      loadTeamPassword: async () => null,
      forgetTeamPassword: async () => true,
    };
  });
  const snapshots = () =>
    page.evaluate(() =>
      (window as unknown as { __snapshots: Array<{ name: string; data: Uint8Array }> }).__snapshots.map((s) => ({
        reason: /-([a-z-]+)\.json$/.exec(s.name)?.[1] ?? '',
        bulletins: (JSON.parse(new TextDecoder().decode(s.data)) as { bulletins: unknown[] }).bulletins.length,
      })),
    );

  await openApp(page);
  // No export reminder in the desktop app: it keeps snapshots instead.
  await expect(page.getByRole('status').filter({ hasText: /Last export:/ })).toHaveCount(0);
  await expect.poll(snapshots, { timeout: 20_000 }).toEqual([
    { reason: 'before-upgrade', bulletins: 0 },
    { reason: 'daily', bulletins: 0 },
  ]);

  const corpus = [...readFileSync(CORPUS_FILE)];
  await page.evaluate((bytes) => {
    (window as unknown as { __nextFiles: unknown }).__nextFiles = [{ name: 'pacific-alliance-news-2023-10-11.txt', bytes }];
  }, corpus);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const preview = page.getByRole('dialog', { name: 'Import preview' });
  await preview.getByRole('button', { name: 'Confirm import (10)' }).click();
  await expect(preview).toBeHidden();
  await expect.poll(() => listedCount(page)).toBe(10);

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const list = settings.getByRole('list', { name: 'Snapshots' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('listitem').filter({ hasText: 'Daily' }).getByRole('button', { name: /^Restore snapshot of/ }).click();
  await list.getByRole('button', { name: 'Yes, restore this snapshot' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Snapshot restored: 0 bulletins' })).toBeVisible();
  // The archive as it was (10 bulletins) was saved before the replace.
  await expect.poll(snapshots).toEqual([
    { reason: 'before-upgrade', bulletins: 0 },
    { reason: 'daily', bulletins: 0 },
    { reason: 'before-restore', bulletins: 10 },
  ]);
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => listedCount(page), { timeout: 20_000 }).toBe(0);

  // And that safety snapshot is the way back.
  await page.getByRole('button', { name: 'Settings' }).click();
  await list.getByRole('listitem').filter({ hasText: 'Before a restore' }).getByRole('button', { name: /^Restore snapshot of/ }).click();
  await list.getByRole('button', { name: 'Yes, restore this snapshot' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Snapshot restored: 10 bulletins' })).toBeVisible();
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => listedCount(page), { timeout: 20_000 }).toBe(10);
  await search(page, 'webinar');
  await expect.poll(() => listedCount(page), { timeout: 20_000 }).toBeLessThan(10);
  expect(await listedCount(page)).toBeGreaterThan(0);
});
