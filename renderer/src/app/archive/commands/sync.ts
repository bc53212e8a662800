/**
 * Commands of the team-archive sync. Incoming changes are written by `sync/apply`, like any other
 * write: through data/ and then the search index, so a colleague's bulletin is found by search as
 * soon as it is stored.
 */
import * as sync from '../../../data/sync';
import type { CommandContext } from './context';

export interface SyncHandlers {
  /** Stores a validated, sanitised batch of incoming records and re-indexes what it changed. */
  'sync/apply': (args: { batch: sync.IncomingBatch }) => Promise<sync.AppliedBatch>;
}

export function syncHandlers(ctx: CommandContext): SyncHandlers {
  return {
    'sync/apply': async ({ batch }) => {
      const applied = await sync.applyIncoming(batch);
      if (applied.tagsChanged) {
        await ctx.refreshTags();
        // A renamed tag changes what its carriers are found by.
        const renamed = batch.put.flatMap((r) => (r.type === 'tag' ? [r.value.id] : []));
        if (renamed.length > 0) await ctx.reindexCarriers(renamed);
      }
      if (applied.bulletinIds.length > 0) await ctx.reindex(applied.bulletinIds);
      return applied;
    },
  };
}
