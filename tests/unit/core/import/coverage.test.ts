import { describe, expect, it } from 'vitest';
import { comparisonWords, findLostLines, isImporterResult } from '../../../../renderer/src/core/import/coverage';
import { importFileReport } from '../../../../renderer/src/core/import/import-file';
import type { ParsedBulletin } from '../../../../renderer/src/core/model';

const bulletin = (title: string, body: string): ParsedBulletin => ({
  title,
  body,
  date: null,
  datePrecision: 'unknown',
  place: null,
  language: 'en',
  bodyHtml: null,
  countries: [],
  organisations: [],
  sourceFile: 't.txt',
});
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('comparisonWords', () => {
  it('ignores case, accents, punctuation and splits lower→Upper joins', () => {
    expect(comparisonWords('• Perú, and-Aquaculture «ofMSMEs»')).toEqual(comparisonWords('peru and aquaculture of msmes'));
    expect(comparisonWords('peru and')).toHaveLength(2);
    expect(comparisonWords('Perú')).not.toEqual(comparisonWords('Pera'));
    expect(comparisonWords('İstanbul ĈEŜ straße')).toEqual(comparisonWords('istanbul ces straße'));
  });
});

describe('findLostLines', () => {
  it('finds a line that is in no bulletin', () => {
    const b = [bulletin('Ministers meet in Lima', 'The ministers met.')];
    expect(findLostLines(['Ministers meet in Lima', 'The ministers met.', 'A vanished headline'], b, [])).toEqual(['A vanished headline']);
  });

  it('accepts wrapped lines, cut datelines, repaired glued words and removed chrome', () => {
    const b = [bulletin('Fisheries and Aquaculture', 'The ministers of the four countries met in Lima to sign the plan.')];
    const lines = ['Fisheries andAquaculture', '', 'Lima, 12 de mayo de 2015.- The ministers of the four', 'countries met in Lima to sign the plan.', 'Read More »'];
    expect(findLostLines(lines, b, ['Read More »'])).toEqual([]);
    expect(findLostLines(lines, b, [])).toEqual(['Read More »']);
  });

  it('needs the words in order and contiguous, not just present', () => {
    const b = [bulletin('Trade', 'alpha beta gamma delta')];
    expect(findLostLines(['beta alpha'], b, [])).toEqual(['beta alpha']);
    expect(findLostLines(['alpha gamma'], b, [])).toEqual(['alpha gamma']);
    expect(findLostLines(['gamma delta', 'alpha beta'], b, [])).toEqual([]);
  });

  it('accepts a line set aside inside a removed paragraph (a masthead wrapped over two lines), not one missing from it', () => {
    const b = [bulletin('Ministers meet in Lima', 'The ministers met.')];
    const removed = ['PRESS DIGEST - PACIFIC ALLIANCE prepared 24 Nov'];
    expect(findLostLines(['PRESS DIGEST - PACIFIC ALLIANCE', 'prepared 24 Nov', 'The ministers met.'], b, removed)).toEqual([]);
    expect(findLostLines(['prepared 25 Nov'], b, removed)).toEqual(['prepared 25 Nov']);
  });

  it('reports a line once per occurrence the bulletins lack', () => {
    expect(findLostLines(['x y', 'x y'], [bulletin('T', 'body')], [])).toEqual(['x y', 'x y']);
  });
});

describe('importFileReport', () => {
  it('returns bulletins, removed chrome and no lost line for a text file', async () => {
    const text = 'BOLETÍN INFORMATIVO\n\nReunión en Lima\n\nLima, 21 de noviembre de 2023.- Los ministros se reunieron.\n\nNota final sin punto';
    const r = await importFileReport({ name: 'a.txt', bytes: enc(text) });
    expect(r.bulletins).toHaveLength(1);
    expect(r.removed).toEqual(['BOLETÍN INFORMATIVO']);
    expect(r.lost).toEqual([]);
    expect(r.bulletins[0]?.body).toContain('Nota final sin punto');
  });

  it('tells an ImporterResult from a bare array', () => {
    expect(isImporterResult([])).toBe(false);
    expect(isImporterResult({ bulletins: [], sourceLines: [], removed: [] })).toBe(true);
  });
});

describe('findLostLines: whole words', () => {
  it('does not take a line as kept inside a longer word', () => {
    const b = [bulletin('T', 'The Limache meeting')];
    expect(findLostLines(['Lima'], b, [])).toEqual(['Lima']);
    expect(findLostLines(['Limache'], b, [])).toEqual([]);
  });
});
