/**
 * Two tabs on one archive (same browser context, so the same IndexedDB): an edit made from a form
 * loaded before the other tab's save is refused as "changed elsewhere" instead of silently
 * overwriting it, and the person can merge field by field. Issue 23, point 3.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, importFiles } from './helpers';

const TEXT = [
  'Fisheries council meets in Lima',
  '',
  'Lima, 14 de noviembre de 2023.- The fisheries and aquaculture group met to agree a common plan for the Pacific coast.',
  '',
].join('\n');

async function openBulletin(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').filter({ hasText: title }).first().click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(title);
}

async function twoTabsOnOneBulletin(page: Page): Promise<Page> {
  await openApp(page);
  await importFiles(page, [{ name: 'council.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) }]);
  const other = await page.context().newPage();
  await openApp(other);
  for (const tab of [page, other]) {
    await openBulletin(tab, /Fisheries council meets in Lima/);
    await tab.getByRole('article').getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(tab.getByLabel('Title')).toHaveValue('Fisheries council meets in Lima');
  }
  return other;
}

test('a stale form cannot overwrite another tab’s edit; merging keeps both', async ({ page }) => {
  const tabB = await twoTabsOnOneBulletin(page);
  // Tab A saves a new title.
  await page.getByLabel('Title').fill('Fisheries council agrees a plan');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Fisheries council agrees a plan');

  // Tab B, whose form still shows the old title, saves a body change: refused.
  await tabB.getByLabel('Text').fill('A body written in tab B.');
  await tabB.getByRole('button', { name: 'Save', exact: true }).click();
  const alert = tabB.getByRole('alert').filter({ hasText: 'changed elsewhere' });
  await expect(alert).toBeVisible();
  await expect(tabB.getByText('Changes saved')).toHaveCount(0);

  // A's title is still what is stored (read in tab A, fresh from the database).
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /bulletins?$/ })).toBeVisible({ timeout: 30_000 });
  await openBulletin(page, /Fisheries council agrees a plan/);
  await expect(page.getByRole('article')).not.toContainText('A body written in tab B.');

  // Merge in tab B: the title changed elsewhere (take theirs, the default), the body is B's own.
  const title = alert.getByRole('radiogroup', { name: 'Title' });
  await expect(title.getByRole('radio', { name: /Take theirs/ })).toBeChecked();
  await alert.getByRole('button', { name: 'Save merged' }).click();
  await expect(tabB.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Fisheries council agrees a plan');
  await expect(tabB.getByRole('article')).toContainText('A body written in tab B.');
});

test('Reload takes the other tab’s version into the form', async ({ page }) => {
  const tabB = await twoTabsOnOneBulletin(page);
  await page.getByLabel('Place').fill('Santiago');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();
  await tabB.getByLabel('Place').fill('Bogotá');
  await tabB.getByRole('button', { name: 'Save', exact: true }).click();
  const alert = tabB.getByRole('alert').filter({ hasText: 'changed elsewhere' });
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(alert).toBeHidden();
  await expect(tabB.getByLabel('Place')).toHaveValue('Santiago');
});

test('an edit of a bulletin trashed in the other tab is refused', async ({ page }) => {
  const tabB = await twoTabsOnOneBulletin(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('article').getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByRole('article')).toHaveCount(0);

  await tabB.getByLabel('Title').fill('Edited after it was trashed');
  await tabB.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(tabB.getByRole('alert').filter({ hasText: 'moved to the Trash' })).toBeVisible();
  await expect(tabB.getByText('Changes saved')).toHaveCount(0);
  await tabB.reload();
  await expect(tabB.getByRole('status').filter({ hasText: /bulletins?$/ })).toContainText('0 bulletins', { timeout: 30_000 });
  await tabB.getByRole('navigation').getByText('Trash').click();
  await expect(tabB.getByRole('list', { name: 'Bulletins' })).toContainText('Fisheries council meets in Lima');
  await expect(tabB.getByRole('list', { name: 'Bulletins' })).not.toContainText('Edited after it was trashed');
});
