/**
 * HTML (.html/.htm saved pages, newsletters, and mammoth's .docx output) → bulletins.
 * Page chrome goes first (html-chrome.ts); then each `<article>` is one bulletin, or, without
 * articles, `<main>` or the largest text block is split like plain text (headings and datelines
 * start bulletins).
 */
import type { ParsedBulletin } from '../../model';
import { toParsedBulletin } from '../build-bulletin';
import type { ImporterResult } from '../coverage';
import { isValidDate, toIsoDate } from '../dates';
import { ImportFileError } from '../errors';
import { type HtmlToolkit, sanitizeFragment } from '../html-toolkit';
import { type Para, normaliseText, squash, textToParas } from '../paragraphs';
import { type Segment, type SplitBulletin, segmentParasReport, segmentsToBulletins } from '../splitter';
import type { DomDocument, DomElement, DomNode } from '../dom-shape';
import { redundantDates } from '../chrome-text';
import { datesUnderHeadings, documentTitleBlock, keepHeadingBlocks } from '../heading-blocks';
import { wholeArticle } from '../html-article';
import { stripHtmlChrome, textLines } from '../html-chrome';

const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'PRE', 'BLOCKQUOTE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'MAIN', 'UL', 'OL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'DL', 'CENTER', 'HGROUP', 'NAV', 'ASIDE', 'FOOTER', 'FORM']);
const LEAF = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'DIV', 'BLOCKQUOTE', 'SECTION', 'HEADER']);

/** A paragraph and the DOM nodes it came from (for bodyHtml). */
interface Block {
  para: Para;
  nodes: DomNode[];
}

/** Text of an element with `<br>` as a line break. */
function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as DomElement;
  if (el.tagName === 'BR') return '\n';
  let out = '';
  for (const child of Array.from(el.childNodes)) out += textOf(child);
  return BLOCK.has(el.tagName) ? `\n${out}\n` : out;
}

const hasBlockChild = (el: DomElement): boolean => Array.from(el.children).some((c) => BLOCK.has(c.tagName));

/** Flattens a container into leaf blocks in document order; loose inline runs become blocks too. */
function collectBlocks(container: DomElement): Block[] {
  const out: Block[] = [];
  let loose: DomNode[] = [];
  const flushLoose = (): void => {
    const text = loose.map(textOf).join('');
    if (text.trim().length > 0) pushText(out, text, 0, false, loose);
    loose = [];
  };
  for (const child of Array.from(container.childNodes)) {
    const el = child.nodeType === 1 ? (child as DomElement) : null;
    if (!el || !BLOCK.has(el.tagName)) {
      loose.push(child);
      continue;
    }
    flushLoose();
    if (LEAF.has(el.tagName) && !hasBlockChild(el)) {
      const heading = /^H([1-6])$/u.exec(el.tagName);
      pushText(out, textOf(el), heading ? Number(heading[1]) : 0, el.tagName === 'LI', [el]);
    } else {
      out.push(...collectBlocks(el));
    }
  }
  flushLoose();
  return out;
}

function pushText(out: Block[], text: string, heading: number, bullet: boolean, nodes: DomNode[]): void {
  if (heading > 0) {
    const t = squash(normaliseText(text).replace(/\n/gu, ' '));
    if (t) out.push({ para: { text: t, heading, bullet: false }, nodes });
    return;
  }
  // `<br>`-separated lines inside one element may be separate paragraphs (e-mail newsletters).
  const paras = textToParas(text.replace(/^\s*[\r\n]+|[\r\n]+\s*$/gu, ''));
  paras.forEach((p, i) => out.push({ para: { ...p, bullet: p.bullet || bullet }, nodes: i === 0 ? nodes : [] }));
}

/** `<time datetime>` / meta values → ISO date and precision. */
function readIsoish(value: string | null | undefined): { date: string; precision: 'day' | 'month' | 'year' } | null {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(value ?? '');
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? null : Number(m[2]);
  const d = m[3] === undefined ? null : Number(m[3]);
  if (mo === null) return isValidDate(y, 1, 1) ? { date: toIsoDate(y, 1, 1), precision: 'year' } : null;
  if (d === null) return isValidDate(y, mo, 1) ? { date: toIsoDate(y, mo, 1), precision: 'month' } : null;
  return isValidDate(y, mo, d) ? { date: toIsoDate(y, mo, d), precision: 'day' } : null;
}

/** The element whose direct paragraph children hold the most text. */
function largestTextBlock(body: DomElement): DomElement {
  let best: DomElement = body;
  let bestScore = 0;
  for (const el of Array.from(body.querySelectorAll('div, section, td, center, blockquote'))) {
    let score = 0;
    for (const c of Array.from(el.children)) if (/^(?:P|H[1-6]|UL|OL|BLOCKQUOTE|PRE)$/u.test(c.tagName)) score += (c.textContent ?? '').length;
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  // A page that is mostly loose text has no winning block: take the whole body.
  return bestScore > (body.textContent ?? '').trim().length * 0.3 ? withItsTitle(best, body) : body;
}

/**
 * The story's body block grown to take in the title, subtitle and date printed above it (news
 * sites and page builders put them in boxes around the body): the lowest ancestor that adds a
 * heading before the block and little other text.
 */
function withItsTitle(block: DomElement, body: DomElement): DomElement {
  const own = (block.textContent ?? '').trim().length;
  let depth = 0;
  for (let parent = block.parentElement; parent && parent !== body && depth < 6; parent = parent.parentElement, depth++) {
    const extra = (parent.textContent ?? '').trim().length - own;
    if (extra > Math.max(600, own * 0.5)) break;
    const all = Array.from(parent.querySelectorAll('*'));
    const at = all.indexOf(block);
    // The lowest box that also holds a heading before the body is the story's.
    if (all.slice(0, at).some((el) => /^H[1-3]$/u.test(el.tagName))) return parent;
  }
  return block;
}

/** Removes `count` characters of text from the start of an element (the dateline). */
function dropLeadingText(el: DomNode, count: number): void {
  let left = count;
  const walk = (n: DomNode): void => {
    for (const c of Array.from(n.childNodes)) {
      if (left <= 0) return;
      if (c.nodeType === 3) {
        // Paragraph text was whitespace-collapsed, so count on the collapsed node text.
        const text = (c.textContent ?? '').replace(/\s+/gu, ' ').trimStart();
        const take = Math.min(left, text.length);
        c.textContent = text.slice(take).trimStart();
        left -= take;
      } else walk(c);
    }
  };
  walk(el);
}

/** Builds one bulletin's sanitised HTML from its blocks. */
function bodyHtmlOf(blocks: Block[], seg: Segment, cut: { index: number; count: number } | null, toolkit: HtmlToolkit): string | null {
  const parts: string[] = [];
  const seen = new Set<DomNode>();
  seg.body.forEach((i) => {
    for (const node of blocks[i]?.nodes ?? []) {
      if (seen.has(node)) continue;
      seen.add(node);
      const clone = node.cloneNode(true);
      if (cut && cut.index === i) dropLeadingText(clone, cut.count);
      if (clone.nodeType === 1) parts.push((clone as DomElement).outerHTML);
      else parts.push((clone.textContent ?? '').replace(/[&<>]/gu, (c) => `&#${c.charCodeAt(0)};`));
    }
  });
  const html = sanitizeFragment(parts.join('\n'), toolkit);
  return html.length > 0 ? html : null;
}

/** The publication date of the page: meta tags, else the JSON-LD `datePublished`. */
function pageDate(doc: DomDocument): ReturnType<typeof readIsoish> {
  const meta = doc.querySelector(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="dc.date"], meta[name="DC.date.issued"], meta[name="publish-date"], meta[name="pubdate"], meta[name="publication_date"], meta[name="parsely-pub-date"], meta[property="og:published_time"]',
  );
  const fromMeta = readIsoish(meta?.getAttribute('content'));
  if (fromMeta) return fromMeta;
  const ld = doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
  return readIsoish(/"datePublished"\s*:\s*"([^"]{4,40})"/u.exec(ld)?.[1]);
}

/**
 * True when the page's story is not in its articles: an <h1> outside them, and more prose outside
 * them (paragraphs of a sentence or more) than all their text (the articles are cards of other
 * posts). Link lists and footers outside are not prose, so a listing page stays a listing.
 */
function isStoryOutsideArticles(body: DomElement, articles: DomElement[]): boolean {
  const h1 = Array.from(body.querySelectorAll('h1')).some((h) => !h.closest('article'));
  if (!h1) return false;
  const inside = articles.reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
  let prose = 0;
  for (const el of Array.from(body.querySelectorAll('p'))) {
    const t = (el.textContent ?? '').trim();
    if (!el.closest('article') && t.length >= 80) prose += t.length;
  }
  return prose > inside;
}

/** Text lines of the page outside the kept containers (sidebars, widgets, the archive's title). */
function linesOutside(body: DomElement, containers: DomElement[]): string[] {
  if (containers.includes(body)) return [];
  const keep = new Set(containers);
  const out: string[] = [];
  const walk = (el: DomElement): void => {
    for (const c of Array.from(el.childNodes)) {
      if (c.nodeType !== 1) {
        out.push(...textLines(c));
        continue;
      }
      const child = c as DomElement;
      if (keep.has(child)) continue;
      if (containers.some((k) => isAncestor(child, k))) walk(child);
      else out.push(...textLines(child));
    }
  };
  walk(body);
  return out;
}

function isAncestor(a: DomElement, b: DomElement): boolean {
  for (let p = b.parentElement; p; p = p.parentElement) if (p === a) return true;
  return false;
}

/**
 * Imports an HTML document. Page chrome is removed first (see `stripHtmlChrome`); each
 * `<article>` is then one bulletin, or `<main>` / the largest text block is split like plain text.
 * Throws ImportFileError("no bulletin found") when no text is left.
 */

export function importHtml(html: string, fileName: string, toolkit: HtmlToolkit, options: ImportOptions = {}): ImporterResult {
  const doc = toolkit.parse(html);
  const metaDate = pageDate(doc);
  const docTitle = squash(doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.title ?? '');
  const body = doc.body;
  if (!body) throw new ImportFileError(fileName, 'no bulletin found');
  const removed = stripHtmlChrome(body);

  let articles = Array.from(body.querySelectorAll('article')).filter((a) => !a.parentElement?.closest('article'));
  if (articles.length > 0 && isStoryOutsideArticles(body, articles)) {
    // A single post whose page builder keeps <article> for its related-posts cards only.
    for (const a of articles) {
      removed.push(...textLines(a));
      a.remove();
    }
    articles = [];
  }
  const containers = articles.length > 0 ? articles : [body.querySelector('main, [role="main"]') ?? largestTextBlock(body)];
  // Outside the articles (or the main text) is the page around them: reported, not split.
  removed.push(...linesOutside(body, containers));
  const sourceLines = [...removed];
  const out: ParsedBulletin[] = [];
  for (const container of containers) {
    const all = collectBlocks(container);
    sourceLines.push(...all.map((b) => b.para.text));
    const allParas = all.map((b) => b.para);
    const dropped = new Set([...redundantDates(allParas), ...(articles.length > 0 ? [] : documentTitleBlock(allParas))]);
    for (const i of dropped) removed.push(all[i]?.para.text ?? '');
    const kept = all.filter((_, i) => !dropped.has(i));
    const blocks = articles.length > 0 ? kept : datesUnderHeadings(kept.map((b) => b.para)).map((i) => kept[i] as Block);
    const paras = blocks.map((b) => b.para);
    const report = articles.length > 0 ? { segments: [wholeArticle(paras)], removed: [] } : keepHeadingBlocks(paras, segmentParasReport(paras, htmlLevel(paras)));
    removed.push(...report.removed.map((i) => paras[i]?.text ?? ''));
    const segments = report.segments;
    // A year-less dateline takes its year from the page's own date before the file's.
    const split = segmentsToBulletins(paras, segments, { ...options, ...(metaDate ? { fileDate: metaDate.date } : {}) });
    split.forEach((b, k) => {
      const seg = segments[k] as Segment;
      const at = seg.datelineAt ?? seg.body[0];
      const cut = seg.dateline && at !== undefined ? { index: at, count: seg.dateline.consumed } : null;
      const nodes = seg.body.flatMap((i) => blocks[i]?.nodes ?? []);
      const time = firstTime(nodes, container, articles.length > 0);
      const dated = datedBulletin(b, time ?? (containers.length === 1 && split.length === 1 ? metaDate : null));
      if (b.titleFromBody && docTitle && split.length === 1 && containers.length === 1) dated.title = docTitle;
      if (dated.paragraphs.length === 0) {
        // A post with a title and no text (an empty listing card) keeps its title as removed.
        if (seg.titleIndex !== null) removed.push(paras[seg.titleIndex]?.text ?? '');
        return;
      }
      out.push(toParsedBulletin(dated, fileName, bodyHtmlOf(blocks, seg, cut, toolkit)));
    });
  }
  if (out.length === 0) throw new ImportFileError(fileName, 'no bulletin found');
  return { bulletins: out, sourceLines, removed };
}

/** What the caller knows about the file: its own date (ISO) gives year-less datelines a year. */
export interface ImportOptions {
  fileDate?: string;
}

/** Without a dateline, a bulletin takes the `<time>`/meta date when there is one. */
function datedBulletin(b: SplitBulletin, fallback: ReturnType<typeof readIsoish>): SplitBulletin {
  if (b.date !== null || !fallback) return { ...b };
  return { ...b, date: fallback.date, precision: fallback.precision };
}

function firstTime(nodes: DomNode[], container: DomElement, isArticle: boolean): ReturnType<typeof readIsoish> {
  for (const n of nodes) {
    if (n.nodeType !== 1) continue;
    const el = n as DomElement;
    const t = el.matches('time[datetime]') ? el : el.querySelector('time[datetime]');
    if (t) return readIsoish(t.getAttribute('datetime'));
  }
  // An article's header <time> is outside the body blocks' nodes when it is its own block.
  return isArticle ? readIsoish(container.querySelector('time[datetime]')?.getAttribute('datetime')) : null;
}

/** A page with one `<h1>` is one story whose `<h2>`s are subheadings, unless datelines say otherwise. */
function htmlLevel(paras: Para[]): { level?: number } {
  const h1 = paras.filter((p) => p.heading === 1).length;
  return h1 === 1 ? { level: 1 } : {};
}
