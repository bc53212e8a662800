/**
 * Resolving a CouchDB conflict in the sync copy: every live leaf is merged into the winning one
 * against their common ancestor (core/sync/merge), the merged content is written on top of the
 * winner and the other leaves are deleted, so the document has one revision again. The merged
 * revision then flows to the archive and to the server like any other change.
 */
import { docContent, parseDocId } from '../../../core/sync/docs';
import { mergeDocs, type DocFields, type FieldConflict } from '../../../core/sync/merge';
import type * as sync from '../../../data/sync';

/** The revision ids of a leaf's history, newest first (`3-abc`, `2-def`, …). */
export function revisionChain(doc: sync.PouchDoc): string[] {
  const revs = doc._revisions;
  if (!revs) return doc._rev ? [doc._rev] : [];
  return revs.ids.map((hash, i) => `${revs.start - i}-${hash}`);
}

/** The newest revision both leaves descend from, or null when their histories share none. */
export function commonAncestor(a: sync.PouchDoc, b: sync.PouchDoc): string | null {
  const inB = new Set(revisionChain(b));
  return revisionChain(a).find((rev) => rev !== a._rev && inB.has(rev)) ?? null;
}

export interface ResolvedConflict {
  docId: string;
  fields: FieldConflict[];
  merged: DocFields;
}

/**
 * Merges the live leaves of one document and writes the result into the copy.
 * @returns what was merged, or null when there was nothing to merge (one live leaf left).
 */
export async function resolveConflict(copy: sync.SyncCopy, id: string): Promise<ResolvedConflict | null> {
  const parsed = parseDocId(id);
  const leaves = (await copy.leaves(id)).filter((leaf) => !leaf._deleted);
  if (!parsed || leaves.length < 2) return null;
  // The copy's winner is the same one CouchDB picks everywhere: the longest history, then the highest
  // rev. Taken from the leaves, which carry their revision history (needed to find the ancestor).
  const winnerRev = (await copy.current([id])).get(id)?._rev;
  const winner = leaves.find((leaf) => leaf._rev === winnerRev);
  if (!winner) return null;
  let mergedFields = docContent(winner);
  let mergedSide: sync.PouchDoc = winner;
  const fields: FieldConflict[] = [];
  const losers = leaves.filter((leaf) => leaf._rev !== winner._rev);
  for (const other of losers) {
    const ancestorRev = commonAncestor(mergedSide, other) ?? commonAncestor(winner, other);
    const ancestor = ancestorRev ? await copy.revision(id, ancestorRev) : null;
    const result = mergeDocs(parsed.type, ancestor ? docContent(ancestor) : null, { fields: mergedFields, rev: winner._rev ?? '' }, { fields: docContent(other), rev: other._rev ?? '' });
    mergedFields = result.fields;
    mergedSide = { ...winner, ...result.fields };
    fields.push(...result.conflicts);
  }
  await copy.bulk([
    { ...mergedFields, _id: id, _rev: winner._rev, ...(winner._attachments ? { _attachments: winner._attachments } : {}) },
    ...losers.map((leaf): sync.PouchDoc => ({ _id: id, _rev: leaf._rev, _deleted: true })),
  ]);
  return { docId: id, fields, merged: mergedFields };
}
