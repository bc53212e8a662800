/** Markdown through the CommonMark parser: front matter as metadata, headings kept, syntax gone. */
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../../renderer/src/core/import/markdown';
import { importMarkdownResult } from '../../../../renderer/src/core/import/importers/text';
import { findLostLines } from '../../../../renderer/src/core/import/coverage';

describe('readMarkdown', () => {
  it('reads YAML front matter as title and date, not as text', () => {
    const r = readMarkdown('---\ntitle: "Resumen semanal"\ndate: 2024-03-18\n---\n\n# Uno\n\nTexto.');
    expect(r.meta).toEqual({ title: 'Resumen semanal', date: { date: '2024-03-18', precision: 'day' } });
    expect(r.text).toBe('# Uno\n\nTexto.');
    expect(r.removed).toContain('title: "Resumen semanal"');
  });

  it('sets a callout ("> [!note] …") aside and reads a notes app’s "created" as the date', () => {
    const r = readMarkdown('---\ncreated: 2023-11-24\n---\n\n> [!note] Compiled from wires.\n\n> A real quote.\n\n### Title');
    expect(r.meta.date).toEqual({ date: '2023-11-24', precision: 'day' });
    expect(r.text).toBe('A real quote.\n\n### Title');
    expect(r.removed).toContain('[!note] Compiled from wires.');
  });

  it('reads a list of bold headlines with their own paragraphs as stories, a plain list as a list', () => {
    const md = '1. **Perú y Colombia firman acuerdo** — 20/11/2023\n\n   Los gobiernos firmaron.\n\n2. **Chile lanza pasantías** — 21/11/2023\n\n   El programa ofrece cien.\n';
    expect(readMarkdown(md).text).toBe('### Perú y Colombia firman acuerdo\n\n20/11/2023\n\nLos gobiernos firmaron.\n\n### Chile lanza pasantías\n\n21/11/2023\n\nEl programa ofrece cien.');
    expect(readMarkdown('- **uno** y dos\n- **tres**\n').text).toBe('- uno y dos\n- tres');
  });

  it('survives broken YAML (kept as removed text, no metadata)', () => {
    const r = readMarkdown('---\ntitle: [unclosed\n---\n\nTexto.');
    expect(r.meta).toEqual({});
    expect(r.text).toBe('Texto.');
  });

  it('drops emphasis, links, images and HTML; keeps line breaks, bullets and headings', () => {
    const r = readMarkdown('## Título *con* énfasis\n**Fecha:** 12/03/2024\nVer [la nota](http://x) ![foto](a.jpg) <b>hoy</b>.\n\n- uno\n- dos\n\n***\n\n1. tres');
    expect(r.text).toBe('## Título con énfasis\n\nFecha: 12/03/2024\nVer la nota  hoy.\n\n- uno\n- dos\n\n-----\n\n1. tres');
  });

  it('reads a sentence over a drawn rule as a paragraph and a rule, a short line over it as a heading', () => {
    expect(readMarkdown('Lima, 12 de mayo de 2015.- Texto.\n-----\n').text).toBe('Lima, 12 de mayo de 2015.- Texto.\n\n-----');
    expect(readMarkdown('Ministers meet in Lima\n-----\nText.').text).toBe('## Ministers meet in Lima\n\nText.');
  });
});

describe('importMarkdownResult with front matter', () => {
  it('reads a post that opens with its text as one story, its headings as subheadings', () => {
    const md = '---\ntitle: "Plan de economía circular"\ndate: 2023-11-21T10:00:00-06:00\n---\n\nLos ministerios acordaron un plan.\n\n## Ejes del plan\n\nTres ejes.\n\n## Próximos pasos\n\nSe reunirán en febrero.';
    const r = importMarkdownResult(md, 'p.md');
    expect(r.bulletins).toHaveLength(1);
    expect(r.bulletins[0]?.title).toBe('Plan de economía circular');
    expect(r.bulletins[0]?.date).toBe('2023-11-21');
    expect(r.bulletins[0]?.body).toBe('Los ministerios acordaron un plan.\n\nEjes del plan\n\nTres ejes.\n\nPróximos pasos\n\nSe reunirán en febrero.');
    expect(findLostLines(r.sourceLines, r.bulletins, r.removed)).toEqual([]);
  });

  it('gives a single undated note the front matter’s title and date', () => {
    const r = importMarkdownResult('---\ntitle: Campaña regional de turismo\ndate: 2023-10-31\n---\n\nLas agencias de turismo de los cuatro países lanzaron una campaña conjunta.\n', 'n.md');
    expect(r.bulletins.map((b) => [b.title, b.date])).toEqual([['Campaña regional de turismo', '2023-10-31']]);
    expect(findLostLines(r.sourceLines, r.bulletins, r.removed)).toEqual([]);
  });

  it('sets aside a heading that repeats the front matter’s title in a digest', () => {
    const md = '---\ntitle: Resumen\n---\n\n# Resumen\n\n## Uno\n\nLima, 3 de mayo de 2023.- Texto uno de la nota.\n\n## Dos\n\nLima, 4 de mayo de 2023.- Texto dos de la nota.\n';
    const r = importMarkdownResult(md, 'd.md');
    expect(r.bulletins.map((b) => b.title)).toEqual(['Uno', 'Dos']);
    expect(findLostLines(r.sourceLines, r.bulletins, r.removed)).toEqual([]);
  });
});
