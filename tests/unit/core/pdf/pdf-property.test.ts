import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDossierPdf } from '../../../../renderer/src/core/pdf';
import type { PdfBulletin } from '../../../../renderer/src/core/pdf';
import { loadFonts, makeInput, openPdf } from './pdf-helpers';

// Awkward text: emoji (incl. ZWJ and skin tones), RTL, combining marks, CJK, controls, lone surrogates.
const pieces = fc.constantFrom(
  'hola', 'año', 'pingüino', '😀', '👩‍👩‍👧', '👍🏽', 'עברית', 'العربية', 'e\u0301\u0301', 'a\u0308\u0323', '中文',
  '\u0000', '\t', '\n', '\n\n', ' ', '\uD800', '\uFEFF', '\u200F', '“”', '—', '\uFFFD',
);
const text = fc.oneof(
  fc.array(pieces, { maxLength: 40 }).map((a) => a.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.constant('x'.repeat(10_000)),
  fc.constant('ñ'.repeat(3_000) + '中'.repeat(500)),
  fc.constant(''),
);
const bulletin = fc.record({
  title: text,
  body: text,
  tags: fc.array(text, { maxLength: 3 }),
  countries: fc.array(fc.constantFrom('Peru', 'Chile', '', 'México'), { maxLength: 2 }),
  date: fc.option(fc.constantFrom('2023-11-14', '2020-01-01', 'not-a-date'), { nil: null }),
  grouping: fc.constantFrom('none', 'month', 'country', 'tag'),
});

describe('buildDossierPdf with random Unicode', () => {
  it('always produces a PDF that pdfjs re-opens, with every bulletin linked', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(bulletin, { minLength: 0, maxLength: 4 }), text, async (items, title) => {
        const bulletins: PdfBulletin[] = items.map((b, i) => ({
          id: `r${i}`, title: b.title, date: b.date, datePrecision: b.date ? 'day' : 'unknown', place: null,
          sourceFile: 'random.txt', tags: b.tags, countries: b.countries, body: b.body,
        }));
        const input = makeInput(bulletins, { title, grouping: items[0]?.grouping ?? 'none', introduction: title });
        const pdf = await openPdf(await buildDossierPdf(input, loadFonts()));
        expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
        expect(pdf.pages.flatMap((p) => p.links)).toHaveLength(bulletins.length);
        pdf.pages.forEach((p, k) => expect(p.text).toContain(`Page ${k + 1} of ${pdf.pages.length}`));
      }),
      { numRuns: 15 },
    );
  });
});
