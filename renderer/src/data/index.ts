/** The data layer's public API: the only way the app reaches the archive database. */
export { ArchiveDb, ARCHIVE_DB_NAME, closeArchiveDb, getArchiveDb, useArchiveDb } from './db';
export { ArchiveError, isQuotaError, type ArchiveErrorCode } from './errors';
export {
  ARCHIVE_CHANNEL_NAME,
  closeArchiveChannel,
  onArchiveChange,
  type ArchiveChange,
  type ArchiveChangeKind,
  type ArchiveChangeListener,
} from './changes';
export {
  countBulletins,
  countTagsIn,
  getBodies,
  getBulletin,
  getSummaries,
  iterateForIndex,
  listBatchBulletinIds,
  listBulletins,
  listTrash,
  type BulletinOrder,
  type CountBulletinsOptions,
  type IterateForIndexOptions,
  type ListBulletinsOptions,
} from './bulletins-read';
export {
  commitImport,
  emptyTrash,
  findExistingHashes,
  listBatches,
  moveToTrash,
  restoreFromTrash,
  undoImport,
  updateBulletin,
  type BulletinPatch,
  type CommitImportInput,
  type CommitImportResult,
} from './bulletins-write';
export {
  createTag,
  deleteTag,
  findTag,
  getOrCreateTagByName,
  listTags,
  mergeTags,
  moveTag,
  recolorTag,
  renameTag,
  undoDeleteTag,
  type NewTag,
  type TagDeletionUndo,
} from './tags';
export { addTags, removeTags, tagCounts, undoTagLinkChange, type TagLinkChange } from './tag-links';
export { createRule, deleteRule, listRules, restoreRule, rulesForTag, updateRule } from './rules';
export {
  createSavedSearch,
  deleteSavedSearch,
  listSavedSearches,
  reorderSavedSearches,
  restoreSavedSearch,
  updateSavedSearch,
} from './saved-searches';
export {
  addToDossier,
  createDossier,
  deleteDossier,
  duplicateDossier,
  getDossier,
  listDossiers,
  purgeDossier,
  removeFromDossier,
  restoreDossier,
  setDossierItems,
  updateDossier,
  type DossierFields,
} from './dossiers';
export { deleteSetting, getSetting, setSetting, type ArchiveSettings, type SettingKey } from './kv';
export {
  clearSearchIndex,
  getIndexFingerprint,
  loadSearchIndex,
  saveSearchIndex,
  type PersistedSearchIndex,
  type SearchIndexMeta,
} from './search-index';
export { exportArchive, restoreArchive, type ExportOptions, type RestoreCounts, type RestoreMode, type RestoreResult } from './backup';
export { requestPersistentStorage, storageEstimate } from './storage';
export {
  blobFromBytes,
  deleteOriginals,
  getOriginal,
  listOriginals,
  listUnusedOriginals,
  originalsUsage,
  prepareOriginal,
  recountOriginalLinks,
  restoreOriginals,
  sha256Hex,
  typeForName,
  type OriginalFileInput,
  type OriginalsUsage,
} from './originals';
export type { OriginalRow } from './db';
export { installStarterTaxonomy, type StarterInstallResult } from './starter';
/** `useArchiveDb` under a name that is not mistaken for a React hook (workers, scripts). */
export { useArchiveDb as switchArchiveDb } from './db';
export { currentSchemaVersion, exportBeforeUpgrade, pendingSchemaUpgrade } from './pre-upgrade';
export { newId } from './ids';
