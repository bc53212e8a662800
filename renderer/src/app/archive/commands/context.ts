/**
 * What a command may ask of the archive service besides data/: keeping the search index and the
 * cached tag list in step. The service implements it; commands stay plain functions over it.
 */
import type { TagRule } from '../../../core/model';
import type * as data from '../../../data';

export interface CommandContext {
  /** Re-reads these bulletins into the index (or takes them out when gone or trashed). */
  reindex(ids: readonly string[]): Promise<void>;
  /** Re-reads the tag list (tag names are indexed and the list shows them). */
  refreshTags(): Promise<void>;
  /** Re-indexes every bulletin that carries one of these tags (after a rename). */
  reindexCarriers(tagIds: readonly string[]): Promise<void>;
  /** A fresh index from the database (after a restore replaced it). */
  rebuildIndex(): Promise<number>;
  /** Stores and indexes an import batch, then applies the auto-tag rules to it. */
  commitImport(input: data.CommitImportInput): Promise<data.CommitImportResult & { ruleTagged: number }>;
  /** Applies enabled auto-tag rules (to the given bulletins, else to all); returns how many were tagged. */
  applyRules(onlyIds?: readonly string[], rules?: TagRule[]): Promise<number>;
}

/** The bulletin ids of a tag-link change (what the index must re-read). */
export function linkedIds(links: ReadonlyArray<readonly [string, readonly string[]]>): string[] {
  return links.map(([bulletinId]) => bulletinId);
}
