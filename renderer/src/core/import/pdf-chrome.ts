/**
 * Page chrome of a web page printed to PDF without a print style sheet: what the HTML importer
 * removes by tag (menu, breadcrumb trail, share buttons, related posts, sidebar) arrives here as
 * plain paragraphs, so it is recognised by position and shape instead:
 *  - before the story's first title, a run of nothing but short lines and headings (site name,
 *    menu, breadcrumbs, an archive title);
 *  - from a related-posts or recent-posts heading to the end, once the story has had text, and a
 *    closing run of short lines with a copyright, cookie or share line in it (the site footer);
 *  - a share line or heading and the network names listed under it, post-info lists
 *    ("• June 9, 2021", "• News"), a "Read More »" glued to the end of an excerpt.
 * It also reduces post-meta lines to their date, moves a card's date printed above its title
 * under it, and gives every dated heading one level (see heading-blocks.ts).
 * Every removed paragraph (or cut-off suffix) is returned, for the nothing-lost check.
 */
import { NETWORK_ALONE, chromeLineKind, isRelatedHeading, metaLineDate } from './chrome-text';
import { parseDateline } from './dates';
import { datesUnderHeadings, unifyDatedHeadings } from './heading-blocks';
import type { Para } from './paragraphs';
import { pushAll } from '../arrays';

const NAV_LINE_MAX = 100;
const FOOTER_LINE_MAX = 60;
const FOOTER_KINDS = new Set(['copyright', 'cookie', 'share', 'navigation']);
const NAV_SCAN = 15;
const READ_MORE_SUFFIX = /\s+(?:leer m[aá]s|seguir leyendo|read more|continue reading)\s*(?:[»›→…]|\.{3})*\s*$/iu;

const navLike = (p: Para): boolean => p.heading === 0 && p.text.length <= NAV_LINE_MAX && !/[.;]["'”’»)\]]*$/u.test(p.text) && parseDateline(p.text) === null;

// Footer lines are shorter still, and never a date or the end of an excerpt ("… […]").
const footerLike = (p: Para): boolean => navLike(p) && p.text.length <= FOOTER_LINE_MAX && !isMeta(p) && !/[…\]]$/u.test(p.text);

const dateOnly = (text: string): boolean => {
  const d = parseDateline(text.replace(/^•\s*/u, ''));
  return d !== null && !d.prose && (d.date !== null || d.partial !== undefined) && d.consumed >= text.replace(/^•\s*/u, '').length;
};
const isMeta = (p: Para): boolean => p.heading === 0 && (chromeLineKind(p.text) === 'meta' || dateOnly(p.text));

/**
 * Index of the first heading that titles a story: within a few lines (a subtitle, summary
 * bullets, the post's date) it reaches a dateline or body text, before any other heading. The
 * site's name and an archive title ("News") are headings followed by menus or other headings.
 */
function firstStoryHeading(paras: Para[]): number {
  for (let h = 0; h < Math.min(paras.length, NAV_SCAN + 1); h++) {
    if ((paras[h] as Para).heading === 0) continue;
    let short = 0;
    for (let j = h + 1; j < paras.length; j++) {
      const p = paras[j] as Para;
      if (p.heading > 0) break;
      if (isMeta(p)) continue;
      if (!navLike(p) || parseDateline(p.text)) return h;
      if (++short > 3) break;
    }
  }
  return -1;
}

/** Paragraphs without the chrome of a printed web page, and what was taken out. */
export function stripPrintedPageChrome(input: Para[]): { paras: Para[]; removed: string[] } {
  const removed: string[] = [];
  let paras = input;
  // The masthead, menu and breadcrumbs: nothing but short lines and headings before the story's
  // title. A post-meta line among them is the story's date: it moves under the title.
  const title = firstStoryHeading(paras);
  const lead = title > 0 ? paras.slice(0, title) : [];
  if (lead.length > 0 && lead.every((p) => p.heading > 0 || navLike(p) || isMeta(p) || chromeLineKind(p.text) !== null)) {
    const meta = lead.filter(isMeta);
    pushAll(removed, lead.filter((p) => !isMeta(p)).map((p) => p.text));
    paras = [paras[title] as Para, ...meta, ...paras.slice(title + 1)];
  }
  // Related posts, recent posts, sidebar and footer after the story.
  // Its heading may be set in body size (a sidebar's widget title), so a short line counts too.
  const related = paras.findIndex((p, i) => (p.heading > 0 || (!p.bullet && p.text.length <= 40)) && isRelatedHeading(p.text) && paras.slice(0, i).some((q) => q.heading === 0));
  if (related > 0) {
    pushAll(removed, paras.slice(related).map((p) => p.text));
    paras = paras.slice(0, related);
  }
  // The site footer: a closing run of short lines with a copyright, cookie or share line in it.
  let footer = paras.length;
  while (footer > 0 && (footerLike(paras[footer - 1] as Para) || FOOTER_KINDS.has(chromeLineKind((paras[footer - 1] as Para).text) ?? ''))) footer--;
  if (footer > 0 && paras.slice(footer).some((p) => FOOTER_KINDS.has(chromeLineKind(p.text) ?? ''))) {
    pushAll(removed, paras.slice(footer).map((p) => p.text));
    paras = paras.slice(0, footer);
  }
  // Post-meta lines give their date now, so the two layout rules below can see it.
  paras = paras.map((p) => {
    const date = p.heading === 0 ? metaLineDate(p.text) : null;
    if (date === null) return p;
    removed.push(p.text);
    return { text: date, heading: 0, bullet: false };
  });
  // Listing cards with the date above the title: the date goes under its heading.
  paras = datesUnderHeadings(paras).map((i) => paras[i] as Para);
  const out: Para[] = [];
  let afterShare = false;
  let inPostInfo = false;
  for (const p of paras) {
    const kind = chromeLineKind(p.text);
    // Headings are left alone by the line rules; here a "Compartir:" heading is chrome too.
    if (kind === 'share' || (p.heading > 0 && kind !== null && kind !== 'meta')) {
      removed.push(p.text);
      afterShare = kind === 'share';
      continue;
    }
    if (afterShare && NETWORK_ALONE.test(p.text)) {
      removed.push(p.text);
      continue;
    }
    afterShare = false;
    // A post-info list ("• June 9, 2021", "• News"): the date stays as a date line, the terms go.
    if (p.bullet && dateOnly(p.text)) {
      out.push({ text: p.text.replace(/^•\s*/u, ''), heading: 0, bullet: false });
      inPostInfo = true;
      continue;
    }
    if (inPostInfo && p.bullet && p.text.length <= 40 && p.text.split(/\s+/u).length <= 4) {
      removed.push(p.text);
      continue;
    }
    inPostInfo = false;
    const suffix = p.heading === 0 ? READ_MORE_SUFFIX.exec(p.text) : null;
    if (suffix && suffix.index > 0) {
      removed.push(suffix[0].trim());
      out.push({ ...p, text: p.text.slice(0, suffix.index) });
      continue;
    }
    out.push(p);
  }
  // A featured first post in larger type: every dated heading titles a bulletin alike.
  return { paras: unifyDatedHeadings(out), removed };
}
