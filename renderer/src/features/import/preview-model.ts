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
}

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `p${counter}`;
}

export function paragraphsOf(body: string): string[] {
  return body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** Appends item `index` to the one before it (its title becomes a paragraph). */
export function mergeIntoPrevious(items: readonly PreviewItem[], index: number): PreviewItem[] {
  const previous = items[index - 1];
  const current = items[index];
  if (!previous || !current) return [...items];
  const merged: PreviewItem = {
    ...previous,
    hash: undefined,
    bulletin: {
      ...previous.bulletin,
      body: [previous.bulletin.body, current.bulletin.title, current.bulletin.body].filter((p) => p.trim()).join('\n\n'),
      bodyHtml: null,
      countries: [...new Set([...previous.bulletin.countries, ...current.bulletin.countries])],
      organisations: [...new Set([...previous.bulletin.organisations, ...current.bulletin.organisations])],
    },
  };
  return [...items.slice(0, index - 1), merged, ...items.slice(index + 1)];
}

/**
 * Splits item `index` before paragraph `at` (1-based count of paragraphs kept in the first part).
 * The new bulletin's title is that paragraph when it is short, else its first sentence.
 */
export function splitAt(items: readonly PreviewItem[], index: number, at: number): PreviewItem[] {
  const item = items[index];
  if (!item) return [...items];
  const paragraphs = paragraphsOf(item.bulletin.body);
  if (at <= 0 || at >= paragraphs.length) return [...items];
  const head = paragraphs.slice(0, at);
  const tail = paragraphs.slice(at);
  const lead = tail[0] ?? '';
  const short = lead.length <= 160 && !/[.!?]$/.test(lead);
  const title = short ? lead : (lead.match(/^.{10,160}?[.!?](?=\s|$)/)?.[0] ?? lead.slice(0, 120));
  const rest = short ? tail.slice(1) : tail;
  const first: PreviewItem = { ...item, hash: undefined, bulletin: { ...item.bulletin, body: head.join('\n\n'), bodyHtml: null } };
  const second: PreviewItem = {
    ...item,
    key: newKey(),
    hash: undefined,
    duplicate: false,
    excluded: false,
    bulletin: { ...item.bulletin, title, body: rest.join('\n\n'), bodyHtml: null },
  };
  return [...items.slice(0, index), first, second, ...items.slice(index + 1)];
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
