/** Commands on kept original files. Originals are not indexed, so each is its data/ writer. */
import * as data from '../../../data';

export interface OriginalHandlers {
  /**
   * Deletes originals no bulletin links to (linked ones are kept).
   * @returns the deleted rows, for `originals/restore` (undo).
   */
  'originals/delete': (args: { ids: readonly string[] }) => Promise<data.OriginalRow[]>;
  /** Puts deleted originals back. @returns how many were added. */
  'originals/restore': (args: { rows: readonly data.OriginalRow[] }) => Promise<number>;
}

export function originalHandlers(): OriginalHandlers {
  return {
    'originals/delete': ({ ids }) => data.deleteOriginals(ids),
    'originals/restore': ({ rows }) => data.restoreOriginals(rows),
  };
}
