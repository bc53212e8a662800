import fontkit from '@cantoo/fontkit';
import { PDFDocument, PDFHexString, PDFName } from '@cantoo/pdf-lib';
import type { PDFArray, PDFContext, PDFFont, PDFPage, PDFRef } from '@cantoo/pdf-lib';
import { layoutDossier } from './dossier-layout';
import type { DossierLayout, FontSet } from './dossier-layout';
import { FONT_FEATURES, FontMetrics } from './fonts';
import { GlyphEncoder, renderOps } from './encoder';
import { DEFAULT_LABELS } from './types';
import type { BuildPdfOptions, DossierPdfInput, PdfFonts } from './types';

const CREATOR = 'PA Bulletin Archive';
const PRODUCER = 'PA Bulletin Archive (@cantoo/pdf-lib 2.11)';
const FONT_NAMES = { regular: 'FR', bold: 'FB' } as const;

/** Progress bookkeeping shared by the fast writer and the baseline: layout, pages, save. */
export class Progress {
  private last = -1;
  readonly total: number;

  constructor(
    private readonly bulletins: number,
    private readonly report?: (done: number, total: number) => void,
  ) {
    this.total = 2 * bulletins + 1;
  }

  laidOut(done: number): void {
    this.emit(done);
  }

  written(pagesDone: number, pages: number): void {
    this.emit(this.bulletins + Math.floor((this.bulletins * pagesDone) / Math.max(1, pages)));
  }

  finished(): void {
    this.emit(this.total);
  }

  private emit(done: number): void {
    if (done === this.last) return;
    this.last = done;
    this.report?.(done, this.total);
  }
}

/** Everything before writing: metrics, labels and the laid-out pages. */
export function prepareLayout(input: DossierPdfInput, fonts: PdfFonts, opts: BuildPdfOptions, progress: Progress): { layout: DossierLayout; metrics: FontSet } {
  const metrics: FontSet = { regular: new FontMetrics(fonts.regular), bold: new FontMetrics(fonts.bold) };
  const labels = { ...DEFAULT_LABELS, ...opts.labels };
  const layout = layoutDossier(input, metrics, labels, {
    now: opts.now ?? new Date(),
    justify: (opts.align ?? 'justify') === 'justify',
    onBulletin: (done) => progress.laidOut(done),
  });
  return { layout, metrics };
}

/** A new document with both fonts embedded as subsets (only used glyphs are written on save). */
export async function createDocument(fonts: PdfFonts): Promise<{ doc: PDFDocument; regular: PDFFont; bold: PDFFont }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: true, features: { ...FONT_FEATURES } });
  const bold = await doc.embedFont(fonts.bold, { subset: true, features: { ...FONT_FEATURES } });
  return { doc, regular, bold };
}

/**
 * Builds the dossier PDF: cover, introduction, linked table of contents, bookmarks, bulletins with
 * running header and "Page X of Y" footer, subset DejaVu fonts with ToUnicode maps, and metadata.
 * Pure: takes font bytes, returns PDF bytes; runs in Node, a Worker or the page.
 */
export async function buildDossierPdf(input: DossierPdfInput, fonts: PdfFonts, opts: BuildPdfOptions = {}): Promise<Uint8Array> {
  const progress = new Progress(input.bulletins.length, opts.onProgress);
  const { layout, metrics } = prepareLayout(input, fonts, opts, progress);
  const { doc, regular, bold } = await createDocument(fonts);
  const encoders = { regular: new GlyphEncoder(regular, metrics.regular), bold: new GlyphEncoder(bold, metrics.bold) };
  const { context } = doc;

  const pages: PDFPage[] = [];
  layout.pages.forEach((laid, k) => {
    const page = doc.addPage([layout.geo.width, layout.geo.height]);
    page.node.setFontDictionary(PDFName.of(FONT_NAMES.regular), regular.ref);
    page.node.setFontDictionary(PDFName.of(FONT_NAMES.bold), bold.ref);
    const content = renderOps(laid.ops, encoders, FONT_NAMES);
    page.node.addContentStream(context.register(context.flateStream(content)));
    pages.push(page);
    progress.written(k + 1, layout.pages.length);
  });

  const destFor = (pageIndex: number, top: number): PDFArray =>
    context.obj([pages[pageIndex]?.ref ?? null, 'XYZ', null, Math.round(top + 24), null]);

  layout.pages.forEach((laid, k) => {
    for (const link of laid.links) {
      const annot = context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: link.rect,
        Border: [0, 0, 0],
        Dest: destFor(layout.starts[link.target] ?? 0, layout.startTops[link.target] ?? layout.geo.top),
      });
      pages[k]?.node.addAnnot(context.register(annot));
    }
  });

  addOutline(doc, layout, destFor);
  setMetadata(doc, input, opts.now ?? new Date());
  const bytes = await doc.save();
  progress.finished();
  return bytes;
}

interface OutlineNode {
  title: string;
  dest: PDFArray;
  children: OutlineNode[];
}

/** Bookmarks mirroring the TOC: group entries (when grouped) with their bulletins as children. */
function addOutline(doc: PDFDocument, layout: DossierLayout, destFor: (page: number, top: number) => PDFArray): void {
  const bulletinNode = (i: number): OutlineNode => ({
    title: layout.titles[i] ?? '',
    dest: destFor(layout.starts[i] ?? 0, layout.startTops[i] ?? layout.geo.top),
    children: [],
  });
  const nodes: OutlineNode[] = layout.groups.flatMap((g) =>
    g.label === null
      ? g.indexes.map(bulletinNode)
      : [{ title: g.label, dest: destFor(g.page, layout.geo.top), children: g.indexes.map(bulletinNode) }],
  );
  if (nodes.length === 0) return;
  const { context } = doc;
  const rootRef = context.nextRef();
  const { first, last, count } = writeOutlineLevel(context, nodes, rootRef);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: first, Last: last, Count: count }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function writeOutlineLevel(context: PDFContext, nodes: OutlineNode[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } {
  const refs = nodes.map(() => context.nextRef());
  let count = nodes.length;
  nodes.forEach((node, k) => {
    const ref = refs[k] as PDFRef;
    const dict = context.obj({ Title: PDFHexString.fromText(node.title), Parent: parent, Dest: node.dest });
    const prev = refs[k - 1];
    const next = refs[k + 1];
    if (prev) dict.set(PDFName.of('Prev'), prev);
    if (next) dict.set(PDFName.of('Next'), next);
    if (node.children.length > 0) {
      const sub = writeOutlineLevel(context, node.children, ref);
      dict.set(PDFName.of('First'), sub.first);
      dict.set(PDFName.of('Last'), sub.last);
      dict.set(PDFName.of('Count'), context.obj(sub.count));
      count += sub.count;
    }
    context.assign(ref, dict);
  });
  return { first: refs[0] as PDFRef, last: refs[refs.length - 1] as PDFRef, count };
}

/** Title, author, subject, keywords (tags), creator, producer, language and dates. */
export function setMetadata(doc: PDFDocument, input: DossierPdfInput, now: Date): void {
  const tags = [...new Set(input.bulletins.flatMap((b) => b.tags.map((t) => t.trim()).filter((t) => t !== '')))];
  doc.setTitle(input.title.trim() || 'Dossier', { showInWindowTitleBar: true });
  if (input.author.trim()) doc.setAuthor(input.author.trim());
  if (input.subtitle.trim()) doc.setSubject(input.subtitle.trim());
  doc.setKeywords(tags);
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.setLanguage(input.language.trim() || 'und');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
}
