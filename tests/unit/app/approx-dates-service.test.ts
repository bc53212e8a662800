// The seed's approximate dates through the real path: import → commit → search. `year:2023` finds
// all ten bulletins, `date:` ranges meet the approximate ones, the marks survive the import, and a
// confirmed date loses them (issue 20).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveService } from '../../../renderer/src/app/archive/archive-service';
import { importFileReport } from '../../../renderer/src/core/import/import-file';
import * as data from '../../../renderer/src/data';
import { readCorpusBytes } from '../support/corpus';
import { enginePort, ids } from './service-helpers';

let service: ArchiveService;

beforeEach(async () => {
  data.useArchiveDb(`approx-${Date.now()}-${Math.random()}`);
  service = new ArchiveService(enginePort());
  await service.start();
  await service.whenSearchReady();
});
afterEach(() => {
  service.dispose();
  data.closeArchiveDb();
});

describe('approximate dates in the archive', () => {
  it('the ten seed bulletins: year:2023 finds all ten; ranges meet date: filters; confirming clears the marks', async () => {
    const { bulletins } = await importFileReport({ name: 'pacific-alliance-news-2023-10-11.txt', bytes: new Uint8Array(readCorpusBytes()) });
    const { added } = await service.send('import/commit', { fileNames: ['pacific-alliance-news-2023-10-11.txt'], bulletins });
    expect(added).toHaveLength(10);
    const approx = added.filter((s) => s.dateApprox);
    expect(approx.map((s) => [s.date, s.dateEnd, s.datePrecision])).toEqual(Array(3).fill(['2023-10-18', '2023-11-09', 'year']));
    expect(added.filter((s) => s.yearInferred)).toHaveLength(1);

    expect(await ids(service, 'year:2023')).toHaveLength(10);
    expect(await ids(service, 'year:2022')).toHaveLength(0);
    // November: the four dated in November and the three whose range reaches into it.
    expect(await ids(service, 'date:2023-11')).toHaveLength(6);
    expect(new Set(await ids(service, 'date:2023-10-20..2023-10-31'))).toEqual(new Set(approx.map((s) => s.id)));

    const [first] = approx;
    if (!first) throw new Error('no approximate bulletin');
    const stored = await data.getBulletin(first.id);
    expect(stored).toMatchObject({ dateApprox: true, dateEnd: '2023-11-09' });
    const confirmed = await service.send('bulletin/update', { id: first.id, patch: { confirmDate: true } });
    expect(confirmed).toMatchObject({ date: '2023-01-01', datePrecision: 'year' });
    expect(confirmed.dateApprox).toBeUndefined();
    expect(confirmed.dateEnd).toBeUndefined();
    expect(await ids(service, 'year:2023')).toHaveLength(10);

    // A title edit keeps the marks; a new date drops them.
    const [, second] = approx;
    if (!second) throw new Error('no second approximate bulletin');
    expect(await service.send('bulletin/update', { id: second.id, patch: { title: 'Renamed' } })).toMatchObject({ dateApprox: true });
    const redated = await service.send('bulletin/update', { id: second.id, patch: { date: '2023-11-01', datePrecision: 'day' } });
    expect([redated.date, redated.dateApprox, redated.dateEnd]).toEqual(['2023-11-01', undefined, undefined]);
    const inferred = added.find((s) => s.yearInferred);
    if (!inferred) throw new Error('no inferred year');
    expect((await service.send('bulletin/update', { id: inferred.id, patch: { confirmDate: true } })).yearInferred).toBeUndefined();
  });
});
