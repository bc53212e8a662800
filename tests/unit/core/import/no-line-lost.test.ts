/**
 * The nothing-lost invariant as a property: over generated listings (titles, datelines of every
 * form the splitter reads, subtitles, bullets, subheadings, paragraphs, chrome lines, blank lines
 * or none), every non-blank line ends up in a bulletin's title or body or in the removed chrome.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findLostLines } from '../../../../renderer/src/core/import/coverage';
import { importPlainTextResult, importMarkdownResult } from '../../../../renderer/src/core/import/importers/text';
import { listing } from '../../support/listing-arbitrary';

describe('no line is lost', () => {
  it('for plain-text listings', () => {
    fc.assert(
      fc.property(listing, (text) => {
        const r = importPlainTextResult(text, 'gen.txt');
        expect(findLostLines(r.sourceLines, r.bulletins, r.removed)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('for markdown listings with headings', () => {
    fc.assert(
      fc.property(listing, fc.constantFrom('# ', '## ', ''), (text, mark) => {
        const md = text.replace(/^(?=[A-ZÁÉÍÓÚ][^.\n]*$)/gmu, mark);
        const r = importMarkdownResult(md, 'gen.md');
        expect(findLostLines(r.sourceLines, r.bulletins, r.removed)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('is a check that can fail: a dropped line is reported', () => {
    const r = importPlainTextResult('Title one\nLima, 12 de mayo de 2015 (Andina).- Body text here.\n', 'x.txt');
    expect(findLostLines([...r.sourceLines, 'A line no bulletin has'], r.bulletins, r.removed)).toEqual(['A line no bulletin has']);
  });
});
