/**
 * The import session's state machine (issue 20), run in Node with fake platform pieces: phases,
 * the close confirmation, merge-then-split restoring originals, cross-file copies, Use as title.
 */
import { describe, expect, it } from 'vitest';
import { bodySketch } from '../../../../renderer/src/core/import/batch-duplicates';
import type { ParsedBulletin } from '../../../../renderer/src/core/model';
import type { ImportFileResult } from '../../../../renderer/src/workers/import-client';
import { ImportSession, type SessionDeps } from '../../../../renderer/src/features/import/import-session';
import { mergeIntoPrevious, splitAt, paragraphAsTitle, type PreviewItem } from '../../../../renderer/src/features/import/preview-model';

const LOREM = 'The ministers of Chile, Colombia, Mexico and Peru met in Lima to review the trade agenda of the bloc and agreed on new steps for small firms';

const bulletin = (title: string, date: string | null, body: string, sourceFile = 'a.txt'): ParsedBulletin => ({
  title, body, date, datePrecision: date ? 'day' : 'unknown', place: null, language: 'en', bodyHtml: null, countries: [], organisations: [], sourceFile,
});

function fakeDeps(results: ImportFileResult[], over: Partial<SessionDeps<string>> = {}) {
  const committed: PreviewItem[][] = [];
  const deps: SessionDeps<string> = {
    parse: async (files, { onProgress }) => {
      onProgress(files.length, files.length);
      return results;
    },
    existingHashes: async () => new Set<string>(),
    captureOriginals: async (files) => files.map((f) => f.name).join(','),
    fileDateOf: () => null,
    commit: async ({ items }) => {
      committed.push([...items]);
      return { added: items, skippedDuplicates: 0, batchId: 'b1' };
    },
    ...over,
  };
  return { deps, committed };
}

const file = (name: string) => ({ name, bytes: new Uint8Array([1]) });

async function previewOf(results: ImportFileResult[], over: Partial<SessionDeps<string>> = {}) {
  const { deps, committed } = fakeDeps(results, over);
  const session = new ImportSession(deps);
  const phases: string[] = [];
  session.subscribe(() => phases.push(session.getState().phase));
  await session.start(results.map((r) => file(r.fileName)));
  return { session, committed, phases };
}

describe('ImportSession', () => {
  it("keeps the files from copies the parse cannot take away, with the worker's hash", async () => {
    const events: string[] = [];
    let kept: { bytes: number[]; sha256: string | undefined }[] = [];
    const { deps } = fakeDeps([], {
      captureOriginals: async (files) => {
        events.push('capture');
        kept = files.map((f) => ({ bytes: [...f.bytes], sha256: f.sha256 }));
        return 'kept';
      },
      parse: async (files) => {
        events.push('parse');
        // As the worker transfer does: the bytes handed to the parse are gone from this side.
        for (const f of files) f.bytes.fill(0);
        return [
          { fileName: 'a.txt', bulletins: [bulletin('One', '2023-01-02', 'Alpha text.')], sha256: 'ab'.repeat(32) },
          { fileName: 'b.txt', bulletins: [bulletin('Two', '2023-01-03', 'Beta text.', 'b.txt')] },
        ];
      },
    });
    const session = new ImportSession(deps);
    await session.start([
      { name: 'a.txt', bytes: new Uint8Array([7, 8, 9]) },
      { name: 'b.txt', bytes: new Uint8Array([5]) },
    ]);
    // The page no longer hashes before the parse: the worker's hash comes with the result.
    expect(events).toEqual(['parse', 'capture']);
    expect(kept).toEqual([
      { bytes: [7, 8, 9], sha256: 'ab'.repeat(32) },
      { bytes: [5], sha256: undefined },
    ]);
    expect(session.getState()).toMatchObject({ phase: 'preview', originals: 'kept' });
  });

  it('goes parsing → preview → committing → done and stores the included bulletins', async () => {
    const { session, committed, phases } = await previewOf([
      { fileName: 'a.txt', bulletins: [bulletin('One', '2023-01-02', 'Alpha text.'), bulletin('Two', '2023-01-03', 'Beta text.')] },
    ]);
    expect(session.getState()).toMatchObject({ phase: 'preview', originals: 'a.txt', edited: false });
    expect(session.open).toBe(true);
    const outcome = await session.commit();
    expect(outcome?.batchId).toBe('b1');
    expect(committed[0]?.map((i) => i.bulletin.title)).toEqual(['One', 'Two']);
    expect([...new Set(phases)]).toEqual(['parsing', 'preview', 'committing', 'done']);
    expect(session.open).toBe(false);
    expect(session.getState().items).toEqual([]);
  });

  it('keeps the preview after a failed commit (phase failed) and can try again', async () => {
    let fail = true;
    const { session } = await previewOf([{ fileName: 'a.txt', bulletins: [bulletin('One', null, 'Alpha.')] }], {
      commit: async ({ items }) => {
        if (fail) throw new Error('disk full');
        return { added: items, skippedDuplicates: 0, batchId: 'b2' };
      },
    });
    expect(await session.commit()).toBeNull();
    expect(session.getState()).toMatchObject({ phase: 'failed', commitError: 'disk full' });
    expect(session.getState().items).toHaveLength(1);
    fail = false;
    expect((await session.commit())?.batchId).toBe('b2');
  });

  it('closes at once without edits, but asks first once the preview was edited', async () => {
    const results = [{ fileName: 'a.txt', bulletins: [bulletin('One', null, 'A.\n\nB.'), bulletin('Two', null, 'C.')] }];
    const plain = (await previewOf(results)).session;
    plain.requestClose();
    expect(plain.getState().phase).toBe('idle');

    const { session } = await previewOf(results);
    session.merge(1);
    expect(session.getState().edited).toBe(true);
    session.requestClose();
    expect(session.getState()).toMatchObject({ phase: 'preview', confirmingClose: true });
    session.keepEditing();
    expect(session.getState()).toMatchObject({ phase: 'preview', confirmingClose: false, edited: true });
    session.requestClose();
    session.close();
    expect(session.getState()).toMatchObject({ phase: 'idle', items: [], edited: false });
  });

  it('drops the result of a parse abandoned by closing', async () => {
    let release: (r: ImportFileResult[]) => void = () => {};
    const { deps } = fakeDeps([], { parse: () => new Promise((resolve) => (release = resolve)) });
    const session = new ImportSession(deps);
    const started = session.start([file('a.txt')]);
    await Promise.resolve();
    await Promise.resolve();
    expect(session.getState().phase).toBe('parsing');
    session.requestClose();
    release([{ fileName: 'a.txt', bulletins: [bulletin('Late', null, 'x')] }]);
    await started;
    expect(session.getState()).toMatchObject({ phase: 'idle', items: [] });
  });

  it('flags the same bulletin from two files of the batch and imports it once', async () => {
    const body = `${LOREM}. ${LOREM} again, with figures for 2023.`;
    const { session, committed } = await previewOf([
      { fileName: 'bulletin.html', bulletins: [bulletin('Ministers meet in Lima', '2023-05-03', body), bulletin('Other news', '2023-05-04', 'Different.')] },
      // Same title (other case and accents) and date; then the same text under another title.
      { fileName: 'bulletin.pdf', bulletins: [bulletin('MINISTERS MEET IN LIMA!', '2023-05-03', 'Short PDF text.'), bulletin('Reunión', null, body.replace('2023', 'two thousand twenty-three'))] },
    ]);
    const items = session.getState().items;
    expect(items.map((i) => i.copyOf?.reason ?? null)).toEqual([null, null, 'title-date', 'body']);
    expect(items[2]?.copyOf?.fileName).toBe('bulletin.html');
    expect(items.map((i) => i.excluded)).toEqual([false, false, true, true]);
    await session.commit();
    expect(committed[0]?.map((i) => i.fileName)).toEqual(['bulletin.html', 'bulletin.html']);
  });

  it("finds copies by the worker's body sketches, one per bulletin, without sketching them again", async () => {
    const body = `${LOREM}. ${LOREM} again, with figures for 2023.`;
    const sketch = bodySketch(body);
    // Two different texts whose worker sketches agree are copies; the text itself is not sketched here.
    const { session } = await previewOf([
      { fileName: 'a.html', bulletins: [bulletin('One', null, body)], sketches: [sketch] },
      { fileName: 'b.pdf', bulletins: [bulletin('Two', null, `${LOREM} in other words entirely, and longer still than that.`)], sketches: [sketch] },
    ]);
    expect(session.getState().items.map((i) => i.copyOf?.reason ?? null)).toEqual([null, 'body']);
    // And results without sketches (an older worker, a test) are sketched here as before.
    const again = await previewOf([
      { fileName: 'a.html', bulletins: [bulletin('One', null, body)] },
      { fileName: 'b.pdf', bulletins: [bulletin('Two', null, body)] },
    ]);
    expect(again.session.getState().items.map((i) => i.copyOf?.reason ?? null)).toEqual([null, 'body']);
  });

  it('does not pair bulletins of the same file, nor different bulletins', async () => {
    const { session } = await previewOf([
      { fileName: 'a.txt', bulletins: [bulletin('Same', '2023-01-01', 'One.'), bulletin('Same', '2023-01-01', 'Two.')] },
      { fileName: 'b.txt', bulletins: [bulletin('Same', '2023-01-02', 'Three.'), bulletin('Other', null, `${LOREM}.`)] },
      { fileName: 'c.txt', bulletins: [bulletin('Else', null, 'Peru and Chile signed an agreement on fisheries and on the protection of migratory species in the Pacific during the summit held in Santiago this week.')] },
    ]);
    expect(session.getState().items.every((i) => !i.copyOf && !i.excluded)).toBe(true);
  });

  it('marks bulletins already in the archive as duplicates', async () => {
    const { session } = await previewOf([{ fileName: 'a.txt', bulletins: [bulletin('One', null, 'A.'), bulletin('Two', null, 'B.')], contentHashes: ['h1', 'h2'] }], {
      existingHashes: async () => new Set(['h2']),
    });
    expect(session.getState().items.map((i) => i.duplicate)).toEqual([false, true]);
    expect(session.toImport()).toHaveLength(1);
  });

  it('lists failed files and left-out lines', async () => {
    const { session } = await previewOf([
      { fileName: 'a.txt', bulletins: [bulletin('One', null, 'A.')], lost: ['stray line'] },
      { fileName: 'b.pdf', bulletins: [], error: 'b.pdf: not a PDF' },
    ]);
    expect(session.getState().problems).toEqual([{ fileName: 'b.pdf', message: 'b.pdf: not a PDF' }]);
    const [entry] = session.getState().leftOut;
    expect(entry).toEqual({ fileName: 'a.txt', lines: ['stray line'] });
    if (entry) session.keepLeftOut(entry, 'Left-out text');
    expect(session.getState().items.map((i) => i.bulletin.title)).toEqual(['One', 'Left-out text']);
    expect(session.getState().leftOut).toEqual([]);
  });
});

const item = (key: string, title: string, date: string | null, body: string, fileName = 'a.txt'): PreviewItem => ({
  key, fileName, bulletin: bulletin(title, date, body, fileName), duplicate: false, excluded: false, hash: `hash-${key}`,
});

describe('merge then split', () => {
  it('gives back the original titles, dates and hashes at the seam', () => {
    const items = [item('a', 'First', '2023-03-01', 'A1.\n\nA2.'), item('b', 'Second', '2023-03-09', 'B1.'), item('c', 'Third', null, 'C1.')];
    const merged = mergeIntoPrevious(items, 1);
    expect(merged[0]?.bulletin.body).toBe('A1.\n\nA2.\n\nSecond\n\nB1.');
    const split = splitAt(merged, 0, 2);
    expect(split).toEqual(items);
  });

  it('restores through nested merges, and at an inner seam', () => {
    const items = [item('a', 'First', '2023-03-01', 'A1.'), item('b', 'Second', '2023-03-09', 'B1.'), item('c', 'Third', '2024-01-01', 'C1.\n\nC2.')];
    const all = mergeIntoPrevious(mergeIntoPrevious(items, 1), 1);
    expect(all).toHaveLength(1);
    // Paragraphs: A1 | Second, B1 | Third, C1, C2: seams before 1 and 3.
    const atSecond = splitAt(all, 0, 1);
    expect(atSecond.map((i) => [i.bulletin.title, i.bulletin.date])).toEqual([['First', '2023-03-01'], ['Second', '2023-03-09']]);
    // The second part is Second merged with Third again (body B1 | Third, C1, C2: seam before 1).
    expect(atSecond[1]?.bulletin.body).toBe('B1.\n\nThird\n\nC1.\n\nC2.');
    expect(splitAt(atSecond, 1, 1)).toEqual([atSecond[0], items[1], items[2]]);
    // Straight at the inner seam of the whole merge.
    expect(splitAt(all, 0, 3).map((i) => [i.bulletin.title, i.bulletin.date])).toEqual([['First', '2023-03-01'], ['Third', '2024-01-01']]);
  });

  it('keeps a title edited on the merged item for the first part', () => {
    const items = [item('a', 'First', '2023-03-01', 'A1.'), item('b', 'Second', '2023-03-09', 'B1.')];
    const [merged] = mergeIntoPrevious(items, 1);
    if (!merged) throw new Error('no merge');
    const renamed = { ...merged, bulletin: { ...merged.bulletin, title: 'Renamed' } };
    const [first, second] = splitAt([renamed], 0, 1);
    expect(first?.bulletin).toMatchObject({ title: 'Renamed', date: '2023-03-01', body: 'A1.' });
    expect(first?.hash).toBeUndefined();
    expect(second).toEqual(items[1]);
  });

  it('splits by paragraph (no restore) once the merged body was edited, or away from a seam', () => {
    const items = [item('a', 'First', '2023-03-01', 'A1.\n\nA2.'), item('b', 'Second', '2023-03-09', 'B1.')];
    const [merged] = mergeIntoPrevious(items, 1);
    if (!merged) throw new Error('no merge');
    const off = splitAt([merged], 0, 1);
    expect(off[1]?.bulletin.title).toBe('A2.');
    expect(off[1]?.bulletin.date).toBe('2023-03-01');
    const edited = { ...merged, bulletin: { ...merged.bulletin, body: merged.bulletin.body.replace('B1.', 'B1 edited.') } };
    expect(splitAt([edited], 0, 2)[1]?.bulletin.date).toBe('2023-03-01');
  });
});

describe('paragraphAsTitle (Use as title)', () => {
  it('makes a paragraph the title and keeps the old title as the first paragraph', () => {
    const items = [item('a', 'Skip to main content', '2023-03-01', 'Ministers meet in Lima\n\nThe ministers met.')];
    const [next] = paragraphAsTitle(items, 0, 0);
    expect(next?.bulletin).toMatchObject({ title: 'Ministers meet in Lima', body: 'Skip to main content\n\nThe ministers met.', date: '2023-03-01' });
    expect(next?.hash).toBeUndefined();
    expect(paragraphAsTitle(items, 0, 5)).toEqual(items);
  });

  it('is an edit of the session', async () => {
    const { session } = await previewOf([{ fileName: 'a.txt', bulletins: [bulletin('Menu', null, 'Real headline\n\nText.')] }]);
    session.titleFromParagraph(0, 0);
    expect(session.getState().items[0]?.bulletin.title).toBe('Real headline');
    expect(session.getState().edited).toBe(true);
  });
});
