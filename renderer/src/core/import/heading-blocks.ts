/**
 * Layout facts the shared splitter cannot see in plain text but the HTML, Word and PDF importers
 * know: a heading is a heading (its size or tag says so). Two consequences:
 *  - a heading, one to three short lead lines (subtitle, summary bullets) and a dateline are one
 *    bulletin titled by the heading, never a bulletin titled by the subtitle (`headingBlocks`, read
 *    by the splitter as it segments: a later pass rewriting its segments lost lines);
 *  - a lone top heading above the bulletins' own heading level, with at most a tagline under it,
 *    is the document's title ("Pacific Alliance press digest"), not a bulletin.
 */
import { type Dateline, parseDateline } from './dates';
import type { Para } from './paragraphs';
import { minOf } from '../arrays';

const MAX_LEADS = 3;
const LEAD_MAX_CHARS = 240;

const datelineOf = (p: Para | undefined): Dateline | null => {
  if (!p || p.heading > 0) return null;
  const d = parseDateline(p.text);
  return d && !d.prose && (d.date !== null || d.partial !== undefined) ? d : null;
};

/**
 * Heading blocks, as a map from each heading's index to its dateline paragraph's index when only
 * short lead lines stand between them. The splitter reads it (`segmentParasReport`) so that such a
 * block is one bulletin from the start; `datelines` are the splitter's own (null for headings).
 */
export function headingBlocks(paras: Para[], datelines: (Dateline | null)[]): Map<number, number> {
  const out = new Map<number, number>();
  const dated = (k: number): boolean => {
    const d = datelines[k];
    return d != null && !d.prose && (d.date !== null || d.partial !== undefined);
  };
  const perLevel = new Map<number, number>();
  let lastHeading = -Infinity;
  // Datelines whose bulletin has no heading for a title (none in the four paragraphs before):
  // the document titles bulletins in text.
  let untitled = 0;
  paras.forEach((p, k) => {
    if (p.heading > 0) {
      perLevel.set(p.heading, (perLevel.get(p.heading) ?? 0) + 1);
      lastHeading = k;
    } else if (dated(k) && k - lastHeading > 4) untitled++;
  });
  paras.forEach((p, h) => {
    if (p.heading === 0) return;
    // A lone heading in a document whose bulletins are titled in body text is its masthead.
    if (perLevel.get(p.heading) === 1 && untitled > 0) return;
    for (let j = h + 2; j <= h + 1 + MAX_LEADS && j < paras.length; j++) {
      const lead = paras[j - 1] as Para;
      // A deeper heading right under the title is its subtitle (a news site's "sumario") when
      // it is the only one of its level; repeated, that level titles bulletins of its own.
      const subtitle = lead.heading > p.heading && j === h + 2 && perLevel.get(lead.heading) === 1;
      if ((lead.heading > 0 && !subtitle) || dated(j - 1) || (!lead.bullet && lead.text.length > LEAD_MAX_CHARS)) return;
      if (dated(j)) {
        out.set(h, j);
        return;
      }
    }
  });
  return out;
}

/**
 * Indices of a document title block: the first paragraph is a heading, bulletins start at a
 * deeper heading level (their headings are followed by datelines), no other heading shares the
 * top level, and at most two short lines sit between it and the first bulletin heading.
 */
export function documentTitleBlock(paras: Para[]): number[] {
  const top = paras[0]?.heading ?? 0;
  if (top === 0) return [];
  const bulletinHeading = paras.findIndex((p, i) => i > 0 && p.heading > top && datelineOf(paras[i + 1]) !== null);
  if (bulletinHeading < 0 || paras.some((p, i) => i > 0 && p.heading > 0 && p.heading <= top)) return [];
  const firstDeeper = paras.findIndex((p, i) => i > 0 && p.heading > top);
  if (firstDeeper > 3) return [];
  const between = paras.slice(1, firstDeeper);
  if (between.some((p) => datelineOf(p) !== null || p.text.length > 160)) return [];
  return Array.from({ length: firstDeeper }, (_, i) => i);
}

/**
 * Listing cards that print the post's date above its title ("23 diciembre, 2024" then the
 * heading): returns the paragraph order with each such date moved under its heading, so the
 * splitter reads title + dateline. Only when the layout is plain — a date above a heading after
 * body text, and no heading of that level with a date under it; then a date between a page
 * heading and the first card's (deeper) heading is the card's too.
 */
export function datesUnderHeadings(paras: Para[]): number[] {
  const dateOnly = (p: Para | undefined): boolean => {
    const d = datelineOf(p);
    return d !== null && p !== undefined && d.consumed >= p.text.length;
  };
  const trailing = datesEndingCards(paras, dateOnly);
  if (trailing) return trailing;
  const order = paras.map((_, i) => i);
  const above = new Set<number>();
  const below = new Set<number>();
  paras.forEach((p, i) => {
    const next = paras[i + 1];
    if (dateOnly(p) && next && next.heading > 0 && !(paras[i - 1]?.heading ?? 0)) above.add(next.heading);
    if (p.heading > 0 && dateOnly(next)) below.add(p.heading);
  });
  for (let i = 0; i + 1 < paras.length; i++) {
    const next = paras[i + 1] as Para;
    const prev = paras[i - 1];
    if (!dateOnly(paras[i]) || !above.has(next.heading) || below.has(next.heading) || datelineOf(paras[i + 2])) continue;
    if (prev && prev.heading > 0 && prev.heading >= next.heading) continue;
    [order[i], order[i + 1]] = [order[i + 1] as number, order[i] as number];
    i += 1;
  }
  return order;
}

/**
 * Headings followed by a dateline title bulletins, whatever their level: a listing whose first
 * post is featured in a larger heading (h2, the rest h3) would otherwise read the h3 posts as
 * subheadings of the first. All such headings take the highest of their levels.
 */
export function unifyDatedHeadings(paras: Para[]): Para[] {
  const levels = new Set<number>();
  paras.forEach((p, i) => {
    if (p.heading > 0 && datelineOf(paras[i + 1])) levels.add(p.heading);
  });
  if (levels.size < 2) return paras;
  const top = minOf(levels);
  return paras.map((p, i) => (p.heading > top && levels.has(p.heading) && datelineOf(paras[i + 1]) ? { ...p, heading: top } : p));
}

/**
 * Listing cards that print the date last (heading, lead, date): the paragraph order with each
 * card's date moved under its heading, or null when the listing is not laid out so. The two ends
 * of the listing tell this layout from dates above headings, which look alike in the middle (a
 * date between a lead and the next heading): the last card ends with a date, and the first
 * heading of that level has none over it.
 */
function datesEndingCards(paras: Para[], dateOnly: (p: Para | undefined) => boolean): number[] | null {
  const headings = paras.map((p, i) => (p.heading > 0 ? i : -1)).filter((i) => i >= 0);
  if (headings.length < 2) return null;
  // The card's date: the first date alone on its line after at least one lead, before the next heading.
  const cardDate = (h: number): number => {
    for (let k = h + 2; k < paras.length && (paras[k] as Para).heading === 0; k++) if (dateOnly(paras[k])) return k;
    return -1;
  };
  const level = (paras[headings[headings.length - 1] as number] as Para).heading;
  const same = headings.filter((h) => (paras[h] as Para).heading === level);
  const dated = same.map(cardDate);
  const first = same[0] as number;
  if (same.length < 2 || dated.some((k) => k < 0) || dateOnly(paras[first - 1]) || same.some((h) => dateOnly(paras[h + 1]))) return null;
  const moved = new Map(same.map((h, n) => [h, dated[n] as number]));
  const skip = new Set(dated);
  const order: number[] = [];
  paras.forEach((_, i) => {
    if (skip.has(i)) return;
    order.push(i);
    const k = moved.get(i);
    if (k !== undefined) order.push(k);
  });
  return order;
}
