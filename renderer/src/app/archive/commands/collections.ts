/**
 * Commands on what the person collects around bulletins: dossiers, saved searches and settings.
 * None of them is indexed, so each is its data/ writer; they go through the command set anyway so
 * features have one write path and lint can hold them to it.
 */
import type { Dossier, SavedSearch } from '../../../core/model';
import * as data from '../../../data';

export interface CollectionHandlers {
  'dossier/create': (args: data.DossierFields) => Promise<Dossier>;
  'dossier/update': (args: { id: string; fields: data.DossierFields }) => Promise<Dossier>;
  /** Moves a dossier to the deleted list (undo with `dossier/restore`). */
  'dossier/delete': (args: { id: string }) => Promise<Dossier>;
  'dossier/restore': (args: { id: string }) => Promise<Dossier>;
  'dossier/duplicate': (args: { id: string }) => Promise<Dossier>;
  'dossier/set-items': (args: { id: string; items: readonly string[] }) => Promise<Dossier>;
  'dossier/add': (args: { id: string; bulletinIds: readonly string[] }) => Promise<Dossier>;
  'dossier/remove': (args: { id: string; bulletinIds: readonly string[] }) => Promise<Dossier>;
  'saved-search/create': (args: { name: string; query: string }) => Promise<SavedSearch>;
  /** Renames a saved search and/or changes its query. */
  'saved-search/update': (args: { id: string; name?: string; query?: string }) => Promise<SavedSearch>;
  /** @returns the deleted search (for `saved-search/restore`, the undo), or null when it was already gone. */
  'saved-search/delete': (args: { id: string }) => Promise<SavedSearch | null>;
  'saved-search/restore': (args: { saved: SavedSearch }) => Promise<void>;
  /** Puts the saved searches in this order (the sidebar's drag and Alt+Arrow moves). */
  'saved-search/reorder': (args: { ids: readonly string[] }) => Promise<SavedSearch[]>;
  'setting/set': <K extends data.SettingKey>(args: { key: K; value: data.ArchiveSettings[K] }) => Promise<void>;
  'setting/delete': (args: { key: data.SettingKey }) => Promise<void>;
}

export function collectionHandlers(): CollectionHandlers {
  return {
    'dossier/create': (fields) => data.createDossier(fields),
    'dossier/update': ({ id, fields }) => data.updateDossier(id, fields),
    'dossier/delete': ({ id }) => data.deleteDossier(id),
    'dossier/restore': ({ id }) => data.restoreDossier(id),
    'dossier/duplicate': ({ id }) => data.duplicateDossier(id),
    'dossier/set-items': ({ id, items }) => data.setDossierItems(id, items),
    'dossier/add': ({ id, bulletinIds }) => data.addToDossier(id, bulletinIds),
    'dossier/remove': ({ id, bulletinIds }) => data.removeFromDossier(id, bulletinIds),
    'saved-search/create': ({ name, query }) => data.createSavedSearch(name, query),
    'saved-search/update': ({ id, name, query }) =>
      data.updateSavedSearch(id, { ...(name !== undefined ? { name } : {}), ...(query !== undefined ? { query } : {}) }),
    'saved-search/delete': ({ id }) => data.deleteSavedSearch(id),
    'saved-search/restore': ({ saved }) => data.restoreSavedSearch(saved),
    'saved-search/reorder': ({ ids }) => data.reorderSavedSearches(ids),
    'setting/set': ({ key, value }) => data.setSetting(key, value),
    'setting/delete': ({ key }) => data.deleteSetting(key),
  };
}
