/**
 * Commands on tags, tag links and auto-tag rules. Tag names are indexed, so anything that changes
 * which tags a bulletin carries, or what a carried tag is called, re-indexes those bulletins.
 */
import type { Tag, TagRule } from '../../../core/model';
import * as data from '../../../data';
import { linkedIds, type CommandContext } from './context';

type RulePatch = Parameters<typeof data.updateRule>[1];

export interface TagHandlers {
  'tags/add': (args: { bulletinIds: readonly string[]; tagIds: readonly string[] }) => Promise<data.TagLinkChange>;
  'tags/remove': (args: { bulletinIds: readonly string[]; tagIds: readonly string[] }) => Promise<data.TagLinkChange>;
  /** Reverses a `tags/add` or `tags/remove`. */
  'tags/undo': (args: { change: data.TagLinkChange }) => Promise<data.TagLinkChange>;
  'tag/create': (args: data.NewTag) => Promise<Tag>;
  /** The tag of that name under that parent, created when missing. */
  'tag/get-or-create': (args: { name: string; parentId?: string | null }) => Promise<Tag>;
  /** `names` (optional) sets its per-language names too (see core/tags/names). */
  'tag/rename': (args: { id: string; name: string; names?: Tag['names'] }) => Promise<Tag>;
  'tag/recolor': (args: { id: string; color: string }) => Promise<Tag>;
  'tag/move': (args: { id: string; parentId: string | null }) => Promise<Tag>;
  /** @returns the ids of bulletins whose tags changed. */
  'tag/merge': (args: { sourceId: string; targetId: string }) => Promise<string[]>;
  'tag/delete': (args: { id: string }) => Promise<data.TagDeletionUndo>;
  'tag/undo-delete': (args: { undo: data.TagDeletionUndo }) => Promise<void>;
  'tags/install-starter': () => Promise<data.StarterInstallResult>;
  'rule/create': (args: { query: string; tagId: string; enabled?: boolean }) => Promise<TagRule>;
  'rule/update': (args: { id: string; patch: RulePatch }) => Promise<TagRule>;
  /** @returns the deleted rule (for undo), or null when it was already gone. */
  'rule/delete': (args: { id: string }) => Promise<TagRule | null>;
  'rule/restore': (args: { rule: TagRule }) => Promise<void>;
  /** Applies rules (the given ones, else every enabled one) to the whole archive; @returns how many bulletins were tagged. */
  'rules/apply': (args: { rules?: TagRule[] }) => Promise<number>;
}

export function tagHandlers(ctx: CommandContext): TagHandlers {
  const relink = async (change: Promise<data.TagLinkChange>): Promise<data.TagLinkChange> => {
    const done = await change;
    await ctx.reindex(linkedIds(done.links));
    return done;
  };
  /** A tag write that changes no bulletin: only the cached list must follow. */
  const retag = async <T>(write: Promise<T>): Promise<T> => {
    const result = await write;
    await ctx.refreshTags();
    return result;
  };
  return {
    'tags/add': ({ bulletinIds, tagIds }) => relink(data.addTags(bulletinIds, tagIds)),
    'tags/remove': ({ bulletinIds, tagIds }) => relink(data.removeTags(bulletinIds, tagIds)),
    'tags/undo': ({ change }) => relink(data.undoTagLinkChange(change)),
    'tag/create': (input) => retag(data.createTag(input)),
    'tag/get-or-create': ({ name, parentId = null }) => retag(data.getOrCreateTagByName(name, parentId)),
    'tag/rename': async ({ id, name, names }) => {
      const tag = await retag(data.renameTag(id, name, names));
      await ctx.reindexCarriers([id]);
      return tag;
    },
    'tag/recolor': ({ id, color }) => retag(data.recolorTag(id, color)),
    // A tag's path is resolved from the tag tree when a query runs; the index holds ids and names.
    'tag/move': ({ id, parentId }) => retag(data.moveTag(id, parentId)),
    'tag/merge': async ({ sourceId, targetId }) => {
      const touched = await retag(data.mergeTags(sourceId, targetId));
      await ctx.reindex(touched);
      return touched;
    },
    'tag/delete': async ({ id }) => {
      const undo = await retag(data.deleteTag(id));
      await ctx.reindex(linkedIds(undo.links));
      return undo;
    },
    'tag/undo-delete': async ({ undo }) => {
      await retag(data.undoDeleteTag(undo));
      await ctx.reindex(linkedIds(undo.links));
    },
    'tags/install-starter': () => retag(data.installStarterTaxonomy()),
    'rule/create': (input) => data.createRule(input),
    'rule/update': ({ id, patch }) => data.updateRule(id, patch),
    'rule/delete': ({ id }) => data.deleteRule(id),
    'rule/restore': ({ rule }) => data.restoreRule(rule),
    'rules/apply': ({ rules }) => ctx.applyRules(undefined, rules),
  };
}
