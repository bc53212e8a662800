/**
 * The repeating unit of an undated text listing, found from the file itself: an alerts digest or a
 * reader's saved list prints every item as the same run of paragraph shapes — a title, a short
 * source or category line, then prose ("Title" / "Latin Finance Daily" / "Trade ministers …") —
 * with no dateline to say where an item starts. When three or more consecutive groups of title-like
 * lines followed by prose have the same shape, and that shape has two title-like lines or more,
 * the first line of each group opens a unit (`Para.unit`), and the short lines after it (four words
 * at most in every group: the slot of a source or category) are the unit's furniture, set aside.
 * A story with subheadings ([title, prose], [subheading, prose]) has one title-like line per group,
 * and in a listing with datelines every dateline breaks the run: neither is touched.
 * Cost: one pass to classify paragraphs and one over the groups: linear in the paragraphs.
 */
import { findFirstDate, parseDateline } from './dates';
import { isTitleLike } from './layout-cues';
import type { Para } from './paragraphs';
import { pushAll } from '../arrays';
import { words } from './chrome-lexicon';

/** Fewest consecutive groups of one shape that make a repeating unit. */
const MIN_UNITS = 3;
/** Most words of a furniture line (a source's or section's name). */
const SLOT_WORDS = 4;

interface Group {
  start: number;
  titles: number;
  prose: number;
}


/** Groups of title-like paragraphs followed by prose, in order; null where the text has headings. */
function groups(paras: Para[]): Group[] | null {
  const out: Group[] = [];
  let cur: Group | null = null;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i] as Para;
    if (p.heading > 0) return null;
    // A dateline is no part of an undated unit: it closes the group (a dated listing has no run).
    const d = parseDateline(p.text);
    if (d && !d.prose) {
      cur = null;
      out.push({ start: i, titles: 0, prose: 0 });
      continue;
    }
    const title = isTitleLike(p);
    if (title && (!cur || cur.prose > 0)) {
      cur = { start: i, titles: 1, prose: 0 };
      out.push(cur);
    } else if (title && cur) cur.titles++;
    else if (cur) cur.prose++;
  }
  return out;
}

/** Most words of a header line whose date is the issue's ("Daily update ⋅ November 16, 2023"). */
const HEADER_WORDS = 12;

/** What `markTextUnits` found. */
export interface TextUnits {
  paras: Para[];
  /** Unit furniture (source lines) and the lines after the last unit's prose: set aside. */
  furniture: number[];
  /** The one full date printed in the header above the units: the date of every undated unit. */
  issueDate?: { date: string; precision: 'day' };
}

/** The paragraphs with unit starts marked, the units' furniture, and the header's date. */
export function markTextUnits(paras: Para[]): TextUnits {
  const gs = groups(paras);
  if (!gs) return { paras, furniture: [] };
  // The longest run of consecutive groups of one shape with two title-like lines or more.
  let best: [number, number] = [0, 0];
  for (let a = 0; a < gs.length; ) {
    let b = a + 1;
    const g = gs[a] as Group;
    while (b < gs.length && (gs[b] as Group).titles === g.titles && (gs[b] as Group).prose === g.prose) b++;
    if (g.titles >= 2 && b - a > best[1] - best[0]) best = [a, b];
    a = b;
  }
  const run = gs.slice(best[0], best[1]);
  // The group before the run may be the first unit under the page's header lines ("Google Alerts",
  // "NEWS" over the first title): its last title-like lines are the unit, the ones above stay.
  const before = gs[best[0] - 1];
  const shape = run[0];
  if (before && shape && before.titles > shape.titles && before.prose === shape.prose) {
    run.unshift({ start: before.start + before.titles - shape.titles, titles: shape.titles, prose: shape.prose });
  }
  if (run.length < MIN_UNITS) return { paras, furniture: [] };
  const out = paras.slice();
  const slot = (g: Group): number[] => Array.from({ length: g.titles - 1 }, (_, k) => g.start + 1 + k);
  const furnished = run.every((g) => slot(g).every((i) => words(paras[i]?.text ?? '') <= SLOT_WORDS));
  const furniture: number[] = [];
  for (const g of run) {
    out[g.start] = { ...(out[g.start] as Para), unit: true };
    if (furnished) pushAll(furniture, slot(g));
  }
  // Title-like lines after the last unit with no prose after them: the digest's footer links.
  const last = gs[gs.length - 1];
  if (last && last !== gs[best[1] - 1] && last.prose === 0 && best[1] === gs.length - 1) {
    for (let i = last.start; i < paras.length; i++) furniture.push(i);
  }
  // The header's own date, when exactly one short header line carries a full one.
  const headerDates = paras
    .slice(0, (run[0] as Group).start)
    .filter((p) => words(p.text) <= HEADER_WORDS)
    .map((p) => findFirstDate(p.text))
    .filter((d) => d !== null && d.precision === 'day');
  const only = headerDates.length === 1 ? headerDates[0] : null;
  return { paras: out, furniture, ...(only ? { issueDate: { date: only.date, precision: 'day' as const } } : {}) };
}
