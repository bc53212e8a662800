/**
 * Issue 21, point 4: `tag:` with part of a word. On the seed archive (the shared corpus with the
 * starter tags), `tag:coun` matches three starter tags; the search answers with their union, a
 * chooser beside the count lists them, and one picked with the keyboard narrows the query (and the
 * count) to that tag alone. Escape keeps all; a term matching no tag says so and offers tags.
 */
import { expect, test, type Page } from '@playwright/test';
import { CORPUS_FILE, importFiles, listedCount, openApp, search, watchErrors } from './helpers';

async function seedArchive(page: Page): Promise<void> {
  await openApp(page);
  await importFiles(page, [CORPUS_FILE]);
  await expect.poll(() => listedCount(page)).toBe(10);
  await page.getByRole('region', { name: 'Start with the Pacific Alliance tag set?' }).getByRole('button', { name: 'Add starter tags' }).click();
  await expect(page.getByRole('status').filter({ hasText: /bulletins? tagged/ })).toBeVisible();
}

test('tag: with part of a word: a chooser lists the matching tags; one picked by keyboard narrows the count', async ({ page }) => {
  const errors = watchErrors(page);
  await seedArchive(page);
  const box = page.getByRole('searchbox', { name: 'Search archive' });
  const chooser = page.getByRole('group', { name: 'Tag choices' });

  await search(page, 'tag:coun');
  const union = await listedCount(page);
  expect(union).toBeGreaterThan(0);
  await expect(chooser).toContainText('tag:coun matches 3 tags:');
  await expect(chooser.getByRole('button', { name: /^Only tag / })).toHaveText([
    'Member countries',
    'PA bodies › Business Council (CEAP)',
    'PA bodies › Council of Ministers',
  ]);

  await test.step('Escape keeps all: the chooser goes, the count stays, focus is back in the search box', async () => {
    await box.focus();
    await box.press('ArrowDown');
    await expect(chooser.getByRole('button', { name: 'Only tag Member countries' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(chooser).toHaveCount(0);
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('tag:coun');
    expect(await listedCount(page)).toBe(union);
  });

  await test.step('picked with the keyboard, one tag narrows the query and the count', async () => {
    await search(page, 'tag:coun ');
    await expect(chooser).toBeVisible();
    await box.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const ceap = chooser.getByRole('button', { name: 'Only tag PA bodies › Business Council (CEAP)' });
    await expect(ceap).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('tag:"PA bodies › Business Council (CEAP)"');
    await expect(box).toBeFocused();
    await expect(page.locator('[role="status"][data-query]')).toHaveAttribute('data-query', 'tag:"PA bodies › Business Council (CEAP)"');
    const narrowed = await listedCount(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(union);
    // One tag now: nothing to choose.
    await expect(chooser).toHaveCount(0);
  });

  await test.step('a tag: term matching no tag says so and offers tags named like part of it', async () => {
    await search(page, 'tag:fishy');
    await expect(chooser).toContainText('tag:fishy matches no tag.');
    await chooser.getByRole('button', { name: 'Try tag Technical groups › Fisheries and Aquaculture' }).click();
    await expect(box).toHaveValue('tag:"Technical groups › Fisheries and Aquaculture"');
    await expect.poll(() => listedCount(page)).toBeGreaterThan(0);
  });

  expect(errors).toEqual([]);
});
