/**
 * The in-step map (see local-guard), kept in the sync copy so that it outlives the window: a window
 * closed after a pull but before the pulled changes were stored leaves them in the copy, and the next
 * window must still tell an edit made here meanwhile from an incoming change. Other windows share the
 * copy too, and reload the map when they find another window wrote it.
 *
 * Cheap by design: the map changes a few entries per cycle, so those go into the bridge's checkpoint
 * (one small write, together with how far the copy was applied, so the two never disagree) and the
 * full map is written as a new snapshot only when the changed entries grow past a quarter of it.
 */
import type * as sync from '../../../data/sync';
import type { Bases } from './local-guard';

/** Changed entries kept beside the checkpoint before a new snapshot is written. */
const COMPACT_MIN = 1000;

function newStamp(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
}

export class InStepMap {
  private bases: Bases | null = null;
  private seq: number | string = 0;
  private gen = 0;
  private overrides = new Map<string, string | null>();
  /** The stamp of the checkpoint this window last read or wrote (null: not read yet). */
  private stamp: string | null = null;

  /** Document id → revision the archive is in step with; null when none is known (never exported). */
  get map(): Bases | null {
    return this.bases;
  }

  /** How far the copy's changes were applied to the archive. */
  get appliedSeq(): number | string {
    return this.seq;
  }

  /** Reads the map from the copy unless this window wrote it last (call before each cycle). */
  async load(copy: sync.SyncCopy): Promise<void> {
    const state = await copy.readBridge();
    if (this.stamp !== null && state.stamp === this.stamp) return;
    this.seq = state.seq;
    this.stamp = state.stamp ?? '';
    this.overrides = new Map(Object.entries(state.overrides ?? {}));
    this.gen = state.gen ?? 0;
    const snapshot = state.gen === undefined ? null : state.gen === 0 ? {} : await copy.readSnapshot(state.gen);
    if (!snapshot) {
      // Never exported, or written by a version without the map: incoming changes are stored.
      this.bases = null;
      return;
    }
    const bases: Bases = new Map(Object.entries(snapshot));
    for (const [id, rev] of this.overrides) {
      if (rev === null) bases.delete(id);
      else bases.set(id, rev);
    }
    this.bases = bases;
  }

  /** After an export: the archive is in step with the copy's current revisions. */
  async replace(copy: sync.SyncCopy, revisions: Bases): Promise<void> {
    const before = this.bases ?? new Map<string, string>();
    let changed = this.bases === null;
    for (const [id, rev] of revisions) {
      if (before.get(id) === rev) continue;
      this.overrides.set(id, rev);
      changed = true;
    }
    for (const id of before.keys()) {
      if (revisions.has(id)) continue;
      this.overrides.set(id, null);
      changed = true;
    }
    this.bases = revisions;
    if (changed) await this.save(copy);
  }

  /** After a page was stored: what it settled (null: deleted), saved with the checkpoint past it. */
  async settle(copy: sync.SyncCopy, settled: ReadonlyMap<string, string | null>, seq: number | string): Promise<void> {
    const bases = this.bases;
    if (bases) {
      for (const [id, rev] of settled) {
        if (rev === null ? !bases.delete(id) : bases.get(id) === rev) continue;
        if (rev !== null) bases.set(id, rev);
        this.overrides.set(id, rev);
      }
    }
    this.seq = seq;
    await this.save(copy);
  }

  private async save(copy: sync.SyncCopy): Promise<void> {
    const bases = this.bases;
    if (bases && this.overrides.size > Math.max(COMPACT_MIN, bases.size / 4)) {
      // The new snapshot is a document of its own: until the checkpoint names it, the old one holds.
      const old = this.gen;
      await copy.writeSnapshot(old + 1, Object.fromEntries(bases));
      this.gen = old + 1;
      this.overrides = new Map();
      await this.writeCheckpoint(copy);
      if (old > 0) await copy.dropSnapshot(old).catch(() => undefined);
      return;
    }
    await this.writeCheckpoint(copy);
  }

  private async writeCheckpoint(copy: sync.SyncCopy): Promise<void> {
    // Changed before the write: should the write fail, the next load finds a stamp not ours and reloads.
    this.stamp = newStamp();
    const map = this.bases ? { gen: this.gen, overrides: Object.fromEntries(this.overrides) } : {};
    await copy.writeBridge({ seq: this.seq, ...map, stamp: this.stamp });
  }
}
