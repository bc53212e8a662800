/**
 * The import session (issue 20) through the UI: closing the preview with edits asks first, merging
 * then splitting gives back the original dates, the same bulletin from two files of one batch is
 * imported once, and any paragraph can be made the title.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { listedCount, openApp } from './helpers';

const LIMA = [
  'Ministers of the Pacific Alliance meet in Lima',
  '',
  'May 3, 2023.- The foreign trade ministers of Chile, Colombia, Mexico and Peru met in Lima to review the agenda of the bloc for small and medium-sized exporters.',
  '',
  'The ministers agreed to publish a joint roadmap before the end of the year.',
].join('\n');
const COUNCIL = [
  'Business council approves a digital trade plan',
  '',
  'June 9, 2023.- The Pacific Alliance Business Council approved a plan on digital trade, electronic invoicing and paperless customs for the four member countries.',
  '',
  'The plan will be presented to the presidents at the next summit.',
].join('\n');

const text = (name: string, body: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(body, 'utf8') });

async function openPreview(page: Page, files: ReturnType<typeof text>[], count: number): Promise<Locator> {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(files);
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  await expect(dialog.getByRole('button', { name: `Confirm import (${count})` })).toBeEnabled({ timeout: 60_000 });
  return dialog;
}

const rows = (dialog: Locator) => dialog.getByRole('list', { name: 'Bulletins found' }).locator(':scope > li');

test('closing the preview with edits asks first; without edits it just closes', async ({ page }) => {
  const dialog = await openPreview(page, [text('digest.txt', `${LIMA}\n\n${COUNCIL}\n`)], 2);
  await rows(dialog).nth(1).getByRole('button', { name: 'Merge into previous' }).click();
  await expect(rows(dialog)).toHaveCount(1);

  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(ask).toBeVisible();
  // Escape in the question means "no": the edited preview is still there.
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(rows(dialog)).toHaveCount(1);

  // The × asks too; discarding closes and imports nothing.
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toBeHidden();
  expect(await listedCount(page)).toBe(0);

  // An untouched preview closes on Escape without a question.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles([text('digest.txt', `${LIMA}\n\n${COUNCIL}\n`)]);
  await expect(dialog.getByRole('button', { name: 'Confirm import (2)' })).toBeEnabled({ timeout: 60_000 });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(ask).toBeHidden();
});

test('merging then splitting gives back the original titles and dates', async ({ page }) => {
  const dialog = await openPreview(page, [text('digest.txt', `${LIMA}\n\n${COUNCIL}\n`)], 2);
  await expect(dialog.locator('time[datetime="2023-06-09"]')).toHaveCount(1);
  await rows(dialog).nth(1).getByRole('button', { name: 'Merge into previous' }).click();
  await expect(rows(dialog)).toHaveCount(1);
  await expect(dialog.locator('time[datetime="2023-06-09"]')).toHaveCount(0);

  await rows(dialog).first().getByRole('button', { name: 'Split…' }).click();
  await dialog.getByRole('button', { name: /^Split here: Business council approves a digital trade plan/ }).click();
  await expect(rows(dialog)).toHaveCount(2);
  await expect(rows(dialog).nth(1).locator('.preview-title')).toHaveText('Business council approves a digital trade plan');
  await expect(rows(dialog).nth(1).locator('time[datetime="2023-06-09"]')).toHaveCount(1);
  await expect(rows(dialog).first().locator('time[datetime="2023-05-03"]')).toHaveCount(1);

  await dialog.getByRole('button', { name: 'Confirm import (2)' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => listedCount(page)).toBe(2);
  const list = page.getByRole('list', { name: 'Bulletins' });
  await expect(list.locator('time[datetime="2023-06-09"]')).toHaveCount(1);
  await expect(list.locator('time[datetime="2023-05-03"]')).toHaveCount(1);
});

test('the same bulletin in two files of one batch is flagged and imported once', async ({ page }) => {
  // The second file has the Lima bulletin again (same title and date, its text shortened) and one of its own.
  const shortLima = LIMA.split('\n').slice(0, 3).join('\n');
  const other = 'Pacific Alliance opens scholarship call\n\nJuly 4, 2023.- The scholarship platform of the Pacific Alliance opened its call for students and teachers of the four countries.\n';
  const dialog = await openPreview(page, [text('bulletin.txt', `${LIMA}\n\n${COUNCIL}\n`), text('newsletter.txt', `${shortLima}\n\n${other}`)], 3);
  const copy = rows(dialog).filter({ hasText: 'also in bulletin.txt' });
  await expect(copy).toHaveCount(1);
  await expect(copy.locator('.preview-title')).toHaveText('Ministers of the Pacific Alliance meet in Lima');
  const include = copy.getByRole('checkbox');
  await expect(include).not.toBeChecked();
  await expect(include).toBeEnabled();

  await dialog.getByRole('button', { name: 'Confirm import (3)' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => listedCount(page)).toBe(3);
  const list = page.getByRole('list', { name: 'Bulletins' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Ministers of the Pacific Alliance meet in Lima' })).toHaveCount(1);
});

test('Use as title makes a paragraph the title, keeping the old one in the text', async ({ page }) => {
  const skipLink = 'Skip to main content\n\nMay 3, 2023.- Lima hosts the trade ministers\n\nThe foreign trade ministers of Chile, Colombia, Mexico and Peru met in Lima to review the agenda of the bloc.\n';
  const dialog = await openPreview(page, [text('page.txt', skipLink)], 1);
  const row = rows(dialog).first();
  const before = (await row.locator('.preview-title').textContent()) ?? '';
  await row.getByRole('button', { name: 'Choose title…' }).click();
  await row.getByRole('button', { name: /^Use as title: The foreign trade ministers of Chile, Colombia, Mexico/ }).click();
  await expect(row.locator('.preview-title')).toHaveText(/^The foreign trade ministers of Chile, Colombia, Mexico and Peru met in Lima/);
  await expect(row.locator('.snippet')).toContainText(before.slice(0, 20));

  await dialog.getByRole('button', { name: 'Confirm import (1)' }).click();
  await expect(dialog).toBeHidden();
  const list = page.getByRole('list', { name: 'Bulletins' });
  await expect(list.getByText(/^The foreign trade ministers of Chile/)).toHaveCount(1);
});
