import { expect, test, type Locator, type Page } from '@playwright/test';
import { CORPUS_FILE, importFiles, listedCount, openApp, search, watchErrors } from './helpers';

const LIMA_MEETING = 'High-Level Group of the Pacific Alliance meets in Lima';

async function importCorpus(page: Page): Promise<void> {
  await openApp(page);
  await importFiles(page, [CORPUS_FILE]);
  await expect.poll(() => listedCount(page)).toBe(10);
}

async function openBulletin(page: Page, title: string): Promise<Locator> {
  await page.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').filter({ hasText: title }).first().click();
  const reader = page.getByRole('article');
  await expect(reader.getByRole('heading', { name: title })).toBeVisible();
  return reader;
}

/** The reader's tag chips (the list of tags of the open bulletin). */
function chips(reader: Locator): Locator {
  return reader.getByRole('list', { name: 'Tags' }).getByRole('listitem').filter({ has: reader.page().getByRole('button', { name: /^Remove tag / }) });
}

/** A tag in the sidebar's tag tree; its button reads "<name><count>". */
function sidebarTag(page: Page, name: string): Locator {
  return page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${name}\\s*\\d+$`) });
}

test('tag in the reader, bulk-tag results, filter by sidebar and tag:, and it all survives a reload', async ({ page }) => {
  // The longest flow (import, reader, bulk, filters, reload): give it room on a busy 2-core machine.
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await importCorpus(page);

  // The reader: type a new tag and press Enter; a chip with a remove button appears.
  const reader = await openBulletin(page, LIMA_MEETING);
  const addTag = reader.getByRole('textbox', { name: 'Add tag' });
  await addTag.fill('Lima meetings');
  await addTag.press('Enter');
  await expect(chips(reader)).toHaveCount(1);
  await expect(chips(reader).first()).toContainText('Lima meetings');
  await expect(reader.getByRole('button', { name: 'Remove tag Lima meetings' })).toBeVisible();
  await expect(addTag).toHaveValue('');

  // Bulk: select every search result and tag them at once; the toast reports the count.
  await search(page, 'fisheries');
  await expect.poll(() => listedCount(page)).toBeGreaterThan(1);
  const fisheries = await listedCount(page);
  expect(fisheries).toBeLessThan(10);
  await page.getByRole('button', { name: 'Select all results' }).click();
  await expect(page.getByText(`${fisheries} selected`)).toBeVisible();
  await page.getByRole('textbox', { name: 'Tag selected' }).fill('Fisheries watch');
  await page.getByRole('button', { name: 'Add tag to selected' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Tagged ${fisheries} bulletins with “Fisheries watch”` })).toBeVisible();

  // The sidebar's tag tree counts them and filters the list by the tag.
  await search(page, '');
  await expect.poll(() => listedCount(page)).toBe(10);
  await expect(sidebarTag(page, 'Fisheries watch')).toContainText(String(fisheries));
  await sidebarTag(page, 'Fisheries watch').click();
  await expect(page.getByRole('searchbox', { name: 'Search archive' })).toHaveValue('tag:"Fisheries watch"');
  await expect.poll(() => listedCount(page)).toBe(fisheries);

  // The same filter typed in the search box, alone and combined with words.
  await search(page, 'tag:"Lima meetings"');
  await expect.poll(() => listedCount(page)).toBe(1);
  await expect(page.getByRole('list', { name: 'Bulletins' }).getByRole('listitem').first()).toContainText(LIMA_MEETING);
  await search(page, 'tag:"fisheries WATCH" aquaculture');
  await expect.poll(() => listedCount(page)).toBeGreaterThan(0);
  expect(await listedCount(page)).toBeLessThanOrEqual(fisheries);

  // Close and reopen: tags, links and filters are all still there.
  await page.reload();
  await expect.poll(() => listedCount(page)).toBe(10);
  await expect(sidebarTag(page, 'Lima meetings')).toContainText('1');
  await expect(sidebarTag(page, 'Fisheries watch')).toContainText(String(fisheries));
  await search(page, 'tag:"Fisheries watch"');
  await expect.poll(() => listedCount(page)).toBe(fisheries);
  await search(page, '');
  const reopened = await openBulletin(page, LIMA_MEETING);
  await expect(reopened.getByRole('button', { name: 'Remove tag Lima meetings' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a "Parent › Child" tag creates its parent; removing a chip can be undone; autocomplete suggests tags', async ({ page }) => {
  await importCorpus(page);
  const reader = await openBulletin(page, LIMA_MEETING);
  const addTag = reader.getByRole('textbox', { name: 'Add tag' });
  await addTag.fill('Regions › Andes');
  await addTag.press('Enter');
  await expect(reader.getByRole('button', { name: 'Remove tag Andes' })).toBeVisible();
  await expect(sidebarTag(page, 'Regions')).toBeVisible();
  await expect(sidebarTag(page, 'Andes')).toContainText('1');

  // A parent includes its children when filtering.
  await search(page, 'tag:"Regions"');
  await expect.poll(() => listedCount(page)).toBe(1);
  await search(page, '');

  // Remove with undo.
  await reader.getByRole('button', { name: 'Remove tag Andes' }).click();
  await expect(chips(reader)).toHaveCount(0);
  const toast = page.getByRole('status').filter({ hasText: 'Removed tag “Andes”' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(reader.getByRole('button', { name: 'Remove tag Andes' })).toBeVisible();

  // Autocomplete: typing part of a name suggests it; Arrow Down + Enter picks it on another bulletin.
  const other = await openBulletin(page, 'Successful completion of the Pacific Alliance’s Artisanal Fisheries and Aquaculture project');
  const box = other.getByRole('textbox', { name: 'Add tag' });
  await box.fill('and');
  await expect(other.getByRole('option', { name: /Regions › Andes/ })).toBeVisible();
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(other.getByRole('button', { name: 'Remove tag Andes' })).toBeVisible();
  await expect(sidebarTag(page, 'Andes')).toContainText('2');
});

test('Manage tags: create, rule preview and apply, rename, delete with undo', async ({ page }) => {
  await importCorpus(page);
  await page.getByRole('button', { name: 'Manage tags' }).click();
  const dialog = page.getByRole('dialog', { name: 'Manage tags' });
  await expect(dialog).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Name' }).fill('SMEs');
  await dialog.getByRole('button', { name: 'Create tag' }).click();
  await expect(dialog.getByRole('button', { name: 'Rename SMEs' })).toBeVisible();

  // A duplicate name (case-insensitive, same level) is refused with an alert.
  await dialog.getByRole('textbox', { name: 'Name' }).fill('smes');
  await dialog.getByRole('button', { name: 'Create tag' }).click();
  await expect(dialog.getByRole('alert')).toContainText('already exists');

  // Rule: preview the count first, then apply to the archive.
  await dialog.getByRole('textbox', { name: 'Rule query' }).fill('MSMEs');
  await dialog.getByRole('combobox', { name: 'Rule tag' }).selectOption({ label: 'SMEs' });
  await expect(dialog.getByRole('button', { name: 'Apply to archive', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const preview = dialog.getByRole('status').filter({ hasText: /bulletins? match/ });
  await expect(preview).toBeVisible();
  const matched = Number(/(\d+)/.exec((await preview.textContent()) ?? '')?.[1]);
  expect(matched).toBeGreaterThan(0);
  expect(matched).toBeLessThan(10);
  await dialog.getByRole('button', { name: 'Apply to archive', exact: true }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Enabled: MSMEs → SMEs' })).toBeChecked();
  await expect(dialog.getByText(`${matched} bulletin${matched === 1 ? '' : 's'}`, { exact: true })).toBeVisible();

  // Rules can be switched off, deleted and restored (Undo inside the dialog: it is modal).
  const enabled = dialog.getByRole('checkbox', { name: 'Enabled: MSMEs → SMEs' });
  await enabled.uncheck();
  await expect(enabled).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Delete: MSMEs → SMEs' }).click();
  await expect(enabled).toHaveCount(0);
  await dialog.getByRole('status').filter({ hasText: 'Rule deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(enabled).not.toBeChecked();
  await enabled.check();

  // Rename, then delete with undo.
  await dialog.getByRole('button', { name: 'Rename SMEs' }).click();
  await dialog.getByRole('textbox', { name: 'New name for SMEs' }).fill('Small business');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('button', { name: 'Rename Small business' })).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Enabled: MSMEs → Small business' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete Small business' }).click();
  await dialog.getByRole('button', { name: 'Delete tag' }).click();
  await expect(dialog.getByRole('button', { name: 'Rename Small business' })).toHaveCount(0);
  await dialog.getByRole('status').filter({ hasText: 'Deleted tag “Small business”' }).getByRole('button', { name: 'Undo' }).click();
  await expect(dialog.getByRole('button', { name: 'Rename Small business' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await sidebarTag(page, 'Small business').click();
  await expect.poll(() => listedCount(page)).toBe(matched);
});

test('the starter tag set is offered on first run and tags the corpus', async ({ page }) => {
  await openApp(page);
  const offer = page.getByRole('region', { name: 'Start with the Pacific Alliance tag set?' });
  // The offer is mounted on first run: if it ever disappears this test must fail, not skip.
  await expect(offer).toBeVisible();
  await importFiles(page, [CORPUS_FILE]);
  await expect.poll(() => listedCount(page)).toBe(10);
  await offer.getByRole('button', { name: 'Add starter tags' }).click();
  await expect(offer).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /Added \d+ tags and \d+ rules; [1-9]\d* bulletins tagged/ })).toBeVisible();
  await expect(sidebarTag(page, 'Peru')).toBeVisible();
  await sidebarTag(page, 'Technical groups').click();
  await expect.poll(() => listedCount(page)).toBeGreaterThan(0);

  // Asked once: after a reload the banner stays away.
  await page.reload();
  await expect.poll(() => listedCount(page)).toBe(10);
  await expect(offer).toHaveCount(0);
});
