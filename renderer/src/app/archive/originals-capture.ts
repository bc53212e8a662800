/**
 * Keeping the files of an import: each is hashed and turned into a Blob BEFORE its bytes are
 * transferred to the import worker (a transferred buffer is empty on this side afterwards), and
 * the preview's commit then links every bulletin to the file it came from.
 */
import { TimeSlice } from '../../core/scheduling';
import * as data from '../../data';

/** The kept files of one import, by the name the import pipeline knows them under. */
export interface CapturedOriginals {
  byName: ReadonlyMap<string, data.OriginalFileInput>;
}

export const NO_ORIGINALS: CapturedOriginals = { byName: new Map() };

/**
 * Prepares every readable file for keeping (hashed in slices, see data/originals.ts, unless the
 * import worker already gave its `sha256`). A file
 * that fails here is simply not kept: the import itself must not fail over it.
 */
export async function captureOriginals(files: ReadonlyArray<{ name: string; bytes: Uint8Array; sha256?: string | undefined }>): Promise<CapturedOriginals> {
  const byName = new Map<string, data.OriginalFileInput>();
  // Small files hash without yielding: a folder of hundreds would otherwise run as one long task.
  const slice = new TimeSlice();
  for (const file of files) {
    if (slice.spent) await slice.next();
    if (file.bytes.byteLength === 0) continue;
    try {
      // The stored name is the base name: a folder import names files "Folder/sub/a.pdf".
      const base = file.name.slice(file.name.lastIndexOf('/') + 1) || file.name;
      byName.set(file.name, { ...(await data.prepareOriginal(base, file.bytes, file.sha256)) });
    } catch (error) {
      console.warn(`could not keep the original of ${file.name}`, error);
    }
  }
  return { byName };
}

/** `commitImport`'s originals arguments for bulletins that came from these files, in order. */
export function originalsForCommit(
  captured: CapturedOriginals,
  fileNames: readonly string[],
): Pick<data.CommitImportInput, 'originals' | 'originalIds'> {
  if (captured.byName.size === 0) return {};
  const originalIds = fileNames.map((name) => captured.byName.get(name)?.id);
  return { originals: [...captured.byName.values()], originalIds };
}
