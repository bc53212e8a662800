import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { importFile } from '../../../../renderer/src/core/import/import-file';
import { titlePages, type PdfjsLike } from '../../../../renderer/src/core/import/importers/pdf';
import type { LayoutPage } from '../../../../renderer/src/core/import/pdf-layout';

const pdfjs = (): Promise<PdfjsLike> => import('pdfjs-dist/legacy/build/pdf.mjs');

const pageOf = (...runs: string[]): LayoutPage => ({
  width: 595,
  height: 842,
  items: runs.map((str, i) => ({ str, x: 50, y: 800 - i * 20, width: 100, size: 11, eol: true })),
});

describe('the page a PDF bulletin starts on (issue 15)', () => {
  it('finds each title in page order, ignoring how the runs split the words', () => {
    const pages = [pageOf('Cumbre en ', 'Lima', 'texto'), pageOf('más texto'), pageOf('Acuerdo de', ' pesca'), pageOf('Cumbre en Lima')];
    // The second "Cumbre en Lima" is searched after the first found title, so it lands on page 4.
    expect(titlePages(pages, ['Cumbre en Lima', 'Acuerdo de pesca', 'Cumbre en Lima', 'No está', ''])).toEqual([1, 3, 4, undefined, undefined]);
  });

  it('sets sourcePage on the bulletins of a three-page PDF', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const stories: Array<[string, string] | null> = [
      ['High-Level Group of the Pacific Alliance meets in Lima', 'October 18, 2023.- The High Level Group met in Lima with the IDB.'],
      null,
      ['The meeting of National Coordinators is held in Santiago', 'October 17, 2023.- The National Coordinators met today in Santiago.'],
    ];
    for (const story of stories) {
      const page = doc.addPage([595, 842]);
      if (!story) {
        page.drawText('The discussion went on about fisheries and trade facilitation.', { x: 50, y: 780, size: 11, font });
        continue;
      }
      page.drawText(story[0], { x: 50, y: 780, size: 16, font });
      page.drawText(story[1], { x: 50, y: 740, size: 11, font });
    }
    const out = await importFile({ name: 'two.pdf', bytes: await doc.save() }, { pdfjs });
    const found = out.map((b) => [b.title, b.sourcePage]);
    expect(found).toEqual([
      ['High-Level Group of the Pacific Alliance meets in Lima', 1],
      ['The meeting of National Coordinators is held in Santiago', 3],
    ]);
  });
});
