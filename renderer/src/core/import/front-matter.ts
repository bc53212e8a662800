/**
 * Front matter before a file's first story, found from how the first bulletin differs from all
 * the others (the file's repeating unit), not from its words:
 *  - a **cover note**: the first is short and undated while every other is dated (an e-mail's
 *    "Les hacemos llegar el boletín…" with its masthead, a listing page's title and filter label);
 *  - an **issue header**: the first is short and the only one dated while every other is undated
 *    (a newsletter's name, author and "Published Mar 28, 2024" over its intro): the date is the
 *    issue's, and so the date of every item in it.
 *  - a **generated header**: the first has no sentence of prose while every other has one (a feed
 *    digest's name over "Generado el … · 7 entradas nuevas de 5 fuentes · filtro: …").
 * Either is set aside (its lines reported as removed, never lost), not imported as a bulletin.
 */
import type { SplitBulletin } from './splitter';

/** Most words a cover note or issue header before the first story has. */
const COVER_WORDS = 40;
/** Fewest stories after it: with one, the "cover" may as well be a story of its own. */
const MIN_STORIES = 2;
/** Most paragraphs an issue header's intro has. */
const MAX_INTRO = 2;

const dated = (b: SplitBulletin): boolean => b.date !== null || b.partial !== undefined;
/** Fewest words of a prose sentence (a lead or a paragraph, not a label or a list of counts). */
const PROSE_WORDS = 8;
const SENTENCE = /[.!?…]["'”’»)]*$/u;
const hasProse = (b: SplitBulletin): boolean => b.paragraphs.some((p) => SENTENCE.test(p.trim()) && p.split(/\s+/u).length >= PROSE_WORDS);
const size = (b: SplitBulletin): number => [b.title, ...b.paragraphs].join(' ').split(/\s+/u).filter((w) => w.length > 0).length;

/** What the first bulletin is, when it is front matter. */
export type FrontMatter = { kind: 'cover' | 'issue'; cover: SplitBulletin } | null;

/** Reads the first bulletin of `bulletins` as front matter, or null (see the module comment). */
export function frontMatter(bulletins: SplitBulletin[]): FrontMatter {
  const [first, ...rest] = bulletins;
  if (!first || rest.length < MIN_STORIES || size(first) > COVER_WORDS) return null;
  if (!dated(first) && rest.every(dated)) return { kind: 'cover', cover: first };
  // An exact date only: a year-less one would give every item a guess. And a header is a line or
  // two of intro: more paragraphs may hold a first item the splitter read as a subheading.
  const exact = first.date !== null && !first.partial && first.precision === 'day';
  if (exact && first.paragraphs.length <= MAX_INTRO && !rest.some(dated)) return { kind: 'issue', cover: first };
  if (!hasProse(first) && rest.every(hasProse)) return { kind: 'cover', cover: first };
  return null;
}

/**
 * The bulletins without their front matter, the date given to its items, and the
 * cover's text to report as set aside (its title too when it was a line of its own).
 */
export function withoutFrontMatter(bulletins: SplitBulletin[]): { bulletins: SplitBulletin[]; removed: string[]; cover: boolean } {
  const front = frontMatter(bulletins);
  if (!front) return { bulletins, removed: [], cover: false };
  const { cover } = front;
  const removed = [...(cover.titleFromBody ? [] : [cover.title]), ...cover.paragraphs];
  const rest = bulletins.slice(1);
  if (front.kind === 'cover') return { bulletins: rest, removed, cover: true };
  return { bulletins: rest.map((b) => ({ ...b, date: cover.date, precision: cover.precision })), removed, cover: true };
}
