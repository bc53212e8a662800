import { describe, expect, it } from 'vitest';
import { cleanText, formatBulletinDate, formatPeriod, safePdfFileName, splitParagraphs } from '../../../../renderer/src/core/pdf/text';
import { groupBulletins } from '../../../../renderer/src/core/pdf/groups';
import { FontMetrics } from '../../../../renderer/src/core/pdf/fonts';
import { wrapWords } from '../../../../renderer/src/core/pdf/layout';
import { DEFAULT_LABELS } from '../../../../renderer/src/core/pdf';
import { loadFonts, makeBulletin } from './pdf-helpers';

describe('safePdfFileName', () => {
  it('keeps readable titles and strips characters file systems reject', () => {
    expect(safePdfFileName('Fisheries & Aquaculture 2023')).toBe('Fisheries & Aquaculture 2023.pdf');
    expect(safePdfFileName('Report 2023/24: "Peru" <draft> | a*b?c\\d')).toBe('Report 2023 24 Peru draft a b c d.pdf');
    expect(safePdfFileName('  tab\there\u0001 ')).toBe('tab here.pdf');
    expect(safePdfFileName('')).toBe('Dossier.pdf');
    expect(safePdfFileName('...')).toBe('Dossier.pdf');
    expect(safePdfFileName('CON')).toBe('_CON.pdf');
    expect(safePdfFileName('Informe.pdf')).toBe('Informe.pdf');
    expect(safePdfFileName('Año — México')).toBe('Año — México.pdf');
  });
});

describe('text helpers', () => {
  it('normalises to NFC and drops invisible controls', () => {
    expect(cleanText('pingu\u0308ino\u200B\u0007')).toBe('pingüino');
    expect(cleanText('a\u00A0b\tc\r\nd')).toBe('a b c\nd');
    expect(splitParagraphs('one  two\nthree\n\n\n four ')).toEqual([['one', 'two', 'three'], ['four']]);
  });

  it('formats dates at their precision and the period covered', () => {
    expect(formatBulletinDate('2023-11-09', 'day', DEFAULT_LABELS)).toBe('9 November 2023');
    expect(formatBulletinDate('2023-11-01', 'month', DEFAULT_LABELS)).toBe('November 2023');
    expect(formatBulletinDate('2023-01-01', 'year', DEFAULT_LABELS)).toBe('2023');
    expect(formatBulletinDate(null, 'unknown', DEFAULT_LABELS)).toBe('Undated');
    const period = formatPeriod([makeBulletin(1, { date: '2023-11-14' }), makeBulletin(2, { date: '2023-10-03' }), makeBulletin(3, { date: null })], DEFAULT_LABELS);
    expect(period).toBe('3 October 2023 – 14 November 2023');
  });

  it('groups by tag under the first tag, sorted, untagged last', () => {
    const groups = groupBulletins(
      [makeBulletin(0, { tags: ['trade', 'fisheries'] }), makeBulletin(1, { tags: [] }), makeBulletin(2, { tags: ['Aquaculture'] }), makeBulletin(3, { tags: ['trade'] })],
      'tag',
      DEFAULT_LABELS,
    );
    expect(groups).toEqual([
      { label: 'Aquaculture', indexes: [2] },
      { label: 'trade', indexes: [0, 3] },
      { label: 'Untagged', indexes: [1] },
    ]);
  });
});

describe('wrapWords', () => {
  it('never exceeds the line width and keeps every character', () => {
    const metrics = new FontMetrics(loadFonts().regular);
    const words = `Cooperación técnica ${'x'.repeat(2_000)} entre México y Perú`.split(' ');
    const lines = wrapWords(words, metrics, 10, 300);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(300.0001);
    expect(lines.flatMap((l) => l.words).join('')).toBe(words.join(''));
    expect(lines.at(-1)?.last).toBe(true);
    // Widths come from the font: a wide glyph measures wider than a narrow one.
    expect(metrics.measure('MMMM').width).toBeGreaterThan(metrics.measure('iiii').width);
    expect(metrics.measure('中').text).toBe('\uFFFD');
  });
});
