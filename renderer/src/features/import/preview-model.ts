/**
 * The import preview's editable list: pure functions over plain data, so merge/split/exclude are
 * easy to reason about and to test.
 */
import { extractMetadata } from '../../core/import/metadata';
import type { ParsedBulletin } from '../../core/model';

export interface PreviewItem {
  key: string;
  fileName: string;
  bulletin: ParsedBulletin;
  /** Its text is already in the archive (or earlier in this batch): skipped on import. */
  duplicate: boolean;
  excluded: boolean;
  /** The worker's content hash of the bulletin as found; dropped when the text is edited. */
  hash?: string | undefined;
  /**
   * Set when another file of this batch holds the same bulletin (issue 20): which one, and why.
   * The copy starts excluded (imported once), but the user may tick it back in.
   */
  copyOf?: { fileName: string; title: string; reason: 'title-date' | 'body' } | undefined;
  /**
   * A merged item remembers the items it was made of, each with the paragraph its text starts at
   * in the merged body, so splitting at one of those seams gives back their own titles and dates.
   */
  parts?: readonly { start: number; item: PreviewItem }[] | undefined;
  /** The merged body `parts` describe; once the body is edited, the seams no longer hold. */
  partsBody?: string | undefined;
}

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `p${counter}`;
}

export function paragraphsOf(body: string): string[] {
  return body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** The items a preview item was merged from (itself when it was never merged). */
function partsOf(item: PreviewItem): readonly { start: number; item: PreviewItem }[] {
  return item.parts && item.partsBody === item.bulletin.body ? item.parts : [{ start: 0, item }];
}

/** `second` appended to `first`: its title becomes a paragraph; the seam is remembered. */
function mergeTwo(first: PreviewItem, second: PreviewItem): PreviewItem {
  const body = [first.bulletin.body, second.bulletin.title, second.bulletin.body].filter((p) => p.trim()).join('\n\n');
  const offset = paragraphsOf(first.bulletin.body).length;
  const parts = [...partsOf(first), ...partsOf(second).map((part) => ({ start: part.start + offset, item: part.item }))];
  return {
    ...first,
    hash: undefined,
    parts,
    partsBody: body,
    bulletin: {
      ...first.bulletin,
      body,
      bodyHtml: null,
      countries: [...new Set([...first.bulletin.countries, ...second.bulletin.countries])],
      organisations: [...new Set([...first.bulletin.organisations, ...second.bulletin.organisations])],
    },
  };
}

/** Appends item `index` to the one before it (its title becomes a paragraph). */
export function mergeIntoPrevious(items: readonly PreviewItem[], index: number): PreviewItem[] {
  const previous = items[index - 1];
  const current = items[index];
  if (!previous || !current) return [...items];
  return [...items.slice(0, index - 1), mergeTwo(previous, current), ...items.slice(index + 1)];
}

/** The original items again, merged as they were (one part is the item itself). */
function rejoin(parts: readonly { start: number; item: PreviewItem }[]): PreviewItem | null {
  const [first, ...rest] = parts.map((part) => part.item);
  return first ? rest.reduce(mergeTwo, first) : null;
}

/**
 * Splitting a merged item at one of its seams gives back the items it was made of, with their
 * own titles, dates and flags. The first part keeps what the user changed on the merged item
 * (title, date) since the merged item showed the first part's.
 */
function splitAtSeam(item: PreviewItem, at: number): [PreviewItem, PreviewItem] | null {
  if (!item.parts || item.partsBody !== item.bulletin.body) return null;
  const seam = item.parts.findIndex((part) => part.start === at);
  if (seam <= 0) return null;
  const head = rejoin(item.parts.slice(0, seam));
  const tail = rejoin(item.parts.slice(seam));
  if (!head || !tail) return null;
  const { body: _body, bodyHtml: _html, countries: _countries, organisations: _organisations, ...shown } = item.bulletin;
  const { body: _b, bodyHtml: _h, countries: _c, organisations: _o, ...original } = head.bulletin;
  // Key order matches: the merged bulletin was spread from the head's.
  const edited = JSON.stringify(shown) !== JSON.stringify(original);
  const first: PreviewItem = edited ? { ...head, key: item.key, hash: undefined, bulletin: { ...shown, body: head.bulletin.body, bodyHtml: head.bulletin.bodyHtml, countries: head.bulletin.countries, organisations: head.bulletin.organisations } } : { ...head, key: item.key };
  return [first, tail];
}

/**
 * Splits item `index` before paragraph `at` (1-based count of paragraphs kept in the first part).
 * At a seam of an earlier merge, the merged items come back as they were; elsewhere the new
 * bulletin's title is that paragraph when it is short, else its first sentence.
 */
export function splitAt(items: readonly PreviewItem[], index: number, at: number): PreviewItem[] {
  const item = items[index];
  if (!item) return [...items];
  const paragraphs = paragraphsOf(item.bulletin.body);
  if (at <= 0 || at >= paragraphs.length) return [...items];
  const restored = splitAtSeam(item, at);
  if (restored) return [...items.slice(0, index), ...restored, ...items.slice(index + 1)];
  const head = paragraphs.slice(0, at);
  const tail = paragraphs.slice(at);
  const lead = tail[0] ?? '';
  const short = lead.length <= 160 && !/[.!?]$/.test(lead);
  const title = short ? lead : (lead.match(/^.{10,160}?[.!?](?=\s|$)/)?.[0] ?? lead.slice(0, 120));
  const rest = short ? tail.slice(1) : tail;
  const plain = { hash: undefined, parts: undefined, partsBody: undefined };
  const first: PreviewItem = { ...item, ...plain, bulletin: { ...item.bulletin, body: head.join('\n\n'), bodyHtml: null } };
  const second: PreviewItem = {
    ...item,
    ...plain,
    key: newKey(),
    duplicate: false,
    excluded: false,
    copyOf: undefined,
    bulletin: { ...item.bulletin, title, body: rest.join('\n\n'), bodyHtml: null },
  };
  return [...items.slice(0, index), first, second, ...items.slice(index + 1)];
}

/**
 * "Use as title": paragraph `paragraph` (0-based) of item `index` becomes its title; the old title
 * becomes the body's first paragraph, so no text is lost.
 */
export function paragraphAsTitle(items: readonly PreviewItem[], index: number, paragraph: number): PreviewItem[] {
  const item = items[index];
  const paragraphs = item ? paragraphsOf(item.bulletin.body) : [];
  const chosen = paragraphs[paragraph];
  if (!item || chosen === undefined) return [...items];
  const rest = paragraphs.filter((_, i) => i !== paragraph);
  const body = [item.bulletin.title, ...rest].filter((p) => p.trim()).join('\n\n');
  const next: PreviewItem = {
    ...item,
    hash: undefined,
    parts: undefined,
    partsBody: undefined,
    bulletin: { ...item.bulletin, title: chosen.replace(/\s+/g, ' '), body, bodyHtml: null },
  };
  return items.map((it, i) => (i === index ? next : it));
}

/** What "Confirm import" stores. */
export function itemsToImport(items: readonly PreviewItem[]): PreviewItem[] {
  return items.filter((item) => !item.excluded && !item.duplicate);
}

/** Lines of one file that the importer put in no bulletin (the nothing-lost check). */
export interface LeftOut {
  fileName: string;
  lines: string[];
}

/**
 * "Keep left-out text": the lines become a bulletin of their own, placed after the file's last
 * bulletin, so nothing the file held is lost; the user can then merge, split or edit it.
 */
export function keepLeftOut(items: readonly PreviewItem[], leftOut: LeftOut, title: string): PreviewItem[] {
  const body = leftOut.lines.join('\n\n');
  const meta = extractMetadata(body);
  const item: PreviewItem = {
    key: newKey(),
    fileName: leftOut.fileName,
    duplicate: false,
    excluded: false,
    bulletin: {
      title,
      date: null,
      datePrecision: 'unknown',
      place: null,
      language: meta.language,
      body,
      bodyHtml: null,
      countries: meta.countries,
      organisations: meta.organisations,
      sourceFile: leftOut.fileName,
    },
  };
  const last = items.map((i) => i.fileName).lastIndexOf(leftOut.fileName);
  const at = last < 0 ? items.length : last + 1;
  return [...items.slice(0, at), item, ...items.slice(at)];
}
