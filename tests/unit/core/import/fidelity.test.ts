/**
 * Import fidelity on real-format material (tests/fixtures/real, format in its README). Also the
 * engine of `npm run fidelity`, which sets FIDELITY_REPORT (print the score) and may set
 * FIDELITY_DIR (score another folder in the same format, e.g. a held-out set).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExpected, scoreBulletins, scoreFolder, summaryLine } from '../../support/fidelity-harness';
import { collectChromeSamples } from '../../support/chrome-corpus';
import { describeCounts } from '../../support/chrome-fit';
import { leaveOneFileOut, trainingSamples } from '../../support/chrome-training';
import type { ParsedBulletin } from '../../../../renderer/src/core/model';

const OWN = resolve(import.meta.dirname, '../../../fixtures/real');
const dir = process.env.FIDELITY_DIR ? resolve(process.env.FIDELITY_DIR) : OWN;

const parsed = (title: string, body: string, date: string | null = null): ParsedBulletin => ({
  title,
  body,
  date,
  datePrecision: date ? 'day' : 'unknown',
  place: null,
  language: 'en',
  bodyHtml: null,
  countries: [],
  organisations: [],
  sourceFile: 'x.txt',
});
const exp = (title: string, bodyStart: string, bodyEnd: string) => ({ title, date: null, lang: 'en' as const, bodyStart, bodyEnd });

describe('fidelity scoring', () => {
  it('counts extra and merged bulletins as wrong', () => {
    const expected = [exp('A', 'one', 'one'), exp('B', 'two', 'two'), exp('C', 'three', 'three')];
    expect(scoreBulletins('f', expected, [parsed('A', 'one'), parsed('B', 'two'), parsed('C', 'three')]).right).toBe(3);
    const merged = scoreBulletins('f', expected, [parsed('A', 'one'), parsed('B', 'two three')]);
    expect([merged.right, merged.total]).toEqual([1, 3]);
    const extra = scoreBulletins('f', expected, [parsed('A', 'one'), parsed('X', 'x'), parsed('B', 'two'), parsed('C', 'three')]);
    expect([extra.right, extra.total]).toEqual([3, 4]);
    expect(scoreBulletins('f', expected, [parsed('A', 'one', '2023-01-01'), parsed('B', 'two'), parsed('C', 'three')]).problems[0]).toMatch(/date 2023-01-01 ≠ null/u);
  });

  it('rejects a malformed expected file with its name and the reason', () => {
    expect(() => readExpected(resolve(OWN, 'README.md'))).toThrow(/README\.md: not valid JSON/u);
  });
});

/**
 * Leave-one-file-out: each file is imported and scored with chrome weights fitted on all the other
 * files (`npm run fit-chrome`'s fit, see chrome-training.ts), and its labelled lines are classified
 * by them. A held-out folder is already scored with weights fitted without it (on this corpus).
 */
async function leaveOneFileOutLines(folder: string): Promise<string[]> {
  if (folder !== OWN) return ['leave-one-file-out: the figure above is held out already (the chrome weights are fitted on tests/fixtures/real only)'];
  const files = await collectChromeSamples(folder);
  const lofo = await leaveOneFileOut(folder, files);
  const lines = trainingSamples(files).length;
  return [
    `leave-one-file-out: ${lofo.right}/${lofo.total} bulletins right (each file imported with the chrome weights fitted without it, on ${lines} labelled lines of ${files.length} files)`,
    ...lofo.files.flatMap((f) => f.problems).map((p) => `  ${p}`),
    `leave-one-file-out chrome lines: ${describeCounts(lofo.lines)}`,
  ];
}

describe(`fidelity on ${dir === OWN ? 'tests/fixtures/real' : dir}`, () => {
  it('gets ≥ 98% of the bulletins right and loses no line', async () => {
    const { right, total, files } = await scoreFolder(dir);
    const problems = files.flatMap((f) => f.problems);
    if (process.env.FIDELITY_REPORT) {
      console.log([summaryLine(right, total), ...problems.map((p) => `  ${p}`)].join('\n'));
      console.log((await leaveOneFileOutLines(dir)).join('\n'));
      // The exit code says whether the folder passes; the report above already says why not.
      expect(total > 0 && right / total >= 0.98).toBe(true);
      return;
    }
    expect(total).toBeGreaterThanOrEqual(40);
    expect(right / total, problems.join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(problems.filter((p) => p.includes(': lost line ')), 'lost lines').toEqual([]);
  }, 600_000);
});
