/** Posts a page declares with hAtom/microdata are its articles, dated by what they declare. */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { declaredEntries, entryDate } from '../../../../renderer/src/core/import/html-entries';
import type { DomDocument } from '../../../../renderer/src/core/import/dom-shape';
import { importFile } from '../../../../renderer/src/core/import/import-file';
import { nodeImportEnv } from '../../support/fidelity-harness';

const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { document: DomDocument } } };
const body = (html: string) => new JSDOM(`<html><body>${html}</body></html>`).window.document.body;

// A blog's front page: date headers outside the posts, each post's only date in its footer.
const post = (day: string, title: string, text: string) => `
<h2 class="date-header"><span>${day}</span></h2>
<div class="post hentry"><h3 class="post-title entry-title">${title}</h3>
<div class="post-body entry-content">${text}</div>
<div class="post-footer">Publicado por Ana en <abbr class="published" title="2023-11-${day.slice(0, 2)}T09:40:00-05:00">9:40</abbr> No hay comentarios:</div></div>`;
const blog = `<h1>Bitácora regional</h1><div class="blog-posts">
${post('16 nov', 'Abren la convocatoria de becas', 'Los cuatro países abrieron la convocatoria de becas de movilidad para estudiantes.')}
${post('14 nov', 'Chile y México conectan ventanillas', 'Las ventanillas únicas de Chile y México comenzaron a intercambiar certificados electrónicos.')}
</div>`;

describe('declared entries', () => {
  it('reads each entry and the date it declares, hAtom, microdata or <time>', () => {
    const entries = declaredEntries(body(blog));
    expect(Array.from(entries.values()).map((d) => d?.date)).toEqual(['2023-11-16', '2023-11-14']);
    expect(entryDate(body('<div itemscope itemtype="https://schema.org/BlogPosting"><meta itemprop="datePublished" content="2024-02-03"></div>'))?.date).toBe('2024-02-03');
    expect(entryDate(body('<div class="h-entry"><time datetime="2022-05-06">6 May</time></div>'))?.date).toBe('2022-05-06');
    expect(entryDate(body('<div class="hentry">no date</div>'))).toBeNull();
  });

  it('ignores an entry nested in another (a related post inside a post)', () => {
    expect(declaredEntries(body('<div class="hentry">A <div class="hentry">B</div></div>')).size).toBe(1);
  });

  it('imports a blog page without <article> as one bulletin per declared post, dated from its footer', async () => {
    const bytes = new TextEncoder().encode(`<!DOCTYPE html><html><head><title>Bitácora</title></head><body>${blog}</body></html>`);
    const bulletins = await importFile({ name: 'blog.html', bytes, fileDate: '2024-01-10' }, nodeImportEnv());
    expect(bulletins.map((b) => [b.title, b.date])).toEqual([
      ['Abren la convocatoria de becas', '2023-11-16'],
      ['Chile y México conectan ventanillas', '2023-11-14'],
    ]);
  });
});
