/**
 * Issue 21, point 4: `tag:` with part of a word. On the seed archive (the shared corpus with the
 * starter tags), `tag:coun` matches three starter tags; the search answers with their union, a
 * chooser beside the count lists them, and one picked with the keyboard narrows the query (and the
 * count) to that tag alone. Escape keeps all; a term matching no tag says so and offers tags.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CORPUS_FILE, importFiles, listedCount, openApp, search, watchErrors } from './helpers';

async function seedArchive(page: Page): Promise<void> {
  await openApp(page);
  await importFiles(page, [CORPUS_FILE]);
  await expect.poll(() => listedCount(page)).toBe(10);
  await page.getByRole('region', { name: 'Start with the Pacific Alliance tag set?' }).getByRole('button', { name: 'Add starter tags' }).click();
  await expect(page.getByRole('status').filter({ hasText: /bulletins? tagged/ })).toBeVisible();
}

test('tag: with part of a word: a chooser lists the matching tags; one picked by keyboard narrows the count', async ({ page }) => {
  const errors = watchErrors(page);
  await seedArchive(page);
  const box = page.getByRole('searchbox', { name: 'Search archive' });
  const chooser = page.getByRole('group', { name: 'Tag choices' });

  await search(page, 'tag:coun');
  const union = await listedCount(page);
  expect(union).toBeGreaterThan(0);
  await expect(chooser).toContainText('tag:coun matches 3 tags:');
  await expect(chooser.getByRole('button', { name: /^Only tag / })).toHaveText([
    'Member countries',
    'PA bodies › Business Council (CEAP)',
    'PA bodies › Council of Ministers',
  ]);

  await test.step('Escape keeps all: the chooser goes, the count stays, focus is back in the search box', async () => {
    await box.focus();
    await box.press('ArrowDown');
    await expect(chooser.getByRole('button', { name: 'Only tag Member countries' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(chooser).toHaveCount(0);
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('tag:coun');
    expect(await listedCount(page)).toBe(union);
  });

  await test.step('"Keep all" leaves it too', async () => {
    await search(page, 'tag:coun  ');
    await chooser.getByRole('button', { name: 'Keep all' }).click();
    await expect(chooser).toHaveCount(0);
    await expect(box).toBeFocused();
    expect(await listedCount(page)).toBe(union);
  });

  await test.step('picked with the keyboard, one tag narrows the query and the count', async () => {
    await search(page, 'tag:coun ');
    await expect(chooser).toBeVisible();
    await box.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const ceap = chooser.getByRole('button', { name: 'Only tag PA bodies › Business Council (CEAP)' });
    await expect(ceap).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('tag:"PA bodies › Business Council (CEAP)"');
    await expect(box).toBeFocused();
    await expect(page.locator('[role="status"][data-query]')).toHaveAttribute('data-query', 'tag:"PA bodies › Business Council (CEAP)"');
    const narrowed = await listedCount(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(union);
    // One tag now: nothing to choose.
    await expect(chooser).toHaveCount(0);
  });

  await test.step('a tag: term matching no tag says so and offers tags named like part of it', async () => {
    await search(page, 'tag:fishy');
    await expect(chooser).toContainText('tag:fishy matches no tag.');
    await chooser.getByRole('button', { name: 'Try tag Technical groups › Fisheries and Aquaculture' }).click();
    await expect(box).toHaveValue('tag:"Technical groups › Fisheries and Aquaculture"');
    await expect.poll(() => listedCount(page)).toBeGreaterThan(0);
  });

  expect(errors).toEqual([]);
});

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('the chooser speaks Spanish (usted) and names tags by their Spanish paths', async ({ page }) => {
    await page.goto('./');
    const status = page.getByRole('status').filter({ hasText: /boletín$|boletines$/ });
    await expect(status).toBeVisible({ timeout: 30_000 });
    const files = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await (await files).setFiles({ name: basename(CORPUS_FILE), mimeType: 'text/plain', buffer: readFileSync(CORPUS_FILE) });
    const dialog = page.getByRole('dialog', { name: 'Vista previa de importación' });
    await dialog.getByRole('button', { name: /^Confirmar importación/ }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
    await page.getByRole('region', { name: '¿Empezar con el conjunto de etiquetas de la Alianza del Pacífico?' }).getByRole('button', { name: 'Añadir etiquetas iniciales' }).click();
    await expect(page.getByRole('status').filter({ hasText: /boletines etiquetados/ })).toBeVisible();

    const box = page.getByRole('searchbox', { name: 'Buscar en el archivo' });
    await box.fill('tag:coun');
    await box.press('Enter');
    const chooser = page.getByRole('group', { name: 'Elección de etiqueta' });
    await expect(chooser).toContainText('tag:coun coincide con 3 etiquetas:');
    await expect(chooser).toContainText('Elija una');
    await expect(chooser.getByRole('button', { name: 'Mantener todas' })).toBeVisible();
    const ceap = chooser.getByRole('button', { name: 'Solo la etiqueta Órganos de la AP › Consejo Empresarial (CEAP)' });
    await ceap.click();
    await expect(box).toHaveValue('tag:"Órganos de la AP › Consejo Empresarial (CEAP)"');
    await expect(box).toBeFocused();
    await expect(chooser).toHaveCount(0);

    await box.fill('tag:zzzz');
    await box.press('Enter');
    await expect(chooser).toContainText('tag:zzzz no coincide con ninguna etiqueta. Tampoco hay etiquetas cuyo nombre contenga parte de ella.');
  });
});
