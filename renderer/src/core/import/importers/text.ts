/** Plain text (.txt) and markdown (.md) importers. */
import { pushAll } from '../../arrays';
import type { ParsedBulletin } from '../../model';
import { toParsedBulletin } from '../build-bulletin';
import type { ImporterResult } from '../coverage';
import { ImportFileError } from '../errors';
import { normaliseText } from '../paragraphs';
import { readMarkdown } from '../markdown';
import { titleWithoutSiteSuffix } from '../markdown-outline';
import { readTextStructure } from '../text-structure';
import { withoutFrontMatter } from '../front-matter';
import { mergePageHeaders, withoutLoneStoryHead, withoutPageTails } from '../header-merge';
import { type SplitBulletin, splitBulletinsReport, titleFromText } from '../splitter';

/**
 * Splits decoded text into bulletins; throws "no bulletin found" when nothing is left.
 * `sourceLines` are the text's lines, so the nothing-lost check sees exactly what the user pasted.
 */
export function importPlainTextResult(text: string, fileName: string, options: { fileDate?: string } = {}): ImporterResult {
  // An e-mail's header block and signature, plain-text and dated headings first (text-structure.ts);
  // the nothing-lost check then reads the text as restructured, with what was set aside.
  const structure = readTextStructure(text.includes('\r') ? normaliseText(text) : text);
  const split = splitBulletinsReport(structure.text, options);
  const withBody = split.bulletins.filter((b) => b.paragraphs.length > 0 && b.title.length > 0);
  // A file that is only a heading made of prose (Markdown's text over `-----` makes a whole paragraph
  // one) still holds a story: one bulletin, its own body. A bare title alone stays "no bulletin found".
  const prose = split.removed.some((t) => /[.!?](?:\s|$)/u.test(t) && t.split(/\s+/u).length >= 4);
  const found = withBody.length > 0 || !prose ? withBody : [headingOnly(split.removed)];
  // A cover note or an issue header before the stories is no bulletin (front-matter.ts).
  const front = withoutFrontMatter(found);
  // Then a page's headline and date over the wire's dateline are one story (header-merge.ts).
  const merged = mergePageHeaders(front.bulletins);
  // And a copied page's tail after its story is no part of it (header-merge.ts).
  const tails = withoutPageTails(merged.bulletins);
  const head = withoutLoneStoryHead(tails.bulletins);
  // Those passes set aside what stands around stories: a file they would leave with no story at all
  // keeps what the splitter found (as chrome evidence keeps everything when it would keep nothing).
  const kept = head.bulletins.length > 0;
  const bulletins = kept ? head.bulletins : found;
  const setAside = withBody.length > 0 ? split.removed : [];
  const removed = kept ? [...structure.removed, ...setAside, ...front.removed, ...merged.removed, ...tails.removed, ...head.removed] : [...structure.removed, ...setAside];
  if (bulletins.length === 0) throw new ImportFileError(fileName, 'no bulletin found');
  return {
    bulletins: bulletins.map((b) => toParsedBulletin(b, fileName)),
    // Normalised only when it has to be: a second pass over a large listing costs.
    sourceLines: joinHyphenated(structure.text.split('\n')),
    removed,
  };
}

/**
 * Source lines with a word hyphenated at a line end put back together ("coope-" + "ración…"),
 * as the paragraphs join it, so the nothing-lost check compares the same words.
 */
function joinHyphenated(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    while (endsHyphenated(line) && /^\s*\p{Ll}/u.test(lines[i + 1] ?? '')) line = `${line.trimEnd().slice(0, -1)}${(lines[++i] as string).trimStart()}`;
    out.push(line);
  }
  return out;
}

const HYPHEN_END = /\p{Ll}[-\u00AD\u2010]$/u;
/**
 * `/\p{Ll}[-\u00AD\u2010]\s*$/u.test(line)` on the line's last three units after its trailing
 * spaces (room for a lower-case letter outside the BMP and the hyphen): an end-anchored regex
 * still tries every position of every line of the file.
 */
const endsHyphenated = (line: string): boolean => HYPHEN_END.test(line.trimEnd().slice(-3));

/** What the splitter set aside, as one undated bulletin: the file had nothing else. */
function headingOnly(lines: string[]): SplitBulletin {
  const text = lines.join('\n\n');
  return { title: titleFromText(text), titleFromBody: true, date: null, precision: 'unknown', place: null, paragraphs: lines };
}

/** `importPlainTextResult`'s bulletins only (for callers that do not check coverage). */
export function importPlainText(text: string, fileName: string): ParsedBulletin[] {
  return importPlainTextResult(text, fileName).bulletins;
}

/** Markdown → the plain text the splitter reads (see markdown.ts); front matter left out. */
export function stripMarkdown(md: string): string {
  return readMarkdown(md).text;
}

/**
 * Imports a markdown file (its source lines are those of the text written back from the parse).
 * The front matter's date stands in for the file's date; its title is the document's title
 * (a heading repeating it is set aside), or the bulletin's when the text has no heading.
 */
export function importMarkdownResult(md: string, fileName: string, options: { fileDate?: string } = {}): ImporterResult {
  const read0 = readMarkdown(md);
  const { removed } = read0;
  let { text } = read0;
  let lines = text.split('\n');
  const headingText = (l: string): string => l.replace(/^#{1,6}\s+/u, '').trim();
  // A declared title is often the page's headline plus the site's name ("… | by Name | Medium").
  const meta = read0.meta.title ? { ...read0.meta, title: titleWithoutSiteSuffix(read0.meta.title, lines.filter((l) => /^#{1,6}\s/u.test(l)).map(headingText)) } : read0.meta;
  // A web clipping (front matter naming the page it came from) is one story from its headline on:
  // what the clipper kept above it is the site's header.
  const clipAt = meta.clippedFrom && meta.title ? lines.findIndex((l) => /^#{1,6}\s/u.test(l) && headingText(l).toLowerCase() === meta.title?.toLowerCase()) : -1;
  const clipHeader = clipAt > 0 ? lines.slice(0, clipAt).filter((l) => l.trim().length > 0) : [];
  if (clipAt > 0) {
    lines = lines.slice(clipAt);
    text = lines.join('\n');
  }
  const headings = lines.filter((l) => /^#{1,6}\s/u.test(l));
  const sameTitle = (l: string): boolean => meta.title !== undefined && l.replace(/^#{1,6}\s+/u, '').trim().toLowerCase() === meta.title.toLowerCase();
  let body = text;
  const setAside = [...removed, ...clipHeader];
  if (clipAt >= 0) {
    // One clipped story: later headings are its subheadings (or the site's footer, for chrome evidence).
  } else if (meta.title && headings.length > 1 && headings.some(sameTitle)) {
    pushAll(setAside, lines.filter((l) => /^#{1,6}\s/u.test(l) && sameTitle(l)));
    body = lines.filter((l) => !(/^#{1,6}\s/u.test(l) && sameTitle(l))).join('\n');
  } else if (meta.title && headings.length === 0) body = `# ${meta.title}\n\n${text}`;
  // A post with a declared title that opens with its text (a static-site or CMS export): one story
  // whose headings are its subheadings, not a digest of several.
  const firstBlock = lines.find((l) => l.trim().length > 0) ?? '';
  const onePost = clipAt >= 0 || (meta.title !== undefined && headings.length > 0 && !/^#{1,6}\s/u.test(firstBlock) && !headings.some(sameTitle));
  if (onePost && clipAt < 0) body = `# ${meta.title}\n\n${text}`;
  const read = importPlainTextResult(body, fileName, meta.date ? { ...options, fileDate: meta.date.date } : options);
  const result = onePost ? { ...read, bulletins: [mergeBulletins(read.bulletins)] } : read;
  const only = result.bulletins.length === 1 ? result.bulletins[0] : undefined;
  if (only && only.date === null && meta.date) {
    only.date = meta.date.date;
    only.datePrecision = meta.date.precision;
  }
  return { ...result, sourceLines: [...removed, ...clipHeader, ...result.sourceLines], removed: [...setAside, ...result.removed] };
}
/** One bulletin of several pieces: the first's title and date; later titles become paragraphs. */
function mergeBulletins(parts: ParsedBulletin[]): ParsedBulletin {
  const [first, ...rest] = parts as [ParsedBulletin, ...ParsedBulletin[]];
  if (rest.length === 0) return first;
  const union = (k: 'countries' | 'organisations'): string[] => [...new Set(parts.flatMap((b) => b[k]))];
  const body = [first.body, ...rest.flatMap((b) => [b.title, b.body])].filter((x) => x.length > 0).join('\n\n');
  return { ...first, body, countries: union('countries'), organisations: union('organisations') };
}

/** `importMarkdownResult`'s bulletins only. */
export function importMarkdown(md: string, fileName: string): ParsedBulletin[] {
  return importMarkdownResult(md, fileName).bulletins;
}
