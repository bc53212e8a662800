import { describe, expect, it } from 'vitest';
import { type LayoutItem, type LayoutPage, layoutPages } from '../../../../renderer/src/core/import/pdf-layout';

/** A page of runs, one per line, laid out top-down like a browser print (A4-ish, y grows upwards). */
interface Row {
  text: string;
  size?: number;
  x?: number;
  /** Gap above this line in points (defaults to the line's own leading). */
  gap?: number;
  /** Fixed baseline, for header/footer furniture. */
  y?: number;
  /** Extra cells on the same baseline: [x, text]. */
  cells?: [number, string][];
  /** The run's font name (pdfjs `fontName`). */
  font?: string;
}
const CHAR = 0.5;
function page(rows: Row[]): LayoutPage {
  const items: LayoutItem[] = [];
  let y = 760;
  for (const r of rows) {
    const size = r.size ?? 10;
    const baseline = r.y ?? (y -= r.gap ?? size * 1.4);
    const x = r.x ?? 50;
    const cells = r.cells ?? [];
    items.push({ str: r.text, x, y: baseline, width: r.text.length * size * CHAR, size, eol: cells.length === 0, ...(r.font ? { font: r.font } : {}) });
    // pdfjs marks the last run of a line with hasEOL.
    cells.forEach(([cx, text], i) => items.push({ str: text, x: cx, y: baseline, width: text.length * size * CHAR, size, eol: i === cells.length - 1 }));
  }
  return { width: 612, height: 792, items };
}
// Lines of a 500-pt column: at 10 pt and 5 pt per character, a full line is ~100 characters.
const FULL_A = 'The ministers of the four member countries met today in Lima to review the roadmap of the bloc and';
const FULL_B = 'agreed to present a new work plan on trade facilitation, digital certificates and small business';
const END = 'internationalization before the end of the year.';

describe('PDF layout reconstruction', () => {
  it('joins a title wrapped over three lines into one heading, and wrapped body lines into one paragraph', () => {
    const { paras } = layoutPages([
      page([
        { text: 'Pacific Alliance Ministers of Trade meet in', size: 20 },
        { text: 'Lima to review the roadmap for the digital', size: 20 },
        { text: 'certification of origin', size: 20 },
        { text: FULL_A, gap: 30 },
        { text: FULL_B },
        { text: END },
        { text: 'A second paragraph follows after a gap.', gap: 24 },
      ]),
    ]);
    expect(paras).toEqual([
      { text: 'Pacific Alliance Ministers of Trade meet in Lima to review the roadmap for the digital certification of origin', heading: 1, bullet: false },
      { text: `${FULL_A} ${FULL_B} ${END}`, heading: 0, bullet: false },
      { text: 'A second paragraph follows after a gap.', heading: 0, bullet: false },
    ]);
  });

  it('drops the browser print header and footer (stamp, page title, URL, page counter) and running heads', () => {
    const furniture = (n: number): Row[] => [
      { text: '12/4/26, 3:15 PM', size: 8, x: 24, y: 770, cells: [[300, 'News – Pacific Alliance']] },
      { text: 'file:///home/staff/news.html', size: 8, x: 24, y: 17, cells: [[575, `${n}/2`]] },
    ];
    const { paras, furniture: removed } = layoutPages([
      page([...furniture(1), { text: 'Boletín semanal', y: 740 }, { text: 'First page text that ends here.', y: 700 }]),
      page([...furniture(2), { text: 'Boletín semanal', y: 740 }, { text: 'Second page text that ends here.', y: 700 }, { text: '2', y: 60 }]),
    ]);
    expect(paras.map((p) => p.text)).toEqual(['First page text that ends here.', 'Second page text that ends here.']);
    expect(removed).toEqual(
      expect.arrayContaining(['12/4/26, 3:15 PM News – Pacific Alliance', 'file:///home/staff/news.html 1/2', 'file:///home/staff/news.html 2/2', 'Boletín semanal', '2']),
    );
    expect(removed).toHaveLength(7);
  });

  it('drops an office export\'s page counter and a one-page running head drawn apart from the text', () => {
    const { paras, furniture } = layoutPages([
      page([{ text: 'Primera línea del texto del boletín.', y: 700 }, { text: 'Segunda línea.', y: 660 }, { text: 'Alianza del Pacífico – Coordinación', size: 8, y: 780 }, { text: 'Página 1 de 1', size: 8, y: 60 }]),
    ]);
    expect(paras.map((p) => p.text)).toEqual(['Primera línea del texto del boletín.', 'Segunda línea.']);
    expect(furniture).toEqual(['Alianza del Pacífico – Coordinación', 'Página 1 de 1']);
  });

  it('keeps a line that happens to repeat at the same height in the middle of two pages', () => {
    const { paras, furniture } = layoutPages([
      page([{ text: 'Cumbre de Lima', y: 400, size: 16 }, { text: 'June 9, 2021', y: 380 }, { text: 'Los ministros se reunieron.', y: 366 }]),
      page([{ text: 'Foro de Bogotá', y: 400, size: 16 }, { text: 'June 9, 2021', y: 380 }, { text: 'Los empresarios se reunieron.', y: 366 }]),
    ]);
    expect(paras.map((p) => p.text)).toEqual(['Cumbre de Lima', 'June 9, 2021', 'Los ministros se reunieron.', 'Foro de Bogotá', 'June 9, 2021', 'Los empresarios se reunieron.']);
    expect(furniture).toEqual([]);
  });

  it('keeps a one-page print header out even when nothing repeats (stamp beside the page title)', () => {
    const { paras, furniture } = layoutPages([page([{ text: '4/12/2026 15:15', size: 8, x: 24, y: 770, cells: [[300, 'Noticias']] }, { text: 'Texto de la noticia.', y: 700 }])]);
    expect(paras.map((p) => p.text)).toEqual(['Texto de la noticia.']);
    expect(furniture).toEqual(['4/12/2026 15:15 Noticias']);
  });

  it('never takes a small site label above a larger heading as a paragraph or title', () => {
    const { paras, furniture } = layoutPages([
      page([{ text: 'Alianza del Pacífico · Noticias', size: 8 }, { text: 'Chile asume la Presidencia Pro Tempore', size: 20, gap: 30 }, { text: 'Santiago, 3 de marzo de 2024.- Chile recibió hoy la presidencia.', gap: 30 }]),
    ]);
    expect(paras[0]).toEqual({ text: 'Chile asume la Presidencia Pro Tempore', heading: 1, bullet: false });
    expect(furniture).toEqual(['Alianza del Pacífico · Noticias']);
  });

  it('undoes hyphenated line breaks and joins a paragraph that runs onto the next page', () => {
    const first = 'The delegations agreed on a programme of technical cooperation and on the inter-';
    const { paras } = layoutPages([
      page([{ text: `${first.padEnd(96, ' ').trimEnd()}` }, { text: 'nationalization of small firms, which will be reviewed by the ministers of the four countries in' }]),
      page([{ text: 'the second half of the year.' }]),
    ]);
    expect(paras).toHaveLength(1);
    expect(paras[0]?.text).toContain('on the internationalization of small firms');
    expect(paras[0]?.text).toMatch(/countries in the second half of the year\.$/u);
    const soft = layoutPages([page([{ text: `${first.slice(0, -1)}\u2010` }, { text: 'nationalization of small firms.' }])]);
    expect(soft.paras[0]?.text).toContain('on the internationalization of small firms.');
  });

  it('reads indented lines (list markers drawn as shapes) as bullets, and a short line as its own paragraph', () => {
    const { paras } = layoutPages([
      page([
        { text: FULL_A },
        { text: END },
        { text: 'Main agreements of the meeting', gap: 24 },
        { text: 'A common taxonomy for green bonds', x: 62 },
        { text: 'A joint fund for small exporters', x: 62 },
        { text: 'The ministers will meet again in June.' },
      ]),
    ]);
    expect(paras.map((p) => [p.text, p.bullet])).toEqual([
      [`${FULL_A} ${END}`, false],
      ['Main agreements of the meeting', false],
      ['• A common taxonomy for green bonds', true],
      ['• A joint fund for small exporters', true],
      ['The ministers will meet again in June.', false],
    ]);
  });

  it('keeps explicit bullet glyphs and starts a new paragraph at a dateline', () => {
    const { paras } = layoutPages([page([{ text: 'Summit in Lima' }, { text: '• Four presidents attended' }, { text: 'Lima, 12 de mayo de 2015.- Los presidentes se reunieron.' }])]);
    expect(paras.map((p) => p.text)).toEqual(['Summit in Lima', '• Four presidents attended', 'Lima, 12 de mayo de 2015.- Los presidentes se reunieron.']);
    expect(paras[1]?.bullet).toBe(true);
  });
});

describe('PDF layout never loses a line (property)', () => {
  it('puts every generated line in a paragraph or in the furniture', async () => {
    const fc = (await import('fast-check')).default;
    const { findLostLines } = await import('../../../../renderer/src/core/import/coverage');
    const word = fc.constantFrom('Lima', 'ministros', 'Alianza', 'del', 'Pacífico', 'acordaron', '2023', 'comercio', 'México', 'Chile', 'la', 'y', 'de', 'reunión.', 'hoy,', '•', '»', '12/4/26,', 'https://x.example/a', '1/2', '3');
    const row = fc.record({
      text: fc.array(word, { minLength: 1, maxLength: 18 }).map((w) => w.join(' ')),
      size: fc.constantFrom(10, 10, 10, 8, 16, 20),
      x: fc.constantFrom(50, 50, 62, 300),
      gap: fc.constantFrom(undefined, 24, 2, -30),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(row, { minLength: 1, maxLength: 25 }), { minLength: 1, maxLength: 3 }), async (pages) => {
        const layout = layoutPages(pages.map((rows) => page(rows.map((r) => (r.gap === undefined ? { text: r.text, size: r.size, x: r.x } : { ...r, gap: r.gap })))));
        const asBulletin = (texts: string[]) => ({ title: '', body: texts.join('\n\n'), date: null, datePrecision: 'unknown' as const, place: null, language: 'es' as const, bodyHtml: null, countries: [], organisations: [], sourceFile: 'x.pdf' });
        // Each input line is word for word in a paragraph, or else in a furniture entry (a label
        // or header set aside whole may span several input lines).
        const notInParas = findLostLines(pages.flat().map((r) => r.text), [asBulletin(layout.paras.map((p) => p.text))], []);
        expect(findLostLines(notInParas, [asBulletin(layout.furniture)], [])).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  describe('the repeating unit of a listing (fonts as evidence)', () => {
    // Cards: a bold title at body size, an excerpt in the regular font; no dates, and the gap before
    // a card is the same whether it has an image or not.
    const card = (title: string, excerpt: string, gap = 20): Row[] => [
      { text: title, font: 'bold', gap },
      { text: excerpt, font: 'regular' },
    ];
    const cards = (n: number): Row[] =>
      [['Ruta Exportadora', 'Acompaña a las empresas que exportan por primera vez.'], ['Mentorías para Empresarias', 'Empresarias con experiencia acompañan a emprendedoras.'], ['Compradores Internacionales', 'Importadores de Asia se reúnen con proveedores.'], ['Becas de Logística', 'Cursos cortos sobre transporte y aduanas.']]
        .slice(0, n)
        .flatMap(([t, e]) => card(t as string, e as string));

    it('starts a paragraph where the type changes at the same size, unless the sentence runs on', () => {
      const { paras } = layoutPages([page([{ text: 'Misión comercial visita Corea del Sur', font: 'bold' }, { text: 'Veinte empresas viajaron a Seúl.', font: 'regular' }, { text: 'cuyo texto sigue', font: 'bold' }])]);
      expect(paras.map((p) => p.text)).toEqual(['Misión comercial visita Corea del Sur', 'Veinte empresas viajaron a Seúl. cuyo texto sigue']);
    });

    it('marks the titles of a type repeated over body text three times or more as opening units', () => {
      const { paras } = layoutPages([page(cards(4))]);
      expect(paras.filter((p) => p.unit).map((p) => p.text)).toEqual(['Ruta Exportadora', 'Mentorías para Empresarias', 'Compradores Internacionales', 'Becas de Logística']);
    });

    it('marks nothing for two such titles (subheadings of one story) or without font names', () => {
      expect(layoutPages([page(cards(2))]).paras.some((p) => p.unit)).toBe(false);
      expect(layoutPages([page(cards(4).map(({ font: _f, ...r }) => r))]).paras.some((p) => p.unit)).toBe(false);
    });
  });
});
