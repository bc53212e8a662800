#!/usr/bin/env node
// Writes a sample dossier PDF from the real corpus and renders pages for the docs:
//   docs/pdf-sample.pdf, docs/pdf-cover.png (page 1), docs/pdf-page.png (first bulletin page).
// Usage: node scripts/render-pdf-sample.mjs   (needs pdftoppm from poppler-utils)
// The TypeScript core is loaded through Vite's module runner, so no build step is needed.
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.CORPUS ?? resolve(root, '../shared/corpus/pacific-alliance-news-2023-10-11.txt');
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = /^(?:([A-Z][a-z]+) (\d{1,2})(?:, (\d{4}))?|(\d{1,2}) ([A-Z][a-z]+) (\d{4}))\.-\s*/;

/** Crude split: a short one-line block without final punctuation, followed by a dateline, a bullet or containing "|", is a title. */
function splitCorpus(text) {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const bulletins = [];
  let year = 2023;
  blocks.forEach((block, k) => {
    const next = blocks[k + 1] ?? '';
    const isTitle = !block.includes('\n') && block.length <= 170 && !/[.:!?]$/.test(block) && (DATE.test(next) || next.startsWith('•') || block.includes('|'));
    if (isTitle) {
      bulletins.push({ title: block, paragraphs: [], date: null });
      return;
    }
    const current = bulletins[bulletins.length - 1];
    if (!current) return;
    const m = current.paragraphs.length === 0 ? DATE.exec(block) : null;
    if (m) {
      const monthName = (m[1] ?? m[5]).toLowerCase();
      const month = MONTHS.indexOf(monthName) + 1;
      year = Number(m[3] ?? m[6] ?? year);
      const day = Number(m[2] ?? m[4]);
      if (month > 0) current.date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
    current.paragraphs.push(block);
  });
  return bulletins;
}

const COUNTRIES = ['Chile', 'Colombia', 'Mexico', 'Peru'];
const TAGS = { fisheries: /fisher|aquacult/i, SMEs: /SME|MSME/i, youth: /youth/i, 'digital economy': /digital|data protection/i, cooperation: /cooperation/i };

const { module: pdf } = await runnerImport(resolve(root, 'renderer/src/core/pdf/index.ts'), { root, configFile: false, logLevel: 'error' });
const parsed = splitCorpus(readFileSync(corpus, 'utf8'));
const input = {
  title: 'Pacific Alliance News — October–November 2023',
  subtitle: 'Bulletins of the Pacific Alliance, compiled for the Technical Groups',
  author: 'Unidad de Comunicación, Alianza del Pacífico',
  introduction:
    'This dossier gathers the news bulletins published by the Pacific Alliance between October and November 2023.\n\n' +
    'Este dossier reúne los boletines de noticias de la Alianza del Pacífico: ¿qué pasó en Perú, México, Chile y Colombia? “Cooperación” – integración — y más.',
  grouping: 'month',
  pageSize: 'A4',
  language: 'en',
  bulletins: parsed.map((b, i) => {
    const body = b.paragraphs.join('\n\n');
    return {
      id: `b${i}`,
      title: b.title,
      date: b.date,
      datePrecision: b.date ? 'day' : 'unknown',
      place: /\bLima\b/.test(body) ? 'Lima' : null,
      sourceFile: 'pacific-alliance-news-2023-10-11.txt',
      tags: Object.entries(TAGS).filter(([, re]) => re.test(b.title + body)).map(([t]) => t),
      countries: COUNTRIES.filter((c) => body.includes(c)),
      body,
    };
  }),
};
const fonts = {
  regular: new Uint8Array(readFileSync(resolve(root, 'resources/fonts/DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(resolve(root, 'resources/fonts/DejaVuSans-Bold.ttf'))),
};
const bytes = await pdf.buildDossierPdf(input, fonts, { now: new Date('2023-11-28T10:00:00Z') });
mkdirSync(resolve(root, 'docs'), { recursive: true });
const out = resolve(root, 'docs/pdf-sample.pdf');
writeFileSync(out, bytes);
console.log(`${parsed.length} bulletins → ${out} (${bytes.length} bytes)`);

// Find the first content page: the first page whose text has the first bulletin's dateline source file.
const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1] ?? '1');
let contentPage = 1;
for (let p = 1; p <= pages; p++) {
  const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), out, '-'], { encoding: 'utf8' });
  if (text.includes('pacific-alliance-news-2023-10-11.txt')) { contentPage = p; break; }
}
const render = (page, name) => {
  const prefix = resolve(root, `docs/.${name}`);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', '-f', String(page), '-l', String(page), out, prefix]);
  renameSync(`${prefix}.png`, resolve(root, `docs/${name}.png`));
};
render(1, 'pdf-cover');
render(contentPage, 'pdf-page');
console.log(`rendered page 1 → docs/pdf-cover.png, page ${contentPage} of ${pages} → docs/pdf-page.png`);
