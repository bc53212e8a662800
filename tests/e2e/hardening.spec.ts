/**
 * Issue 23 in the browser: damaged backups are refused whole, naming where, through `Restore
 * archive` and through `Import` (point 4); imported HTML cannot clobber host detection (point 7).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { importFiles, listedCount, openApp, watchErrors } from './helpers';

const TEXT = [
  'Fisheries council meets in Lima',
  '',
  'Lima, 14 de noviembre de 2023.- The fisheries and aquaculture group met to agree a common plan for the Pacific coast.',
  '',
  'Trade ministers sign in Santiago',
  '',
  'Santiago, 2 de marzo de 2023.- Ministers of the four countries signed the trade protocol.',
  '',
].join('\n');

async function exportedBackup(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const download = page.waitForEvent('download');
  await settings.getByRole('button', { name: 'Export archive' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  await settings.getByRole('button', { name: 'Close', exact: true }).click();
  return text;
}

async function restore(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const chooser = page.waitForEvent('filechooser');
  await settings.getByRole('button', { name: 'Restore archive' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: bytes });
}

test('damaged backups are refused whole with an alert naming the record and field; the archive is unchanged', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [{ name: 'news.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) }]);
  await expect.poll(() => listedCount(page)).toBe(2);
  const text = await exportedBackup(page);
  const settings = page.getByRole('dialog', { name: 'Settings' });

  const cases: Array<{ name: string; bytes: Buffer; where: RegExp }> = [
    // A case change the content hash cannot see: only the checksum catches it.
    { name: 'title-case.json', bytes: Buffer.from(text.replace('"title":"Fisheries council meets in Lima"', '"title":"Fisheries Council meets in Lima"')), where: /bulletins\[\d\] \(id "[^"]+", “Fisheries Council meets in Lima”\) does not match its checksum/ },
    { name: 'bad-date.json', bytes: Buffer.from(text.replace('"date":"2023-11-14"', '"date":"2023-19-26"')), where: /bulletins\[\d\]\.date must be a real calendar date \(2023-19-26 is not\)/ },
    { name: 'future.json', bytes: Buffer.from(text.replace(/"updatedAt":\d+/, `"updatedAt":${Date.UTC(2277, 0, 1)}`)), where: /bulletins\[\d\]\.updatedAt must be a time between 1970 and today/ },
    { name: 'bad-utf8.json', bytes: Buffer.concat([Buffer.from(text.slice(0, 40)), Buffer.from([0xc3, 0x28]), Buffer.from(text.slice(40))]), where: /not valid UTF-8 text \(invalid byte at offset 40\)/ },
  ];
  for (const c of cases) {
    await restore(page, c.name, c.bytes);
    const alert = settings.getByRole('alert').filter({ hasText: c.name });
    await expect(alert).toContainText(c.where);
    await expect(settings.getByRole('group', { name: 'Restore preview' })).toHaveCount(0);
    await settings.getByRole('button', { name: 'Close', exact: true }).click();
  }
  expect(await listedCount(page)).toBe(2);

  // The Import button reads a backup the same way: the damaged file gets an alert, nothing is imported.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles({ name: 'bad-date.json', mimeType: 'application/json', buffer: cases[1]?.bytes ?? Buffer.alloc(0) });
  const preview = page.getByRole('dialog', { name: 'Import preview' });
  await expect(preview.getByRole('alert').filter({ hasText: 'bad-date.json' })).toContainText(/bulletins\[\d\]\.date must be a real calendar date/);
  await expect(preview.getByRole('button', { name: /^Confirm import/ })).toBeDisabled();
});

test('an imported page with elements named paHost cannot make the web twin think it is the desktop app', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const html = `<!doctype html><html><head><title>Clobber</title></head><body><article>
    <h1>Clobbering bulletin about fisheries</h1>
    <p>Lima, 14 de noviembre de 2023.- The group met <a id="paHost" href="https://example.org/">to talk</a> about fisheries.</p>
    <form name="paHost"><input name="paHost"></form><p id="paHost">More about aquaculture in the Pacific Alliance.</p>
  </article></body></html>`;
  await importFiles(page, [{ name: 'clobber.html', mimeType: 'text/html', buffer: Buffer.from(html) }]);
  await page.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').filter({ hasText: 'Clobbering bulletin' }).click();
  const reader = page.getByRole('article');
  await expect(reader).toContainText('More about aquaculture');
  // The sanitisers dropped the names: nothing in the page is reachable as window.paHost.
  expect(await page.evaluate(() => ['paHost' in window, document.querySelectorAll('[id="paHost"],[name="paHost"]').length])).toEqual([false, 0]);

  // And even content that slipped past them cannot flip host detection (captured at start-up).
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<a id="paHost" hidden></a><form name="paHost" hidden></form>'));
  expect(await page.evaluate(() => 'paHost' in window)).toBe(true);
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByRole('button', { name: 'Export archive' })).toBeVisible();
  // Desktop-only: the snapshot list (whose host call would fail on a clobbered bridge).
  await expect(settings.getByText('Automatic snapshots')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await settings.getByRole('button', { name: 'Export archive' }).click();
  expect((await download).suggestedFilename()).toMatch(/^pa-bulletin-archive-.*\.json$/);
  expect(errors).toEqual([]);
});
