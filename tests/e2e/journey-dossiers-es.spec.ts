/**
 * Issue 22 point 3 in the Spanish UI: a dossier created there prints in Spanish by default, with
 * Spanish dates ("30 de octubre de 2023"), and can be switched to English on its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { test, expect, type Download, type Page } from '@playwright/test';
import { CORPUS_FILE } from './helpers';

test.use({ locale: 'es-ES' });

const TITLE = 'Pesca y acuicultura 2023';

async function pdfText(download: Download): Promise<string> {
  const bytes = new Uint8Array(readFileSync(await download.path()));
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const content = await (await pdf.getPage(p)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
    }
    return pages.join('\n');
  } finally {
    await pdf.destroy();
  }
}

async function exportPdf(page: Page): Promise<string> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Exportar PDF' }).click();
  return pdfText(await download);
}

test('3 (es). a dossier made in the Spanish UI prints in Spanish, "30 de octubre de 2023"; English on request', async ({ page }) => {
  test.skip(!existsSync(CORPUS_FILE), `corpus not found at ${CORPUS_FILE}`);
  test.setTimeout(150_000);
  await page.goto('./');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importar', exact: true }).click();
  await (await chooser).setFiles(CORPUS_FILE);
  const preview = page.getByRole('dialog', { name: 'Vista previa de importación' });
  await preview.getByRole('button', { name: /^Confirmar importación/ }).click({ timeout: 60_000 });
  await expect(preview).toBeHidden({ timeout: 60_000 });
  await expect(page.locator('[role="status"][data-query]')).toHaveText('10 boletines');

  await page.getByRole('button', { name: 'Nuevo dosier', exact: true }).click();
  const create = page.getByRole('dialog', { name: 'Nuevo dosier' });
  await create.getByRole('textbox', { name: 'Título', exact: true }).fill(TITLE);
  await create.getByRole('button', { name: 'Crear', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Biblioteca', exact: true }).click();
  await page.getByRole('button', { name: 'Añadir resultados al dosier' }).click();
  const add = page.getByRole('dialog', { name: 'Añadir al dosier' });
  await add.getByRole('radio', { name: TITLE }).check();
  await add.getByRole('button', { name: 'Añadir', exact: true }).click();
  await expect(add).toBeHidden();
  await page.getByRole('navigation').getByRole('button', { name: TITLE }).click();
  await expect(page.getByRole('list', { name: 'Elementos del dosier' }).getByRole('listitem')).toHaveCount(10);

  const language = page.getByRole('combobox', { name: 'Idioma' });
  await expect(language.getByRole('option')).toHaveText(['English', 'Español']);
  await expect(language.locator('option:checked')).toHaveText('Español');

  await test.step('Spanish by default: Índice, Página X de Y, Spanish dates with "de"', async () => {
    const text = await exportPdf(page);
    expect(text).toContain('Índice');
    expect(text).toMatch(/Página 1 de \d+/);
    expect(text).toMatch(/\b\d{1,2} de (octubre|noviembre) de 2023\b/);
    expect(text).not.toMatch(/\d (Octubre|Noviembre) 2023|Contents|Page \d+ of/);
  });

  await test.step('the same dossier in English', async () => {
    await language.selectOption({ label: 'English' });
    await expect(language.locator('option:checked')).toHaveText('English');
    const text = await exportPdf(page);
    expect(text).toContain('Contents');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toMatch(/\b\d{1,2} (October|November) 2023\b/);
    expect(text).not.toMatch(/Índice|Página \d/);
  });
});
