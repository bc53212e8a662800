import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { ImportFileError } from '../../../../renderer/src/core/import/errors';
import { importFile } from '../../../../renderer/src/core/import/import-file';
import type { PdfjsLike } from '../../../../renderer/src/core/import/importers/pdf';

const pdfjs = (): Promise<PdfjsLike> => import('pdfjs-dist/legacy/build/pdf.mjs');
const reason = async (p: Promise<unknown>): Promise<string> => {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ImportFileError);
  return (err as ImportFileError).reason;
};

async function textPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines: [string, number][] = [
    ['High-Level Group of the Pacific Alliance meets in Lima', 16],
    ['', 0],
    ['October 18, 2023.- The High Level Group of the Pacific Alliance, which brings', 11],
    ['together deputy ministers from Chile, Colombia, Mexico and Peru, met in Lima', 11],
    ['with representatives of the IDB.', 11],
    ['', 0],
    ['The meeting of National Coordinators is held in Lima', 16],
    ['', 0],
    ['October 17, 2023.- The National Coordinators met today in Lima.', 11],
  ];
  const page = doc.addPage([595, 842]);
  let y = 780;
  for (const [text, size] of lines) {
    if (text) page.drawText(text, { x: 50, y, size, font });
    y -= text ? size * 1.4 : 14;
  }
  page.drawText('1', { x: 297, y: 30, size: 9, font });
  return doc.save();
}

describe('PDF importer', () => {
  it('rebuilds lines and paragraphs from the text layer', async () => {
    const out = await importFile({ name: 'news.pdf', bytes: await textPdf() }, { pdfjs });
    expect(out.map((b) => [b.title, b.date])).toEqual([
      ['High-Level Group of the Pacific Alliance meets in Lima', '2023-10-18'],
      ['The meeting of National Coordinators is held in Lima', '2023-10-17'],
    ]);
    expect(out[0]?.body).toBe(
      'The High Level Group of the Pacific Alliance, which brings together deputy ministers from Chile, Colombia, Mexico and Peru, met in Lima with representatives of the IDB.',
    );
    expect(out[0]?.countries).toEqual(['Chile', 'Colombia', 'Mexico', 'Peru']);
    expect(out[1]?.body).not.toMatch(/\b1$/);
  });

  it('says "scanned PDF, no text" when there is no text layer', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawRectangle({ x: 50, y: 50, width: 200, height: 100 });
    expect(await reason(importFile({ name: 'scan.pdf', bytes: await doc.save() }, { pdfjs }))).toBe('scanned PDF, no text');
  });

  it('says "damaged or truncated PDF" for cut or fake files', async () => {
    const bytes = await textPdf();
    expect(await reason(importFile({ name: 'cut.pdf', bytes: bytes.slice(0, Math.floor(bytes.length / 2)) }, { pdfjs }))).toBe('damaged or truncated PDF');
    expect(await reason(importFile({ name: 'fake.pdf', bytes: new TextEncoder().encode('hello, not a pdf') }, { pdfjs }))).toBe('damaged or truncated PDF');
  });

  it('maps pdfjs PasswordException to "password-protected PDF"', async () => {
    // pdf-lib cannot encrypt and qpdf is not installed, so pdfjs is stubbed to fail as it does on encrypted files.
    const locked: PdfjsLike = {
      getDocument: () => {
        const err = Object.assign(new Error('No password given'), { name: 'PasswordException' });
        return { promise: Promise.reject(err), destroy: async () => undefined };
      },
    };
    const bytes = new TextEncoder().encode('%PDF-1.7\n%encrypted');
    expect(await reason(importFile({ name: 'locked.pdf', bytes }, { pdfjs: async () => locked }))).toBe('password-protected PDF');
  });
});

describe('a real password-protected PDF', () => {
  it('is refused with "password-protected PDF" (fixture encrypted with qpdf, AES-256)', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = new Uint8Array(readFileSync(new URL('../../../fixtures/import/password-protected.pdf', import.meta.url)));
    expect(await reason(importFile({ name: 'password-protected.pdf', bytes }, { pdfjs }))).toBe('password-protected PDF');
  });
});

describe('a page printed to PDF by Chromium (tests/fixtures/real)', () => {
  it('drops the print header/footer on both pages, the site label, breadcrumbs, meta and share lines', async () => {
    const { readFileSync } = await import('node:fs');
    const { importFileReport } = await import('../../../../renderer/src/core/import/import-file');
    const bytes = new Uint8Array(readFileSync(new URL('../../../fixtures/real/print-single-es.pdf', import.meta.url)));
    const report = await importFileReport({ name: 'print-single-es.pdf', bytes }, { pdfjs });
    expect(report.bulletins.map((b) => [b.title, b.date, b.place])).toEqual([
      ['Ministros de Comercio Exterior acuerdan hoja de ruta para la facilitación del comercio digital', '2015-05-12', 'Lima'],
    ]);
    const body = report.bulletins[0]?.body ?? '';
    expect(body).not.toMatch(/file:|\d\/2|PM|Compartir|Copyright|Inicio »|Alianza del Pacífico · Noticias/u);
    expect(body.split('\n\n')).toHaveLength(12);
    expect(report.removed.filter((r) => r.startsWith('file://'))).toHaveLength(2);
    expect(report.removed).toContain('Alianza del Pacífico · Noticias');
    expect(report.lost).toEqual([]);
  });

  it('joins a paragraph that runs from page 1 onto page 2, and reads indented list lines as bullets', async () => {
    const { readFileSync } = await import('node:fs');
    const { importFileReport } = await import('../../../../renderer/src/core/import/import-file');
    const bytes = new Uint8Array(readFileSync(new URL('../../../fixtures/real/print-boletin-es.pdf', import.meta.url)));
    const report = await importFileReport({ name: 'print-boletin-es.pdf', bytes }, { pdfjs });
    expect(report.bulletins).toHaveLength(4);
    expect(report.bulletins[2]?.body).toContain('crecido con rapidez en los últimos años en toda la región, y sobre los desafíos');
    expect(report.bulletins[1]?.body.split('\n\n').slice(0, 2)).toEqual(['• Ciento veinte empresas participarán en la primera edición', '• El programa incluye mentorías y misiones comerciales']);
  });
});
