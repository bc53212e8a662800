import { describe, expect, it } from 'vitest';
import type { Para } from '../../../../renderer/src/core/import/paragraphs';
import { stripPrintedPageChrome } from '../../../../renderer/src/core/import/pdf-chrome';

const p = (text: string, heading = 0, bullet = false): Para => ({ text, heading, bullet });
const BODY = p('Los ministros de los cuatro países se reunieron hoy en Lima para revisar la hoja de ruta del bloque.');

describe('chrome of a web page printed without its style sheet', () => {
  it('drops the masthead, menu and breadcrumbs before the story title, and keeps the post date (reduced to the date) under it', () => {
    const out = stripPrintedPageChrome([
      p('Ir al contenido'), p('Alianza del Pacífico', 2), p('• Inicio', 0, true), p('• ¿Quiénes somos?', 0, true), p('• Inicio »', 0, true),
      p('23 de diciembre de 2024 / Sin categoría'), p('Cumbre de Lima', 1), BODY,
    ]);
    expect(out.paras.map((x) => x.text)).toEqual(['Cumbre de Lima', '23 de diciembre de 2024', BODY.text]);
    expect(out.removed).toEqual(['Ir al contenido', 'Alianza del Pacífico', '• Inicio', '• ¿Quiénes somos?', '• Inicio »', '23 de diciembre de 2024 / Sin categoría']);
  });

  it('sets aside an archive heading with posts under it, and leaves a page that opens with its story alone', () => {
    const out = stripPrintedPageChrome([p('Noticias', 1), p('Primera noticia', 2), p('Lima, 12 de mayo de 2015.- Texto de la noticia.')]);
    expect([out.paras.map((x) => x.text), out.removed]).toEqual([['Primera noticia', 'Lima, 12 de mayo de 2015.- Texto de la noticia.'], ['Noticias']]);
    // Text before the first heading that is not navigation-like (a sentence) keeps everything.
    const prose = [p('Resumen de la semana.'), p('Primera noticia', 2), BODY];
    expect(stripPrintedPageChrome(prose).paras).toEqual(prose);
  });

  it('drops related/recent posts to the end, share lists, a glued "Read More »" and the site footer', () => {
    const out = stripPrintedPageChrome([
      p('Cumbre de Lima', 1), p(`${BODY.text} Read More »`), p('Compartir:', 3), p('• Facebook', 0, true), p('• X', 0, true),
      p('Texto final de la noticia.'), p('Política de privacidad'), p('Mapa del sitio'), p('© 2024 Alianza del Pacífico'),
    ]);
    expect(out.paras.map((x) => x.text)).toEqual(['Cumbre de Lima', BODY.text, 'Texto final de la noticia.']);
    expect(out.removed).toEqual(['Política de privacidad', 'Mapa del sitio', '© 2024 Alianza del Pacífico', 'Read More »', 'Compartir:', '• Facebook', '• X']);
    const related = stripPrintedPageChrome([p('Cumbre de Lima', 1), BODY, p('Entradas recientes'), p('Otra noticia del bloque'), p('Más texto.')]);
    expect(related.paras).toEqual([p('Cumbre de Lima', 1), BODY]);
  });

  it('reads a post-info list: the date stays as a line, the category goes', () => {
    const out = stripPrintedPageChrome([p('Cumbre de Lima', 2), p('• June 9, 2021', 0, true), p('• News', 0, true), BODY]);
    expect(out.paras).toEqual([p('Cumbre de Lima', 2), p('June 9, 2021'), BODY]);
    expect(out.removed).toEqual(['• News']);
  });

  it('gives every dated heading the same level (a featured first post in larger type)', () => {
    const out = stripPrintedPageChrome([p('Primera noticia destacada', 2), p('23 de diciembre de 2024 / Noticias'), BODY, p('Segunda noticia', 3), p('18 de diciembre de 2024'), BODY]);
    expect(out.paras.map((x) => [x.text.slice(0, 20), x.heading])).toEqual([
      ['Primera noticia dest', 2], ['23 de diciembre de 2', 0], [BODY.text.slice(0, 20), 0], ['Segunda noticia', 2], ['18 de diciembre de 2', 0], [BODY.text.slice(0, 20), 0],
    ]);
  });
});
