/**
 * The archive's command set: every write a feature makes, by name, in one handler map (as
 * actualbudget/actual's loot-core combines its per-domain handlers). A command writes through data/
 * and updates the search index before it resolves, so the index follows by construction rather than
 * through change events. Features call `send(name, args)`; lint keeps them off data/'s writers.
 */
import { archiveHandlers, type ArchiveHandlers } from './archive';
import { bulletinHandlers, type BulletinHandlers } from './bulletins';
import { collectionHandlers, type CollectionHandlers } from './collections';
import type { CommandContext } from './context';
import { originalHandlers, type OriginalHandlers } from './originals';
import { syncHandlers, type SyncHandlers } from './sync';
import { tagHandlers, type TagHandlers } from './tags';

export type { CommandContext } from './context';

export type Handlers = BulletinHandlers & TagHandlers & CollectionHandlers & ArchiveHandlers & OriginalHandlers & SyncHandlers;
export type CommandName = keyof Handlers;

export type CommandResult<K extends CommandName> = Awaited<ReturnType<Handlers[K]>>;

/** Runs one command: `send('bulletin/update', { id, patch })`. */
export type Send = <K extends CommandName>(name: K, ...args: Parameters<Handlers[K]>) => Promise<CommandResult<K>>;

export function createHandlers(ctx: CommandContext): Handlers {
  return { ...bulletinHandlers(ctx), ...tagHandlers(ctx), ...collectionHandlers(), ...archiveHandlers(ctx), ...originalHandlers(), ...syncHandlers(ctx) };
}
