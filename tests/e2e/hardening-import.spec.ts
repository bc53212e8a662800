/**
 * Issue 23, points 1, 2 and 6, as the attack run did them: zip bombs, deep and wide HTML and a
 * full disk, through the Import button of the web twin. The hostile files are generated here (not
 * committed). Every parse runs in the import worker, so the UI thread must never be blocked for
 * more than 200 ms ('longtask' entries) while they are read; refusals name the file and the limit,
 * and the archive is unchanged.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { listedCount, openApp, watchErrors } from './helpers';
import { bombXml, documentXml, writeDocx } from '../unit/support/zip-writer';

const LONG_TASK_LIMIT_MS = 200;

type Upload = { name: string; data: string | Uint8Array };
const upload = (name: string, data: string | Uint8Array): Upload => ({ name, data });

/** Records every long task of the page from its first script on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

const resetLongTasks = (page: Page): Promise<void> => page.evaluate(() => void ((window as unknown as { __longTasks?: number[] }).__longTasks?.splice(0)));
const longestTask = (page: Page): Promise<number> => page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));

/**
 * Chooses files with the Import button; resolves once the preview has read them all. The files are
 * written to disk and chosen by path: handed over as buffers, Playwright rebuilds them in the page
 * with script (seconds of main-thread work for 5 MB that are the test's, not the app's).
 */
async function choose(page: Page, files: Upload[]): Promise<void> {
  const paths = files.map(({ name, data }) => {
    const path = test.info().outputPath(name);
    writeFileSync(path, data);
    return path;
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await resetLongTasks(page);
  await (await chooser).setFiles(paths);
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel import' })).toBeHidden({ timeout: 90_000 }); // shown while files are read
}

test.describe('hostile files are parsed off the UI thread and bounded', () => {
  test.setTimeout(300_000);
  // One retry, here only. The stall CI measured (247, 273 ms) was the import worker's major GC after
  // a large page, which the worker now avoids by closing itself (import-job.ts, RECYCLE_AFTER_BYTES).
  // A rarer one remains on a loaded machine: a worker's GC *during* a large parse can still hold the
  // page's thread inside a message handler (traced: 226 ms wall, 19 ms CPU; 1 run in 5 at 4× CPU
  // throttling and load 12, none in 8 unthrottled). Parsing on the UI thread blocks for seconds on
  // every run, so it still fails both tries; Playwright reports a pass on the retry as flaky.
  test.describe.configure({ retries: 1 });

  test('zip bombs are refused with the file and the limit; nothing is stored; the UI never blocks', async ({ page }) => {
    const errors = watchErrors(page);
    await watchLongTasks(page);
    await openApp(page);
    expect(await listedCount(page)).toBe(0);
    await choose(page, [{ name: 'bomb.docx', data: writeDocx(bombXml(200, 1024 * 1024)) }, { name: 'liar.docx', data: writeDocx(bombXml(40, 1024 * 1024), 2000) }]);
    const dialog = page.getByRole('dialog', { name: 'Import preview' });
    await expect(dialog.getByRole('alert').filter({ hasText: 'bomb.docx' })).toContainText('too much document text when unpacked (more than 32 MB of XML)');
    await expect(dialog.getByRole('alert').filter({ hasText: 'liar.docx' })).toContainText(/too (much document text|large) when unpacked \(more than \d+ MB/);
    await expect(dialog.getByRole('button', { name: /^Confirm import/ })).toBeDisabled();
    const longest = await longestTask(page);
    console.log(`zip bombs: longest main-thread task while reading ${longest} ms`);
    expect(longest).toBeLessThanOrEqual(LONG_TASK_LIMIT_MS);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await listedCount(page)).toBe(0);
    expect(errors).toEqual([]);
  });

  test('100,000 nested <div>s, 20,000 nested tables and a 5.3 MB page of 130,000 <p> import without blocking; export still works', async ({ page }) => {
    const errors = watchErrors(page);
    await watchLongTasks(page);
    await openApp(page);
    const paras = Array.from({ length: 130_000 }, (_, i) => `<p>Párrafo número ${i} de la página grande, con algo de texto.</p>`);
    const files = [
      upload('deep.html', `<html><body><h1>Página profunda</h1>${'<div>'.repeat(100_000)}<p>Texto al fondo de la página.</p>${'</div>'.repeat(100_000)}</body></html>`),
      upload('tables.html', `<html><body><h1>Tablas anidadas</h1>${'<table><tr><td>'.repeat(20_000)}celda final${'</td></tr></table>'.repeat(20_000)}</body></html>`),
      upload('wide.html', `<!doctype html><html><head><title>Grande</title></head><body><main><h1>Página grande</h1>${paras.join('')}</main></body></html>`),
      upload('docx-ok.docx', writeDocx(documentXml(['Reunión de ministros', 'Lima, 3 de octubre de 2023.- Los ministros se reunieron.']))),
    ];
    expect(Buffer.byteLength(files[2]?.data ?? '')).toBeGreaterThan(5_000_000);
    await choose(page, files);
    const dialog = page.getByRole('dialog', { name: 'Import preview' });
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    const confirm = dialog.getByRole('button', { name: /^Confirm import/ });
    await expect(confirm).toHaveText('Confirm import (4)');
    const parsing = await longestTask(page);
    console.log(`deep/wide HTML and .docx: longest main-thread task while reading ${parsing} ms`);
    await resetLongTasks(page);
    await confirm.click();
    await expect(dialog).toBeHidden({ timeout: 120_000 });
    await expect.poll(() => listedCount(page), { timeout: 60_000 }).toBe(4);
    console.log(`deep/wide HTML and .docx: longest main-thread task while storing ${await longestTask(page)} ms`);
    expect(parsing).toBeLessThanOrEqual(LONG_TASK_LIMIT_MS);

    await page.getByRole('button', { name: 'Settings' }).click();
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Export archive' }).click();
    const backup = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { bulletins: Array<{ title: string; body: string }> };
    const wide = backup.bulletins.find((b) => b.title === 'Página grande');
    expect(wide?.body).toContain('Párrafo número 129999 de');
    expect(backup.bulletins).toHaveLength(4);
    expect(errors).toEqual([]);
  });
});

test.describe('a full disk', () => {
  for (const [label, name, message] of [
    ['an IO error (Chromium)', 'UnknownError', 'IO error: .../000123.ldb: No space left on device (ChromeMethodBFE: 15::Append::8)'],
    ['QuotaExceededError', 'QuotaExceededError', 'The quota has been exceeded.'],
  ] as const) {
    test(`an import onto a full disk (${label}) says so and stores nothing`, async ({ page }) => {
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // When armed, the 21st write aborts its transaction with the error Chromium reports, as its
      // backing store does when a write fails: later requests fail with AbortError.
      await page.addInitScript(
        ([errorName, errorMessage]) => {
          const state = { armed: false, writes: 0 };
          (window as unknown as { __diskFull: typeof state }).__diskFull = state;
          for (const method of ['add', 'put'] as const) {
            const original = IDBObjectStore.prototype[method];
            IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
              const request = original.apply(this, args);
              if (state.armed && ++state.writes > 20) {
                const tx = this.transaction;
                const error = new DOMException(errorMessage, errorName);
                Object.defineProperty(tx, 'error', { get: () => error, configurable: true });
                try {
                  tx.abort();
                } catch {
                  // already aborted
                }
              }
              return request;
            };
          }
        },
        [name, message],
      );
      await openApp(page);
      const lines = Array.from({ length: 50 }, (_, i) => `Boletín número ${i}\n\nLima, ${(i % 28) + 1} de octubre de 2023.- Texto del boletín ${i} sobre comercio.`);
      await choose(page, [{ name: 'fifty.txt', data: lines.join('\n\n') }]);
      const dialog = page.getByRole('dialog', { name: 'Import preview' });
      const confirm = dialog.getByRole('button', { name: /^Confirm import/ });
      await expect(confirm).toHaveText('Confirm import (50)');
      await page.evaluate(() => void ((window as unknown as { __diskFull: { armed: boolean } }).__diskFull.armed = true));
      await confirm.click();
      await expect(dialog.getByRole('alert')).toHaveText('The disk is full: nothing was imported. Free some space on the disk, then try again.');
      await page.evaluate(() => void ((window as unknown as { __diskFull: { armed: boolean } }).__diskFull.armed = false));
      await page.keyboard.press('Escape');
      expect(await listedCount(page)).toBe(0);
      await page.reload();
      await openApp(page);
      expect(await listedCount(page)).toBe(0);
      expect(pageErrors).toEqual([]);
    });
  }
});
