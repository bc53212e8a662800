/**
 * Journey: import the corpus, search, build "Fisheries & Aquaculture 2023" from the results,
 * reorder it, and export it through `Export PDF`; the downloaded file must be a real PDF whose
 * outline has one entry per dossier item.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';

// `../shared` sits beside the clone (on CI too): resolve from this file, not from the cwd.
const HERE = dirname(fileURLToPath(import.meta.url));
const CORPUS = resolve(HERE, '../../../shared/corpus/pacific-alliance-news-2023-10-11.txt');
const TITLE = 'Fisheries & Aquaculture 2023';
const QUERY = 'fisheries OR aquaculture year:2023';

async function importCorpus(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(CORPUS);
  const preview = page.getByRole('dialog', { name: 'Import preview' });
  await expect(preview).toBeVisible();
  await preview.getByRole('button', { name: /^Confirm import/ }).click();
  await expect(preview).toBeHidden();
}

async function search(page: Page, query: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Search archive' });
  await box.fill(query);
  await box.press('Enter');
  const status = page.getByRole('status').filter({ hasText: /\d+ bulletins?\b/ }).first();
  await expect(status).toHaveText(/[1-9]\d* bulletins?/);
  // Results are debounced: wait until the count settles on the answer for this query.
  await expect(page.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').first()).toBeVisible();
  const text = (await status.textContent()) ?? '';
  return Number(/(\d+) bulletins?/.exec(text)?.[1]);
}

async function itemTitles(page: Page): Promise<string[]> {
  const items = page.getByRole('list', { name: 'Dossier items' }).getByRole('listitem');
  return (await items.locator('.item-title').allTextContents()).map((s) => s.trim());
}

test('builds "Fisheries & Aquaculture 2023" from a search and exports it as PDF', async ({ page }) => {
  test.skip(!existsSync(CORPUS), `corpus not found at ${CORPUS}`);
  await page.goto('./');
  await importCorpus(page);

  const count = await search(page, QUERY);
  expect(count).toBeGreaterThan(1);

  // New dossier (empty: not from the query), then add the current results to it.
  await page.getByRole('button', { name: 'New dossier', exact: true }).click();
  const create = page.getByRole('dialog', { name: 'New dossier' });
  await create.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
  await create.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Dossier items' }).getByRole('listitem')).toHaveCount(0);

  await page.getByRole('navigation').getByRole('button', { name: 'Library', exact: true }).click();
  const again = await search(page, QUERY);
  expect(again).toBe(count);
  await page.getByRole('button', { name: 'Add results to dossier' }).click();
  const add = page.getByRole('dialog', { name: 'Add to dossier' });
  await add.getByRole('radio', { name: TITLE }).check();
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(add).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Added ${count} bulletins to` })).toBeVisible();

  // Open it from the sidebar: one listitem per result, each with a machine-readable date.
  await page.getByRole('navigation').getByRole('button', { name: TITLE }).click();
  const items = page.getByRole('list', { name: 'Dossier items' }).getByRole('listitem');
  await expect(items).toHaveCount(count);
  await expect(items.first().locator('time[datetime]')).toHaveAttribute('datetime', /^2023-\d\d-\d\d$/);

  // Keyboard reordering: Move down swaps the first two items, and the order persists.
  const before = await itemTitles(page);
  await page.getByRole('button', { name: `Move “${before[0]}” down` }).click();
  await expect.poll(() => itemTitles(page)).toEqual([before[1], before[0], ...before.slice(2)]);
  await page.getByRole('button', { name: 'Sort by date' }).click();
  const sortedDates = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(sortedDates).toEqual([...sortedDates].sort());
  const order = await itemTitles(page);

  // Export: progress, preview, then the download named after the dossier.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const preview = page.getByRole('dialog', { name: 'PDF preview' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await expect(preview.getByRole('img', { name: 'Page 1 of the PDF' })).toBeVisible();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${TITLE}.pdf`);
  const path = await file.path();
  const bytes = new Uint8Array(readFileSync(path));
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  await expect(preview.getByRole('status')).toHaveText(/\d+ pages/);

  // Re-open with pdfjs-dist in Node: one outline entry per item, in the dossier's order.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const outline = (await pdf.getOutline()) ?? [];
    expect(outline.map((entry) => entry.title.replace(/\s+/g, ' ').trim())).toEqual(order.map((t) => t.replace(/\s+/g, ' ').trim()));
    const { info } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
    expect(info['Title']).toBe(TITLE);
  } finally {
    await pdf.destroy();
  }
});
