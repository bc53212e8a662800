/**
 * The staff journey of issue 22, points 6–9, in the English UI: saved searches that can be changed
 * and ordered, counts and words that read right, a reader that does not pretend, and a small screen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CORPUS_FILE, importFiles, listedCount, openApp, search, watchErrors } from './helpers';

const DAY_MS = 24 * 60 * 60 * 1000;

async function saveSearch(page: Page, query: string, name: string): Promise<void> {
  await search(page, query);
  await page.getByRole('button', { name: 'Save search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save search' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

function savedList(page: Page): Locator {
  return page.getByRole('navigation').getByRole('list', { name: 'Saved searches' });
}

/** Saved searches in sidebar order, read from their `Actions for <name>` buttons. */
async function savedOrder(page: Page): Promise<string[]> {
  const labels = await savedList(page).getByRole('button', { name: /^Actions for / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  return labels.map((label) => label.replace(/^Actions for /, ''));
}

function savedButton(page: Page, name: string): Locator {
  return savedList(page).getByRole('button', { name: new RegExp(`^${name}\\s*\\d+$`) });
}

async function installStarterTags(page: Page): Promise<void> {
  const offer = page.getByRole('region', { name: 'Start with the Pacific Alliance tag set?' });
  await offer.getByRole('button', { name: 'Add starter tags' }).click();
  await expect(page.getByRole('status').filter({ hasText: /bulletins? tagged/ })).toBeVisible();
}

test('saved searches: rename, edit the query, delete with undo, reorder by keyboard and by drag; counts stay live', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await importFiles(page, [CORPUS_FILE]);
  await expect.poll(() => listedCount(page)).toBe(10);
  await saveSearch(page, 'fisheries', 'Fish');
  await search(page, 'webinar');
  const webinars = await listedCount(page);
  await saveSearch(page, 'ASEAN', 'Asia');
  await saveSearch(page, 'SME', 'Small firms');
  await expect.poll(() => savedOrder(page)).toEqual(['Fish', 'Asia', 'Small firms']);

  await test.step('the actions menu offers Rename, Edit query and Delete', async () => {
    await savedList(page).getByRole('button', { name: 'Actions for Fish' }).click();
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('menuitem')).toHaveText(['Rename', 'Edit query', 'Delete']);
    await expect(menu.getByRole('menuitem', { name: 'Rename' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(savedList(page).getByRole('button', { name: 'Actions for Fish' })).toBeFocused();
  });

  await test.step('rename', async () => {
    await savedList(page).getByRole('button', { name: 'Actions for Fish' }).click();
    await page.getByRole('menuitem', { name: 'Rename' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename “Fish”' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Fisheries news');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => savedOrder(page)).toEqual(['Fisheries news', 'Asia', 'Small firms']);
  });

  await test.step('edit the query: the live count follows the new query', async () => {
    await savedList(page).getByRole('button', { name: 'Actions for Fisheries news' }).click();
    await page.getByRole('menuitem', { name: 'Edit query' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit the query of “Fisheries news”' });
    await expect(dialog.getByRole('textbox', { name: 'Query' })).toHaveValue('fisheries');
    await dialog.getByRole('textbox', { name: 'Query' }).fill('webinar');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(savedList(page).getByRole('button', { name: new RegExp(`^Fisheries news\\s*${webinars}$`) })).toBeVisible();
    await savedButton(page, 'Fisheries news').click();
    await expect(page.getByRole('searchbox', { name: 'Search archive' })).toHaveValue('webinar');
  });

  await test.step('delete, then Undo', async () => {
    await savedList(page).getByRole('button', { name: 'Actions for Asia' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await expect.poll(() => savedOrder(page)).toEqual(['Fisheries news', 'Small firms']);
    await page.getByRole('status').filter({ hasText: 'Deleted saved search “Asia”' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => savedOrder(page)).toEqual(['Fisheries news', 'Asia', 'Small firms']);
  });

  await test.step('reorder with Alt+Arrow keys (focus follows), and by drag; the order survives a reload', async () => {
    await savedButton(page, 'Fisheries news').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => savedOrder(page)).toEqual(['Asia', 'Fisheries news', 'Small firms']);
    await expect(savedButton(page, 'Fisheries news')).toBeFocused();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => savedOrder(page)).toEqual(['Asia', 'Small firms', 'Fisheries news']);
    // From the actions button too; focus stays on it.
    await savedList(page).getByRole('button', { name: 'Actions for Asia' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => savedOrder(page)).toEqual(['Small firms', 'Asia', 'Fisheries news']);
    await expect(savedList(page).getByRole('button', { name: 'Actions for Asia' })).toBeFocused();
    const items = savedList(page).getByRole('listitem');
    await items.nth(2).dragTo(items.nth(0));
    await expect.poll(() => savedOrder(page)).toEqual(['Fisheries news', 'Small firms', 'Asia']);
    await page.reload();
    await expect.poll(() => savedOrder(page)).toEqual(['Fisheries news', 'Small firms', 'Asia']);
    await expect(savedButton(page, 'Asia')).toBeVisible();
  });
  expect(errors).toEqual([]);
});

test('counts: a parent tag counts its descendants once; plurals read right; each Split here names its paragraph', async ({ page }) => {
  await openApp(page);

  await test.step('one bulletin in one file: singular words in the preview and the toast', async () => {
    const text = [
      'Pacific Alliance fisheries webinar',
      '',
      'Lima, 21 de noviembre de 2023.- The first paragraph tells what happened at the webinar.',
      '',
      'A second paragraph names the speakers from Chile and Peru.',
      '',
      'Closing remarks came from the coordinators of the technical group.',
    ].join('\n');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles({ name: 'one.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    const dialog = page.getByRole('dialog', { name: 'Import preview' });
    await expect(dialog).toContainText('1 bulletin found in 1 file; 1 will be imported.');
    await dialog.getByRole('button', { name: 'Split…' }).click();
    const choices = dialog.getByRole('list', { name: 'Split before which paragraph?' }).getByRole('button');
    await expect(choices).toHaveCount(2);
    await expect(choices.nth(0)).toHaveAccessibleName(/^Split here: A second paragraph names the speakers/);
    await expect(choices.nth(1)).toHaveAccessibleName(/^Split here: Closing remarks came from the coordinators/);
    await dialog.getByRole('button', { name: 'Split…' }).click();
    await dialog.getByRole('button', { name: 'Confirm import (1)' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 bulletin (0 already in archive)' })).toBeVisible();
  });

  await test.step('a backup with one saved search is described as "1 saved search"', async () => {
    const backup = {
      format: 'pa-bulletin-archive',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      bulletins: [],
      tags: [{ id: 't1', name: 'Fish', color: '#1f77b4', parentId: null, createdAt: 0 }],
      dossiers: [],
      savedSearches: [{ id: 's1', name: 'Fish', query: 'fish', createdAt: 0 }],
      rules: [],
    };
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    const chooser = page.waitForEvent('filechooser');
    await settings.getByRole('button', { name: 'Restore archive' }).click();
    await (await chooser).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await expect(settings.getByRole('group', { name: 'Restore preview' })).toContainText(
      'backup.json holds 0 bulletins, 1 tag, 0 dossiers and 1 saved search.',
    );
    await settings.getByRole('button', { name: 'Close', exact: true }).click();
  });

  await test.step('"Technical groups" shows what its click opens: its sub-tags’ bulletins, each once', async () => {
    await importFiles(page, [CORPUS_FILE]);
    await expect.poll(() => listedCount(page)).toBe(11);
    await installStarterTags(page);
    const parent = page.getByRole('navigation').getByRole('button', { name: /^Technical groups\s*\d+$/ });
    await expect(parent).toBeVisible();
    const shown = Number(/(\d+)$/.exec((await parent.textContent()) ?? '')?.[1]);
    expect(shown).toBeGreaterThan(0);
    await parent.click();
    await expect.poll(() => listedCount(page)).toBe(shown);
  });
});

test('after a new search, the reader says when its bulletin is not among the results', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [CORPUS_FILE]);
  await search(page, 'webinar');
  const first = page.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').first();
  const title = (await first.locator('.title').textContent()) ?? '';
  await first.click();
  const reader = page.getByRole('article');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  const note = page.getByRole('note').filter({ hasText: 'This bulletin is not in the current results.' });
  await expect(note).toHaveCount(0);

  await search(page, 'ASEAN');
  const titles = await page.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').locator('.title').allTextContents();
  expect(titles).not.toContain(title);
  await expect(note).toBeVisible();

  await search(page, 'webinar');
  await expect(note).toHaveCount(0);
});

test('at 1024×640: facets fold to one line with a toggle, rows show their tags, no export nag right after the first import', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 640 });
  await openApp(page);
  await importFiles(page, [CORPUS_FILE]);
  await expect.poll(() => listedCount(page)).toBe(10);
  const reminder = page.getByRole('status').filter({ hasText: /Last export:/ });
  await expect(reminder).toHaveCount(0);
  await installStarterTags(page);

  await test.step('facets take one line until the toggle opens them', async () => {
    await search(page, 'Pacific Alliance');
    const facets = page.getByRole('group', { name: 'Filter results' });
    await expect(facets).toBeVisible();
    const toggle = page.getByRole('button', { name: 'Show all filters' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const folded = (await facets.boundingBox())?.height ?? Infinity;
    // One line of buttons (plus a thin scrollbar where the platform draws one); unfolded it was ~170 px.
    expect(folded).toBeLessThanOrEqual(50);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(async () => (await facets.boundingBox())?.height ?? 0).toBeGreaterThan(folded + 10);
    // Folded, every filter is still reachable: the line scrolls.
    await toggle.click();
    await facets.getByRole('button', { name: /^Filter by English/ }).focus();
    await expect(facets.getByRole('button', { name: /^Filter by English/ })).toBeInViewport();
  });

  await test.step('list rows carry their tags as named colour dots; the name shows on hover and on focus', async () => {
    await search(page, 'webinar');
    const row = page.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').filter({ hasText: 'The webinar on Climate Change' });
    const dot = row.getByRole('img', { name: 'Fisheries and Aquaculture' });
    await expect(dot).toBeVisible();
    const label = row.locator('.row-tag-name', { hasText: 'Fisheries and Aquaculture' });
    await expect(label).toBeHidden();
    await dot.hover();
    await expect(label).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(label).toBeHidden();
    await dot.focus();
    await expect(label).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(0);
  });

  await test.step('eight days later, still never exported: now the reminder shows', async () => {
    await page.clock.setFixedTime(new Date(Date.now() + 8 * DAY_MS));
    // Coming back to the tab looks again, without a reload…
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(reminder).toContainText('Last export: never');
    // …and so does a fresh start.
    await page.reload();
    await expect.poll(() => listedCount(page)).toBe(10);
    await expect(reminder).toContainText('Last export: never');
  });
});
