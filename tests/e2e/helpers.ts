import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));

/** The real PA news page kept in ../shared beside the repository (also on CI). */
export const CORPUS_FILE = resolve(here, '../../../shared/corpus/pacific-alliance-news-2023-10-11.txt');

export function fixture(...parts: string[]): string {
  return resolve(here, '../fixtures', ...parts);
}

/** Collects console errors and page errors so a test can assert the app ran cleanly. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Opens the app and waits until the list is ready. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: /bulletins?$/ })).toBeVisible({ timeout: 30_000 });
}

/** Imports files through the Import button and the preview dialog; returns the preview's count. */
export async function importFiles(page: Page, files: Array<string | { name: string; mimeType: string; buffer: Buffer }>): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  // Playwright takes either paths or buffers in one call, so paths are read into buffers.
  await (await chooser).setFiles(
    files.map((file) => (typeof file === 'string' ? { name: basename(file), mimeType: 'text/plain', buffer: readFileSync(file) } : file)),
  );
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  await expect(dialog).toBeVisible();
  const confirm = dialog.getByRole('button', { name: /^Confirm import/ });
  await expect(confirm).toBeEnabled({ timeout: 60_000 });
  await confirm.click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
}

/** The status line's count, e.g. 10 for "10 bulletins". */
export async function listedCount(page: Page): Promise<number> {
  const text = (await page.getByRole('status').filter({ hasText: /bulletins?$/ }).first().textContent()) ?? '';
  return Number(/(\d[\d,]*) bulletins?/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
}

/** Types a query, presses Enter, and waits until the list answers that query (not the previous one). */
export async function search(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search archive' });
  await box.fill(query);
  await box.press('Enter');
  await page.waitForFunction(
    (expected) => [...document.querySelectorAll('[role="status"][data-query]')].some((el) => el.getAttribute('data-query') === expected),
    query,
    { timeout: 30_000 },
  );
}
