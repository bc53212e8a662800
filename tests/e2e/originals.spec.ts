/**
 * Issue 15, originals kept: an imported file is stored as it was, survives a restart (reload), is
 * downloaded byte for byte by `Open original`, its PDF page is drawn by `Show source page`, and it
 * survives an export (with originals) → restore into a fresh profile.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { importFiles, listedCount, openApp, watchErrors } from './helpers';

const FIRST = 'La Alianza del Pacífico se reúne en Lima';
const SECOND = 'Acuerdo sobre pesca y acuicultura en Bogotá';

/** A three-page PDF whose second bulletin starts on page 3 (page 2 continues the first). */
async function twoStoryPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages: Array<Array<[string, number]>> = [
    [[FIRST, 16], ['18 de octubre de 2023.- Los viceministros de Chile, Colombia, México y Perú se reunieron en Lima.', 11]],
    [['La reunión continuó con la agenda de facilitación del comercio y la movilidad de personas.', 11]],
    [[SECOND, 16], ['17 de octubre de 2023.- Los cuatro países firmaron un acuerdo sobre pesca en Bogotá.', 11]],
  ];
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    let y = 780;
    for (const [text, size] of lines) {
      page.drawText(text, { x: 50, y, size, font });
      y -= size * 2.5;
    }
  }
  return Buffer.from(await doc.save());
}

async function openBulletin(page: Page, title: string): Promise<Locator> {
  await page.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').filter({ hasText: title }).first().click();
  const reader = page.getByRole('article');
  await expect(reader.getByRole('heading', { name: title })).toBeVisible();
  return reader;
}

async function downloadedBytes(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

async function openOriginal(page: Page, reader: Locator): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await reader.getByRole('button', { name: 'Open original' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await downloadedBytes(file) };
}

test('an imported PDF is kept: it survives a reload, opens byte for byte, shows its page, and survives export → restore', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const pdf = await twoStoryPdf();
  const sha = createHash('sha256').update(pdf).digest('hex');
  await openApp(page);
  await importFiles(page, [{ name: 'actas-2023.pdf', mimeType: 'application/pdf', buffer: pdf }]);
  await expect.poll(() => listedCount(page)).toBe(2);

  await test.step('after a restart (reload), Open original downloads the same bytes', async () => {
    await page.reload();
    await expect.poll(() => listedCount(page)).toBe(2);
    const reader = await openBulletin(page, SECOND);
    await expect(reader).toContainText('page 3');
    const original = await openOriginal(page, reader);
    expect(original.name).toBe('actas-2023.pdf');
    expect(createHash('sha256').update(original.bytes).digest('hex')).toBe(sha);
  });

  await test.step('Show source page draws the page the bulletin starts on', async () => {
    await page.getByRole('article').getByRole('button', { name: 'Show source page' }).click();
    const dialog = page.getByRole('dialog', { name: 'Source page — actas-2023.pdf' });
    await expect(dialog.getByRole('status')).toHaveText('Page 3 of 3');
    await expect(dialog.getByRole('img', { name: 'Page 3 of actas-2023.pdf' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Previous page' }).click();
    await expect(dialog.getByRole('img', { name: 'Page 2 of actas-2023.pdf' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
  });

  const backup = await test.step('Settings shows the kept file; the export includes it, with its size shown', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await expect(settings).toContainText('1 original file kept:');
    const include = settings.getByRole('checkbox', { name: /^Include original files \(\d+(\.\d)? KB\)$/ });
    await expect(include).toBeChecked();
    const download = page.waitForEvent('download');
    await settings.getByRole('button', { name: 'Export archive' }).click();
    const bytes = await downloadedBytes(await download);
    const file = JSON.parse(bytes.toString('utf8')) as { version: number; originals: Array<{ id: string; names: string[]; size: number }> };
    expect(file.version).toBe(3);
    expect(file.originals.map((o) => [o.id, o.names, o.size])).toEqual([[sha, ['actas-2023.pdf'], pdf.byteLength]]);
    return bytes;
  });

  await test.step('restored into a fresh profile, the original is still there', async () => {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    const freshErrors = watchErrors(fresh);
    await openApp(fresh);
    expect(await listedCount(fresh)).toBe(0);
    await fresh.getByRole('button', { name: 'Settings' }).click();
    const settings = fresh.getByRole('dialog', { name: 'Settings' });
    const chooser = fresh.waitForEvent('filechooser');
    await settings.getByRole('button', { name: 'Restore archive' }).click();
    await (await chooser).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
    const preview = settings.getByRole('group', { name: 'Restore preview' });
    await expect(preview).toContainText('It also holds 1 original file');
    await preview.getByRole('button', { name: 'Merge into archive' }).click();
    await expect(fresh.getByRole('status').filter({ hasText: /^Restored:/ })).toBeVisible();
    await expect(settings).toContainText('1 original file kept:');
    await settings.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => listedCount(fresh)).toBe(2);
    const reader = await openBulletin(fresh, FIRST);
    await expect(reader).toContainText('page 1');
    const original = await openOriginal(fresh, reader);
    expect(createHash('sha256').update(original.bytes).digest('hex')).toBe(sha);
    expect(freshErrors).toEqual([]);
    await context.close();
  });
  expect(errors).toEqual([]);
});

test('emptying the Trash offers to delete an original no bulletin uses any more, with undo', async ({ page }) => {
  const pdf = await twoStoryPdf();
  await openApp(page);
  await importFiles(page, [{ name: 'actas.pdf', mimeType: 'application/pdf', buffer: pdf }]);
  await expect.poll(() => listedCount(page)).toBe(2);
  for (const title of [FIRST, SECOND]) {
    const reader = await openBulletin(page, title);
    await reader.getByRole('button', { name: 'Move to Trash' }).click();
  }
  await expect.poll(() => listedCount(page)).toBe(0);
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await page.getByRole('button', { name: 'Empty Trash' }).click();
  await page.getByRole('button', { name: 'Delete for ever' }).click();
  const offer = page.getByRole('group', { name: 'Delete unused originals' });
  await expect(offer).toContainText('1 original file is no longer used by any bulletin');
  await offer.getByRole('button', { name: 'Delete unused originals' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Deleted 1 original file' });
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Undo' }).click();

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toContainText('1 original file kept:');
  await expect(settings).toContainText('1 of them is no longer used by any bulletin');
  // The undone deletion put the bytes back, not only the record: the export carries the same file.
  const download = page.waitForEvent('download');
  await settings.getByRole('button', { name: 'Export archive' }).click();
  const backup = JSON.parse((await downloadedBytes(await download)).toString('utf8')) as { originals: Array<{ data: string[] }> };
  const restored = Buffer.concat((backup.originals[0]?.data ?? []).map((slice) => Buffer.from(slice, 'base64')));
  expect(createHash('sha256').update(restored).digest('hex')).toBe(createHash('sha256').update(pdf).digest('hex'));
  await settings.getByRole('button', { name: 'Delete unused originals' }).click();
  await expect(settings).toContainText('0 original files kept:');
});
