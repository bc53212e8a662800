/**
 * Issue 22, point 5: a Spanish archive in Spanish. The UI in `es-ES`: the starter taxonomy, facets,
 * reader chips and pickers speak Spanish; `tag:` finds a tag by either language's name; a user tag
 * gets its other-language name in the rename form; the UI addresses the reader as usted.
 */
import { expect, test, type Page } from '@playwright/test';
import { CORPUS_FILE } from './helpers';
import { basename } from 'node:path';
import { readFileSync } from 'node:fs';

test.use({ locale: 'es-ES' });

/** "10 boletines" → 10. */
async function countShown(page: Page): Promise<number> {
  const text = (await page.getByRole('status').filter({ hasText: /boletín$|boletines$/ }).first().textContent()) ?? '';
  return Number(/(\d[\d.]*) bolet/.exec(text)?.[1]?.replace(/\./g, '') ?? NaN);
}

async function searchFor(page: Page, query: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Buscar en el archivo' });
  await box.fill(query);
  await box.press('Enter');
  await page.waitForFunction(
    (expected) => [...document.querySelectorAll('[role="status"][data-query]')].some((el) => el.getAttribute('data-query') === expected),
    query,
  );
  return countShown(page);
}

test('Spanish UI: starter tags, facets, reader and tag: in Spanish; both names found; usted throughout', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: /boletines$/ })).toBeVisible({ timeout: 30_000 });

  await test.step('the empty archive speaks as usted', async () => {
    await expect(page.getByRole('heading', { name: 'Su archivo está vacío' })).toBeVisible();
    await expect(page.getByText(/Importe boletines .* Arrastre archivos .* o use Importar\./)).toBeVisible();
    await expect(page.getByText(/\bTu archivo\b|\bImporta boletines\b|\bArrastra\b/)).toHaveCount(0);
  });

  await test.step('import the corpus and add the starter tags', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await (await chooser).setFiles({ name: basename(CORPUS_FILE), mimeType: 'text/plain', buffer: readFileSync(CORPUS_FILE) });
    const dialog = page.getByRole('dialog', { name: 'Vista previa de importación' });
    await expect(dialog).toContainText('10 boletines encontrados en 1 archivo');
    await dialog.getByRole('button', { name: /^Confirmar importación/ }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
    await expect.poll(() => countShown(page)).toBe(10);
    const offer = page.getByRole('region', { name: '¿Empezar con el conjunto de etiquetas de la Alianza del Pacífico?' });
    await offer.getByRole('button', { name: 'Añadir etiquetas iniciales' }).click();
    await expect(page.getByRole('status').filter({ hasText: /boletines etiquetados/ })).toBeVisible();
  });

  const nav = page.getByRole('navigation');
  await test.step('the sidebar shows the taxonomy in Spanish', async () => {
    for (const name of ['Países miembros', 'Grupos técnicos', 'Pesca y Acuicultura', 'México', 'Perú', 'Órganos de la AP', 'Socios']) {
      await expect(nav.getByRole('button', { name: new RegExp(`^${name}\\s*\\d*$`) })).toBeVisible();
    }
    await expect(nav.getByText(/Member countries|Technical groups|Fisheries and Aquaculture/)).toHaveCount(0);
  });

  await test.step('a click filters by the Spanish path; tag: finds the English name just the same', async () => {
    await nav.getByRole('button', { name: /^Pesca y Acuicultura\s*\d+$/ }).click();
    await expect(page.getByRole('searchbox', { name: 'Buscar en el archivo' })).toHaveValue('tag:"Grupos técnicos › Pesca y Acuicultura"');
    await expect.poll(() => countShown(page)).toBeGreaterThan(0);
    const spanish = await countShown(page);
    expect(await searchFor(page, 'tag:"Fisheries and Aquaculture"')).toBe(spanish);
    expect(await searchFor(page, 'tag:"pesca y acuicultura"')).toBe(spanish);
    expect(await searchFor(page, 'tag:"Technical groups"')).toBe(await searchFor(page, 'tag:"Grupos técnicos"'));
  });

  await test.step('facets name countries, languages and tags in Spanish', async () => {
    await searchFor(page, 'fisheries');
    const facets = page.getByRole('group', { name: 'Filtrar resultados' });
    const unfold = page.getByRole('button', { name: 'Mostrar todos los filtros' });
    if ((await unfold.getAttribute('aria-expanded')) === 'false') await unfold.click();
    // The country facet (the starter set also has tags named México and Perú, in the tag facet).
    await expect(facets).toContainText(/País:[^:]*México \(\d+\)/);
    await expect(facets).toContainText(/País:[^:]*Perú \(\d+\)/);
    await expect(facets.getByRole('button', { name: /^Filtrar por Inglés \(\d+\)$/ })).toBeVisible();
    await expect(facets.getByRole('button', { name: /^Filtrar por Pesca y Acuicultura \(\d+\)$/ })).toBeVisible();
    await expect(facets).not.toContainText(/Mexico|Peru\b|English/);
  });

  await test.step('the reader shows tag chips and countries in Spanish', async () => {
    await searchFor(page, 'webinar');
    await page.getByRole('list', { name: 'Boletines' }).getByRole('listitem').filter({ hasText: 'The webinar on Climate Change' }).click();
    const reader = page.getByRole('article');
    await expect(reader.getByRole('list', { name: 'Etiquetas' }).getByText('Pesca y Acuicultura', { exact: true })).toBeVisible();
    await expect(reader).toContainText(/Países: .*México.*Perú/);
  });

  await test.step('a user tag gets its English name in the rename form; tag: finds both', async () => {
    const reader = page.getByRole('article');
    const add = reader.getByRole('textbox', { name: 'Añadir etiqueta' });
    await add.fill('Seminarios web');
    await add.press('Enter');
    await expect(reader.getByRole('list', { name: 'Etiquetas' }).getByText('Seminarios web', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Gestionar etiquetas' }).click();
    const manager = page.getByRole('dialog', { name: 'Gestionar etiquetas' });
    await manager.getByRole('button', { name: 'Renombrar Seminarios web' }).click();
    await expect(manager.getByRole('textbox', { name: 'Nuevo nombre para Seminarios web' })).toHaveValue('Seminarios web');
    await manager.getByRole('textbox', { name: 'Nombre en inglés de Seminarios web' }).fill('Webinars');
    await manager.getByRole('button', { name: 'Guardar', exact: true }).click();
    // Shown by its Spanish name; the status names it too.
    await expect(manager.getByRole('list', { name: 'Todas las etiquetas' }).getByText('Seminarios web', { exact: true })).toBeVisible();
    await expect(manager.getByRole('button', { name: 'Renombrar Seminarios web' })).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await searchFor(page, 'tag:Webinars')).toBe(1);
    expect(await searchFor(page, 'tag:"Seminarios web"')).toBe(1);
  });
});
