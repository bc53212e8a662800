/**
 * Storing an import batch while the search worker indexes it: the ids are chosen here so both can
 * start at once, on their different threads, instead of indexing after the store.
 */
import { TimeSlice } from '../../core/scheduling';
import { toSearchDoc } from '../../core/search/search-doc';
import * as data from '../../data';
import type { SearchPort } from './search-port';

/**
 * Indexes the batch WHILE it is stored. Whatever the store then skips (duplicates) or a failed
 * transaction leaves out is taken back out of the index. The index must be ready.
 */
export async function storeAndIndex(
  search: SearchPort,
  tagName: (id: string) => string,
  input: data.CommitImportInput,
): Promise<data.CommitImportResult> {
  const ids = await chooseIds(input);
  // The port posts the batch in slices with yields between (see SearchClient.add).
  const indexed = search.add(input.bulletins.map((b, i) => toSearchDoc(b, ids[i] ?? '', input.tagIdsByIndex?.[i] ?? [], tagName)));
  let result: data.CommitImportResult;
  try {
    result = await data.commitImport({ ...input, ids });
  } catch (error) {
    await indexed.catch(() => 0);
    await search.remove(ids);
    throw error;
  }
  await indexed;
  const stored = new Set(result.added.map((summary) => summary.id));
  const skipped = ids.filter((id) => !stored.has(id));
  if (skipped.length > 0) await search.remove(skipped);
  return result;
}

/**
 * The ids the batch will be stored under, chosen in time-boxed slices starting in a fresh task: the
 * caller may be at the end of a heavy task (receiving parsed files), and 10,000 UUIDs take ~25 ms.
 */
async function chooseIds(input: data.CommitImportInput): Promise<string[]> {
  const ids = new Array<string>(input.bulletins.length);
  const slice = new TimeSlice();
  await slice.next();
  for (let i = 0; i < ids.length; i++) {
    if (slice.spent) await slice.next();
    ids[i] = input.ids?.[i] ?? data.newId();
  }
  return ids;
}
