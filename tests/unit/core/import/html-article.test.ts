/** One <article> as one bulletin: kickers above the title leave the body, a date there stays. */
import { describe, expect, it } from 'vitest';
import { wholeArticleReport } from '../../../../renderer/src/core/import/html-article';
import type { Para } from '../../../../renderer/src/core/import/paragraphs';

const p = (text: string, heading = 0): Para => ({ text, heading, bullet: false });
const BODY = 'Lima, 21 de noviembre de 2023.- Los viceministros aprobaron una hoja de ruta para la interconexión eléctrica.';

describe('wholeArticleReport', () => {
  it('sets aside a kicker above the title and finds the dateline after a deck and a credit', () => {
    const paras = [p('Nota de prensa'), p('Perú y Chile acuerdan hoja de ruta', 1), p('Ambos países coordinarán los estudios técnicos'), p('Foto: Cancillería'), BODY].map((x) => (typeof x === 'string' ? p(x) : x));
    const r = wholeArticleReport(paras);
    expect(r.removed).toEqual([0]);
    expect(r.segments[0]?.titleIndex).toBe(1);
    expect(r.segments[0]?.body).toEqual([2, 3, 4]);
    expect(r.segments[0]?.dateline?.date).toBe('2023-11-21');
  });

  it('keeps a date above the title (it dates the story) and a sentence there (it is text)', () => {
    const paras = [p('14 de noviembre de 2023'), p('Un texto que antecede al título.'), p('Título', 2), p('Los viceministros aprobaron una hoja de ruta.')];
    const r = wholeArticleReport(paras);
    expect(r.removed).toEqual([]);
    expect(r.segments[0]?.dateline?.date).toBe('2023-11-14');
  });
});
