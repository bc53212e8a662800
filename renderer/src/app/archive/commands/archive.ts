/** Commands on the archive as a whole: restoring a backup or a snapshot replaces what the index reflects. */
import type { BackupFile } from '../../../core/backup/format';
import type { RestoreMode, RestoreResult } from '../../../data';
import { restoreWithSafetySnapshot } from '../snapshots';
import type { CommandContext } from './context';

export interface ArchiveHandlers {
  /** Restores a backup (sanitised; on the desktop after a before-restore snapshot) and rebuilds the index. */
  'archive/restore': (args: { file: BackupFile; mode: RestoreMode }) => Promise<RestoreResult>;
}

export function archiveHandlers(ctx: CommandContext): ArchiveHandlers {
  return {
    'archive/restore': async ({ file, mode }) => {
      const result = await restoreWithSafetySnapshot(file, mode);
      await ctx.refreshTags();
      // A merge or replace may touch any bulletin: one rebuild is cheaper than tracking them all.
      await ctx.rebuildIndex();
      return result;
    },
  };
}
