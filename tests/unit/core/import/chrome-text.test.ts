import { describe, expect, it } from 'vitest';
import { chromeLineKind, isRelatedHeading, metaLineDate, redundantDates, stripChromeParas } from '../../../../renderer/src/core/import/chrome-text';
import { datesUnderHeadings, documentTitleBlock } from '../../../../renderer/src/core/import/heading-blocks';
import type { Para } from '../../../../renderer/src/core/import/paragraphs';
import { segmentParasReport, segmentsToBulletins } from '../../../../renderer/src/core/import/splitter';

const p = (text: string, heading = 0, bullet = false): Para => ({ text, heading, bullet });

describe('chrome lines by their text', () => {
  it.each([
    ['Compartir: Facebook X LinkedIn', 'share'],
    ['Share this:', 'share'],
    ['Facebook Twitter WhatsApp', 'share'],
    ['Compartir en facebook', 'share'],
    ['Lo más leído', null],
    ['Click to share on X (Opens in new window)', 'share'],
    ['Read More »', 'read-more'],
    ['Leer más', 'read-more'],
    ['Continue reading →', 'read-more'],
    ['Inicio » Noticias » Comercio', 'breadcrumb'],
    ['Home / News', 'breadcrumb'],
    ['23 de diciembre de 2024 / Sin categoría', 'meta'],
    ['Posted on June 9, 2021 by admin', 'meta'],
    ['June 9, 2021 | News | 0 comments', 'meta'],
    ['1 2 3 Siguiente »', 'pagination'],
    ['© 2021 Pacific Alliance. All rights reserved.', 'copyright'],
    ['Suscríbete al boletín:', 'navigation'],
    ['View this email in your browser', 'navigation'],
    ['Cancelar suscripción', 'navigation'],
    ['December 23, 2024 / Uncategorized', 'meta'],
    ['Copyright 2024 Alianza del Pacífico', 'copyright'],
    ['Copyright reform approved by the four congresses', null],
    ['2023 2024', null],
    ['Entrada anterior', 'navigation'],
    ['Este sitio utiliza cookies para mejorar su experiencia. Aceptar', 'cookie'],
    ['La nueva norma sobre cookies fue aceptada por los cuatro países.', null],
    ['Lee también: Exportaciones crecen en enero', 'related'],
    ['Temas: Comercio, Pymes', 'tags'],
    ['Publicado en Noticias, Comercio', 'tags'],
    ['Publicado en el Diario Oficial el acuerdo de comercio', null],
    ['Redacción 17/02/2023 14:32', 'meta'],
    ['23 de diciembre de 2024', null],
    ['Ver más', null],
    ['Lima, 12 de mayo de 2015.- Los ministros se reunieron.', null],
    ['Chile asume la Presidencia Pro Tempore', null],
    ['2023', null],
  ])('%j → %s', (text, kind) => {
    expect(chromeLineKind(text)).toBe(kind);
  });

  it('knows the headings of related, recent and most-read blocks', () => {
    for (const h of ['Noticias relacionadas', 'You may also like', 'Entradas recientes', 'Lo más leído', 'Most read', 'More in Andina:', 'Descargas', 'Galería de fotos']) expect(isRelatedHeading(h)).toBe(true);
    for (const h of ['Más noticias', 'Últimas noticias', 'Noticias destacadas']) expect(isRelatedHeading(h)).toBe(false);
  });

  it('reads the date of a meta line, and not of prose', () => {
    expect(metaLineDate('Publicado el 12 de mayo de 2015 por Prensa')).toBe('12 de mayo de 2015');
    expect(metaLineDate('mayo 12, 2015 · Comercio')).toBe('mayo 12, 2015');
    expect(metaLineDate('El 12 de mayo de 2015 se reunieron / los ministros.')).toBeNull();
  });

  it('reduces meta lines to their date and drops a date-only line right before a dateline', () => {
    const out = stripChromeParas([p('Cumbre', 1), p('12 de mayo de 2015 / Noticias'), p('Lima, 10 de mayo de 2015.- Texto.'), p('Read More »')]);
    expect(out.paras.map((x) => x.text)).toEqual(['Cumbre', 'Lima, 10 de mayo de 2015.- Texto.']);
    expect(out.removed).toEqual(['12 de mayo de 2015 / Noticias', 'Read More »']);
    expect(redundantDates([p('12 de mayo de 2015'), p('Texto sin fecha.')])).toEqual([]);
  });
});

describe('heading blocks', () => {
  const split = (paras: Para[]) => {
    const report = segmentParasReport(paras);
    return { bulletins: segmentsToBulletins(paras, report.segments), removed: report.removed };
  };

  it('keeps heading + subtitle + dateline as one bulletin titled by the heading', () => {
    const paras = [
      p('Ciudad de México acoge la reunión', 2),
      p('Los viceministros revisaron los mandatos presidenciales'),
      p('Ciudad de México, a 17 de febrero de 2023.- Los viceministros se reunieron.'),
      p('Nuevo programa para pymes', 2),
      p('• Ciento veinte empresas participarán', 0, true),
      p('• Incluye mentorías', 0, true),
      p('Santiago, 3 de marzo de 2023.- Las agencias presentaron el programa.'),
    ];
    const { bulletins, removed } = split(paras);
    expect(bulletins.map((b) => [b.title, b.date, b.paragraphs[0]])).toEqual([
      ['Ciudad de México acoge la reunión', '2023-02-17', 'Los viceministros revisaron los mandatos presidenciales'],
      ['Nuevo programa para pymes', '2023-03-03', '• Ciento veinte empresas participarán'],
    ]);
    expect(bulletins[0]?.paragraphs[1]).toBe('Los viceministros se reunieron.');
    expect(removed).toEqual([]);
  });

  it('sees a lone top heading with a tagline above dated bulletin headings as the document title', () => {
    const paras = [p('Press digest', 1), p('Selected news'), p('Chile hosts a meeting', 2), p('August 4, 2023 – Delegations met.'), p('Geneva side event', 2), p('17 April, 2024 – Observers met.')];
    expect(documentTitleBlock(paras)).toEqual([0, 1]);
    expect(documentTitleBlock(paras.slice(2))).toEqual([]);
    expect(documentTitleBlock([p('Story', 1), p('Lima, 12 de mayo de 2015.- Texto.'), p('Details', 2), p('More text.')])).toEqual([]);
  });

  it('moves a card date printed above its title under the title, only when the layout says so', () => {
    const cards = [p('Noticias', 1), p('23 diciembre, 2024'), p('Chile asume', 3), p('Texto uno.'), p('18 diciembre, 2024'), p('Pymes', 3), p('Texto dos.')];
    expect(datesUnderHeadings(cards)).toEqual([0, 2, 1, 3, 5, 4, 6]);
    // Title then date (the usual order): nothing moves.
    const usual = [p('Chile asume', 3), p('23 diciembre, 2024'), p('Texto uno.'), p('Pymes', 3), p('18 diciembre, 2024'), p('Texto dos.')];
    expect(datesUnderHeadings(usual)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('chromeLineKind with a plain-text link after the words', () => {
  it('reads the words, not the address a plain-text e-mail writes after them', () => {
    expect(chromeLineKind('Read more (https://example.org/news/lima-meeting)')).toBe('read-more');
    expect(chromeLineKind('View this email in your browser <https://example.org/archive>')).toBe('navigation');
    expect(chromeLineKind('Ministers meet in Lima (https://example.org/x)')).toBeNull();
  });
});
