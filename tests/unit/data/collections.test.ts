import { describe, expect, it } from 'vitest';
import { useFreshDb } from './helpers';
import {
  addToDossier,
  createDossier,
  createRule,
  createSavedSearch,
  createTag,
  deleteDossier,
  deleteRule,
  deleteSavedSearch,
  deleteSetting,
  duplicateDossier,
  getDossier,
  getSetting,
  listDossiers,
  listRules,
  listSavedSearches,
  purgeDossier,
  removeFromDossier,
  reorderSavedSearches,
  restoreDossier,
  restoreRule,
  restoreSavedSearch,
  rulesForTag,
  setDossierItems,
  setSetting,
  updateDossier,
  updateRule,
  updateSavedSearch,
} from '../../../renderer/src/data';

useFreshDb();

describe('dossiers', () => {
  it('creates with defaults, edits, orders items and skips ones already there', async () => {
    const d = await createDossier({ title: 'Fisheries 2023', items: ['a', 'b', 'a'] });
    expect(d).toMatchObject({ title: 'Fisheries 2023', items: ['a', 'b'], grouping: 'none', pageSize: 'A4', deletedAt: null });
    expect((await addToDossier(d.id, ['b', 'c', 'd', 'c'])).items).toEqual(['a', 'b', 'c', 'd']);
    expect((await setDossierItems(d.id, ['d', 'a', 'c', 'b'])).items).toEqual(['d', 'a', 'c', 'b']);
    expect((await removeFromDossier(d.id, ['a', 'zz'])).items).toEqual(['d', 'c', 'b']);
    const edited = await updateDossier(d.id, { grouping: 'month', subtitle: 'Q4' });
    expect(edited).toMatchObject({ grouping: 'month', subtitle: 'Q4', items: ['d', 'c', 'b'] });
    expect(edited.updatedAt).toBeGreaterThan(d.updatedAt);
    await expect(updateDossier('nope', { title: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('soft-deletes, restores, duplicates and purges', async () => {
    const d = await createDossier({ title: 'A', items: ['x'] });
    await deleteDossier(d.id);
    expect(await listDossiers()).toEqual([]);
    expect((await listDossiers({ deleted: true })).map((x) => x.id)).toEqual([d.id]);
    await restoreDossier(d.id);
    expect((await listDossiers()).map((x) => x.id)).toEqual([d.id]);
    const copy = await duplicateDossier(d.id);
    expect(copy.id).not.toBe(d.id);
    expect(copy).toMatchObject({ title: 'A (copy)', items: ['x'], deletedAt: null });
    await purgeDossier(d.id);
    expect(await getDossier(d.id)).toBeNull();
    expect((await listDossiers()).map((x) => x.id)).toEqual([copy.id]);
  });
});

describe('saved searches', () => {
  it('CRUD with validation and undo', async () => {
    const s = await createSavedSearch('  Fish  ', ' pesca OR fisheries ');
    expect(s).toMatchObject({ name: 'Fish', query: 'pesca OR fisheries' });
    await expect(createSavedSearch('', 'x')).rejects.toMatchObject({ code: 'invalid' });
    await updateSavedSearch(s.id, { name: 'Fisheries' });
    expect((await listSavedSearches()).map((x) => x.name)).toEqual(['Fisheries']);
    const removed = await deleteSavedSearch(s.id);
    expect(await listSavedSearches()).toEqual([]);
    if (!removed) throw new Error('expected the deleted search');
    await restoreSavedSearch(removed);
    expect((await listSavedSearches()).map((x) => x.id)).toEqual([s.id]);
  });

  it('keeps the order the person set; new ones go last; a deleted one comes back in its place', async () => {
    const a = await createSavedSearch('Zeta', 'zeta');
    const b = await createSavedSearch('Alpha', 'alpha');
    const c = await createSavedSearch('Mid', 'mid');
    expect((await listSavedSearches()).map((x) => x.name)).toEqual(['Zeta', 'Alpha', 'Mid']);
    await reorderSavedSearches([c.id, a.id]);
    expect((await listSavedSearches()).map((x) => x.name)).toEqual(['Mid', 'Zeta', 'Alpha']);
    const removed = await deleteSavedSearch(a.id);
    expect((await listSavedSearches()).map((x) => x.name)).toEqual(['Mid', 'Alpha']);
    if (removed) await restoreSavedSearch(removed);
    expect((await listSavedSearches()).map((x) => x.name)).toEqual(['Mid', 'Zeta', 'Alpha']);
    await expect(reorderSavedSearches(['nope'])).rejects.toMatchObject({ code: 'not-found' });
    expect(b.position).toBe(1);
  });
});

describe('rules', () => {
  it('stores rules for existing tags only and supports edit/delete/undo', async () => {
    const tag = await createTag({ name: 'Pesca' });
    await expect(createRule({ query: 'fish', tagId: 'ghost' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(createRule({ query: '  ', tagId: tag.id })).rejects.toMatchObject({ code: 'invalid' });
    const r = await createRule({ query: 'pesca OR fisheries', tagId: tag.id });
    expect(r.enabled).toBe(true);
    expect((await updateRule(r.id, { enabled: false })).enabled).toBe(false);
    expect((await rulesForTag(tag.id)).map((x) => x.id)).toEqual([r.id]);
    const removed = await deleteRule(r.id);
    expect(await listRules()).toEqual([]);
    if (!removed) throw new Error('expected the deleted rule');
    await restoreRule(removed);
    expect((await listRules())[0]).toMatchObject({ id: r.id, enabled: false });
  });
});

describe('settings', () => {
  it('round-trips typed values', async () => {
    expect(await getSetting('theme')).toBeUndefined();
    await setSetting('theme', 'dark');
    await setSetting('glossary', [{ es: 'pesca', en: 'fisheries' }]);
    expect(await getSetting('theme')).toBe('dark');
    expect(await getSetting('glossary')).toEqual([{ es: 'pesca', en: 'fisheries' }]);
    await deleteSetting('theme');
    expect(await getSetting('theme')).toBeUndefined();
  });
});
