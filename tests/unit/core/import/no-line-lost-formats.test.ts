/**
 * The nothing-lost property on the whole importer of each format (`importFileReport`: decoding,
 * the format's own reading, the shared passes, the split): a generated listing is written out as
 * a .txt, a .md, a saved .html page, a .docx and a .pdf, imported as a user would import it, and
 * every generated line must end up in a bulletin or in what the importer reported as removed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { findLostLines } from '../../../../renderer/src/core/import/coverage';
import type { ParsedBulletin } from '../../../../renderer/src/core/model';
import { importFileReport } from '../../../../renderer/src/core/import/import-file';
import { nodeImportEnv } from '../../support/fidelity-harness';
import { listingLines } from '../../support/listing-arbitrary';

const env = nodeImportEnv();
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const esc = (s: string): string => s.replace(/[&<>"]/gu, (c) => `&#${c.charCodeAt(0)};`);
const isHeadline = (l: string): boolean => /^[A-ZÁÉÍÓÚ]/u.test(l) && !/[.!?:;»]$/u.test(l) && l.length < 120;

/** Lines grouped as the gaps after them say: one newline keeps a line in its paragraph. */
function groups(lines: string[], gaps: string[]): string[][] {
  const out: string[][] = [[]];
  lines.forEach((l, i) => {
    (out[out.length - 1] as string[]).push(l);
    if ((gaps[i % gaps.length] as string).replace(/ /gu, '').length > 1) out.push([]);
  });
  return out.filter((g) => g.length > 0);
}

const isBareDateline = (l: string | undefined): boolean => l !== undefined && /\d/u.test(l) && l.length < 45 && !/[a-z]{4,}\.$/u.test(l);

/**
 * One block per line, headline-like lines as <h2>. With `joinDatelines`, a bare dateline opens the
 * paragraph after it, as many pages write it; without, it is a block of its own.
 */
function html(lines: string[], joinDatelines = true): Uint8Array {
  const blocks: string[] = [];
  let pending: string | null = null;
  for (const l of lines) {
    if (joinDatelines && pending === null && isBareDateline(l)) pending = l;
    else if (pending !== null) {
      blocks.push(`<p>${esc(pending)} ${esc(l)}</p>`);
      pending = null;
    } else blocks.push(isHeadline(l) && !/\d/u.test(l) ? `<h2>${esc(l)}</h2>` : `<p>${esc(l)}</p>`);
  }
  if (pending !== null) blocks.push(`<p>${esc(pending)}</p>`);
  return enc(`<!DOCTYPE html><html><head><title>Noticias</title></head><body><main>${blocks.join('\n')}</main></body></html>`);
}

async function docx(lines: string[]): Promise<Uint8Array> {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const para = (l: string): string => `<w:p><w:r>${isHeadline(l) ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${lines.map(para).join('')}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

/** Headlines in bold, larger than the body or (`boldAtBodySize`) at its size, as listing cards set them. */
async function pdf(lines: string[], boldAtBodySize = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage([595, 842]);
  let y = 780;
  for (const line of lines) {
    const head = isHeadline(line);
    const font = head ? bold : regular;
    const size = head && !boldAtBodySize ? 14 : 11;
    // Greedy wrapping at the column width, at spaces (no hyphen is added).
    const rows: string[] = [];
    let row = '';
    for (const w of line.split(' ')) {
      const next = row ? `${row} ${w}` : w;
      if (row && font.widthOfTextAtSize(next, size) > 480) {
        rows.push(row);
        row = w;
      } else row = next;
    }
    rows.push(row);
    y -= head ? 10 : 4;
    for (const r of rows) {
      if (y < 70) {
        page = doc.addPage([595, 842]);
        y = 780;
      }
      page.drawText(r, { x: 56, y, size, font });
      y -= size * 1.3;
    }
  }
  return doc.save();
}

/** Imports `bytes` as `name` and returns the generated lines that came out nowhere. */
async function lost(name: string, bytes: Uint8Array, lines: string[]): Promise<string[]> {
  const report = await importFileReport({ name, bytes }, env);
  expect(report.lost).toEqual([]);
  // What was removed may be several generated lines joined (a PDF's wrapped heading): a generated
  // line counts as removed when it stands, word for word, inside the removed text.
  const removedText = { ...(report.bulletins[0] as ParsedBulletin), title: '', body: report.removed.join('\n') };
  return findLostLines(lines, [...report.bulletins, removedText], []);
}

describe('no line is lost, whole importer of each format', () => {

  it('.txt and .md', async () => {
    await fc.assert(
      fc.asyncProperty(listingLines, async ({ lines, gaps }) => {
        const text = lines.map((l, i) => l + (gaps[i % gaps.length] as string)).join('');
        expect(await lost('gen.txt', enc(text), lines)).toEqual([]);
        const md = groups(lines, gaps).map((g) => (g.length === 1 && isHeadline(g[0] as string) ? `## ${g[0] as string}` : g.join('\n'))).join('\n\n');
        expect(await lost('gen.md', enc(md), lines)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('.html', async () => {
    await fc.assert(
      fc.asyncProperty(listingLines, fc.boolean(), async ({ lines }, joinDatelines) => {
        expect(await lost('gen.html', html(lines, joinDatelines), lines)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('.docx', async () => {
    await fc.assert(
      fc.asyncProperty(listingLines, async ({ lines }) => {
        expect(await lost('gen.docx', await docx(lines), lines)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 90_000);

  it('.pdf', async () => {
    await fc.assert(
      fc.asyncProperty(listingLines, fc.boolean(), async ({ lines }, boldAtBodySize) => {
        expect(await lost('gen.pdf', await pdf(lines, boldAtBodySize), lines)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 90_000);

  // Regressions the properties found. The splitter now owns heading blocks (a heading, short lead
  // lines, a dateline): a later pass that rewrote its segments took a card's title away.
  it('keeps a line after a bare dateline block under a heading block', async () => {
    const lines = ['Alliance alliance', 'Alliance alliance alliance alliance. Alliance alliance alliance alliance.', 'Lima, 12 de mayo de 2015 (Andina).-', 'Alliance bogotá', 'Alliance alliance alliance alliance.'];
    const page = `<html><body><main><h2>${lines[0]}</h2><p>${lines[1]}</p><p>${lines[2]}</p><p>${lines[3]}</p><p>${lines[4]}</p></main></body></html>`;
    expect(await lost('k.html', enc(page), lines)).toEqual([]);
  });

  it('keeps a PDF bold title after a place-first dateline, in a listing that mixes dateline-first and title-first items', async () => {
    // Found by the .pdf property (seed 1477880837): "Alliance meeting" was in no bulletin and not
    // reported as removed.
    const lines = ['Alianza del Pacífico (octubre 12/16).', 'Alliance alliance', 'Alliance alliance alliance alliance.', '17 April, 2024.', 'Alliance comercio', 'Alliance alliance alliance alliance.', 'Punta Mita, México, 20 jun (SIG).', 'Alliance meeting', 'Alliance alliance alliance alliance.'];
    expect(await lost('k.pdf', await pdf(lines), lines)).toEqual([]);
  });

  it('keeps a PDF bold title after "Leer más" and a bracketed dateline above it', async () => {
    // Found by the .pdf property (seed 20261207): "Alliance de" was lost the same way.
    const lines = ['Alliance alliance', 'On Wednesday, June 9, alliance alliance alliance alliance.', 'Leer más', 'Alianza del Pacífico (octubre 12/16).', 'Alliance de', 'Alliance alliance alliance alliance.', 'Alliance alliance', 'Alliance alliance alliance alliance.', 'Alliance alliance alliance alliance.'];
    expect(await lost('k.pdf', await pdf(lines), lines)).toEqual([]);
  });

  it('keeps the only bulletin when a trailing meta line leaves a date-only paragraph under its body (PDF and HTML)', async () => {
    // Found by the .pdf and .html properties (seed 42): the body sentence was read as the title of
    // that date, both segments had no text and were set aside, and the file gave "no bulletin found".
    const lines = ['17 April, 2024.', 'Alliance alliance', 'Alliance alliance alliance alliance.', '23 de diciembre de 2024 / Sin categoría'];
    expect(await lost('k.pdf', await pdf(lines), lines)).toEqual([]);
    const page = ['Lima, 12 de mayo de 2015 (Andina).-', ...lines.slice(1)];
    expect(await lost('k.html', html(page, false), page)).toEqual([]);
  });

  it('keeps a Markdown file that is one setext heading (a paragraph over "-----") instead of finding no bulletin', async () => {
    // Found by the .md property (seed 1393659391): the whole text became one heading, set aside.
    const lines = ['Alliance alliance', 'Alliance alliance alliance alliance.', '• alliance alliance', '-----'];
    expect(await lost('gen.md', enc(lines.join('\n')), lines.slice(0, 3))).toEqual([]);
  });

  it('is a check that can fail: a line the importer never saw is reported', async () => {
    expect(await lost('x.txt', enc('Título\nLima, 3 de mayo de 2023.- Texto de la nota.'), ['Una línea que no está'])).toEqual(['Una línea que no está']);
  });
});
