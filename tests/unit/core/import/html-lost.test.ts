// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import DOMPurify from 'dompurify';
import { createHtmlToolkit } from '../../../../renderer/src/core/import/html-toolkit';
import { comparisonWords, findLostLines } from '../../../../renderer/src/core/import/coverage';
import { textLines } from '../../../../renderer/src/core/import/html-chrome';
import { ImportFileError } from '../../../../renderer/src/core/import/errors';
import { importFileReport } from '../../../../renderer/src/core/import/import-file';

const html = createHtmlToolkit(new DOMParser(), DOMPurify(window));

describe('HTML import never loses text (property)', () => {
  it('every text line of a generated page is in a bulletin or reported as removed', async () => {
    const sentence = fc.constantFrom(
      'Lima, 12 de mayo de 2015.- Los ministros se reunieron hoy.',
      'Chile asume la Presidencia Pro Tempore',
      'Participaron delegaciones de los cuatro países.',
      '23 de diciembre de 2024 / Sin categoría',
      'Leer más »',
      'Compartir: Facebook X LinkedIn',
      'Inicio » Noticias',
      'Noticias relacionadas',
      'June 9, 2021',
      '© 2024 Alianza del Pacífico',
      'The ministers agreed on a roadmap for trade.',
      'Santiago, 3 de marzo de 2024.- Chile recibió la presidencia del bloque.',
    );
    const tag = fc.constantFrom('div', 'article', 'section', 'nav', 'aside', 'ul', 'main');
    const leafTag = fc.constantFrom('p', 'h1', 'h2', 'h3', 'li', 'div', 'span', 'time', 'a', 'p');
    const cls = fc.constantFrom('', ' class="entry-meta"', ' class="sharedaddy"', ' class="read-more"', ' class="ast-breadcrumbs"', ' class="related-posts"', ' class="entry-content"');
    const node: fc.Arbitrary<string> = fc.letrec<{ n: string }>((tie) => ({
      n: fc.oneof(
        { depthSize: 'small' },
        // Text always sits in an element: a line of the page is then one paragraph for the importer too.
        fc.tuple(leafTag, cls, sentence).map(([t, c, text]) => `<${t}${c}>${text}</${t}>`),
        fc.tuple(tag, cls, fc.array(tie('n'), { maxLength: 4 })).map(([t, c, kids]) => `<${t}${c}>${kids.join(' ')}</${t}>`),
      ),
    })).n;
    await fc.assert(
      fc.asyncProperty(fc.array(node, { minLength: 1, maxLength: 6 }), async (parts) => {
        const page = `<!doctype html><html><body>${parts.join(' ')}</body></html>`;
        const lines = textLines(html.parse(page).body);
        try {
          const report = await importFileReport({ name: 'g.html', bytes: new TextEncoder().encode(page) }, { html });
          const lost = findLostLines(lines, report.bulletins, report.removed);
          // Chrome inside a line (a "Leer más" link at the end of a paragraph) is cut out of it, one
          // removed entry at a time; what is left must be in a bulletin or be removed words only.
          const removedWords = new Set(report.removed.flatMap((r) => comparisonWords(r)));
          const removed = [...report.removed].sort((a, b) => b.length - a.length);
          const accounted = (line: string): boolean =>
            comparisonWords(line).every((w) => removedWords.has(w)) || findLostLines([line], report.bulletins, []).length === 0;
          const stillLost = lost.filter((l) => {
            let line = l;
            for (const r of removed) {
              if (r.length === 0 || !line.includes(r)) continue;
              line = line.replace(r, ' ');
              if (accounted(line)) return false;
            }
            return true;
          });
          expect(stillLost).toEqual([]);
        } catch (err) {
          // A page whose every line is chrome has no bulletin; that is a clear error, not a loss.
          expect(err).toBeInstanceOf(ImportFileError);
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 200) },
    );
  }, 600_000);
});
