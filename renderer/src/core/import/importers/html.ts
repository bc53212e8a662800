/**
 * HTML (.html/.htm saved pages, newsletters, and mammoth's .docx output) → bulletins.
 * Page chrome goes first (html-chrome.ts); then each `<article>` is one bulletin, or, without
 * articles, `<main>` or the largest text block is split like plain text (headings and datelines
 * start bulletins).
 */
import type { ParsedBulletin } from '../../model';
import { toParsedBulletin } from '../build-bulletin';
import type { ImporterResult } from '../coverage';
import { ImportFileError } from '../errors';
import { type HtmlToolkit, sanitizeFragment } from '../html-toolkit';
import { type Para, normaliseText, squash, textToParas } from '../paragraphs';
import { type Segment, type SplitBulletin, segmentParasReport, segmentsToBulletins } from '../splitter';
import type { DomElement, DomNode } from '../dom-shape';
import { redundantDates } from '../chrome-text';
import { chromeActions, dateOf } from '../chrome-evidence';
import { declaredHeadline, markDeclaredHeadline } from '../html-declarations';
import { datesUnderHeadings, documentTitleBlock, unifyDatedHeadings } from '../heading-blocks';
import { datedSubheadingLevel, firstDatedHeading, wholeArticleReport } from '../html-article';
import { stripHtmlChrome, textLines } from '../html-chrome';
import { isStoryOutsideArticles, largestTextBlock, linesOutside, pageDate, readIsoish } from '../html-page';
import { boundHtml } from '../html-bounds';
import { IMPORT_LIMITS, limitReason } from '../limits';
import { pushAll } from '../../arrays';
import { type Dated, inferYearsAcross } from '../infer-year';
import { withoutFrontMatter } from '../front-matter';
import { declaredEntries, liveEntries } from '../html-entries';

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
function collectBlocks(container: DomElement, out: Block[] = []): Block[] {
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
      collectBlocks(el, out);
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
  let size = 0;
  for (const i of seg.body) {
    for (const node of blocks[i]?.nodes ?? []) {
      if (seen.has(node)) continue;
      seen.add(node);
      const clone = node.cloneNode(true);
      if (cut && cut.index === i) dropLeadingText(clone, cut.count);
      const part = clone.nodeType === 1 ? (clone as DomElement).outerHTML : (clone.textContent ?? '').replace(/[&<>]/gu, (c) => `&#${c.charCodeAt(0)};`);
      size += part.length;
      // Past the bound the bulletin keeps its plain text only (see IMPORT_LIMITS.bodyHtmlChars).
      if (size > IMPORT_LIMITS.bodyHtmlChars) return null;
      parts.push(part);
    }
  }
  const html = sanitizeFragment(parts.join('\n'), toolkit);
  return html.length > 0 ? html : null;
}

/**
 * Imports an HTML document. Page chrome is removed first (see `stripHtmlChrome`); each
 * `<article>` is then one bulletin, or `<main>` / the largest text block is split like plain text.
 * Throws ImportFileError("no bulletin found") when no text is left.
 */
export function importHtml(html: string, fileName: string, toolkit: HtmlToolkit, options: ImportOptions = {}): ImporterResult {
  // Bounded before any DOM exists: element count refused, nesting past the limit flattened.
  const bounded = boundHtml(html);
  if (bounded.elements > IMPORT_LIMITS.htmlElements) throw new ImportFileError(fileName, limitReason.htmlElements());
  const doc = toolkit.parse(bounded.html);
  const metaDate = pageDate(doc);
  const headline = declaredHeadline(doc);
  const docTitle = squash(headline ?? doc.title ?? '');
  const body = doc.body;
  if (!body) throw new ImportFileError(fileName, 'no bulletin found');
  // Declared posts (hAtom, microdata) and their dates are read before the chrome pass takes post footers.
  const entries = declaredEntries(body);
  const removed = stripHtmlChrome(body);

  let articles = Array.from(body.querySelectorAll('article')).filter((a) => !a.parentElement?.closest('article'));
  if (articles.length > 0 && isStoryOutsideArticles(body, articles)) {
    // A single post whose page builder keeps <article> for its related-posts cards only.
    for (const a of articles) {
      pushAll(removed, textLines(a));
      a.remove();
    }
    articles = [];
  }
  // Without <article>, the posts the page declares are its articles.
  if (articles.length === 0) articles = liveEntries(entries);
  let containers = articles.length > 0 ? articles : [body.querySelector('main, [role="main"]') ?? largestTextBlock(body)];
  // Outside the articles (or the main text) is the page around them: reported, not split. When
  // that outside holds prose of its own (sentences, not link lists), the choice was too narrow and
  // the whole page is read instead: text is better imported than set aside.
  let outside = linesOutside(body, containers);
  if (articles.length === 0 && containers[0] !== body && hasOwnProse(outside, containers[0] as DomElement)) {
    containers = [body];
    outside = [];
  }
  pushAll(removed, outside);
  // A page whose one <h1> is the headline it declares (og:title, JSON-LD) is one story even
  // without <article>: its decks, credits and datelines are parts of it, not new bulletins.
  const whole = articles.length > 0 || (containers.length === 1 && declaresOneStory(containers[0] as DomElement, headline));
  const sourceLines = [...removed];
  const out: ParsedBulletin[] = [];
  // Year-less datelines by output bulletin, to infer their years again across the whole page.
  const partials: (Dated['partial'] | undefined)[] = [];
  for (const container of containers) {
    const collected = collectBlocks(container);
    for (const b of collected) sourceLines.push(b.para.text);
    // The page's own declaration first: the block holding its declared headline is its title.
    const marked = markDeclaredHeadline(collected.map((b) => b.para), headline);
    // An article whose sub-headings each head a dated story (a newsletter issue) is a listing.
    const listingLevel = whole ? datedSubheadingLevel(marked) : null;
    const one = whole && listingLevel === null;
    const all = evidenceBlocks(collected.map((b, i) => ({ ...b, para: marked[i] as Para })), removed);
    const allParas = all.map((b) => b.para);
    const dropped = new Set([...redundantDates(allParas), ...(one ? [] : documentTitleBlock(allParas))]);
    for (const i of dropped) removed.push(all[i]?.para.text ?? '');
    const kept = all.filter((_, i) => !dropped.has(i));
    // A listing article's header and intro, above its first dated story, are the issue's.
    // Read on the page as written: a date the evidence pass kept may now sit right under a subtitle.
    const firstStory = listingLevel !== null ? marked[firstDatedHeading(marked, listingLevel)] : undefined;
    const start = Math.max(0, kept.findIndex((b) => b.para === firstStory));
    for (const b of kept.slice(0, start)) removed.push(b.para.text);
    const units = kept.slice(start);
    const blocks = one ? units : datesUnderHeadings(units.map((b) => b.para)).map((i) => units[i] as Block);
    const paras = one ? blocks.map((b) => b.para) : unifyDatedHeadings(blocks.map((b) => b.para));
    const report = one ? wholeArticleReport(paras) : segmentParasReport(paras, listingLevel !== null ? { level: listingLevel } : htmlLevel(paras));
    for (const i of report.removed) removed.push(paras[i]?.text ?? '');
    const segments = report.segments;
    // A year-less dateline takes its year from the page's own date before the file's.
    const found = segmentsToBulletins(paras, segments, { ...options, ...(metaDate ? { fileDate: metaDate.date } : {}) });
    // A listing page's title over its filters, or a newsletter's dated header: no bulletin.
    const front = !one && containers.length === 1 ? withoutFrontMatter(found) : null;
    if (front) pushAll(removed, front.removed);
    const skip = front?.cover ? 1 : 0;
    const split = front ? front.bulletins : found;
    split.forEach((b, n) => {
      const seg = segments[n + skip] as Segment;
      const at = seg.datelineAt ?? seg.body[0];
      const cut = seg.dateline && at !== undefined ? { index: at, count: seg.dateline.consumed } : null;
      const nodes = seg.body.flatMap((i) => blocks[i]?.nodes ?? []);
      const time = firstTime(nodes, container, one);
      const dated = datedBulletin(b, time ?? entries.get(container) ?? (containers.length === 1 && split.length === 1 ? metaDate : null));
      if (b.titleFromBody && docTitle && split.length === 1 && containers.length === 1) dated.title = docTitle;
      if (dated.paragraphs.length === 0) {
        // A post with a title and no text (an empty listing card) keeps its title as removed.
        if (seg.titleIndex !== null) removed.push(paras[seg.titleIndex]?.text ?? '');
        return;
      }
      out.push(toParsedBulletin(dated, fileName, bodyHtmlOf(blocks, seg, cut, toolkit)));
      partials.push(dated.yearInferred ? seg.dateline?.partial : undefined);
    });
  }
  if (out.length === 0) throw new ImportFileError(fileName, 'no bulletin found');
  // Each <article> was split alone, without neighbours: its year-less dateline took the year of the
  // page's meta date (for a listing, often stale) or the file's. The page's other posts say more.
  const bulletins = containers.length > 1 ? inferYearsAcross(out, partials, { fileDate: options.fileDate }) : out;
  return { bulletins, sourceLines, removed };
}

/** Fewest words a declared headline has to be a story's (a section's name, "Noticias", has fewer). */
const HEADLINE_WORDS = 4;

/** True when the container's only <h1> is the page's declared headline, a story's headline. */
function declaresOneStory(container: DomElement, headline: string | null): boolean {
  if (!headline || squash(headline).split(' ').length < HEADLINE_WORDS) return false;
  const h1 = Array.from(container.querySelectorAll('h1'));
  return h1.length === 1 && squash(h1[0]?.textContent ?? '') === squash(headline);
}

/** Blocks without the chrome found by evidence (chrome-evidence.ts); what goes is added to `removed`. */
function evidenceBlocks(blocks: Block[], removed: string[]): Block[] {
  const actions = chromeActions(blocks.map((b) => b.para));
  return blocks.flatMap((b, i): Block[] => {
    const a = actions[i];
    if (a === 'keep') return [b];
    removed.push(b.para.text);
    return a === 'date' ? [{ para: { text: dateOf(b.para.text), heading: 0, bullet: false }, nodes: [] }] : [];
  });
}

/** True when `lines` hold sentences adding up to half the container's text or more. */
function hasOwnProse(lines: string[], container: DomElement): boolean {
  const prose = lines.filter((l) => l.length >= 60 && /[.!?]/u.test(l)).reduce((n, l) => n + l.length, 0);
  return prose > 0 && prose >= (container.textContent ?? '').trim().length * 0.5;
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
