// Issue 20: the three undated seed bulletins get an approximate 2023 date that stays visible after
// import (≈ 2023, <time datetime="2023">, an "approximate" mark), `year:2023` finds all ten, and one
// click confirms a date.
import { expect, test } from '@playwright/test';
import { CORPUS_FILE, listedCount, openApp, search, watchErrors } from './helpers';

const JOINT = 'Joint Press Release | Meeting between the Committee of Permanent Representatives to ASEAN (CPR) and the National Coordinators of the Pacific Alliance';

test('approximate dates: shown in preview, list and reader, found by year:2023, confirmed in one click', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(CORPUS_FILE);
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  await expect(dialog.getByRole('button', { name: 'Confirm import (10)' })).toBeEnabled();
  const previewApprox = dialog.locator('time[datetime="2023"]');
  await expect(previewApprox).toHaveCount(3);
  await expect(previewApprox.first()).toHaveText('≈ 2023');
  await expect(dialog.getByText('Undated')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Confirm import (10)' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => listedCount(page)).toBe(10);

  const list = page.getByRole('list', { name: 'Bulletins' });
  const approx = list.locator('time[datetime^="2023"]').filter({ hasText: /^≈/ });
  await expect(approx).toHaveCount(3);
  await expect(list.getByRole('listitem').filter({ hasText: 'approximate' })).toHaveCount(3);
  await expect(list.getByRole('listitem').filter({ hasText: 'year inferred' })).toHaveCount(1);
  await expect(list.getByText('Undated')).toHaveCount(0);

  await search(page, 'year:2023');
  await expect(page.getByRole('status').filter({ hasText: /bulletins?$/ })).toContainText('10 bulletins');
  await search(page, 'date:2023-10-20..2023-10-31');
  await expect(page.getByRole('status').filter({ hasText: /bulletins?$/ })).toContainText('3 bulletins');
  await search(page, '');

  const row = list.getByRole('listitem').filter({ hasText: JOINT });
  await row.click();
  const reader = page.getByRole('article');
  await expect(reader.getByRole('heading', { name: JOINT })).toBeVisible();
  await expect(reader.locator('time[datetime="2023"]')).toHaveText('≈ 2023');
  await expect(reader.getByText('approximate', { exact: true })).toBeVisible();
  await reader.getByRole('button', { name: 'Confirm date' }).click();
  await expect(reader.getByRole('button', { name: 'Confirm date' })).toHaveCount(0);
  await expect(reader.locator('time[datetime="2023-01-01"]')).toHaveText('2023');
  await expect(row.getByText('approximate', { exact: true })).toHaveCount(0);
  await expect(list.getByRole('listitem').filter({ hasText: 'approximate' })).toHaveCount(2);

  await search(page, 'year:2023');
  await expect(page.getByRole('status').filter({ hasText: /bulletins?$/ })).toContainText('10 bulletins');
  expect(errors).toEqual([]);
});
