// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import DOMPurify from 'dompurify';
import { createHtmlToolkit } from '../../../../renderer/src/core/import/html-toolkit';
import { ImportFileError } from '../../../../renderer/src/core/import/errors';
import { importFile } from '../../../../renderer/src/core/import/import-file';

const html = createHtmlToolkit(new DOMParser(), DOMPurify(window));
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../fixtures/import', name)));
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('HTML importer', () => {
  it('keeps the article of a saved page and drops the page chrome', async () => {
    const out = await importFile({ name: 'page.html', bytes: fixture('saved-page.html') }, { html });
    expect(out).toHaveLength(1);
    const b = out[0];
    expect(b).toMatchObject({ title: 'Grupo de Alto Nivel se reúne en Lima', date: '2023-10-18', datePrecision: 'day', place: 'Lima', language: 'es' });
    expect(b?.body.startsWith('El Grupo de Alto Nivel de la Alianza del Pacífico se reunió')).toBe(true);
    expect(b?.body).toContain('Próximos pasos');
    expect(b?.body).not.toMatch(/Inicio|Contacto|Relacionadas|derechos reservados|Suscribirse|window\.evil|cookie/);
    expect(b?.countries).toEqual(['Chile', 'Colombia', 'Mexico', 'Peru']);
    expect(b?.organisations).toEqual(['IDB']);
    const h = b?.bodyHtml ?? '';
    expect(h).toContain('<strong>Grupo de Alto Nivel</strong>');
    expect(h).toContain('href="https://www.iadb.org"');
    expect(h).toContain('href="mailto:prensa@example.org"');
    expect(h).not.toMatch(/<script|<iframe|<form|<input|<button|<img|onclick|style=|srcset|javascript:|<h1/i);
    expect(h).toContain('Ver más');
    expect(h).not.toContain('18 de octubre de 2023.-');
  });

  it('splits a newsletter without <article> by its headings and datelines', async () => {
    const out = await importFile({ name: 'news.htm', bytes: fixture('newsletter.html') }, { html });
    expect(out.map((b) => [b.title, b.date])).toEqual([
      ['Webinar on Climate Change was widely attended', '2023-11-14'],
      ['Public-Private Dialogue on MSMEs', '2023-11-09'],
    ]);
    expect(out[1]?.body).toContain('Participants');
    expect(out[0]?.organisations).toEqual(['IFOP', 'IMARPE']);
    expect(out[0]?.bodyHtml).toContain('<p>The webinar brought together');
    expect(out.map((b) => b.body).join(' ')).not.toContain('Portada');
  });

  it('uses <time> and the meta date, and the page title for an untitled story', async () => {
    const page = '<html><head><title>Story title</title><meta property="article:published_time" content="2023-09-05"></head><body><main><p>The ministers of Peru met the OECD. They agreed on a plan.</p></main></body></html>';
    const [b] = await importFile({ name: 's.html', bytes: enc(page) }, { html });
    expect(b).toMatchObject({ title: 'Story title', date: '2023-09-05', datePrecision: 'day' });
    const two = '<body><article><h2>A</h2><time datetime="2023-05">May</time><p>First text.</p></article><article><h2>B</h2><p>Second text.</p></article></body>';
    const out = await importFile({ name: 't.html', bytes: enc(two) }, { html });
    expect(out.map((x) => [x.title, x.date, x.datePrecision])).toEqual([
      ['A', '2023-05-01', 'month'],
      ['B', null, 'unknown'],
    ]);
  });

  it('reports pages without content', async () => {
    const err = await importFile({ name: 'n.html', bytes: enc('<nav>menu</nav><footer>x</footer><script>y</script>') }, { html }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as ImportFileError).reason).toBe('no bulletin found');
  });

  it('never throws anything but ImportFileError on random HTML', async () => {
    const tag = fc.constantFrom('p', 'h1', 'h2', 'article', 'main', 'div', 'li', 'script', 'nav', 'time', 'br', 'img');
    const node: fc.Arbitrary<string> = fc.letrec<{ n: string }>((tie) => ({
      n: fc.oneof(
        { depthSize: 'small' },
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.constantFrom('Lima, 21 de noviembre de 2023.- x', '😀👍🏽', 'مرحبا', 'e\u0301\u0301', 'w'.repeat(10_000), ''),
        fc.tuple(tag, fc.array(tie('n'), { maxLength: 4 })).map(([t, kids]) => `<${t} datetime="2023-02-31" onclick="x">${kids.join('')}</${t}>`),
      ),
    })).n;
    await fc.assert(
      fc.asyncProperty(node, async (doc) => {
        try {
          const out = await importFile({ name: 'r.html', bytes: enc(doc) }, { html });
          for (const b of out) expect(b.bodyHtml ?? '').not.toMatch(/<script|onclick/i);
        } catch (err) {
          expect(err).toBeInstanceOf(ImportFileError);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('.docx importer', () => {
  it('converts a Word file through the HTML path', async () => {
    const out = await importFile({ name: 'b.docx', bytes: fixture('bulletin.docx') }, { html });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ title: 'Reunión del Grupo de Alto Nivel en Lima', date: '2023-10-18', place: 'Lima', language: 'es' });
    expect(out[0]?.body).toMatch(/^El Grupo de Alto Nivel/);
    expect(out[0]?.countries).toEqual(['Chile', 'Colombia', 'Mexico', 'Peru']);
    expect(out[0]?.bodyHtml).toContain('<p>Participaron viceministros');
  });

  it('rejects malformed files', async () => {
    for (const bytes of [enc('not a zip at all'), fixture('bulletin.docx').slice(0, 300), new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])]) {
      const err = await importFile({ name: 'bad.docx', bytes }, { html }).catch((e: unknown) => e);
      expect((err as ImportFileError).reason).toBe('not a valid Word (.docx) file');
    }
  });

  it('needs the HTML toolkit', async () => {
    const err = await importFile({ name: 'b.docx', bytes: fixture('bulletin.docx') }).catch((e: unknown) => e);
    expect((err as ImportFileError).reason).toMatch(/needs an HTML parser/);
  });
});
