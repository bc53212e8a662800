import { describe, expect, it } from 'vitest';
import type { ParsedBulletin } from '../../../../renderer/src/core/model';
import { findLostLines } from '../../../../renderer/src/core/import/coverage';
import { keepLeftOut, type PreviewItem } from '../../../../renderer/src/features/import/preview-model';

const bulletin = (title: string, fileName: string): ParsedBulletin => ({
  title, body: 'Body.', date: null, datePrecision: 'unknown', place: null, language: 'en', bodyHtml: null, countries: [], organisations: [], sourceFile: fileName,
});
const item = (key: string, fileName: string): PreviewItem => ({ key, fileName, bulletin: bulletin(key, fileName), duplicate: false, excluded: false });

describe('keepLeftOut', () => {
  it('adds the left-out lines as a bulletin after the last one of their file', () => {
    const items = [item('a1', 'a.txt'), item('a2', 'a.txt'), item('b1', 'b.txt')];
    const lines = ['Un titular que se perdió', 'Lima, 3 de mayo de 2023.- Los ministros de Chile y Perú se reunieron.'];
    const out = keepLeftOut(items, { fileName: 'a.txt', lines }, 'Left-out text from a.txt');
    expect(out.map((i) => i.fileName)).toEqual(['a.txt', 'a.txt', 'a.txt', 'b.txt']);
    const kept = out[2]?.bulletin;
    expect(kept).toMatchObject({ title: 'Left-out text from a.txt', language: 'es', sourceFile: 'a.txt', date: null });
    expect(kept?.countries).toEqual(expect.arrayContaining(['Chile', 'Peru']));
    // Nothing of it is lost any more.
    expect(findLostLines(lines, out.map((i) => i.bulletin), [])).toEqual([]);
  });

  it('appends at the end when the file had no bulletin', () => {
    const out = keepLeftOut([item('b1', 'b.txt')], { fileName: 'c.txt', lines: ['x y'] }, 'T');
    expect(out.map((i) => i.fileName)).toEqual(['b.txt', 'c.txt']);
  });
});
