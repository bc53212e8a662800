/** Outliner Markdown, block properties, link-only navigation and clipped pages (markdown-outline.ts). */
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../../renderer/src/core/import/markdown';
import { readProperties, titleWithoutSiteSuffix } from '../../../../renderer/src/core/import/markdown-outline';
import { importMarkdownResult } from '../../../../renderer/src/core/import/importers/text';

const outline = [
  '- tags:: prensa',
  '- ## Chile presenta su plan de hidrógeno',
  '  fecha:: [[Nov 6th, 2023]]',
  '  medio:: Diario Financiero',
  '\t- El Ministerio de Energía presentó su hoja de ruta a los socios.',
  '\t- Colombia y Perú pidieron un grupo técnico.',
  '- ## México amplía las visas de negocios',
  '  fecha:: [[Nov 7th, 2023]]',
  '\t- La Secretaría amplió a cinco años la vigencia de las visas.',
  '- Ver también: [[Alianza del Pacífico]] [[Recortes 2023]]',
].join('\n');

describe('outline Markdown', () => {
  it('reads headed list items as sections whose child items are paragraphs', () => {
    const { text } = readMarkdown(outline);
    expect(text).toContain('## Chile presenta su plan de hidrógeno\n\nNov 6th, 2023\n\nEl Ministerio de Energía presentó');
    expect(text).not.toMatch(/^- /mu);
  });

  it('imports one bulletin per section, dated by its date property; other properties and wiki-link lines set aside', () => {
    const r = importMarkdownResult(outline, 'journal.md', { fileDate: '2023-11-10' });
    expect(r.bulletins.map((b) => [b.title, b.date])).toEqual([
      ['Chile presenta su plan de hidrógeno', '2023-11-06'],
      ['México amplía las visas de negocios', '2023-11-07'],
    ]);
    expect(r.removed).toEqual(expect.arrayContaining(['tags:: prensa', 'medio:: Diario Financiero', 'Ver también: [[Alianza del Pacífico]] [[Recortes 2023]]']));
    expect(r.bulletins[1]?.body).toBe('La Secretaría amplió a cinco años la vigencia de las visas.');
  });

  it('leaves an ordinary bullet list a list, and text with "::" that is no property as it is', () => {
    expect(readMarkdown('- uno\n- dos').text).toBe('- uno\n- dos');
    const aside: string[] = [];
    expect(readProperties('Ratio 2::1 in the text', aside)).toBe('Ratio 2::1 in the text');
    expect(aside).toEqual([]);
  });
});

describe('link-only paragraphs', () => {
  it('sets aside short links alone, keeps a long linked headline and links inside prose', () => {
    const md = '[Open in app](https://x.io)\n\n[Follow](https://x.io/f) · [214 Followers](https://x.io/g)\n\n[Chile and Peru sign a customs agreement today](https://x.io/s)\n\nRead [the note](https://x.io/n) here.';
    const { text, removed } = readMarkdown(md);
    expect(removed).toEqual(expect.arrayContaining(['Open in app']));
    expect(text).toBe('Chile and Peru sign a customs agreement today\n\nRead the note here.');
  });
});

describe('clipped pages', () => {
  it('strips a site suffix from a declared title that names a heading', () => {
    expect(titleWithoutSiteSuffix('What the SME fund means | by D. Reyes | Medium', ['LatAm Notes', 'What the SME fund means'])).toBe('What the SME fund means');
    expect(titleWithoutSiteSuffix('Digest 12', ['Other heading here'])).toBe('Digest 12');
  });

  it('reads a web clipping as one story from its headline on', () => {
    const md = [
      '---', 'title: "Ports agree on a shared inventory | Andean Review"', 'source: "https://example.org/ports"', 'published: 2023-10-19', '---',
      '[Sign in](https://example.org/s)', '', '## [Andean Review](https://example.org)', '', '# Ports agree on a shared inventory', '',
      'The port authorities agreed on a common method to count emissions.', '', '## What changes', '', 'Operators will report every quarter.',
    ].join('\n');
    const r = importMarkdownResult(md, 'clip.md');
    expect(r.bulletins.map((b) => [b.title, b.date])).toEqual([['Ports agree on a shared inventory', '2023-10-19']]);
    expect(r.bulletins[0]?.body).toContain('Operators will report every quarter.');
    expect(r.removed).toContain('## Andean Review');
  });
});

describe('labelled link lists', () => {
  it('sets aside "**Label:** [a](…) · [b](…)" but keeps a label over a long linked headline', () => {
    const { text } = readMarkdown('**Índice de fuentes:** [Andina](#a) · [SRE México](#b)\n\nTags: [Chile and Peru sign a customs agreement today](https://x.io/s)');
    expect(text).toBe('Tags: Chile and Peru sign a customs agreement today');
  });
});

describe('section labels', () => {
  it('sets aside a heading directly over a deeper one (a digest source name), keeps a dated one', () => {
    const { text, removed } = readMarkdown('## Andina — Noticias\n\n### Perú propone un mecanismo\n\nTexto.\n\n## Noviembre 2023\n\n### Otro\n\nMás.');
    expect(removed).toContain('## Andina — Noticias');
    expect(text).toBe('### Perú propone un mecanismo\n\nTexto.\n\n## Noviembre 2023\n\n### Otro\n\nMás.');
  });
});
