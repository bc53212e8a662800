import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importPlainTextResult } from '../../../../renderer/src/core/import/importers/text';
import { readTextStructure } from '../../../../renderer/src/core/import/text-structure';

/** The source lines' hyphen join as first written: a regex over each whole line. */
function reference(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    while (/\p{Ll}[-\u00AD\u2010]\s*$/u.test(line) && /^\s*\p{Ll}/u.test(lines[i + 1] ?? '')) line = `${line.trimEnd().slice(0, -1)}${(lines[++i] as string).trimStart()}`;
    out.push(line);
  }
  return out;
}

describe('text import: source lines with line-end hyphens joined', () => {
  it('joins exactly where the whole-line regex did (hyphen kinds, trailing spaces, letters outside the BMP, lone surrogates)', () => {
    const end = fc.constantFrom('coope-', 'coope\u00AD', 'coope\u2010', 'ÑANDÚ-', 'año-  ', 'año- \t ', 'x-\u3000', '\u{1D41A}-', '\u{1D400}-', 'A-', '3-', '\ud835-', '-', ' -', 'plain', 'ends.', '');
    const start = fc.constantFrom('ración', '  ración', 'Ración', '\u{1D41A}bc', '', 'ñandú', '3 más');
    const line = fc.tuple(start, end).map(([a, b]) => `${a} ${b}`);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
        const text = ['Ministers meet in Lima', '', 'Lima, 3 de mayo de 2023.- The ministers met today.', ...lines].join('\n');
        const result = importPlainTextResult(text, 'hyphens.txt');
        expect(result.sourceLines).toEqual(reference(readTextStructure(text).text.split('\n')));
      }),
      { numRuns: 300 },
    );
  });
});
