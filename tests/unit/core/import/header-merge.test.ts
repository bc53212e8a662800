/** A news page's headline and date over the wire's own dateline: one story, not a caption "story" and an untitled one. */
import { describe, expect, it } from 'vitest';
import { importPlainTextResult } from '../../../../renderer/src/core/import/importers/text';
import { findLostLines } from '../../../../renderer/src/core/import/coverage';
import { mergePageHeaders } from '../../../../renderer/src/core/import/header-merge';
import type { SplitBulletin } from '../../../../renderer/src/core/import/splitter';

const PAGE = [
  'Chile and Peru extend border hours for freight',
  'Nov 14, 2023 09:15 a.m. EST',
  'Trucks wait at the Chacalluta border post near Arica. REUTERS/Ivan Alvarado',
  'SANTIAGO, Nov 14 (Reuters) - Chile and Peru agreed on Tuesday to keep the Chacalluta-Santa Rosa crossing open around the clock for freight.',
  '',
  'The measure starts next month and will be reviewed after the summer season.',
].join('\n');

const unit = (title: string, paragraphs: string[], titleFromBody = false, date: string | null = '2023-11-14'): SplitBulletin =>
  ({ title, titleFromBody, date, precision: 'day', place: null, paragraphs });

describe('mergePageHeaders', () => {
  it('reads a copied news page as one story: its headline and date, the wire text, the caption set aside', () => {
    const r = importPlainTextResult(PAGE, 'page.txt');
    expect(r.bulletins).toHaveLength(1);
    expect(r.bulletins[0]?.title).toBe('Chile and Peru extend border hours for freight');
    expect(r.bulletins[0]?.date).toBe('2023-11-14');
    expect(r.bulletins[0]?.body.startsWith('Chile and Peru agreed on Tuesday')).toBe(true);
    expect(findLostLines(r.sourceLines, r.bulletins, r.removed)).toEqual([]);
  });

  it('joins only a titled unit of short leftovers to an untitled unit of the same date', () => {
    const text = 'The measure starts next month and will be reviewed after the summer season.';
    expect(mergePageHeaders([unit('Head', ['EST']), unit(text, [text], true)]).bulletins).toHaveLength(1);
    // A real story (a sentence), another date, or a titled next unit: left as they are.
    expect(mergePageHeaders([unit('Head', ['It opened today.']), unit(text, [text], true)]).bulletins).toHaveLength(2);
    expect(mergePageHeaders([unit('Head', ['EST']), unit(text, [text], true, '2023-11-15')]).bulletins).toHaveLength(2);
    expect(mergePageHeaders([unit('Head', ['EST']), unit('Other', [text])]).bulletins).toHaveLength(2);
  });
});
