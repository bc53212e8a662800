import { expect, test, type Page } from '@playwright/test';
import { CORPUS_FILE, importFiles, listedCount, openApp, search } from './helpers';

const SPANISH_BULLETIN = `Reunión del Grupo Técnico de Pesca y Acuicultura en Perú

Lima, 21 de noviembre de 2023.- Las instituciones pesqueras de Chile, Colombia, México y Perú revisaron el plan de trabajo acuícola de la Alianza del Pacífico.

El encuentro reunió a expertos del IMARPE y del IFOP para coordinar la investigación sobre el cambio climático y las pesquerías artesanales.
`;

async function seed(page: Page): Promise<void> {
  await openApp(page);
  await importFiles(page, [
    CORPUS_FILE,
    { name: 'pesca-es.txt', mimeType: 'text/plain', buffer: Buffer.from(SPANISH_BULLETIN) },
  ]);
  await expect.poll(() => listedCount(page)).toBe(11);
}

const list = (page: Page) => page.getByRole('list', { name: 'Bulletins' });

test('accent-free, phrase, OR, exclusion and year: queries', async ({ page }) => {
  await seed(page);
  // "reunion" (no accent) finds "Reunión"; "peru" finds "Perú".
  await search(page, 'reunion tecnico');
  await expect.poll(() => listedCount(page)).toBe(1);
  await expect(list(page).getByRole('listitem').first()).toContainText('Reunión del Grupo Técnico');
  // Highlighting marks the accented word for the accent-free query.
  await expect(list(page).locator('mark').filter({ hasText: /^Reunión$/ }).first()).toBeVisible();

  await search(page, '"High Level Group"');
  await expect.poll(() => listedCount(page)).toBe(1);

  await search(page, 'webinar');
  const webinar = await listedCount(page);
  await search(page, 'volunteering');
  await expect.poll(() => listedCount(page)).toBe(1);
  await search(page, 'webinar OR volunteering');
  await expect.poll(() => listedCount(page)).toBe(webinar + 1);

  await search(page, 'fisheries -webinar');
  const withoutWebinar = await listedCount(page);
  await search(page, 'fisheries');
  await expect.poll(() => listedCount(page)).toBeGreaterThan(withoutWebinar);

  await search(page, 'asean year:2023');
  await expect.poll(() => listedCount(page)).toBeGreaterThan(0);
  await search(page, 'asean year:2019');
  await expect.poll(() => listedCount(page)).toBe(0);
});

test('a facet click filters the results', async ({ page }) => {
  await seed(page);
  await search(page, 'pacific OR alianza');
  const all = await listedCount(page);
  await page.getByRole('group', { name: 'Filter results' }).getByRole('button', { name: /^Filter by Spanish/ }).click();
  await expect(page.getByRole('searchbox', { name: 'Search archive' })).toHaveValue(/lang:es/);
  await expect.poll(() => listedCount(page)).toBe(1);
  expect(all).toBeGreaterThan(1);
});

test('tag: in the query filters by tag', async ({ page }) => {
  await seed(page);
  await list(page).getByRole('listitem').filter({ hasText: 'Reunión del Grupo Técnico' }).click();
  const addTag = page.getByRole('article').getByRole('textbox', { name: 'Add tag' });
  await addTag.fill('Fisheries and Aquaculture');
  await addTag.press('Enter');
  await expect(page.getByRole('article').getByRole('button', { name: 'Remove tag Fisheries and Aquaculture' })).toBeVisible();
  await search(page, 'tag:"Fisheries and Aquaculture"');
  await expect.poll(() => listedCount(page)).toBe(1);
});

test('"Also match translations" finds English bulletins for a Spanish word', async ({ page }) => {
  await seed(page);
  await search(page, 'cooperacion');
  await expect.poll(() => listedCount(page)).toBe(0);
  await page.getByRole('checkbox', { name: 'Also match translations' }).check();
  await expect.poll(() => listedCount(page)).toBeGreaterThan(3);
  await expect(list(page).locator('mark').filter({ hasText: /^cooperation$/i }).first()).toBeVisible();
});

test('did you mean offers the closest word of the archive and runs the corrected search', async ({ page }) => {
  await seed(page);
  const box = page.getByRole('searchbox', { name: 'Search archive' });
  for (const [typo, word] of [['acuicultra', 'acuicultura'], ['Pacfic', 'Pacific']] as const) {
    await search(page, typo);
    await expect.poll(() => listedCount(page)).toBe(0);
    const suggestion = page.getByRole('button', { name: `Did you mean: ${word}?` });
    await expect(suggestion).toBeVisible();
    // The correction's bulletins are listed apart while the count stays 0 for what was typed.
    const corrected = page.getByRole('region', { name: 'Bulletins for the corrected search' });
    await expect(corrected.getByRole('heading', { name: `Bulletins for “${word}”` })).toBeVisible();
    await expect(corrected.getByRole('button').first()).toBeVisible();
    await suggestion.click();
    await expect(box).toHaveValue(word);
    await expect.poll(() => listedCount(page)).toBeGreaterThan(0);
    await expect(suggestion).toBeHidden();
    await expect(corrected).toHaveCount(0);
  }
  // A query that matches offers no correction.
  await expect(page.getByRole('button', { name: /^Did you mean/ })).toHaveCount(0);
});

test('a saved search sits in the sidebar with a live count, and search works after a reload', async ({ page }) => {
  await seed(page);
  await search(page, 'ASEAN');
  const count = await listedCount(page);
  expect(count).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Save search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save search' });
  await dialog.getByLabel('Name').fill('ASEAN relations');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const saved = page.getByRole('navigation').getByRole('button', { name: new RegExp(`ASEAN relations\\s*${count}`) });
  await expect(saved).toBeVisible();

  await page.reload();
  await expect.poll(() => listedCount(page)).toBe(11);
  await page.getByRole('navigation').getByRole('button', { name: /^ASEAN relations/ }).click();
  await expect.poll(() => listedCount(page)).toBe(count);
  await search(page, 'peru');
  await expect.poll(() => listedCount(page)).toBeGreaterThan(3);
});

test('an invalid query shows a message and never breaks the app', async ({ page }) => {
  await seed(page);
  await search(page, '"unclosed phrase');
  await expect(page.getByRole('alert')).toBeVisible();
  await search(page, 'lima');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => listedCount(page)).toBeGreaterThan(0);
});

test('keyboard: arrows move through results and Enter opens one', async ({ page }) => {
  await seed(page);
  await search(page, 'lima');
  await page.getByRole('searchbox', { name: 'Search archive' }).press('ArrowDown');
  await expect(list(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();
});

test('few full matches: bulletins with some of the words are listed apart, naming the missing word', async ({ page }) => {
  await seed(page);
  // No bulletin has both words: the Spanish one has "revisaron", the webinar bulletins "webinar".
  await search(page, 'webinar revisaron');
  // The status still counts only bulletins with every word.
  await expect.poll(() => listedCount(page)).toBe(0);
  const partial = page.getByRole('region', { name: 'Bulletins with some of the words' });
  await expect(partial.getByRole('heading', { name: 'Bulletins with some of the words: missing webinar' })).toBeVisible();
  await expect(partial.getByRole('heading', { name: 'Bulletins with some of the words: missing revisaron' })).toBeVisible();
  await expect(partial.getByRole('button', { name: 'Reunión del Grupo Técnico de Pesca y Acuicultura en Perú' })).toBeVisible();
  // Opening a partial match shows it in the reader.
  await partial.getByRole('button', { name: 'Reunión del Grupo Técnico de Pesca y Acuicultura en Perú' }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Reunión del Grupo Técnico de Pesca y Acuicultura en Perú');
  // With every word present, the partial list is gone.
  await search(page, 'webinar');
  await expect.poll(() => listedCount(page)).toBeGreaterThan(0);
  await expect(partial).toHaveCount(0);
});
