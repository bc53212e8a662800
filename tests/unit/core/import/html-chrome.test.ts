// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import DOMPurify from 'dompurify';
import { createHtmlToolkit } from '../../../../renderer/src/core/import/html-toolkit';
import { stripHtmlChrome } from '../../../../renderer/src/core/import/html-chrome';
import { importFileReport } from '../../../../renderer/src/core/import/import-file';

const html = createHtmlToolkit(new DOMParser(), DOMPurify(window));
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const real = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../fixtures/real', name)));
const importPage = (page: string) => importFileReport({ name: 'p.html', bytes: enc(page) }, { html });
const article = (inner: string): string => `<!doctype html><html><body><main><article><h1>Título de la noticia</h1>${inner}</article></main></body></html>`;
const BODY = '<p>Los ministros se reunieron en Lima para revisar la hoja de ruta del bloque.</p>';

describe('HTML chrome removal', () => {
  it.each([
    ['breadcrumbs by class', '<div class="ast-breadcrumbs"><a>Inicio</a> » <a>Noticias</a></div>', 'Inicio'],
    ['breadcrumbs by text', '<p>Inicio » Noticias » Comercio</p>', 'Inicio » Noticias'],
    ['a share box by class', '<div class="sharedaddy"><h3>Compartir:</h3><ul><li>Facebook</li><li>X</li></ul></div>', 'Compartir'],
    ['a share line by text', '<p>Compartir: Facebook X LinkedIn</p>', 'Compartir'],
    ['a "Read More »" link', '<p class="read-more"><a href="#">Read More »</a></p>', 'Read More'],
    ['a "Leer más" link without class', '<p><a href="#">Leer más »</a></p>', 'Leer más'],
    ['a related-posts block by class', '<div class="ast-single-related-posts-container"><h2>Entradas relacionadas</h2><article><h3>Otra noticia</h3><p>Texto.</p></article></div>', 'Otra noticia'],
    ['a related-posts block by its heading', '<h3>Noticias relacionadas</h3><ul><li><a>Otra noticia del bloque</a></li></ul>', 'Otra noticia'],
    ['a cookie bar', '<div id="cookie-law-info-bar">Este sitio utiliza cookies. Aceptar</div>', 'cookies'],
    ['pagination', '<nav class="navigation pagination"><a>1</a> <a>2</a> <a>Siguiente »</a></nav>', 'Siguiente'],
    ['a copyright line', '<p>Copyright © 2024 Alianza del Pacífico</p>', 'Copyright'],
    ['a comments section however the theme names it', '<section class="article-comments gh-canvas"><p>Sign in or become a member to join the conversation.</p></section>', 'join the conversation'],
    ['a downloads block by its heading', '<h3>Descargas</h3><ul><li><a>Declaración final (PDF, 240 KB)</a></li></ul>', 'Declaración final'],
    ['a photo gallery block by its heading', '<h3>Galería de fotos</h3><p>Ver las 12 fotos</p>', 'Ver las 12 fotos'],
    ['a figure caption the page declares', '<figure><img src="x.jpg" alt=""><figcaption>Los ministros durante la firma. (Foto: Mincetur)</figcaption></figure>', 'durante la firma'],
    ['a screen-reader-only label (Drupal, Bootstrap)', '<h2 class="element-invisible">Páginas</h2><span class="sr-only">Menú</span>', 'Páginas'],
  ])('drops %s and reports it as removed', async (_kind, chrome, word) => {
    const report = await importPage(article(`${BODY}${chrome}`));
    expect(report.bulletins).toHaveLength(1);
    expect(report.bulletins[0]?.body).toBe('Los ministros se reunieron en Lima para revisar la hoja de ruta del bloque.');
    expect(report.bulletins[0]?.bodyHtml ?? '').not.toContain(word);
    expect(report.removed.join('\n')).toContain(word);
    expect(report.lost).toEqual([]);
  });

  it('reads a page whose one <h1> is its declared headline as one story, not a listing', async () => {
    const story = (title: string, h1: string) =>
      `<!doctype html><html><head><meta property="og:title" content="${title}"></head><body><div class="nota"><div>ECONOMÍA</div><h1>${h1}</h1><h2>Firman memorando para intercambiar experiencias</h2><div>Publicado: 21/11/2023</div><p>Lima, 21 de noviembre de 2023 (ANDINA). El ministerio firmó un memorando de entendimiento.</p><p>El acuerdo incluye capacitación.</p><p>(FIN) JCC/MDV</p></div></body></html>`;
    const one = await importPage(story('Perú y México impulsan la acuicultura', 'Perú y México impulsan la acuicultura'));
    expect(one.bulletins.map((b) => [b.title, b.date])).toEqual([['Perú y México impulsan la acuicultura', '2023-11-21']]);
    expect(one.bulletins[0]?.body.startsWith('Firman memorando')).toBe(true);
    expect(one.bulletins[0]?.body.endsWith('El acuerdo incluye capacitación.')).toBe(true);
    expect(one.lost).toEqual([]);
    // A section name is no story's headline: the page is split as before.
    const listing = await importPage(story('Noticias', 'Noticias'));
    expect(listing.bulletins.length).toBeGreaterThan(0);
    expect(listing.bulletins.map((b) => b.title)).not.toContain('Noticias');
  });

  it('reads a page that one <form> wraps whole (ASP.NET WebForms), and still drops the chrome inside it', async () => {
    const page = `<!doctype html><html><body><form id="aspnetForm"><nav><a>Inicio</a> <a>Buscar</a></nav><h2>Colombia y México impulsan el turismo</h2>${BODY}</form></body></html>`;
    const report = await importPage(page);
    expect(report.bulletins.map((b) => b.title)).toEqual(['Colombia y México impulsan el turismo']);
    expect(report.bulletins[0]?.body).toContain('Los ministros se reunieron');
    expect(report.removed.join('\n')).toContain('Buscar');
  });

  it('reduces a post-meta line to its date ("23 de diciembre de 2024 / Sin categoría")', async () => {
    for (const meta of [
      '<div class="entry-meta"><span class="posted-on">23 de diciembre de 2024</span> / <span class="ast-terms-link"><a>Sin categoría</a></span></div>',
      '<p>23 de diciembre de 2024 / Sin categoría</p>',
      '<p>Posted on December 23, 2024 by admin</p>',
    ]) {
      const report = await importPage(article(`${meta}${BODY}`));
      expect(report.bulletins.map((b) => [b.title, b.date])).toEqual([['Título de la noticia', '2024-12-23']]);
      expect(report.bulletins[0]?.body).not.toMatch(/categoría|admin|2024/u);
      expect(report.removed.some((r) => /Sin categoría|admin/u.test(r))).toBe(true);
    }
  });

  it('lets a story dateline win over the post-meta date, and keeps the title before it (no <article>)', async () => {
    const page = '<body><main><h1>Cumbre en Lima</h1><div class="entry-meta">20 de mayo de 2015 / Noticias</div><p>Lima, 12 de mayo de 2015.- Los presidentes se reunieron.</p></main></body>';
    const report = await importPage(page);
    expect(report.bulletins.map((b) => [b.title, b.date, b.body])).toEqual([['Cumbre en Lima', '2015-05-12', 'Los presidentes se reunieron.']]);
  });

  it('takes the date from <time datetime>, from meta tags and from JSON-LD', async () => {
    const time = await importPage(article(`<time datetime="2023-09-05T10:00:00-05:00">hace dos días</time>${BODY}`));
    expect(time.bulletins[0]?.date).toBe('2023-09-05');
    const meta = await importPage(`<html><head><meta property="article:published_time" content="2022-03-01T08:00:00+00:00"></head><body>${article(BODY)}</body></html>`);
    expect(meta.bulletins[0]?.date).toBe('2022-03-01');
    const ld = await importPage(`<html><head><script type="application/ld+json">{"@type":"Article","datePublished":"2021-06-09T12:00:00Z"}</script></head><body><main><h1>T</h1>${BODY}</main></body></html>`);
    expect(ld.bulletins[0]?.date).toBe('2021-06-09');
  });

  it('reports every removed line once and leaves content untouched', () => {
    const doc = html.parse('<body><header><nav><ul><li><a>Inicio</a></li><li><a>Contacto</a></li></ul></nav></header><main><p>Texto que queda.</p><p><a>Leer más »</a></p></main><footer><p>© 2024 AP</p></footer><script>var x = 1;</script></body>');
    const removed = stripHtmlChrome(doc.body);
    expect(removed.sort()).toEqual(['Contacto', 'Inicio', 'Leer más »', '© 2024 AP']);
    expect(doc.body.textContent?.trim()).toBe('Texto que queda.');
  });

  it('imports a WordPress category page: one bulletin per post, each dated, nothing lost', async () => {
    const report = await importFileReport({ name: 'wp-category-es.html', bytes: real('wp-category-es.html') }, { html });
    expect(report.bulletins).toHaveLength(5);
    expect(report.bulletins.every((b) => b.date !== null && !/Read More|Sin categoría/u.test(b.body))).toBe(true);
    expect(report.lost).toEqual([]);
  });

  it('cuts a dateline that follows a lead sentence in an article', async () => {
    const report = await importFileReport({ name: 'wp-single-en.html', bytes: real('wp-single-en.html') }, { html });
    const body = report.bulletins[0]?.body ?? '';
    expect(body).toMatch(/^The roadmap sets twelve goals/u);
    expect(body).toContain('The Gender Technical Group');
    expect(body).not.toContain('August 4, 2023');
    expect(report.bulletins[0]?.bodyHtml ?? '').not.toContain('August 4, 2023');
  });

  it('imports an Elementor single post whose only <article>s are related-post cards', async () => {
    const report = await importFileReport({ name: 'wp-elementor-single-es.html', bytes: real('wp-elementor-single-es.html') }, { html });
    expect(report.bulletins.map((b) => [b.title, b.date])).toEqual([['Alianza del Pacífico celebra 12 años con un foro sobre integración regional', '2023-04-28']]);
    expect(report.bulletins[0]?.body).not.toMatch(/Consejo de Ministros|Te puede interesar|Compartir/u);
    expect(report.removed).toEqual(expect.arrayContaining(['Te puede interesar', 'Consejo de Ministros se reúne en Santiago']));
    expect(report.lost).toEqual([]);
  });

  it('reads listing cards that print the date above the title, and drops the category badge', async () => {
    const card = (date: string, title: string, text: string): string =>
      `<div class="card"><span class="elementor-post__badge">Noticias</span><p class="date">${date}</p><h3><a>${title}</a></h3><p>${text}</p><p><a>Leer más »</a></p></div>`;
    const page = `<body><main><h1>Noticias</h1>${card('23 diciembre, 2024', 'Chile asume la presidencia del bloque', 'Chile recibió hoy la Presidencia Pro Tempore.')}${card('18 diciembre, 2024', 'Grupo de pymes define su plan', 'Los coordinadores acordaron el plan de trabajo.')}</main></body>`;
    const report = await importPage(page);
    expect(report.bulletins.map((b) => [b.title, b.date, b.body])).toEqual([
      ['Chile asume la presidencia del bloque', '2024-12-23', 'Chile recibió hoy la Presidencia Pro Tempore.'],
      ['Grupo de pymes define su plan', '2024-12-18', 'Los coordinadores acordaron el plan de trabajo.'],
    ]);
    expect(report.lost).toEqual([]);
  });

  it('splits a listing whose first post is featured in a larger heading', async () => {
    const post = (h: string, title: string, date: string, text: string): string => `<div class="post"><${h}>${title}</${h}><p>${date}</p><p>${text}</p></div>`;
    const page = `<body><main>${post('h2', 'Cumbre presidencial en Lima', '20 de junio de 2024', 'Los presidentes firmaron la declaración.')}${post('h3', 'Reunión de viceministros', '12 de junio de 2024', 'Los viceministros prepararon la cumbre.')}${post('h3', 'Foro empresarial', '5 de junio de 2024', 'Empresarios de los cuatro países se reunieron.')}</main></body>`;
    const report = await importPage(page);
    expect(report.bulletins.map((b) => [b.title, b.date])).toEqual([
      ['Cumbre presidencial en Lima', '2024-06-20'],
      ['Reunión de viceministros', '2024-06-12'],
      ['Foro empresarial', '2024-06-05'],
    ]);
  });

  it('keeps the date of a post footer ("Posted on <time>") and drops the rest of it', async () => {
    const page = article(`${BODY}<footer class="entry-footer"><span class="posted-on">Posted on <time datetime="2022-05-04T10:00:00Z">May 4, 2022</time></span> <span class="cat-links">News</span></footer>`);
    const report = await importPage(page);
    expect(report.bulletins.map((b) => [b.title, b.date, b.body])).toEqual([['Título de la noticia', '2022-05-04', 'Los ministros se reunieron en Lima para revisar la hoja de ruta del bloque.']]);
    expect(report.removed.join(' ')).toContain('News');
    expect(report.lost).toEqual([]);
  });
});
