#!/usr/bin/env node
// Makes docs/screenshot.png (and the Spanish and 1024×640 shots) from the web twin: imports the
// corpus file, adds the starter tags, searches, opens a bulletin.
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

/** The words each shot's UI uses (the app follows the browser's locale). */
const WORDS = {
  en: {
    import: 'Import', preview: 'Import preview', confirm: /^Confirm import/, ten: /^10 bulletins$/, starter: 'Add starter tags',
    tagged: /bulletins tagged/, fisheries: 'Fisheries and Aquaculture', search: 'Search archive', list: 'Bulletins', two: /^2 bulletins$/, dismiss: 'Dismiss',
  },
  es: {
    import: 'Importar', preview: 'Vista previa de importación', confirm: /^Confirmar importación/, ten: /^10 boletines$/,
    starter: 'Añadir etiquetas iniciales', tagged: /boletines etiquetados/, fisheries: 'Pesca y Acuicultura', search: 'Buscar en el archivo',
    list: 'Boletines', two: /^2 boletines$/, dismiss: 'Cerrar',
  },
};

/** Imports the corpus, adds the starter tags, searches fisheries and opens the webinar bulletin. */
async function shoot({ locale, lang, viewport, path, query = 'fisheries OR aquaculture', expectCount }) {
  const words = WORDS[lang];
  const profile = mkdtempSync(join(tmpdir(), 'pa-shot-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
    locale,
    viewport,
    colorScheme: 'light',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: words.import, exact: true }).click();
    await (await chooser).setFiles({ name: 'pacific-alliance-news-2023-10-11.txt', mimeType: 'text/plain', buffer: readFileSync(corpus) });
    await page.getByRole('dialog', { name: words.preview }).getByRole('button', { name: words.confirm }).click();
    await page.getByRole('status').filter({ hasText: words.ten }).waitFor();
    await page.getByRole('button', { name: words.starter }).click();
    await page.getByRole('navigation').getByText(words.fisheries).first().waitFor();
    await page.getByRole('status').filter({ hasText: words.tagged }).first().waitFor();
    const box = page.getByRole('searchbox', { name: words.search });
    await box.fill(query);
    await box.press('Enter');
    await page.getByRole('status').filter({ hasText: expectCount ?? words.two }).waitFor();
    await page.waitForTimeout(600);
    await page.getByRole('list', { name: words.list }).getByRole('listitem').filter({ hasText: 'webinar' }).first().click();
    await page.getByRole('article').waitFor();
    // The import and starter-tag toasts would cover the reader.
    const dismiss = page.locator('.toast').getByRole('button', { name: words.dismiss, exact: true });
    for (let i = 0; i < 5 && (await dismiss.count()) > 0; i++) await dismiss.first().click();
    await page.waitForTimeout(400);
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

try {
  await shoot({ locale: 'en-US', lang: 'en', viewport: { width: 1400, height: 860 }, path: 'docs/screenshot.png' });
  // The Spanish UI: the starter taxonomy, facets and reader in Spanish.
  await shoot({ locale: 'es-ES', lang: 'es', viewport: { width: 1400, height: 860 }, path: 'docs/screenshot-es.png' });
  // A small laptop screen: facets folded to one line, tag dots on the rows.
  await shoot({
    locale: 'en-US', lang: 'en', viewport: { width: 1024, height: 640 }, path: 'docs/screenshot-1024x640.png',
    query: 'Pacific Alliance', expectCount: /^\d+ bulletins$/,
  });
} finally {
  server.close();
}
