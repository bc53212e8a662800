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
  const read = async () => Number(/(\d+) bulletins?/.exec((await status.textContent()) ?? '')?.[1] ?? NaN);
  // Results follow typing (debounced): wait until the count has settled on this query's answer.
  let last = NaN;
  await expect
    .poll(async () => {
      const previous = last;
      last = await read();
      return last === previous;
    }, { intervals: [400] })
    .toBe(true);
  return last;
}

/** Opens the first search result in the reader and adds it to the dossier through `Add to dossier`. */
async function addFirstResultFromReader(page: Page, query: string, dossierTitle: string): Promise<string> {
  // Searching from a dossier view keeps the dossier on screen: go back to the library first.
  await page.getByRole('navigation').getByRole('button', { name: 'Library', exact: true }).click();
  expect(await search(page, query)).toBeGreaterThan(0);
  await page.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').first().click();
  const reader = page.getByRole('article');
  const title = ((await reader.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
  await reader.getByRole('button', { name: 'Add to dossier', exact: true }).click();
  const add = page.getByRole('dialog', { name: 'Add to dossier' });
  await add.getByRole('radio', { name: dossierTitle }).check();
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(add).toBeHidden();
  return title;
}

/** The dossier's item titles in list order (each item's first button is its title). */
async function itemTitles(page: Page): Promise<string[]> {
  const items = page.getByRole('list', { name: 'Dossier items' }).getByRole('listitem');
  return (await items.locator('[data-control="item"]').allTextContents()).map((text) => text.trim());
}

test('builds "Fisheries & Aquaculture 2023" from a search and exports it as PDF', async ({ page }) => {
  test.skip(!existsSync(CORPUS), `corpus not found at ${CORPUS}`);
  // A whole journey (import, search, edit, PDF in a worker, preview): more than the default budget on 2 cores.
  test.setTimeout(120_000);
  const items = page.getByRole('list', { name: 'Dossier items' }).getByRole('listitem');

  const count = await test.step('import the corpus and search', async () => {
    await page.goto('./');
    await importCorpus(page);
    return search(page, QUERY);
  });
  expect(count).toBeGreaterThan(0);

  await test.step('create an empty dossier with New dossier; the results stay on screen', async () => {
    await page.getByRole('button', { name: 'New dossier', exact: true }).click();
    const create = page.getByRole('dialog', { name: 'New dossier' });
    await create.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
    await create.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(create).toBeHidden();
    await expect(page.getByRole('navigation').getByRole('button', { name: TITLE })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search archive' })).toHaveValue(QUERY);
  });

  await test.step('Add results to dossier adds every result', async () => {
    await page.getByRole('button', { name: 'Add results to dossier' }).click();
    const add = page.getByRole('dialog', { name: 'Add to dossier' });
    await add.getByRole('radio', { name: TITLE }).check();
    await add.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(add).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: new RegExp(`Added ${count} bulletins? to`) })).toBeVisible();
    // Open it from the sidebar: one listitem per result, each with a machine-readable date.
    await page.getByRole('navigation').getByRole('button', { name: TITLE }).click();
    await expect(items).toHaveCount(count);
    await expect(items.first().locator('time[datetime]')).toHaveAttribute('datetime', /^2023-\d\d-\d\d$/);
  });

  const extra = await test.step('Add to dossier from the reader, twice (the second is skipped)', async () => {
    const title = await addFirstResultFromReader(page, '"Youth Volunteering"', TITLE);
    await addFirstResultFromReader(page, '"Youth Volunteering"', TITLE);
    await expect(page.getByRole('status').filter({ hasText: 'Added 0 bulletins to' })).toBeVisible();
    await page.getByRole('navigation').getByRole('button', { name: TITLE }).click();
    await expect(items).toHaveCount(count + 1);
    return title;
  });

  await test.step('reorder by keyboard, open an item, sort by date', async () => {
    const before = await itemTitles(page);
    expect(before.at(-1)).toBe(extra);
    await page.getByRole('button', { name: `Move “${extra}” up` }).click();
    await expect.poll(() => itemTitles(page)).toEqual([...before.slice(0, -2), extra, before.at(-2)]);
    // Focus follows the moved item (its Move up button, or its title once it reached the top).
    await expect(items.nth(before.length - 2).locator(':focus')).toHaveCount(1);
    await items.last().getByRole('button').first().focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => itemTitles(page)).toEqual(before);
    // Once in ~10 clean-clone CI runs the click right after the keyboard reorder opened nothing (the
    // list re-renders when the stored order comes back); the user-visible outcome is what is checked.
    await expect(async () => {
      await items.last().getByRole('button', { name: extra, exact: true }).click();
      await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(extra, { timeout: 4_000 });
    }).toPass({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Sort by date' }).click();
    await expect
      .poll(async () => {
        const dates = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
        return dates.join() === [...dates].sort().join();
      })
      .toBe(true);
  });
  const order = await itemTitles(page);
  expect(order).toHaveLength(count + 1);

  const bytes = await test.step('Export PDF: one download named after the dossier; Preview PDF shows it apart', async () => {
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${TITLE}.pdf`);
    await page.getByRole('button', { name: 'Preview PDF' }).click();
    const preview = page.getByRole('dialog', { name: 'PDF preview' });
    await expect(preview).toBeVisible({ timeout: 45_000 });
    await expect(preview.getByRole('img', { name: 'Page 1 of the PDF' })).toBeVisible();
    await expect(preview.getByRole('status')).toHaveText(/\d+ pages/);
    await preview.getByRole('button', { name: 'Close', exact: true }).first().click();
    await expect(preview).toBeHidden();
    return new Uint8Array(readFileSync(await file.path()));
  });
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');

  await test.step('the PDF re-opens with pdfjs-dist: one outline entry per item, in order', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    try {
      const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
      const outline = (await pdf.getOutline()) ?? [];
      expect(outline.map((entry) => squash(entry.title))).toEqual(order.map(squash));
      const info = (await pdf.getMetadata()).info as unknown as Record<string, unknown>;
      expect(info['Title']).toBe(TITLE);
    } finally {
      await pdf.destroy();
    }
  });
});

test('a recipe dossier refreshes with new matches; rename, duplicate and undoable delete', async ({ page }) => {
  test.skip(!existsSync(CORPUS), `corpus not found at ${CORPUS}`);
  test.setTimeout(120_000);
  const items = page.getByRole('list', { name: 'Dossier items' }).getByRole('listitem');
  const recipe = 'aquaculture year:2023';
  await page.goto('./');
  await importCorpus(page);
  const count = await search(page, recipe);
  expect(count).toBeGreaterThan(0);

  await test.step('New dossier from the current query starts with its matches', async () => {
    await page.getByRole('button', { name: 'New dossier', exact: true }).click();
    const create = page.getByRole('dialog', { name: 'New dossier' });
    await create.getByRole('textbox', { name: 'Title', exact: true }).fill('Recipe dossier');
    await create.getByRole('checkbox', { name: 'Create from query' }).check();
    await expect(create.getByRole('textbox', { name: 'Recipe query' })).toHaveValue(recipe);
    await create.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Recipe dossier' })).toBeVisible();
    await expect(items).toHaveCount(count);
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await expect(page.getByText('No new matches since the last refresh.')).toBeVisible();
  });

  await test.step('Refresh offers a newly imported match; unkept ones are not offered again', async () => {
    const newer = [
      'Artisanal aquaculture training closes in Valparaíso',
      '',
      'November 20, 2023.- The Pacific Alliance closed a training course on aquaculture for artisanal fishers in Valparaíso, Chile, with teams from Colombia, Mexico and Peru.',
      '',
      'The course covered hatcheries, water quality and the marketing of aquaculture products.',
      '',
      'Second aquaculture webinar on climate adaptation',
      '',
      'November 28, 2023.- A second webinar on climate adaptation in aquaculture gathered researchers from the four member countries in Lima, Peru.',
      '',
      'The speakers discussed monitoring programmes and shared data on coastal conditions.',
      '',
    ].join('\n');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles({ name: 'more-news.txt', mimeType: 'text/plain', buffer: Buffer.from(newer, 'utf8') });
    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await preview.getByRole('button', { name: /^Confirm import/ }).click();
    await expect(preview).toBeHidden();

    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    const offered = page.getByRole('list', { name: 'New matches' }).getByRole('listitem');
    await expect(offered).toHaveCount(2);
    await page.getByRole('checkbox', { name: 'Keep “Second aquaculture webinar on climate adaptation”' }).uncheck();
    await page.getByRole('button', { name: 'Add kept (1)' }).click();
    await expect(items).toHaveCount(count + 1);
    await expect(items.last()).toContainText('Artisanal aquaculture training closes in Valparaíso');
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await expect(page.getByText('No new matches since the last refresh.')).toBeVisible();
  });

  await test.step('drag and drop moves an item, and the order is stored', async () => {
    const before = await itemTitles(page);
    await items.last().dragTo(items.first());
    const expected = [before.at(-1), ...before.slice(0, -1)];
    await expect.poll(() => itemTitles(page)).toEqual(expected);
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: 'Recipe dossier' }).click();
    await expect.poll(() => itemTitles(page)).toEqual(expected);
  });

  await test.step('Rename, Duplicate, Delete with Undo', async () => {
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    const rename = page.getByRole('dialog', { name: 'Rename dossier' });
    await rename.getByRole('textbox', { name: 'Title', exact: true }).fill('Pesca y acuicultura ¿2023?');
    await rename.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pesca y acuicultura ¿2023?' })).toBeVisible();

    await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pesca y acuicultura ¿2023? (copy)' })).toBeVisible();
    await expect(items).toHaveCount(count + 1);

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Bulletins' })).toBeVisible();
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('button', { name: '(copy)' })).toHaveCount(0);
    await page.getByRole('status').filter({ hasText: 'Deleted dossier' }).getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pesca y acuicultura ¿2023? (copy)' })).toBeVisible();
    await expect(nav.getByRole('button', { name: '(copy)' })).toHaveCount(1);
  });
});
