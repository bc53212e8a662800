#!/usr/bin/env node
// Makes docs/screenshot.png from the web twin: imports the corpus file, searches, opens a bulletin.
// Usage: npm run screenshot
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { ensureBuild } from './ensure-build.mjs';
import { serveStatic } from './serve.mjs';

const corpus = resolve('../shared/corpus/pacific-alliance-news-2023-10-11.txt');
ensureBuild();
const { url, server } = await serveStatic('out/renderer', 0);
const profile = mkdtempSync(join(tmpdir(), 'pa-shot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  headless: true,
  locale: 'en-US',
  viewport: { width: 1400, height: 860 },
  colorScheme: 'light',
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles({ name: 'pacific-alliance-news-2023-10-11.txt', mimeType: 'text/plain', buffer: readFileSync(corpus) });
  await page.getByRole('dialog', { name: 'Import preview' }).getByRole('button', { name: /^Confirm import/ }).click();
  await page.getByRole('status').filter({ hasText: '10 bulletins' }).waitFor();
  await page.getByRole('button', { name: 'Add starter tags' }).click();
  await page.getByRole('navigation').getByText('Fisheries and Aquaculture').first().waitFor();
  await page.getByRole('status').filter({ hasText: /bulletins tagged/ }).waitFor();
  const box = page.getByRole('searchbox', { name: 'Search archive' });
  await box.fill('fisheries OR aquaculture');
  await box.press('Enter');
  await page.getByRole('status').filter({ hasText: '2 bulletins' }).waitFor();
  await page.waitForTimeout(600);
  await page.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').filter({ hasText: 'webinar' }).first().click();
  await page.getByRole('article').waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
