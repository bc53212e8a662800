/**
 * Bulletin revisions: every write of a bulletin row bumps `rev` (absent = 0) with its `updatedAt`,
 * so an edit made from a stale copy can be told apart from one made on the latest.
 */
import type { BulletinSummary } from '../core/model';
import { ArchiveError } from './errors';

/** The revision of a stored bulletin (rows written before revisions existed are at 0). */
export function revisionOf(row: Pick<BulletinSummary, 'rev'>): number {
  return row.rev ?? 0;
}

/** Marks a row as written now: a later `updatedAt` and the next revision. Mutates `row`. */
export function touchRow(row: Pick<BulletinSummary, 'rev' | 'updatedAt'>, now: number): void {
  row.updatedAt = Math.max(now, row.updatedAt + 1);
  row.rev = revisionOf(row) + 1;
}

/**
 * Refuses an edit based on an older revision, or on a bulletin moved to the Trash since (the
 * other window's write must not be lost, nor a trashed bulletin edited behind the person's back).
 * @throws ArchiveError 'conflict'
 */
export function checkRevision(row: Pick<BulletinSummary, 'rev'> & { trashed: 0 | 1 }, expectedRev: number | undefined): void {
  if (expectedRev === undefined) return;
  if (row.trashed === 1) throw new ArchiveError('conflict', 'This bulletin was moved to the Trash elsewhere; your changes were not saved.');
  if (revisionOf(row) !== expectedRev) {
    throw new ArchiveError('conflict', 'This bulletin was changed elsewhere since you opened it; your changes were not saved.');
  }
}
