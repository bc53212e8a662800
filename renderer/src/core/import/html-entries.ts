/**
 * The posts a page declares with microformats or microdata — hAtom `.hentry` (Blogger, most
 * WordPress themes), microformats2 `.h-entry`, schema.org `BlogPosting`/`NewsArticle`/`Article`
 * items — read like `<article>` elements when the page has none: each is one bulletin. Their
 * declared publication date (`<time datetime>`, hAtom `.published[title]`, `itemprop=datePublished`)
 * is read BEFORE the page chrome goes, because it usually sits in the post's footer ("Publicado por
 * … a las 9:40"), which the chrome pass removes with the rest of the footer.
 * Cost: one selector query over the page and one per entry; linear in the page's size.
 */
import type { DomElement } from './dom-shape';
import { readIsoish } from './html-page';

const ENTRY = ['.hentry', '.h-entry', '[itemtype$="/BlogPosting"]', '[itemtype$="/NewsArticle"]', '[itemtype$="/Article"]'].join(', ');

/** Where an entry states its date, most explicit first: the value is in the attribute named. */
const DATE_SOURCES: readonly [selector: string, attr: string][] = [
  ['time[datetime]', 'datetime'],
  ['[itemprop="datePublished"][content]', 'content'],
  ['[itemprop="datePublished"][datetime]', 'datetime'],
  ['.published[title]', 'title'],
  ['.dt-published[datetime]', 'datetime'],
  ['.dt-published[title]', 'title'],
];

export type EntryDate = NonNullable<ReturnType<typeof readIsoish>>;

/** The first date an entry declares, or null. */
export function entryDate(entry: DomElement): EntryDate | null {
  for (const [selector, attr] of DATE_SOURCES) {
    for (const el of Array.from(entry.querySelectorAll(selector))) {
      const d = readIsoish(el.getAttribute(attr));
      if (d) return d;
    }
  }
  return null;
}

/**
 * The page's outermost declared entries with their dates, in document order. Nested entries (a
 * related post inside a post) belong to their parent. Call before the chrome pass.
 */
export function declaredEntries(body: DomElement): Map<DomElement, EntryDate | null> {
  const out = new Map<DomElement, EntryDate | null>();
  for (const el of Array.from(body.querySelectorAll(ENTRY))) {
    if (el.parentElement?.closest(ENTRY)) continue;
    out.set(el, entryDate(el));
  }
  return out;
}

/** The entries still in the page after the chrome pass (a related-posts block may have taken some). */
export function liveEntries(entries: Map<DomElement, EntryDate | null>): DomElement[] {
  return Array.from(entries.keys()).filter((el) => el.closest('body') !== null && (el.textContent ?? '').trim().length > 0);
}
