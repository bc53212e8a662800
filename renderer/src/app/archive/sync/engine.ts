/**
 * The team-archive sync: one cycle is (1) apply what the copy still holds from last time, (2) write
 * this laptop's changes into the copy, (3) push, (4) pull, (5) apply the pulled changes through the
 * command path (merging conflicts), (6) push the merges. PouchDB checkpoints steps 3 and 4 both ways
 * and the bridge checkpoints 5, so a cycle cut short (server gone, window closed) resumes where it
 * stopped. Cycles run on demand, shortly after local edits, and every minute while the server answers.
 */
import { onArchiveChange } from '../../../data';
import * as sync from '../../../data/sync';
import type { HostApi } from '../../../host';
import type { Send } from '../commands';
import { DirtySet, exportLocal } from './exporter';
import { classifySyncError, pushFailure, SyncError, teamDatabaseUrl, type SyncErrorCode } from './errors';
import { applyPending } from './importer';
import { InStepMap } from './in-step';

export type FirstSyncChoice = 'add-local' | 'start-from-team';

export interface SyncStatus {
  state: 'disconnected' | 'connecting' | 'syncing' | 'idle' | 'error';
  config: sync.TeamArchiveConfig | null;
  /** Set while a first sync runs: how far it got (0–1), for the progress bar. */
  progress: number | null;
  lastSyncAt: number | null;
  /** Local bulletins changed since the last export (Infinity: a full comparison is due). */
  waiting: number;
  error: { code: SyncErrorCode; message: string } | null;
  /** Incoming documents refused by validation in the last cycle, with their named errors. */
  refused: Array<{ docId: string; error: string }>;
  /** Documents written to the server / taken from it in the last cycle. */
  lastCounts: { sent: number; received: number } | null;
}

export interface ConnectInput {
  serverUrl: string;
  database: string;
  username: string;
  password: string;
  choice: FirstSyncChoice;
}

/** What the engine needs of the host: the allowed server and the password store (see HostApi). */
export type TeamHost = Pick<HostApi, 'setTeamServer' | 'saveTeamPassword' | 'loadTeamPassword' | 'forgetTeamPassword'>;

export interface EngineDeps {
  send: Send;
  host: TeamHost;
  /** Reloads the window (desktop: a newly allowed server is in the page's CSP only after a reload). */
  reload(): void;
  sanitizeHtml(html: string): string;
  /** Empties the local archive (the "start from the team's archive" choice), through the restore command. */
  clearLocalArchive(): Promise<void>;
  pouch?: () => Promise<sync.PouchFactory>;
  now?: () => number;
}

/** The keychain entry of one team database and user (never the password itself). */
function passwordKey(databaseUrl: string, username: string): string {
  return `${databaseUrl}|${username}`;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * Runs a cycle while holding a lock shared by every window of the app: each window has an engine,
 * but they share one sync copy, and two cycles interleaving on it would write over each other.
 */
function oneWindowAtATime(cycle: () => Promise<void>): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return cycle();
  // The lock is held until the cycle's promise settles; its value is not needed.
  const held: Promise<unknown> = locks.request('pa-team-archive-sync', cycle);
  return held.then(() => undefined);
}

const AUTO_INTERVAL_MS = 60_000;
const EDIT_DELAY_MS = 3_000;
const RETRY_MAX_MS = 5 * 60_000;

export class SyncEngine {
  private copy: sync.SyncCopy | null = null;
  private readonly dirty = new DirtySet();
  private readonly refusedIds = new Set<string>();
  /**
   * Per document, the copy revision the archive is in step with: taken after each export (when the
   * copy and the archive agree) and moved on as pulled pages are stored, so a page never overwrites
   * an edit made here in between (local-guard). Kept in the copy: it outlives this window.
   */
  private steps = new InStepMap();
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private status: SyncStatus = { state: 'disconnected', config: null, progress: null, lastSyncAt: null, waiting: 0, error: null, refused: [], lastCounts: null };
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: EngineDeps) {
    this.unsubscribe = onArchiveChange((change) => {
      // What a sync stored came from the copy: it is neither waiting nor a reason for another cycle.
      if (change.source === 'team-sync') return;
      this.dirty.note(change);
      if (!this.copy) return;
      // The status line's "changes waiting" follows edits as they are made.
      if (this.status.waiting !== this.dirty.pending) this.update({});
      // Glossary edits are kv writes too: they sync soon like any edit (other kv rows are local state).
      if (change.kind !== 'kv' || change.ids?.includes('glossary')) this.schedule(EDIT_DELAY_MS);
    });
    void sync.getTeamArchiveConfig().then((config) => {
      if (config && this.status.state === 'disconnected') this.update({ config, lastSyncAt: config.lastSyncAt });
      if (config) void this.resume(config);
    });
  }

  getStatus(): SyncStatus {
    return this.status;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch, waiting: this.dirty.pending };
    for (const listener of [...this.listeners]) listener(this.status);
  }

  /** Desktop: reconnects at start with the password kept in the system keychain (the web twin keeps none). */
  private async resume(config: sync.TeamArchiveConfig): Promise<void> {
    try {
      const key = passwordKey(teamDatabaseUrl(config.serverUrl, config.database), config.username);
      const password = await this.deps.host.loadTeamPassword(key);
      if (!password || this.copy) return;
      await this.connect({ serverUrl: config.serverUrl, database: config.database, username: config.username, password, choice: config.pendingChoice ?? 'add-local' });
    } catch {
      // The status shows why; the person can connect by hand.
    }
  }

  /** Signs in, makes the first-connect choice (only before the first sync), then syncs. */
  async connect(input: ConnectInput): Promise<void> {
    this.update({ state: 'connecting', error: null });
    try {
      const url = teamDatabaseUrl(input.serverUrl, input.database);
      const gate = await this.deps.host.setTeamServer(input.serverUrl.trim());
      if (!gate.allowed) throw new SyncError('bad-url', 'This server address is not allowed.');
      await this.deps.host.saveTeamPassword(passwordKey(url, input.username.trim()), input.password);
      if (gate.reloadNeeded) {
        // The desktop page admits the new server only after a reload: keep the choice, reload, resume.
        const previous = await sync.getTeamArchiveConfig();
        await sync.setTeamArchiveConfig({
          serverUrl: input.serverUrl.trim(),
          database: input.database.trim(),
          username: input.username.trim(),
          firstSyncDoneAt: previous?.firstSyncDoneAt ?? null,
          lastSyncAt: previous?.lastSyncAt ?? null,
          pendingChoice: input.choice,
        });
        this.deps.reload();
        return;
      }
      const pouch = await (this.deps.pouch ?? sync.loadPouch)();
      const copy = sync.SyncCopy.open(pouch, { url, username: input.username.trim(), password: input.password });
      // Checks the address, the credentials and read access before anything is written.
      await copy.checkCredentials();
      await copy.remoteInfo();
      const previous = await sync.getTeamArchiveConfig();
      const sameTeam = previous?.serverUrl === input.serverUrl.trim() && previous.database === input.database.trim() && previous.firstSyncDoneAt !== null;
      if (!sameTeam && input.choice === 'start-from-team') await this.deps.clearLocalArchive();
      const config: sync.TeamArchiveConfig = {
        serverUrl: input.serverUrl.trim(),
        database: input.database.trim(),
        username: input.username.trim(),
        firstSyncDoneAt: sameTeam ? previous.firstSyncDoneAt : null,
        lastSyncAt: sameTeam ? previous.lastSyncAt : null,
      };
      await sync.setTeamArchiveConfig(config);
      await this.copy?.close();
      this.copy = copy;
      this.steps = new InStepMap();
      this.dirty.markAll();
      this.update({ config, state: 'idle' });
    } catch (error) {
      console.warn('team archive: connect failed', describe(error));
      const failure = classifySyncError(error);
      this.update({ state: 'error', error: { code: failure.code, message: failure.message } });
      throw failure;
    }
    await this.syncNow();
  }

  /** Runs a cycle now (or right after the running one). Errors go to the status, not to the caller. */
  syncNow(): Promise<void> {
    if (!this.copy) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = oneWindowAtATime(() => this.cycle()).finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.syncNow();
      }
    });
    return this.running;
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.syncNow();
    }, delay);
  }

  private async cycle(): Promise<void> {
    const copy = this.copy;
    const config = this.status.config;
    if (!copy || !config) return;
    const first = config.firstSyncDoneAt === null;
    this.update({ state: 'syncing', error: null, progress: first ? 0 : null });
    const taken = this.dirty.take();
    const importDeps = { send: this.deps.send, sanitizeHtml: this.deps.sanitizeHtml, now: this.deps.now ?? Date.now };
    try {
      // Another window may have synced (or been closed mid-cycle) since this one last did.
      await this.steps.load(copy);
      const pending = await applyPending(copy, importDeps, this.steps);
      await exportLocal(copy, taken, this.refusedIds, (done, total) => first && this.update({ progress: 0.3 * (done / Math.max(1, total)) }));
      // The copy now holds every local change taken for this cycle: what the archive is in step with.
      await this.steps.replace(copy, await copy.revisions());
      const pushed = await copy.push().catch((error: unknown) => {
        // The credentials were accepted at connect: a refusal now is about rights (pouchdb-server
        // answers 401 where CouchDB answers 403), and the changes stay in the copy.
        const failure = classifySyncError(error);
        throw failure.code === 'unauthorized' ? classifySyncError({ status: 403 }) : failure;
      });
      const denied = pushFailure(pushed);
      if (first) this.update({ progress: 0.5 });
      const remoteCount = first ? (await copy.remoteInfo()).doc_count : 0;
      await copy.pull((info) => first && this.update({ progress: 0.5 + 0.3 * Math.min(1, info.docs_written / Math.max(1, remoteCount)) }));
      const pulled = await applyPending(copy, importDeps, this.steps, (n) => first && this.update({ progress: 0.8 + 0.2 * Math.min(1, n / Math.max(1, remoteCount)) }));
      const merged = [...pending.merged, ...pulled.merged];
      let sent = pushed.docs_written;
      if (merged.length > 0 || pending.localMerges + pulled.localMerges > 0) {
        await sync.saveSyncConflicts(merged);
        sent += (await copy.push()).docs_written;
      }
      for (const refused of [...pending.refused, ...pulled.refused]) this.refusedIds.add(refused.docId);
      const now = (this.deps.now ?? Date.now)();
      const next: sync.TeamArchiveConfig = { ...config, lastSyncAt: now, firstSyncDoneAt: config.firstSyncDoneAt ?? now };
      await sync.setTeamArchiveConfig(next);
      this.failures = 0;
      this.update({
        config: next,
        state: denied ? 'error' : 'idle',
        error: denied ? { code: denied.code, message: denied.message } : null,
        progress: null,
        lastSyncAt: now,
        refused: [...pending.refused, ...pulled.refused],
        lastCounts: { sent, received: pending.applied + pulled.applied },
      });
      this.schedule(AUTO_INTERVAL_MS);
    } catch (error) {
      this.dirty.restore(taken);
      // The person sees the classified message; the raw one helps whoever reads the console.
      console.warn('team archive: sync failed', describe(error));
      const failure = classifySyncError(error);
      this.failures++;
      this.update({ state: 'error', error: { code: failure.code, message: failure.message }, progress: null });
      // Keep trying while the server is away, less and less often; wrong credentials wait for the person.
      if (failure.code === 'unreachable') this.schedule(Math.min(RETRY_MAX_MS, 5_000 * 2 ** Math.min(6, this.failures - 1)));
    }
  }

  /** The merges Settings lists, newest first. */
  listConflicts(): Promise<sync.SyncConflictEntry[]> {
    return sync.listSyncConflicts();
  }

  /** Undoes one merge: this laptop's version before the merge becomes the current one again (and is synced). */
  async undoConflict(entry: sync.SyncConflictEntry): Promise<void> {
    const copy = this.copy;
    if (!copy) throw new SyncError('failed', 'Connect to the team archive to undo a merge.');
    const current = (await copy.current([entry.docId])).get(entry.docId);
    const restored: sync.PouchDoc = entry.before
      ? { ...entry.before, ...(current?.history ? { history: current.history } : {}), _id: entry.docId, updatedAt: (this.deps.now ?? Date.now)() }
      : { _id: entry.docId, _deleted: true };
    if (current?._rev) restored._rev = current._rev;
    if (current?._attachments && !restored._deleted) restored._attachments = current._attachments;
    await copy.bulk([restored]);
    await sync.saveSyncConflicts([{ ...entry, undone: true }]);
    await this.syncNow();
  }

  /** Stops syncing and forgets the server; the local archive stays as it is. */
  async disconnect(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    await this.copy?.destroy();
    this.copy = null;
    await sync.setTeamArchiveConfig(null);
    await this.deps.host.forgetTeamPassword();
    await this.deps.host.setTeamServer(null);
    this.update({ state: 'disconnected', config: null, lastSyncAt: null, error: null, progress: null, refused: [], lastCounts: null });
  }

  dispose(): void {
    this.unsubscribe();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    void this.copy?.close();
    this.copy = null;
  }
}
