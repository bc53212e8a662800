/**
 * Bounds an HTML page before any DOM is built from it (issue 23): 100,000 nested `<div>`s made
 * the parsers and the recursive walks of the importer run for tens of seconds or overflow the
 * stack. One linear scan over the tags counts the elements and drops tags nested deeper than
 * `IMPORT_LIMITS.htmlDepth` (their text stays), much as browsers flatten pages nested deeper than
 * 512 levels. Close enough to the HTML parsing rules for a bound; it never builds a tree.
 */
import { IMPORT_LIMITS } from './limits';

/** Elements with no content, and those whose end tag is optional (they close themselves). */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'colgroup',
  'caption', 'html', 'head', 'body',
]);
/** Elements whose content is raw text up to their end tag (no tags inside). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** A comment, a CDATA section, a doctype or processing instruction, or a start/end tag. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<(\/?)([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/gu;

export interface BoundedHtml {
  html: string;
  /** Start tags seen (every element of the page). */
  elements: number;
  /** Tags dropped for nesting too deep. */
  dropped: number;
}

/**
 * Counts the page's elements and drops start/end tags nested deeper than `maxDepth`.
 * Stops counting (and returns at once) past `maxElements`, so the caller can refuse the page.
 */
export function boundHtml(html: string, maxDepth: number = IMPORT_LIMITS.htmlDepth, maxElements: number = IMPORT_LIMITS.htmlElements): BoundedHtml {
  const stack: string[] = [];
  const droppedOpen = new Map<string, number>();
  const cuts: Array<[number, number]> = [];
  let elements = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // comment, CDATA, doctype
    const start = m.index;
    const end = TOKEN.lastIndex;
    if (m[1]) {
      const dropped = droppedOpen.get(name) ?? 0;
      if (dropped > 0) {
        droppedOpen.set(name, dropped - 1);
        cuts.push([start, end]);
        continue;
      }
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (++elements > maxElements) return { html, elements, dropped: cuts.length };
    if (RAW_TEXT.has(name)) {
      // Skip the raw text: a `<div>` inside a script is not an element.
      const closing = new RegExp(`</${name}`, 'giu'); // name is one of RAW_TEXT's
      closing.lastIndex = end;
      TOKEN.lastIndex = closing.exec(html)?.index ?? html.length;
      continue;
    }
    if (NOT_NESTING.has(name)) continue;
    if (stack.length >= maxDepth) {
      droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
      cuts.push([start, end]);
      continue;
    }
    stack.push(name);
  }
  if (cuts.length === 0) return { html, elements, dropped: 0 };
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    parts.push(html.slice(from, start));
    from = end;
  }
  parts.push(html.slice(from));
  return { html: parts.join(''), elements, dropped: cuts.length };
}
