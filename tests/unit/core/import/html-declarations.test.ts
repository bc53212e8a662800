/** A saved page's own declarations (JSON-LD headline, og:title) come before layout guesses. */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { declaredHeadline, markDeclaredHeadline } from '../../../../renderer/src/core/import/html-declarations';
import type { DomDocument } from '../../../../renderer/src/core/import/dom-shape';

const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { document: DomDocument } } };
const page = (head: string): DomDocument => new JSDOM(`<html><head>${head}</head><body></body></html>`).window.document;
const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('declaredHeadline', () => {
  it('reads a NewsArticle headline, also inside @graph, before og:title', () => {
    expect(declaredHeadline(page(ld({ '@type': 'NewsArticle', headline: ' Perú  asume ' }) + '<meta property="og:title" content="Other">'))).toBe('Perú asume');
    expect(declaredHeadline(page(ld({ '@graph': [{ '@type': 'WebPage', name: 'Site' }, { '@type': ['NewsArticle'], headline: 'Real' }] })))).toBe('Real');
  });

  it('falls back to og:title, and ignores broken JSON-LD', () => {
    expect(declaredHeadline(page('<script type="application/ld+json">{oops</script><meta property="og:title" content="Og title">'))).toBe('Og title');
    expect(declaredHeadline(page(''))).toBeNull();
  });
});

describe('markDeclaredHeadline', () => {
  const p = (text: string, heading = 0) => ({ text, heading, bullet: false });
  it('makes the block holding the headline a level-1 heading', () => {
    expect(markDeclaredHeadline([p('14 Septiembre 2023'), p('Cancillería presenta estudio'), p('Texto.')], 'Cancillería  presenta estudio').map((x) => x.heading)).toEqual([0, 1, 0]);
  });
  it('leaves a page whose headings already hold it, or that lacks it', () => {
    const paras = [p('Cancillería presenta estudio', 2), p('Cancillería presenta estudio')];
    expect(markDeclaredHeadline(paras, 'Cancillería presenta estudio')).toBe(paras);
    expect(markDeclaredHeadline([p('Otro')], 'Cancillería presenta estudio').map((x) => x.heading)).toEqual([0]);
  });
});
