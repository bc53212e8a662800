/** Commands on bulletins: edits, the Trash and import batches. Each re-indexes what it changed. */
import type { Bulletin } from '../../../core/model';
import * as data from '../../../data';
import type { CommandContext } from './context';

export interface BulletinHandlers {
  /**
   * Edits a bulletin. `expectedRev` is the revision the editor was loaded at: when the bulletin was
   * written since (another window, a sync) or trashed, the edit is refused with ArchiveError 'conflict'.
   */
  'bulletin/update': (args: { id: string; patch: data.BulletinPatch; expectedRev?: number }) => Promise<Bulletin>;
  /** @returns how many moved to the Trash. */
  'bulletin/trash': (args: { ids: readonly string[] }) => Promise<number>;
  /** @returns how many came back from the Trash. */
  'bulletin/restore': (args: { ids: readonly string[] }) => Promise<number>;
  /** @returns how many were deleted for good. */
  'trash/empty': () => Promise<number>;
  'import/commit': (input: data.CommitImportInput) => Promise<data.CommitImportResult & { ruleTagged: number }>;
  /** @returns how many bulletins the undone batch removed. */
  'import/undo': (args: { batchId: string }) => Promise<number>;
}

export function bulletinHandlers(ctx: CommandContext): BulletinHandlers {
  return {
    'bulletin/update': async ({ id, patch, expectedRev }) => {
      const bulletin = await data.updateBulletin(id, patch, expectedRev);
      await ctx.reindex([id]);
      return bulletin;
    },
    'bulletin/trash': async ({ ids }) => {
      const moved = await data.moveToTrash(ids);
      await ctx.reindex(ids);
      return moved;
    },
    'bulletin/restore': async ({ ids }) => {
      const restored = await data.restoreFromTrash(ids);
      await ctx.reindex(ids);
      return restored;
    },
    // Trashed bulletins are already out of the index: nothing to re-read.
    'trash/empty': () => data.emptyTrash(),
    'import/commit': (input) => ctx.commitImport(input),
    'import/undo': async ({ batchId }) => {
      // Read before the undo deletes them: afterwards nothing says which bulletins the batch held.
      const ids = await data.listBatchBulletinIds(batchId);
      const removed = await data.undoImport(batchId);
      await ctx.reindex(ids);
      return removed;
    },
  };
}
