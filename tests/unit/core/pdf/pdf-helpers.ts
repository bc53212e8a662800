import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfBulletin, PdfFonts, DossierPdfInput } from '../../../../renderer/src/core/pdf';

let cachedFonts: PdfFonts | null = null;

/** The shipped DejaVu fonts, read once per test file. */
export function loadFonts(): PdfFonts {
  if (!cachedFonts) {
    const dir = resolve(__dirname, '../../../../resources/fonts');
    cachedFonts = {
      regular: new Uint8Array(readFileSync(resolve(dir, 'DejaVuSans.ttf'))),
      bold: new Uint8Array(readFileSync(resolve(dir, 'DejaVuSans-Bold.ttf'))),
    };
  }
  return cachedFonts;
}

export interface PositionedText {
  str: string;
  x: number;
  y: number;
}

export interface OpenedPage {
  text: string;
  items: PositionedText[];
  width: number;
  height: number;
  links: Array<{ rect: number[]; destPage: number }>;
}

export interface OpenedPdf {
  pages: OpenedPage[];
  outline: Array<{ title: string; destPage: number; items: Array<{ title: string; destPage: number }> }>;
  info: Record<string, unknown>;
}

/** Whitespace collapsed, so wrapped lines compare equal to the source text. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Opens bytes with pdfjs-dist (as a viewer would) and extracts what the tests check. */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const destIndex = async (dest: unknown): Promise<number> => {
      const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
      if (!Array.isArray(explicit)) return -1;
      return pdf.getPageIndex(explicit[0]);
    };
    const pages: OpenedPage[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if ('str' in item) items.push({ str: item.str, x: Number(item.transform[4]), y: Number(item.transform[5]) });
      }
      const annotations = (await page.getAnnotations()) as Array<{ subtype: string; rect: number[]; dest: unknown }>;
      const links = [];
      for (const a of annotations) if (a.subtype === 'Link') links.push({ rect: a.rect, destPage: await destIndex(a.dest) });
      const [, , width = 0, height = 0] = page.view;
      pages.push({ text: squash(items.map((i) => i.str).join(' ')), items, width, height, links });
    }
    const rawOutline = (await pdf.getOutline()) ?? [];
    const outline = [];
    for (const node of rawOutline) {
      const items = [];
      for (const child of node.items as Array<{ title: string; dest: unknown }>) items.push({ title: child.title, destPage: await destIndex(child.dest) });
      outline.push({ title: node.title, destPage: await destIndex(node.dest), items });
    }
    const { info } = await pdf.getMetadata();
    return { pages, outline, info: info as Record<string, unknown> };
  } finally {
    await pdf.destroy();
  }
}

/** A plain bulletin with `paragraphs` paragraphs of mixed Spanish/English text. */
export function makeBulletin(i: number, overrides: Partial<PdfBulletin> = {}, paragraphs = 3): PdfBulletin {
  const es = 'La Alianza del Pacífico impulsa la integración regional, la cooperación y el comercio entre Chile, Colombia, México y Perú.';
  const en = 'The Pacific Alliance promotes regional integration, cooperation and trade among its member countries and observers.';
  const body = Array.from({ length: paragraphs }, (_, k) => `${k % 2 ? es : en} ${(k % 2 ? en : es).repeat(1 + ((i + k) % 3))}`).join('\n\n');
  return {
    id: `b${i}`,
    title: `Bulletin ${i} about regional integration number ${i}`,
    date: `2023-${String((i % 3) + 9).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    datePrecision: 'day',
    place: i % 2 ? 'Lima' : null,
    sourceFile: `bulletin-${i}.txt`,
    tags: i % 3 ? ['trade'] : ['fisheries', 'trade'],
    countries: [['Peru', 'Chile', 'Mexico', 'Colombia'][i % 4] ?? 'Peru'],
    body,
    ...overrides,
  };
}

export function makeInput(bulletins: PdfBulletin[], overrides: Partial<DossierPdfInput> = {}): DossierPdfInput {
  return {
    title: 'Fisheries & Aquaculture 2023',
    subtitle: 'Selected bulletins',
    author: 'Unidad Técnica',
    introduction: 'An introduction paragraph.\n\nSecond paragraph of the introduction.',
    grouping: 'none',
    pageSize: 'A4',
    language: 'es',
    bulletins,
    ...overrides,
  };
}
