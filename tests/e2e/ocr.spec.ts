import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from '@cantoo/pdf-lib';
import { APP_ORIGIN, createAppRequestHandler } from '../../electron/main/app-protocol';
import { fixture, listedCount, openApp, search, watchErrors } from './helpers';

const RENDERER_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../out/renderer');

/**
 * Issue 15: a scanned PDF becomes searchable text, fully offline. Every request that does not go
 * to the test server (127.0.0.1) is failed and recorded, so a CDN fetch of tesseract's worker,
 * core or traineddata would break the import and the last assertion.
 */
function blockTheNetwork(page: Page, seen: string[] = []): string[] {
  const outside: string[] = [];
  const local = (url: string): boolean => /^(blob|data):/u.test(url) || new URL(url).hostname === '127.0.0.1';
  void page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    outside.push(url);
    return route.abort('internetdisconnected');
  });
  page.context().on('request', (request) => {
    seen.push(request.url());
    if (!local(request.url())) outside.push(request.url());
  });
  return outside;
}

async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/pdf', buffer });
}

async function pdfOf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]);
  return Buffer.from(await doc.save());
}

test('a scanned Spanish PDF is OCR\'d offline, marked in the preview and found by search', async ({ page }) => {
  const seen: string[] = [];
  const outside = blockTheNetwork(page, seen);
  const errors = watchErrors(page);
  await openApp(page);
  await chooseFile(page, 'boletin-escaneado-es.pdf', readFileSync(fixture('scanned', 'boletin-escaneado-es.pdf')));
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  // The per-page bar shows while tesseract reads the page, with its own Cancel.
  await expect(dialog.getByText(/Recognising text \(OCR\) in boletin-escaneado-es\.pdf: page 0 of 1/u)).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByRole('button', { name: 'Cancel OCR' })).toBeVisible();
  await expect(dialog.getByRole('status').filter({ hasText: /boletin-escaneado-es\.pdf: text recognised by OCR on 1 page, confidence \d+%/u })).toBeVisible({
    timeout: 90_000,
  });
  const row = dialog.getByRole('listitem').filter({ hasText: 'Declaración de Lima' }).first();
  await expect(row.getByText(/^OCR \d+%$/u)).toBeVisible();
  const confidence = Number(/(\d+)/u.exec((await row.getByText(/^OCR \d+%$/u).textContent()) ?? '')?.[1]);
  expect(confidence).toBeGreaterThanOrEqual(70);
  await expect(row.getByText('check', { exact: true })).toHaveCount(0);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  const confirm = dialog.getByRole('button', { name: /^Confirm import/ });
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });

  await search(page, 'Cancillería');
  await expect.poll(() => listedCount(page)).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('main').getByText(/Declaración de Lima/u).first()).toBeVisible();
  await search(page, 'cancilleria peruana');
  await expect.poll(() => listedCount(page)).toBeGreaterThanOrEqual(1);

  expect(outside).toEqual([]);
  // The OCR files came from the app itself (and the listener does see the workers' requests).
  // (A nested worker's own script load is not reported to Playwright; what it fetches is.)
  for (const file of ['tesseract-core-simd-lstm.wasm.js', 'spa.traineddata.gz', 'eng.traineddata.gz']) {
    expect(seen.some((url) => url.startsWith('http://127.0.0.1:') && url.endsWith(`/ocr/${file}`)), file).toBe(true);
  }
  expect(errors.filter((e) => !/favicon/u.test(e))).toEqual([]);
});

test('an image-only PDF that OCR cannot read and a PDF bomb get alerts naming the file; nothing is stored', async ({ page }) => {
  const outside = blockTheNetwork(page);
  await openApp(page);
  const before = await listedCount(page);
  await chooseFile(page, 'pagina-en-blanco.pdf', await pdfOf(1));
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  await expect(dialog.getByRole('alert').filter({ hasText: 'pagina-en-blanco.pdf: image-only PDF: OCR could not read any text' })).toBeVisible({ timeout: 90_000 });
  await expect(dialog.getByRole('button', { name: /^Confirm import/ })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();

  await chooseFile(page, 'bomba.pdf', await pdfOf(2001));
  await expect(dialog.getByRole('alert').filter({ hasText: 'bomba.pdf: too many pages (2,001, limit 2,000); split the PDF' })).toBeVisible({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(dialog).toBeHidden();
  expect(await listedCount(page)).toBe(before);
  expect(outside).toEqual([]);
});

test('a scan stored as JPEG 2000 (/JPXDecode) is decoded with the app\'s own OpenJPEG and read', async ({ page }) => {
  const outside = blockTheNetwork(page);
  await openApp(page);
  await chooseFile(page, 'boletin-jpx-es.pdf', readFileSync(fixture('scanned', 'boletin-jpx-es.pdf')));
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  await expect(dialog.getByRole('status').filter({ hasText: 'boletin-jpx-es.pdf: text recognised by OCR on 1 page,' })).toBeVisible({ timeout: 90_000 });
  const row = dialog.getByRole('listitem').filter({ hasText: 'Declaración de Lima' }).first();
  const confidence = Number(/(\d+)/u.exec((await row.getByText(/^OCR \d+%$/u).textContent()) ?? '')?.[1]);
  expect(confidence).toBeGreaterThanOrEqual(70);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  expect(outside).toEqual([]);
});

test('a faint scan is imported but flagged for review: low-confidence alert naming the page, check badge on its bulletin', async ({ page }) => {
  const outside = blockTheNetwork(page);
  await openApp(page);
  await chooseFile(page, 'acta-baja-calidad-es.pdf', readFileSync(fixture('scanned', 'acta-baja-calidad-es.pdf')));
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  await expect(
    dialog.getByRole('alert').filter({ hasText: 'acta-baja-calidad-es.pdf: low OCR confidence on page 1: check its bulletins against the scan.' }),
  ).toBeVisible({ timeout: 90_000 });
  const row = dialog.getByRole('listitem').filter({ hasText: /Acta de la reuni/u }).first();
  await expect(row.getByText('check', { exact: true })).toBeVisible();
  const confidence = Number(/(\d+)/u.exec((await row.getByText(/^OCR \d+%$/u).textContent()) ?? '')?.[1]);
  expect(confidence).toBeLessThan(70);
  expect(outside).toEqual([]);
});

/** The scanned fixture's page `pages` times, each 5 pt lower (a line at the same height on every page is a running head). */
async function scannedPages(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const [scan] = await doc.embedPdf(readFileSync(fixture('scanned', 'boletin-escaneado-es.pdf')), [0]);
  if (!scan) throw new Error('the scanned fixture has no page');
  for (let i = 0; i < pages; i++) doc.addPage([scan.width, scan.height]).drawPage(scan, { x: 0, y: -5 * i });
  return Buffer.from(await doc.save());
}

test('the OCR bar counts pages and Cancel OCR stops it: nothing is stored, and the next import still reads scans', async ({ page }) => {
  const outside = blockTheNetwork(page);
  await openApp(page);
  const before = await listedCount(page);
  await chooseFile(page, 'acta-3-paginas.pdf', await scannedPages(3));
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  await expect(dialog.getByText('Recognising text (OCR) in acta-3-paginas.pdf: page 1 of 3')).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByRole('progressbar')).toHaveCount(2); // the file bar and the OCR page bar
  await dialog.getByRole('button', { name: 'Cancel OCR' }).click();
  await expect(dialog).toBeHidden();
  expect(await listedCount(page)).toBe(before);

  // The cancelled workers are gone; a new import starts fresh ones and reads all pages.
  await chooseFile(page, 'acta-3-paginas.pdf', await scannedPages(3));
  await expect(dialog.getByRole('status').filter({ hasText: 'acta-3-paginas.pdf: text recognised by OCR on 3 pages,' })).toBeVisible({ timeout: 90_000 });
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Declaración de Lima' })).toHaveCount(3);
  expect(outside).toEqual([]);
});

/** Serves out/renderer through the app's own app:// handler, so every response (workers too) has its headers. */
async function serveLikeTheApp(): Promise<{ url: string; close(): Promise<void> }> {
  const handle = createAppRequestHandler(RENDERER_ROOT);
  const server = createServer((req, res) => {
    void handle(new Request(`${APP_ORIGIN}${req.url ?? '/'}`, { method: req.method })).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) };
}

test('served with the app:// headers (CSP on every response, wasm only for the tesseract worker) OCR still works', async ({ page }) => {
  // A <meta> policy does not reach workers; the packaged app's header does. This runs the
  // import under exactly the headers app-protocol.ts sends, the policy Electron runs OCR under.
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|wasm-unsafe-eval/iu.test(m.text())) violations.push(m.text());
  });
  const seen: string[] = [];
  const outside = blockTheNetwork(page, seen);
  const app = await serveLikeTheApp();
  try {
    await page.goto(app.url);
    await expect(page.getByRole('status').filter({ hasText: /bulletins?$/ })).toBeVisible({ timeout: 30_000 });
    // Both scans: the JPEG 2000 one also needs pdfjs's OpenJPEG, whose wasm this policy refuses in the
    // pdf.js worker, so pdfjs falls back to the JS build the app serves beside it.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(
      ['boletin-escaneado-es.pdf', 'boletin-jpx-es.pdf'].map((name) => ({ name, mimeType: 'application/pdf', buffer: readFileSync(fixture('scanned', name)) })),
    );
    const dialog = page.getByRole('dialog', { name: 'Import preview' });
    for (const name of ['boletin-escaneado-es.pdf', 'boletin-jpx-es.pdf']) {
      await expect(dialog.getByRole('status').filter({ hasText: `${name}: text recognised by OCR on 1 page,` })).toBeVisible({ timeout: 90_000 });
    }
    await expect(dialog.getByRole('listitem').filter({ hasText: 'Declaración de Lima' })).toHaveCount(2);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    // The pdf.js worker's policy refused OpenJPEG's wasm, so pdfjs loaded its JS build (the policy is in force there).
    expect(seen.some((url) => url.endsWith('/ocr/pdfjs/openjpeg_nowasm_fallback.js'))).toBe(true);
    expect(violations.filter((v) => !/openjpeg|jbig2|qcms|wasm/iu.test(v))).toEqual([]);
    expect(outside).toEqual([]);
  } finally {
    await app.close();
  }
});
