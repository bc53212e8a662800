import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { buildDossierPdf } from '../../../../renderer/src/core/pdf';
import type { DossierPdfInput, PdfBulletin } from '../../../../renderer/src/core/pdf';
import { loadFonts, makeBulletin, makeInput, openPdf, squash } from './pdf-helpers';
import type { OpenedPdf } from './pdf-helpers';

const NOW = new Date(2023, 10, 28, 12, 0, 0);
const SPANISH = '¿Cómo está? Perú, México, año, pingüino, “comillas” – — ’ • ¡Sí!';

/** Checks TOC numbers, links, outline destinations and footers against where titles really are. */
function checkStructure(input: DossierPdfInput, pdf: OpenedPdf): void {
  const n = pdf.pages.length;
  pdf.pages.forEach((page, k) => expect(page.text).toContain(`Page ${k + 1} of ${n}`));

  const tocPages = pdf.pages.map((p, k) => (p.links.length > 0 ? k : -1)).filter((k) => k >= 0);
  const firstContent = Math.max(...tocPages) + 1;
  const links = tocPages.flatMap((k) => pdf.pages[k]?.links.map((l) => ({ ...l, page: k })) ?? []);
  expect(links).toHaveLength(input.bulletins.length);

  const seen = new Set<string>();
  for (const link of links) {
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = link.rect;
    const inside = pdf.pages[link.page]?.items.filter((i) => i.x >= x1 && i.x <= x2 && i.y >= y1 && i.y <= y2 && i.str.trim() !== '') ?? [];
    const numbers = inside.filter((i) => /^\d+$/.test(i.str.trim()));
    expect(numbers).toHaveLength(1);
    const entryText = squash(inside.filter((i) => !/^\d+$/.test(i.str.trim())).map((i) => i.str).join(' '));
    const bulletin = input.bulletins.find((b) => entryText.startsWith(squash(b.title)));
    expect(bulletin, `TOC entry "${entryText}" names a bulletin`).toBeDefined();
    if (!bulletin) continue;
    seen.add(bulletin.id);
    // The printed number, the link target and the first page showing the title all agree.
    expect(Number(numbers[0]?.str)).toBe(link.destPage + 1);
    const firstShown = pdf.pages.findIndex((p, k) => k >= firstContent && p.text.includes(squash(bulletin.title)));
    expect(firstShown).toBe(link.destPage);
    const outlineEntry = pdf.outline.flatMap((o) => (o.items.length > 0 ? o.items : [o])).find((o) => o.title === squash(bulletin.title));
    expect(outlineEntry?.destPage).toBe(link.destPage);
  }
  expect(seen.size).toBe(input.bulletins.length);
}

describe('buildDossierPdf', () => {
  it('builds a linked, paginated dossier whose TOC numbers match the pages', async () => {
    const bulletins: PdfBulletin[] = Array.from({ length: 14 }, (_, i) => makeBulletin(i, {}, 2 + (i % 5)));
    bulletins[3] = makeBulletin(3, { title: `A very long bulletin title that has to wrap over more than one line in the table of contents ${'and the heading '.repeat(4)}end` });
    bulletins[5] = makeBulletin(5, { body: `${SPANISH}\n\n${'Texto largo. '.repeat(400)}` });
    const input = makeInput(bulletins);
    const progress: Array<[number, number]> = [];
    const bytes = await buildDossierPdf(input, loadFonts(), { now: NOW, onProgress: (d, t) => progress.push([d, t]) });
    const pdf = await openPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThan(8);
    checkStructure(input, pdf);
    // No grouping: one outline entry per bulletin, no children.
    expect(pdf.outline).toHaveLength(bulletins.length);
    expect(pdf.outline.every((o) => o.items.length === 0)).toBe(true);
    // Copy-paste gives back the Spanish punctuation and accents.
    expect(pdf.pages.some((p) => p.text.includes(SPANISH))).toBe(true);
    // Cover: title, period, count, compiled-on, author.
    const cover = pdf.pages[0]?.text ?? '';
    for (const s of ['Fisheries & Aquaculture 2023', 'Selected bulletins', '1 September 2023 – 12 November 2023', '14', '28 November 2023', 'Unidad Técnica']) {
      expect(cover).toContain(s);
    }
    expect(pdf.pages[1]?.text).toContain('Second paragraph of the introduction.');
    // Running header on every page but the cover.
    expect(pdf.pages.slice(1).every((p) => p.text.startsWith('Fisheries & Aquaculture 2023') || p.text.includes('Fisheries & Aquaculture 2023'))).toBe(true);
    // Progress is monotonic and ends at total.
    const last = progress[progress.length - 1];
    expect(last?.[0]).toBe(last?.[1]);
    expect(progress.every(([d], k) => k === 0 || d > (progress[k - 1]?.[0] ?? 0))).toBe(true);
  });

  it('groups by month and by country with group bookmarks holding their bulletins', async () => {
    const bulletins = Array.from({ length: 9 }, (_, i) => makeBulletin(i, {}, 1));
    bulletins[8] = makeBulletin(8, { date: null, datePrecision: 'unknown', countries: [] }, 1);
    for (const grouping of ['month', 'country'] as const) {
      const input = makeInput(bulletins, { grouping, introduction: '' });
      const pdf = await openPdf(await buildDossierPdf(input, loadFonts(), { now: NOW }));
      checkStructure(input, pdf);
      const labels = pdf.outline.map((o) => o.title);
      if (grouping === 'month') expect(labels).toEqual(['September 2023', 'October 2023', 'November 2023', 'Undated']);
      else expect(labels).toEqual(['Chile', 'Colombia', 'Mexico', 'Peru', 'No country']);
      expect(pdf.outline.reduce((sum, o) => sum + o.items.length, 0)).toBe(bulletins.length);
      // A group bookmark points at the page with its heading.
      for (const group of pdf.outline) expect(pdf.pages[group.destPage]?.text).toContain(group.title);
    }
  });

  it('sets metadata and the catalog language', async () => {
    const input = makeInput([makeBulletin(1, { tags: ['pesca', 'comercio'] }), makeBulletin(2, { tags: ['comercio', 'juventud'] })]);
    const bytes = await buildDossierPdf(input, loadFonts(), { now: NOW });
    const { info } = await openPdf(bytes);
    expect(info.Title).toBe('Fisheries & Aquaculture 2023');
    expect(info.Author).toBe('Unidad Técnica');
    expect(info.Subject).toBe('Selected bulletins');
    expect(info.Keywords).toBe('pesca comercio juventud');
    expect(info.Creator).toBe('PA Bulletin Archive');
    expect(String(info.Producer)).toContain('PA Bulletin Archive');
    expect(String(info.CreationDate)).toMatch(/^D:20231128/);
    const doc = await PDFDocument.load(bytes);
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(es)');
  });

  it('uses A4 and Letter page sizes', async () => {
    const bulletins = [makeBulletin(1)];
    const a4 = await openPdf(await buildDossierPdf(makeInput(bulletins, { pageSize: 'A4' }), loadFonts(), { now: NOW }));
    const letter = await openPdf(await buildDossierPdf(makeInput(bulletins, { pageSize: 'Letter' }), loadFonts(), { now: NOW }));
    for (const p of a4.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    for (const p of letter.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([612, 792]);
  });

  it('degrades characters the font lacks instead of crashing', async () => {
    const input = makeInput([makeBulletin(1, { title: 'Emoji 😀 and CJK 中文 title', body: 'Cuerpo con 中文 y 👍🏽 y עברית y عربي.', tags: ['标签'] })]);
    const pdf = await openPdf(await buildDossierPdf(input, loadFonts(), { now: NOW }));
    const all = pdf.pages.map((p) => p.text).join(' ');
    expect(all).toContain('Cuerpo con');
    expect(all).toContain('\uFFFD'); // CJK is not in DejaVu Sans: shown as the replacement box.
    expect(all).not.toContain('中');
  });

  it('handles an empty dossier', async () => {
    const pdf = await openPdf(await buildDossierPdf(makeInput([], { introduction: '', title: '' }), loadFonts(), { now: NOW }));
    expect(pdf.pages.length).toBe(3);
    expect(pdf.pages[0]?.text).toContain('No dated bulletins');
  });
});
