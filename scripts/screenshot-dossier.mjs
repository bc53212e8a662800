#!/usr/bin/env node
// Makes docs/dossier-groups.png from the web twin: imports the corpus file, builds a dossier grouped
// by month from a search, and shows it as it prints (month headings between the items).
// Usage: npm run screenshot:dossier
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { ensureBuild } from './ensure-build.mjs';
import { serveStatic } from './serve.mjs';

const corpus = resolve('../shared/corpus/pacific-alliance-news-2023-10-11.txt');
const TITLE = 'Fisheries & Aquaculture 2023';
ensureBuild();
const { url, server } = await serveStatic('out/renderer', 0);
const profile = mkdtempSync(join(tmpdir(), 'pa-shot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  headless: true,
  locale: 'en-US',
  viewport: { width: 1280, height: 800 },
  colorScheme: 'light',
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(corpus);
  await page.getByRole('dialog', { name: 'Import preview' }).getByRole('button', { name: /^Confirm import/ }).click();
  await page.getByRole('status').filter({ hasText: '10 bulletins' }).first().waitFor();
  await page.getByRole('button', { name: 'Add starter tags' }).click();
  await page.getByRole('status').filter({ hasText: /bulletins tagged/ }).waitFor();
  const box = page.getByRole('searchbox', { name: 'Search archive' });
  await box.fill('year:2023');
  await box.press('Enter');
  await page.locator('[role="status"][data-query="year:2023"]').waitFor();
  await page.getByRole('button', { name: 'Add results to dossier' }).click();
  const add = page.getByRole('dialog', { name: 'Add to dossier' });
  await add.getByRole('textbox', { name: 'New dossier title' }).fill(TITLE);
  await add.getByRole('button', { name: 'Create and add' }).click();
  await add.waitFor({ state: 'hidden' });
  await page.getByRole('navigation').getByRole('button', { name: TITLE }).click();
  await page.locator('summary', { hasText: 'Details' }).click();
  await page.getByRole('combobox', { name: 'Grouping' }).selectOption({ label: 'By month' });
  await page.getByRole('button', { name: 'Save details' }).click();
  await page.getByRole('list', { name: 'Dossier items' }).getByRole('heading').first().waitFor();
  await page.locator('summary', { hasText: 'Details' }).click();
  // Dismiss the toasts and the export reminder: the picture is about the dossier.
  const closers = page.locator('.toast button:last-child');
  while ((await closers.count()) > 0) await closers.first().click();
  // The export reminder waits a week after the first import now; close it only if it shows.
  const later = page.getByRole('button', { name: 'Remind me later' });
  if (await later.isVisible()) await later.click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/dossier-groups.png' });
  console.log('wrote docs/dossier-groups.png');
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
