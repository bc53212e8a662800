/** The team-archive bridge's storage side: the PouchDB sync copy and the archive's records. */
export { applyIncoming, listLocalBulletinIds, readLocalRecords, readOriginalBlob, type AppliedBatch, type IncomingBatch, type RecordScope } from './local-records';
export { loadPouch, type PouchDatabase, type PouchDoc, type PouchFactory, type ReplicationInfo, type ReplicationResult } from './pouch';
export { copyName, SYNC_BATCH_SIZE, SyncCopy, type BridgeCheckpoint, type SyncTarget } from './sync-copy';
export {
  clearSyncConflicts,
  getTeamArchiveConfig,
  listSyncConflicts,
  MAX_CONFLICT_ENTRIES,
  saveSyncConflicts,
  setTeamArchiveConfig,
  type SyncConflictEntry,
  type TeamArchiveConfig,
} from './state';
