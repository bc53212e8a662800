/**
 * The team-archive settings kept on this laptop: where the server is, who signs in (never the
 * password: the desktop keeps it with the system keychain, the web twin not at all), when the last
 * sync finished, and the list of merged conflicts Settings shows with Undo. They live in kv rows of
 * their own, outside `ArchiveSettings`, so backups and restores leave them alone.
 */
import type { FieldConflict } from '../../core/sync/merge';
import type { SyncDocType } from '../../core/sync/docs';
import { getArchiveDb } from '../db';
import { withStorageErrors } from '../errors';

const CONFIG_KEY = 'teamArchive';
const CONFLICTS_KEY = 'teamArchiveConflicts';
/** Settings lists the latest merges; older ones are history on the documents themselves. */
export const MAX_CONFLICT_ENTRIES = 100;

export interface TeamArchiveConfig {
  /** The server's base URL (no credentials), e.g. `https://couch.example.org`. */
  serverUrl: string;
  database: string;
  username: string;
  /** Set once the first sync finished (the first-connect choice is not offered again). */
  firstSyncDoneAt: number | null;
  lastSyncAt: number | null;
  /** The first-connect choice, kept while the desktop window reloads to admit a new server. */
  pendingChoice?: 'add-local' | 'start-from-team';
}

/** One resolved conflict, as Settings lists it. */
export interface SyncConflictEntry {
  id: string;
  docId: string;
  type: SyncDocType;
  /** A bulletin's or dossier's title, or the record's name, for the list. */
  label: string;
  mergedAt: number;
  fields: FieldConflict[];
  /** This laptop's content before the merge (what Undo puts back), without CouchDB fields. */
  before: Record<string, unknown> | null;
  undone?: boolean;
}

export async function getTeamArchiveConfig(): Promise<TeamArchiveConfig | null> {
  const value = (await getArchiveDb().kv.get(CONFIG_KEY))?.value;
  return typeof value === 'object' && value !== null ? (value as TeamArchiveConfig) : null;
}

export async function setTeamArchiveConfig(config: TeamArchiveConfig | null): Promise<void> {
  const kv = getArchiveDb().kv;
  await withStorageErrors(async () => {
    if (config) await kv.put({ key: CONFIG_KEY, value: config });
    else await kv.delete(CONFIG_KEY);
  });
}

export async function listSyncConflicts(): Promise<SyncConflictEntry[]> {
  const value = (await getArchiveDb().kv.get(CONFLICTS_KEY))?.value;
  return Array.isArray(value) ? (value as SyncConflictEntry[]) : [];
}

/** Adds entries (newest first) or replaces ones with the same id; keeps the latest MAX_CONFLICT_ENTRIES. */
export async function saveSyncConflicts(entries: readonly SyncConflictEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const db = getArchiveDb();
  await withStorageErrors(() =>
    db.transaction('rw', db.kv, async () => {
      const current = await listSyncConflicts();
      const replaced = new Set(entries.map((e) => e.id));
      const next = [...entries, ...current.filter((e) => !replaced.has(e.id))].slice(0, MAX_CONFLICT_ENTRIES);
      await db.kv.put({ key: CONFLICTS_KEY, value: next });
    }),
  );
}

export async function clearSyncConflicts(): Promise<void> {
  await withStorageErrors(() => getArchiveDb().kv.delete(CONFLICTS_KEY));
}
