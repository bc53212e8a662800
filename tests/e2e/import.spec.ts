import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CORPUS_FILE, importFiles, listedCount, openApp, watchErrors } from './helpers';

const CORPUS_DATES = ['2023-11-14', '2023-11-09', '2023-10-18', '2023-10-17', '2023-10-10', '2023-10-03'];

test('importing the corpus file lists ten bulletins with their dates', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(CORPUS_FILE);
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  await expect(dialog.getByRole('button', { name: 'Confirm import (10)' })).toBeEnabled();
  await expect(dialog.getByText('High-Level Group of the Pacific Alliance meets in Lima')).toBeVisible();
  await expect(dialog.locator('time[datetime="2023-11-14"]')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Confirm import (10)' }).click();
  await expect(dialog).toBeHidden();

  await expect.poll(() => listedCount(page)).toBe(10);
  const list = page.getByRole('list', { name: 'Bulletins' });
  for (const date of CORPUS_DATES) await expect(list.locator(`time[datetime="${date}"]`).first()).toBeVisible();
  await expect(list.getByRole('listitem').filter({ hasText: 'VIII Pacific Alliance Youth Meeting' })).toHaveCount(0);

  // Opening a bulletin shows it in the reader, headed by its title.
  await list.getByRole('listitem').filter({ hasText: 'High-Level Group of the Pacific Alliance meets in Lima' }).click();
  await expect(page.getByRole('article').getByRole('heading', { name: 'High-Level Group of the Pacific Alliance meets in Lima' })).toBeVisible();
  await expect(page.getByRole('article')).toContainText('VIII Pacific Alliance Youth Meeting');
  expect(errors).toEqual([]);
});

test('a garbage file next to a good one yields one named error and only the good bulletins', async ({ page }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));
  await (await chooser).setFiles([
    { name: 'pacific-alliance-news-2023-10-11.txt', mimeType: 'text/plain', buffer: readFileSync(CORPUS_FILE) },
    { name: 'garbage.txt', mimeType: 'text/plain', buffer: garbage },
  ]);
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  const alert = dialog.getByRole('alert');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('garbage.txt');
  await expect(alert).toContainText(/binary/i);
  await dialog.getByRole('button', { name: 'Confirm import (10)' }).click();
  await expect.poll(() => listedCount(page)).toBe(10);
});

test('a second import of the same file is marked "already in archive" and nothing is duplicated', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [CORPUS_FILE]);
  await expect.poll(() => listedCount(page)).toBe(10);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(CORPUS_FILE);
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  await expect(dialog.getByText('already in archive')).toHaveCount(10);
  await expect(dialog.getByRole('button', { name: 'Confirm import (0)' })).toBeDisabled();
});

test('undo import removes the whole batch; the archive survives a reload', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [CORPUS_FILE]);
  await expect.poll(() => listedCount(page)).toBe(10);
  await page.reload();
  await expect.poll(() => listedCount(page)).toBe(10);
  await importFiles(page, [{ name: 'one.txt', mimeType: 'text/plain', buffer: Buffer.from('A new bulletin about tourism\n\nLima, 21 de noviembre de 2023.- El turismo crece en la región gracias a la cooperación.\n') }]);
  await expect.poll(() => listedCount(page)).toBe(11);
  await page.getByRole('status').filter({ hasText: /Imported 1 bulletin \(/ }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => listedCount(page)).toBe(10);
});

test("a year-less dateline takes its year from the chosen file's date, and the preview says it was inferred", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'pa-file-date-'));
  const path = join(dir, 'andina-listado.txt');
  writeFileSync(
    path,
    'Ministros de Comercio de la Alianza del Pacífico se reúnen en Lima\n\n' +
      'Lima, nov. 20 (Andina).- Los ministros de Comercio de Chile, Colombia, México y Perú se reunieron hoy en Lima para revisar la agenda de integración.\n',
  );
  const saved = new Date(2021, 10, 25, 12, 0);
  utimesSync(path, saved, saved);
  try {
    await openApp(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(path); // a path, so the browser's File carries the file's date
    const dialog = page.getByRole('dialog', { name: 'Import preview' });
    await expect(dialog.getByRole('button', { name: 'Confirm import (1)' })).toBeEnabled();
    await expect(dialog.locator('time[datetime="2021-11-20"]')).toHaveCount(1);
    await expect(dialog.getByText('year inferred', { exact: true })).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
