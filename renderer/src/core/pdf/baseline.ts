import { rgb } from '@cantoo/pdf-lib';
import { createDocument, prepareLayout, Progress, setMetadata } from './writer';
import type { BuildPdfOptions, DossierPdfInput, PdfFonts } from './types';

/**
 * Benchmark baseline only: the same layout (same wrapped lines, same cached word widths) written
 * the straightforward pdf-lib way, one `page.drawText` per line (so every line is re-shaped by
 * fontkit) and `drawRectangle` for rules. No justification, links or outline. Not for the app.
 */
export async function buildDossierPdfBaseline(input: DossierPdfInput, fonts: PdfFonts, opts: BuildPdfOptions = {}): Promise<Uint8Array> {
  const progress = new Progress(input.bulletins.length, opts.onProgress);
  const { layout } = prepareLayout(input, fonts, opts, progress);
  const { doc, regular, bold } = await createDocument(fonts);
  layout.pages.forEach((laid, k) => {
    const page = doc.addPage([layout.geo.width, layout.geo.height]);
    for (const op of laid.ops) {
      const color = rgb(op.color[0], op.color[1], op.color[2]);
      if (op.kind === 'rect') page.drawRectangle({ x: op.x, y: op.y, width: op.w, height: op.h, color });
      else if (op.words.length > 0) {
        page.drawText(op.words.join(' '), { x: op.x, y: op.y, size: op.size, font: op.font === 'bold' ? bold : regular, color });
      }
    }
    progress.written(k + 1, layout.pages.length);
  });
  setMetadata(doc, input, opts.now ?? new Date());
  const bytes = await doc.save();
  progress.finished();
  return bytes;
}
