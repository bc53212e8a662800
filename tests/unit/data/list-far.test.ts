// Far list pages are cut from the date index's ordered keys (cached while the archive is unchanged)
// instead of skipping a cursor: they must be exactly the pages the cursor path would give.
import { describe, expect, it } from 'vitest';
import { parsed, useFreshDb } from './helpers';
import { commitImport, listBulletins, moveToTrash } from '../../../renderer/src/data';
import { FAR_OFFSET } from '../../../renderer/src/data/bulletins-read';

const db = useFreshDb();

/** Bulletins sharing dates in threes (ties broken by id) and every 50th undated. */
function batch(count: number, prefix: string) {
  return Array.from({ length: count }, (_, i) => {
    const date = i % 50 === 7 ? null : new Date(Date.UTC(2020, 0, 1 + Math.floor(i / 3))).toISOString().slice(0, 10);
    return parsed({ title: `${prefix} ${i}`, date, datePrecision: date ? 'day' : 'unknown', body: `Text ${prefix} ${i}.` });
  });
}

/** The live list's order, worked out from the rows themselves: date key, then id. */
async function expectedAscending(): Promise<string[]> {
  const rows = (await db().bulletins.toArray()).filter((r) => r.trashed === 0);
  rows.sort((a, b) => (a.dateKey < b.dateKey ? -1 : a.dateKey > b.dateKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return rows.map((r) => r.id);
}

async function page(offset: number, order: 'date-asc' | 'date-desc'): Promise<string[]> {
  return (await listBulletins({ offset, limit: 25, order })).map((s) => s.id);
}

describe('listBulletins far from the start', () => {
  it('gives the same pages as the cursor path, in both orders, across the switch-over, and follows changes', async () => {
    await commitImport({ fileNames: ['a.txt'], bulletins: batch(FAR_OFFSET + 120, 'A') });
    let asc = await expectedAscending();
    let desc = [...asc].reverse();
    const total = asc.length;
    for (const offset of [FAR_OFFSET - 30, FAR_OFFSET - 5, FAR_OFFSET, FAR_OFFSET + 33, total - 25, total - 10]) {
      expect(await page(offset, 'date-asc')).toEqual(asc.slice(offset, offset + 25));
      expect(await page(offset, 'date-desc')).toEqual(desc.slice(offset, offset + 25));
    }

    // Changes made after the ordered keys were read: a bulletin leaves for the Trash, new ones arrive.
    const gone = asc[FAR_OFFSET + 40] ?? '';
    await moveToTrash([gone]);
    await commitImport({ fileNames: ['b.txt'], bulletins: batch(40, 'B') });
    asc = await expectedAscending();
    desc = [...asc].reverse();
    expect(asc).not.toContain(gone);
    for (const offset of [FAR_OFFSET, FAR_OFFSET + 30, asc.length - 25]) {
      expect(await page(offset, 'date-asc')).toEqual(asc.slice(offset, offset + 25));
      expect(await page(offset, 'date-desc')).toEqual(desc.slice(offset, offset + 25));
    }
  });
});
