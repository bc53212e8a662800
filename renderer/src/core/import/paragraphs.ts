/**
 * Plain text → logical paragraphs. Undoes hard line wrapping (PDF text, e-mail, 72-column text)
 * while keeping single-newline paragraph breaks, bullet lines and markdown headings.
 */
import { parseDateline } from './dates';

/** One logical paragraph of a document. */
export interface Para {
  /** Text with inner whitespace collapsed; bullets start with "• ". */
  text: string;
  /** Heading level 1–6 (markdown `#`, HTML `<h1>`…), or 0 for ordinary text. */
  heading: number;
  /** True when the paragraph is a list item / bullet line. */
  bullet: boolean;
  /** Set when a drawn rule ("-----", "* * *") stood right before it: a break the writer made. */
  ruleBefore?: true;
  /**
   * Set when the layout shows this paragraph opening the listing's repeating unit (a PDF card's
   * title, set in its own type over body text, as every other card's is): a bulletin starts here.
   */
  unit?: true;
}

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
export const TERMINAL = /[.!?:;…]["'”’»)\]]*$/u;

/**
 * `TERMINAL.test(text)` on the text's last characters only: an end-anchored regex still scans a
 * paragraph from its start, which on a large listing cost more than the splitting itself.
 */
export const endsSentence = (text: string): boolean => TERMINAL.test(text.length > 12 ? text.slice(-12) : text);
const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/u;
const BULLET = /^(?:[•·▪◦‣●○■□➢►*+]|-(?!-)|–)\s+/u;
const NUMBERED = /^\d{1,3}[.)]\s+/u;
const HYPHEN_END = /\p{Ll}[-\u00AD\u2010]$/u;

/** The characters `normaliseText` changes. */
const TO_NORMALISE = ['\r', '\t', '\f', '\v', '\u0085', '\u00a0', '\u2007', '\u202f', '\u2028', '\u2029', '\ufeff', '\u200b', '\u200c', '\u200d'];

/**
 * True when `text` has a character `normaliseText` changes. One `includes` per character: each is
 * a vectorised scan, so the fourteen together cost about a tenth of one loop over the characters
 * (measured on a 28 MB listing: ~10 ms against ~70–90 ms for a loop or a regex class).
 */
function needsNormalising(text: string): boolean {
  return TO_NORMALISE.some((c) => text.includes(c));
}

/** Line ends, BOM, no-break and zero-width spaces, tabs: all normalised so the rest sees plain text. */
export function normaliseText(text: string): string {
  // One scan to skip the four replaces on text that is already plain (the usual case).
  if (!needsNormalising(text)) return text;
  return text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
    .replace(/[\u00A0\u2007\u202F\t\f\v]/gu, ' ')
    .replace(/\u200B|\u200C|\u200D|\uFEFF/gu, '');
}

/** Collapses runs of spaces. */
export const squash = (s: string): string => (s.includes('  ') ? s.replace(/ {2,}/gu, ' ') : s).trim();

/** 95th percentile of line lengths: the wrap width of a hard-wrapped text. */
function wrapWidth(lines: string[]): number {
  const lengths = lines.map((l) => l.length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length === 0) return 0;
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.95))] ?? 0;
}

/**
 * True when lines that fill the width and end mid-sentence are often continued in lower case:
 * the mark of a hard-wrapped text (e-mail, 72 columns, PDF text), not of one-line paragraphs.
 */
function isHardWrapped(lines: string[], full: number): boolean {
  let ended = 0;
  let lower = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i] as string;
    const b = lines[i + 1] as string;
    if (a.length < full || b.length === 0 || endsSentence(a)) continue;
    ended++;
    if (/^\p{Ll}/u.test(b)) lower++;
  }
  return lower > 0 && lower >= ended * 0.25;
}

/** One trimmed line as a paragraph of its own (heading, bullet or text), as `textToParas` reads it. */
export function lineToPara(trimmed: string): Para {
  const heading = HEADING.exec(trimmed);
  if (heading) return { text: squash(heading[2] ?? ''), heading: heading[1]?.length ?? 1, bullet: false };
  const bullet = BULLET.exec(trimmed);
  if (bullet) return { text: squash(`• ${trimmed.slice(bullet[0].length)}`), heading: 0, bullet: true };
  return { text: squash(trimmed), heading: 0, bullet: NUMBERED.test(trimmed) };
}

/**
 * Splits text into paragraphs. A line joins the previous one when the previous line does not end
 * a sentence and either is "full" (close to the wrap width, so the break was a wrap) or the new
 * line continues in lower case. Blank lines, headings, bullets and datelines always break.
 */
export function textToParas(raw: string): Para[] {
  // Each line trimmed once: what the loop and the wrap width read (trailing spaces never count).
  const lines = normaliseText(raw)
    .split('\n')
    .map((l) => l.trim());
  const width = Math.min(0.7 * wrapWidth(lines), 200);
  // A capitalised line after a "full" one is a wrap only in a text that really is hard-wrapped;
  // in pasted web text a long headline over its lead is two paragraphs, not one. There only a
  // line longer than any headline (200) is taken as wrapped ("…in Latin" / "America and …").
  const full = isHardWrapped(lines, width) ? width : 200;
  const paras: Para[] = [];
  let open: (Para & { lastLine: number }) | null = null;
  for (const trimmed of lines) {
    if (trimmed.length === 0) {
      open = null;
      continue;
    }
    const heading = HEADING.exec(trimmed);
    if (heading) {
      paras.push({ text: squash(heading[2] ?? ''), heading: heading[1]?.length ?? 1, bullet: false });
      open = null;
      continue;
    }
    const bullet = BULLET.exec(trimmed);
    if (bullet || NUMBERED.test(trimmed)) {
      const text = bullet ? `• ${trimmed.slice(bullet[0].length)}` : trimmed;
      open = { text: squash(text), heading: 0, bullet: true, lastLine: trimmed.length };
      paras.push(open);
      continue;
    }
    if (open && joins(open.text, open.lastLine, trimmed, full)) {
      // A word hyphenated at the line end ("coope-" / "ración", text copied from a PDF) is one word.
      open.text = HYPHEN_END.test(open.text) && /^\p{Ll}/u.test(trimmed) ? squash(`${open.text.slice(0, -1)}${trimmed}`) : squash(`${open.text} ${trimmed}`);
      open.lastLine = trimmed.length;
      continue;
    }
    open = { text: squash(trimmed), heading: 0, bullet: false, lastLine: trimmed.length };
    paras.push(open);
  }
  return paras.filter((p) => p.text.length > 0).map(({ text, heading, bullet }) => ({ text, heading, bullet }));
}

function joins(prev: string, prevLine: number, next: string, full: number): boolean {
  if (endsSentence(prev)) return false;
  // "hace 2 días" under a headline is its time stamp, not the headline running on.
  if (/^\p{Ll}/u.test(next)) return !(next.length <= 30 && parseDateline(next)?.relative !== undefined);
  if (parseDateline(next)) return false;
  return prevLine >= full && full > 0;
}
