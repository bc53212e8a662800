/**
 * Markdown written by outliners and web clippers, read by what its blocks are rather than by app:
 * - an **outline** (Logseq, Roam, Workflowy exports: every block a list item) whose items open
 *   with a heading is a document of sections: the heading is a heading, its child items are
 *   paragraphs, not a bullet list glued into one line;
 * - **block properties** `key:: value` are metadata: a date-named one (`fecha:: [[Nov 6th, 2023]]`)
 *   gives its value as a date line, the others are set aside;
 * - a paragraph made only of **short links** (`[Open in app](…)`, `[Follow](…)`, a tag list) or of
 *   wiki links after a label (`Ver también: [[A]] [[B]]`) is navigation, set aside;
 * - a declared title that is a heading plus a site suffix ("Title | by Name | Medium") names that
 *   heading.
 * Each test is on one node or one line: linear in the file's size.
 */
import type { ListItem, Nodes, Paragraph } from 'mdast';

/** `key:: value` (Logseq/Roam block property). */
const PROPERTY = /^\s*([\p{L}][\p{L}\p{N}_-]*)::\s?(.*)$/u;
const DATE_KEYS = new Set(['date', 'fecha', 'published', 'publicado', 'created', 'creado', 'pubdate', 'fecha-publicacion', 'dia', 'día', 'day']);

/** An item of an outline that is a section: it opens with a heading. */
export const isSectionItem = (item: ListItem): boolean => item.children[0]?.type === 'heading';

/**
 * The lines of a paragraph with its block properties read: a date property becomes its value (wiki
 * brackets gone) on a line of its own, every other property line goes to `aside`. Text without
 * properties is returned as it was.
 */
export function readProperties(text: string, aside: string[]): string {
  if (!text.includes('::')) return text;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = PROPERTY.exec(line);
    if (!m) {
      out.push(line);
      continue;
    }
    const value = (m[2] ?? '').replace(/\[\[|\]\]/gu, '').trim();
    if (DATE_KEYS.has((m[1] ?? '').toLowerCase()) && value) out.push(value);
    aside.push(line.trim());
  }
  return out.join('\n');
}

/** Most words a navigation link has ("Open in app", "214 Followers"); a headline has more. */
const NAV_WORDS = 4;
// The label before wiki links has one colon at most: `fecha:: [[Nov 6th, 2023]]` is a property, read above.
const WIKI_ONLY = /^[^.!?:[\]]{0,40}:?\s*(?:\[\[[^\]]+\]\]\s*)+$/u;

const words = (s: string): number => s.trim().split(/\s+/u).filter((w) => w.length > 0).length;

/** True when a paragraph holds only short links and images (separators between them aside). */
export function isNavParagraph(node: Paragraph, inlineText: (n: Nodes) => string): boolean {
  const text = node.children.map(inlineText).join('').trim();
  if (WIKI_ONLY.test(text)) return true;
  let links = 0;
  // A short label before the links ("**Índice de fuentes:**", "Tags:") is part of the navigation.
  const [head, ...tail] = node.children;
  const label = head && head.type !== 'link' && /^[^.!?]{1,40}:\s*$/u.test(inlineText(head)) && words(inlineText(head)) <= NAV_WORDS;
  for (const child of label ? tail : node.children) {
    if (child.type === 'link' || child.type === 'linkReference') {
      if (words(inlineText(child)) > NAV_WORDS) return false;
      links++;
    } else if (child.type === 'image' || child.type === 'imageReference' || child.type === 'break') continue;
    else if (child.type === 'text' && /^[\s·|•,/–—-]*$/u.test(child.value)) continue;
    else return false;
  }
  return links > 0;
}

/** The heading a declared title names when it is that heading plus a site suffix, else the title. */
export function titleWithoutSiteSuffix(title: string, headings: string[]): string {
  for (const h of headings) {
    if (h.length >= 12 && title.length > h.length && title.toLowerCase().startsWith(h.toLowerCase()) && /^\s*[|·–—-]\s/u.test(title.slice(h.length))) return h;
  }
  return title;
}
