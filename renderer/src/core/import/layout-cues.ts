/**
 * What a paragraph looks like to the splitter: headline, byline, subtitle, a title block before a
 * dateline, listing cards with the date above the title, and the layout score that tells an undated
 * bulletin's headline from a subheading. Pure functions over paragraphs.
 */
import { foldText } from '../text/fold';
import { type Dateline, findFirstDate } from './dates';
import { type Para, endsSentence } from './paragraphs';

export const LABEL =
  /^(?:communication|communiqu[eé]|comunicado(?: de prensa| conjunto)?|(?:joint )?press release|(?:joint )?statement|declaraci[oó]n(?: conjunta)?|nota de prensa|news|noticia|informativo)\s*[|:–—]\s*\S/iu;
const FUNCTION_WORDS = new Set(
  'a an the of to in on for with by and at from is are was were has have de del la las los el en y con por para que se un una al su es'.split(' '),
);

const words = (s: string): string[] => s.split(/\s+/u).filter((w) => w.length > 0);

/** Short, starts like a heading, does not end like a sentence. */
export function isTitleLike(p: Para): boolean {
  const t = p.text;
  if (p.bullet || t.length < 3 || t.length > 200) return false;
  if (/[.!:;,…]["'”’»)\]]*$/u.test(t)) return false;
  if (!/^["'“‘«¿¡(]?[\p{Lu}\p{N}]/u.test(t)) return false;
  // A photo caption ends with its credit ("… (Photo by Mariana Bazo/Xinhua)", "(EFE/Paolo Aguilar)").
  if (CREDIT_END.test(t)) return false;
  return words(t).length <= 30;
}
const CREDIT_END = /\((?:[^()/]{1,60}\/[^()]{1,60}|(?:photo|foto|image|imagen)\b[^()]{0,60})\)$/iu;

/** A byline or credit between a title and its dateline ("Por Redacción EFE", "Photo: Foreign Ministry"). */
const BYLINE = /^(?:por|by|foto|fotos|photo|photos|fuente|source|texto|redacci[oó]n|escrito por|written by)\s*:?\s+\S.{0,80}$/iu;
export const isByline = (p: Para): boolean => p.heading === 0 && !p.bullet && BYLINE.test(p.text) && words(p.text).length <= 10;

const NUMBERED_TITLE = /^\d{1,3}[.)]\s+/u;

/** The paragraph right before a dateline is its title unless it reads like the end of a body. */
export function isTitleBeforeDateline(p: Para): boolean {
  // A numbered headline ("2. Pacific Alliance scholarships: 400 students selected") over its dateline.
  if (p.bullet && NUMBERED_TITLE.test(p.text)) return isTitleLike({ ...p, bullet: false, text: p.text.replace(NUMBERED_TITLE, '') });
  if (p.bullet || p.heading > 0) return p.heading > 0;
  if (isByline(p)) return false;
  if (p.text.length > 250 || /[:;,]$/u.test(p.text)) return false;
  if (!/^["'“‘«¿¡(]?[\p{Lu}\p{N}]/u.test(p.text)) return false;
  // More than one sentence → body text, not a headline.
  return !/[.!?]["”’»)]*\s+\p{Lu}/u.test(p.text);
}

/**
 * A title block: title line, then a subtitle / lead sentence and/or bullet lines, then the dateline
 * ("Ministers agree on roadmap" / "The plan cuts roaming costs." / "• 12 measures" / "Lima, …").
 * Returns the dateline's paragraph index when `i` opens one, else -1. The paragraph right before
 * the dateline must read as a subtitle (a sentence, a bullet, or clearly longer than the title),
 * otherwise it is the title itself and the ordinary rule applies.
 */
export function titleBlockEnd(paras: Para[], datelines: (Dateline | null)[], i: number, decks = true): number {
  const title = paras[i] as Para;
  if (title.heading > 0 || !isTitleLike(title) || /https?:|www\.|@/u.test(title.text)) return -1;
  let sentences = 0;
  for (let j = i + 1; j < paras.length && j <= i + 6; j++) {
    const p = paras[j] as Para;
    const d = datelines[j];
    if (d && !d.prose) {
      const before = paras[j - 1] as Para;
      // A lone numbered line right over the dateline is that bulletin's numbered headline, not a list.
      if (before.bullet && !(paras[j - 2] as Para).bullet && NUMBERED_TITLE.test(before.text) && isTitleBeforeDateline(before)) return -1;
      const deck = decks && j === i + 2 && isHeadlineLike(title) && isHeadlineLike(before);
      return j > i + 1 && (isSubtitle(before, title) || deck) ? j : -1;
    }
    if (p.heading > 0 || LABEL.test(p.text)) return -1;
    if (p.bullet || isByline(p)) continue;
    // One lead paragraph at most, and a short one: a second paragraph means body text began.
    if (++sentences > 1 || p.text.length > 320) return -1;
  }
  return -1;
}

/**
 * Whether this file's units may have a deck (a second headline-like line between title and
 * dateline), judged from the units themselves: over each dateline, either two headline-like lines
 * (title and deck) or one headline over the end of the story before. When most units have one
 * headline, a headline-like line over a unit's title is no deck but a masthead or a kicker
 * ("Andina - Agencia Peruana de Noticias" over the first title).
 */
export function unitsHaveDecks(paras: Para[], datelines: (Dateline | null)[]): boolean {
  let decks = 0;
  let single = 0;
  for (let j = 2; j < paras.length; j++) {
    const d = datelines[j];
    if (!d || d.prose) continue;
    const title = paras[j - 1] as Para;
    const above = paras[j - 2] as Para;
    if (title.heading > 0 || above.heading > 0) continue;
    // A title over a deck: the line above is a headline (no sentence's end). One headline: the
    // line above ends the story before, or is no headline at all (a credit, a link). The cheap
    // tests first: a listing has thousands of units, and a headline test scans for dates.
    if (!endsSentence(above.text) && isHeadlineLike(above)) {
      if (isHeadlineLike(title)) decks++;
    } else if (!endsSentence(title.text) && isTitleLike(title)) single++;
  }
  return !(single >= 2 && single > decks);
}

/**
 * True when the document's dates stand above their titles (listing cards: date, title, lead) more
 * often than below them (title, date, lead): then a lead before the next card's date is not a title.
 */
export function cardLayout(paras: Para[], datelines: (Dateline | null)[]): boolean {
  let above = 0;
  let below = 0;
  for (let i = 0; i < paras.length; i++) {
    const d = datelines[i];
    if (!d || d.prose || d.consumed < (paras[i]?.text.length ?? 0)) continue;
    if (dateAboveTitle(paras, datelines, i)) above++;
    const prev = paras[i - 1];
    if (prev && isTitleLike(prev) && !endsSentence(prev.text)) below++;
  }
  return above >= 2 && above > below;
}

/** A date alone on its line, then a headline, then body text (and no dateline of its own). */
export function dateAboveTitle(paras: Para[], datelines: (Dateline | null)[], i: number): boolean {
  const d = datelines[i];
  if (!d || d.consumed < (paras[i]?.text.length ?? 0)) return false;
  return titleOverLead(paras, datelines, i + 1);
}

/** A card's title at `t`: a headline, then a longer lead that is no headline (neither dated). */
function titleOverLead(paras: Para[], datelines: (Dateline | null)[], t: number): boolean {
  const title = paras[t];
  const lead = paras[t + 1];
  if (!title || !lead || datelines[t] || datelines[t + 1] || title.bullet || !isTitleLike(title) || isByline(title)) return false;
  return !lead.bullet && lead.heading === 0 && !isTitleLike(lead) && lead.text.length > title.text.length;
}

/** Most lines of card furniture ("[ Foto ]", "Forwarded from …", a category) between a date and its title. */
const MAX_FURNITURE = 2;

/**
 * In a listing whose cards put the date above the title (`cardLayout`), the title of the card
 * dated at `i` when one or two short lines stand between them (a media placeholder, a
 * "forwarded from" line, a category): the repeating unit says the title is the line right over the
 * lead, so it is the first line after the date that reads as a title over a longer lead. Returns
 * its index, or -1 (then the lines are not furniture: a sentence, a heading, another date).
 */
export function furnishedCardTitle(paras: Para[], datelines: (Dateline | null)[], i: number): number {
  const d = datelines[i];
  if (!d || d.prose || d.consumed < (paras[i]?.text.length ?? 0)) return -1;
  for (let k = 1; k <= MAX_FURNITURE; k++) {
    const extra = paras[i + k];
    if (!extra || extra.heading > 0 || datelines[i + k] || extra.text.length > 60 || endsSentence(extra.text)) return -1;
    if (titleOverLead(paras, datelines, i + k + 1)) return i + k + 1;
  }
  return -1;
}

function isSubtitle(p: Para, title: Para): boolean {
  return p.bullet || isByline(p) || endsSentence(p.text) || p.text.length > Math.max(90, 1.3 * title.text.length);
}

/**
 * A sentence-like headline rather than a label: six words or more, some of them function words, not
 * all capitals. Two such lines in a row before a dateline are a title and its deck ("Colombia asume
 * la Presidencia…" / "El país liderará la agenda…"): a bulletin's title is never directly followed
 * by the next bulletin's, since a bulletin has a body. A line that holds a date ("Semana del 31 de
 * julio al 4 de agosto de 2023") is a page header, not a headline.
 */
function isHeadlineLike(p: Para): boolean {
  if (p.heading > 0 || p.bullet || p.text.toUpperCase() === p.text) return false;
  const w = words(p.text);
  return w.length >= 6 && w.some((x) => FUNCTION_WORDS.has(x.toLowerCase())) && findFirstDate(p.text) === null;
}

const isTitleCase = (t: string): boolean =>
  words(t)
    .filter((w) => /^\p{L}{4,}/u.test(w))
    .every((w) => /^\p{Lu}/u.test(w));

/**
 * How strongly a title-like line that has no dateline after it looks like the start of a new
 * bulletin (> 0) rather than a subheading inside the current one (≤ 0). Subheadings tend to be
 * short Title Case noun phrases whose words are echoed in the next paragraph ("VIII Pacific
 * Alliance Youth Meeting" → 'the inauguration of the “VIII Pacific Alliance Youth Meeting”');
 * headlines are longer sentence-case phrases, sometimes followed by a summary bullet.
 */
export function layoutScore(prev: Para, cand: Para, next: Para, docHasDatelines: boolean): number {
  if (!endsSentence(prev.text) && !prev.bullet) return -Infinity;
  if (!next.bullet && (next.text.length <= cand.text.length || isTitleLike(next))) return -Infinity;
  const w = words(cand.text);
  // Undated bulletins sit between dated ones too: a dated document only makes the bar higher.
  let score = docHasDatelines ? 0 : 1;
  if (next.bullet) score += 2;
  if (w.length >= 6 && w.some((x) => FUNCTION_WORDS.has(x.toLowerCase()))) score += 1;
  if (cand.text.length >= 60) score += 1;
  if (w.length <= 5) score -= 1;
  if (w.length <= 3) score -= 1;
  const titleCase = isTitleCase(cand.text);
  if (titleCase) score -= 1;
  // A sentence-case line of five words or more over a longer paragraph reads as a headline.
  else if (w.length >= 5) score += 1;
  const echo = foldText(next.text).indexOf(foldText(cand.text));
  // A lead restates its headline as its subject ("El programa de voluntariado juvenil abrió…");
  // a subheading is echoed further in ('attended the inauguration of the “VIII … Meeting”').
  if (echo >= 0) score += LEAD_ECHO.test(foldText(next.text).slice(0, echo)) ? 3 : -3;
  return score;
}

const LEAD_ECHO = /^(?:(?:the|a|an|el|la|los|las|un|una)\s+)?$/u;

const KICKER_LABEL =
  /^(?:comunicado(?: de prensa| conjunto)?|nota (?:de prensa|informativa)|press release|joint (?:press )?(?:statement|release)|news|noticias?(?: destacadas)?|bolet[ií]n(?: informativo)?|newsletter|actualidad|agenda|eventos?|events?)(?:\s+(?:n[°º.o]\s*)?\d+)?$/iu;

/** A short line in capitals (three words at most) or a bare label: a kicker or a section header. */
function isKicker(p: Para): boolean {
  if (p.heading > 0 || p.bullet || p.text.length > 60 || endsSentence(p.text)) return false;
  if (KICKER_LABEL.test(p.text)) return true;
  return words(p.text).length <= 3 && !/\p{Ll}/u.test(p.text) && (p.text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * True when paragraph `i` is a kicker right over a headline (the headline followed by its dateline
 * or its body), so it belongs to no bulletin: left in place it would end the bulletin before.
 */
export function isKickerBefore(paras: Para[], datelines: (Dateline | null)[], i: number): boolean {
  const p = paras[i] as Para;
  const title = paras[i + 1];
  const after = paras[i + 2];
  if (!title || !after || datelines[i] || datelines[i + 1] || !isKicker(p)) return false;
  if (title.bullet || !isTitleLike(title) || isKicker(title)) return false;
  return datelines[i + 2] != null || (!isTitleLike(after) && !after.bullet);
}
