/**
 * Change notifications: every write announces what changed, to listeners in this tab and, via a
 * BroadcastChannel, in other tabs/windows of the same origin, so two windows stay consistent.
 */

export type ArchiveChangeKind = 'bulletins' | 'tags' | 'dossiers' | 'savedSearches' | 'rules' | 'kv' | 'originals' | 'all';

export interface ArchiveChange {
  kind: ArchiveChangeKind;
  /** 'local' for writes made in this tab, 'remote' for ones another tab or window announced. */
  origin?: 'local' | 'remote';
  /** Affected record ids, when known and few enough to be useful. */
  ids?: string[];
  /**
   * 'team-sync' for what the team-archive sync stored (received from the server): the sync does not
   * count it as a local change to send back.
   */
  source?: 'team-sync';
}

export type ArchiveChangeListener = (change: ArchiveChange) => void;

export const ARCHIVE_CHANNEL_NAME = 'pa-archive-changes';

const KINDS: ReadonlySet<string> = new Set(['bulletins', 'tags', 'dossiers', 'savedSearches', 'rules', 'kv', 'originals', 'all']);
/** Above this, ids are dropped: listeners then refresh the whole kind, which is cheaper than a huge message. */
const MAX_IDS = 1000;

const listeners = new Set<ArchiveChangeListener>();
let channel: BroadcastChannel | null = null;

function isChange(value: unknown): value is ArchiveChange {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { kind?: unknown; ids?: unknown };
  if (typeof v.kind !== 'string' || !KINDS.has(v.kind)) return false;
  const source = (value as { source?: unknown }).source;
  if (source !== undefined && source !== 'team-sync') return false;
  return v.ids === undefined || (Array.isArray(v.ids) && v.ids.every((id) => typeof id === 'string'));
}

function deliver(change: ArchiveChange): void {
  for (const listener of [...listeners]) {
    try {
      listener(change);
    } catch (error) {
      // One faulty listener must not stop the others or the write that triggered it.
      console.error('archive change listener failed', error);
    }
  }
}

function getChannel(): BroadcastChannel | null {
  if (channel) return channel;
  if (typeof BroadcastChannel === 'undefined') return null;
  try {
    channel = new BroadcastChannel(ARCHIVE_CHANNEL_NAME);
  } catch {
    return null;
  }
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isChange(event.data)) deliver({ ...event.data, origin: 'remote' });
  };
  // Node (tests) keeps the process alive while a channel is open; browsers have no unref.
  const unref = (channel as unknown as { unref?: () => void }).unref;
  if (typeof unref === 'function') unref.call(channel);
  return channel;
}

/**
 * Subscribes to archive changes made in this tab and in other tabs/windows.
 * @returns an unsubscribe function.
 */
export function onArchiveChange(listener: ArchiveChangeListener): () => void {
  listeners.add(listener);
  getChannel();
  return () => {
    listeners.delete(listener);
  };
}

/** Announces a committed change locally and to other tabs. Called by the data layer after each write. */
export function emitArchiveChange(change: ArchiveChange): void {
  const message: ArchiveChange = {
    kind: change.kind,
    ...(change.ids && change.ids.length <= MAX_IDS ? { ids: [...change.ids] } : {}),
    ...(change.source ? { source: change.source } : {}),
  };
  deliver({ ...message, origin: 'local' });
  try {
    getChannel()?.postMessage(message);
  } catch {
    // A closed or broken channel only costs cross-tab freshness, never the write itself.
  }
}

/** Closes the cross-tab channel (tests; app shutdown). Listeners stay registered. */
export function closeArchiveChannel(): void {
  channel?.close();
  channel = null;
}
