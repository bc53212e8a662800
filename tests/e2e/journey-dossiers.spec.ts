/**
 * Issue 22, the staff journey, points 1–4: a grouped dossier shows and prints the order set by hand,
 * `Export PDF` saves one file, the dossier chooses its PDF's language, and `Add to dossier` can
 * create the dossier right there, with Dossiers in reach at 1280×800 beside 30 starter tags.
 */
import { existsSync, readFileSync } from 'node:fs';
import { test, expect, type Download, type Page } from '@playwright/test';
import { CORPUS_FILE, importFiles, listedCount, openApp, search } from './helpers';

const TITLE = 'Fisheries & Aquaculture 2023';

/** The dossier view's list as shown: each heading with the item titles under it (null: before any heading). */
async function shownGroups(page: Page): Promise<Array<{ heading: string | null; items: string[] }>> {
  return page.getByRole('list', { name: 'Dossier items' }).evaluate((list) => {
    const groups: Array<{ heading: string | null; items: string[] }> = [];
    for (const li of list.children) {
      const heading = li.querySelector('h1, h2, h3, h4, [role="heading"]');
      if (heading) groups.push({ heading: (heading.textContent ?? '').trim(), items: [] });
      else {
        if (groups.length === 0) groups.push({ heading: null, items: [] });
        groups[groups.length - 1]?.items.push((li.querySelector('[data-control="item"]')?.textContent ?? '').trim());
      }
    }
    return groups;
  });
}

/** Creates an empty dossier from the sidebar (optionally grouped) and adds the current results to it. */
async function dossierFromResults(page: Page, title: string, grouping?: string): Promise<void> {
  await page.getByRole('button', { name: 'New dossier', exact: true }).click();
  const create = page.getByRole('dialog', { name: 'New dossier' });
  await create.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  if (grouping) await create.getByRole('combobox', { name: 'Grouping' }).selectOption({ label: grouping });
  await create.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(create).toBeHidden();
  await page.getByRole('button', { name: 'Add results to dossier' }).click();
  const add = page.getByRole('dialog', { name: 'Add to dossier' });
  await add.getByRole('radio', { name: title }).check();
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(add).toBeHidden();
  await page.getByRole('navigation').getByRole('button', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function pdfOf(download: Download): Promise<{ text: string; outline: Array<{ title: string; items: string[] }> }> {
  const bytes = new Uint8Array(readFileSync(await download.path()));
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    const pages: string[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const content = await (await pdf.getPage(p)).getTextContent();
      pages.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join(' ')));
    }
    const outline = ((await pdf.getOutline()) ?? []).map((node) => ({
      title: squash(node.title),
      items: (node.items as Array<{ title: string }>).map((child) => squash(child.title)),
    }));
    return { text: pages.join('\n'), outline };
  } finally {
    await pdf.destroy();
  }
}

async function exportOnce(page: Page): Promise<Download> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Export PDF' }).click();
  return download;
}

test.beforeEach(() => {
  test.skip(!existsSync(CORPUS_FILE), `corpus not found at ${CORPUS_FILE}`);
});

test('1. a dossier grouped by month shows its groups as they print, and keeps the order set within a group', async ({ page }) => {
  test.setTimeout(150_000);
  await openApp(page);
  await importFiles(page, [CORPUS_FILE]);
  await search(page, 'year:2023');
  await dossierFromResults(page, TITLE, 'By month');

  const list = page.getByRole('list', { name: 'Dossier items' });
  await test.step('month headings sit in the list, in date order, each before its own items', async () => {
    // The seed's three bulletins dated only "≈ 2023" print under their year, before its months.
    await expect(list.getByRole('heading')).toHaveText(['2023', 'October 2023', 'November 2023']);
    const months = await list.evaluate((el) =>
      [...el.children].map((li) => li.querySelector('h2')?.textContent ?? li.querySelector('time')?.getAttribute('datetime')?.slice(0, 7) ?? ''),
    );
    // Every item's month matches the heading above it.
    let current = '';
    for (const entry of months) {
      if (entry === '2023') current = '2023';
      else if (entry === 'October 2023') current = '2023-10';
      else if (entry === 'November 2023') current = '2023-11';
      else expect(entry).toBe(current);
    }
  });

  const before = await shownGroups(page);
  const october = before.find((g) => g.heading === 'October 2023')?.items ?? [];
  expect(october.length).toBeGreaterThan(2);
  const moved = october.at(-1) ?? '';
  await test.step('Alt+↑ and Move up reorder within October; a move out of the group is refused', async () => {
    const row = list.getByRole('listitem').filter({ has: page.getByRole('button', { name: moved, exact: true }) });
    await row.getByRole('button', { name: moved, exact: true }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.getByRole('button', { name: `Move “${moved}” up` }).click();
    const expectedOctober = [...october.slice(0, -3), moved, ...october.slice(-3, -1)];
    await expect.poll(async () => (await shownGroups(page)).find((g) => g.heading === 'October 2023')?.items).toEqual(expectedOctober);
    // The first item of November cannot move up into October: its month decides its group.
    const firstNovember = before.find((g) => g.heading === 'November 2023')?.items[0] ?? '';
    await expect(page.getByRole('button', { name: `Move “${firstNovember}” up` })).toBeDisabled();
    await page.getByRole('button', { name: firstNovember, exact: true }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(page.getByRole('status').filter({ hasText: `“${firstNovember}” stays in November 2023` })).toBeAttached();
    expect((await shownGroups(page)).find((g) => g.heading === 'November 2023')?.items[0]).toBe(firstNovember);
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: TITLE }).click();
    await expect.poll(async () => (await shownGroups(page)).find((g) => g.heading === 'October 2023')?.items).toEqual(expectedOctober);
  });

  await test.step('the PDF prints exactly what the view shows: same groups, same order', async () => {
    const shown = await shownGroups(page);
    const pdf = await pdfOf(await exportOnce(page));
    expect(pdf.outline).toEqual(shown.map((g) => ({ title: g.heading, items: g.items.map((t) => t.replace(/\s+/g, ' ').trim()) })));
  });
});

test('2. Export PDF saves exactly one file; Preview PDF shows it and saves only on Save PDF', async ({ page }) => {
  test.setTimeout(150_000);
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await openApp(page);
  await importFiles(page, [CORPUS_FILE]);
  await search(page, 'fisheries OR aquaculture');
  await dossierFromResults(page, TITLE);

  await test.step('one click on Export PDF: one download named after the dossier, no dialog', async () => {
    const file = await exportOnce(page);
    expect(file.suggestedFilename()).toBe(`${TITLE}.pdf`);
    // Give a second save (as the old preview's automatic one) time to show up if there were one.
    await page.waitForTimeout(3_000);
    expect(downloads).toEqual([`${TITLE}.pdf`]);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  await test.step('Preview PDF is a separate button: it previews without saving; Save PDF saves once', async () => {
    await page.getByRole('button', { name: 'Preview PDF' }).click();
    const preview = page.getByRole('dialog', { name: 'PDF preview' });
    await expect(preview.getByRole('img', { name: 'Page 1 of the PDF' })).toBeVisible({ timeout: 45_000 });
    await page.waitForTimeout(2_000);
    expect(downloads).toHaveLength(1);
    const saved = page.waitForEvent('download');
    await preview.getByRole('button', { name: 'Save PDF' }).click();
    expect((await saved).suggestedFilename()).toBe(`${TITLE}.pdf`);
    await page.waitForTimeout(2_000);
    expect(downloads).toHaveLength(2);
  });
});

test('3. the dossier chooses its PDF language: English by default in an English UI, Español on request', async ({ page }) => {
  test.setTimeout(150_000);
  await openApp(page);
  await importFiles(page, [CORPUS_FILE]);
  await search(page, 'year:2023');
  await dossierFromResults(page, TITLE);

  const language = page.getByRole('combobox', { name: 'Language' });
  await expect(language.getByRole('option')).toHaveText(['English', 'Español']);
  await expect(language.locator('option:checked')).toHaveText('English');

  await test.step('English: Contents, Page X of Y, "30 October 2023"', async () => {
    const { text } = await pdfOf(await exportOnce(page));
    expect(text).toContain('Contents');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toMatch(/PERIOD COVERED/);
    expect(text).toMatch(/\b\d{1,2} (October|November) 2023\b/);
    expect(text).not.toMatch(/Índice|Página \d|PERÍODO|de (octubre|noviembre) de/i);
  });

  await test.step('Español, remembered: Índice, Página X de Y, "30 de octubre de 2023"', async () => {
    await language.selectOption({ label: 'Español' });
    // The select shows the stored dossier's language: once it reads Español the update is saved
    // (a reload right after the click raced the write on a loaded CI machine).
    await expect(language.locator('option:checked')).toHaveText('Español');
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: TITLE }).click();
    await expect(page.getByRole('combobox', { name: 'Language' }).locator('option:checked')).toHaveText('Español');
    const { text } = await pdfOf(await exportOnce(page));
    expect(text).toContain('Índice');
    expect(text).toMatch(/Página 1 de \d+/);
    expect(text).toMatch(/\b\d{1,2} de (octubre|noviembre) de 2023\b/);
    // Datelines and the period are Spanish (a bulletin's own English text may still say "31 October 2023").
    expect(text).not.toMatch(/Contents|Page \d+ of|\d (Octubre|Noviembre) 2023|\b(14|9) November 2023\b/);
  });
});

test('4. Add to dossier creates a dossier right there; sidebar sections collapse and Dossiers stays in reach at 1280×800', async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await importFiles(page, [CORPUS_FILE]);
  await page.getByRole('button', { name: 'Add starter tags' }).click();
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('button', { name: /Fisheries and Aquaculture/ }).first()).toBeAttached();

  await test.step('New dossier is on screen without scrolling, beside the 30 starter tags', async () => {
    const box = await page.getByRole('button', { name: 'New dossier', exact: true }).boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 1e6) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
    expect(await nav.evaluate((el) => el.scrollTop)).toBe(0);
  });

  const count = await test.step('with no dossier yet: New dossier title + Create and add', async () => {
    await search(page, 'fisheries OR aquaculture');
    const n = await listedCount(page);
    await page.getByRole('button', { name: 'Add results to dossier' }).click();
    const add = page.getByRole('dialog', { name: 'Add to dossier' });
    await expect(add.getByRole('radio')).toHaveCount(0);
    await add.getByRole('textbox', { name: 'New dossier title' }).fill(TITLE);
    await add.getByRole('button', { name: 'Create and add' }).click();
    await expect(add).toBeHidden();
    await nav.getByRole('button', { name: TITLE }).click();
    await expect(page.getByRole('list', { name: 'Dossier items' }).getByRole('listitem')).toHaveCount(n);
    return n;
  });
  expect(count).toBeGreaterThan(0);

  await test.step('with dossiers: the radios, and still New dossier title + Create and add (Enter creates)', async () => {
    await nav.getByRole('button', { name: 'Library', exact: true }).click();
    await search(page, 'digital');
    await page.getByRole('button', { name: 'Add results to dossier' }).click();
    const add = page.getByRole('dialog', { name: 'Add to dossier' });
    await expect(add.getByRole('radio', { name: TITLE })).toBeVisible();
    await expect(add.getByRole('button', { name: 'Create and add' })).toBeVisible();
    await add.getByRole('textbox', { name: 'New dossier title' }).fill('Digital agenda');
    await add.getByRole('textbox', { name: 'New dossier title' }).press('Enter');
    await expect(add).toBeHidden();
    await expect(nav.getByRole('button', { name: 'Digital agenda' })).toBeVisible();
    await expect(nav.getByRole('button', { name: TITLE })).toBeVisible();
  });

  await test.step('Tags collapses with an aria-expanded toggle, and stays collapsed after a reload', async () => {
    const toggle = nav.getByRole('button', { name: 'Tags', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const tag = nav.getByRole('button', { name: /Member countries/ }).first();
    await expect(tag).toBeVisible();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(tag).toBeHidden();
    await page.reload();
    await expect(nav.getByRole('button', { name: 'Tags', exact: true })).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('button', { name: /Member countries/ })).toHaveCount(0);
    await nav.getByRole('button', { name: 'Tags', exact: true }).click();
    await expect(nav.getByRole('button', { name: /Member countries/ }).first()).toBeVisible();
    // Every section has the same kind of toggle.
    for (const name of ['Dossiers', 'Saved searches']) await expect(nav.getByRole('button', { name, exact: true })).toHaveAttribute('aria-expanded', 'true');
  });
});
