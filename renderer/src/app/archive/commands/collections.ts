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
    'setting/set': ({ key, value }) => data.setSetting(key, value),
    'setting/delete': ({ key }) => data.deleteSetting(key),
  };
}
