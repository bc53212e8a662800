/**
 * Result snippets: a window of the text around the best match, with matched words marked.
 * Words match case-, accent- and plural-insensitively (`peru` marks "Perú", `fisheries` marks
 * "Fishery"); a highlight term ending in `*` marks words starting with it.
 */
import { foldWord } from './analyze';
import { stem } from './stem';

export interface SnippetPart {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

interface Matcher {
  stems: Set<string>;
  prefixes: string[];
}

function matcher(terms: readonly string[]): Matcher {
  const stems = new Set<string>();
  const prefixes: string[] = [];
  for (const term of terms) {
    for (const m of term.matchAll(WORD)) {
      const folded = foldWord(m[0]);
      stems.add(stem(folded));
      if (term.trimEnd().endsWith('*') && m.index + m[0].length === term.trimEnd().length - 1) prefixes.push(folded);
    }
  }
  return { stems, prefixes };
}

function isMatch(word: string, m: Matcher): boolean {
  const folded = foldWord(word);
  return m.stems.has(stem(folded)) || m.prefixes.some((p) => folded.startsWith(p));
}

/** Moves an index off the low half of a surrogate pair. */
function safe(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/** Builds a snippet of at most about `maxChars` characters around the best cluster of matches. */
export function makeSnippet(text: string, highlightTerms: readonly string[], maxChars = 240): SnippetPart[] {
  const m = matcher(highlightTerms);
  const words = [...text.matchAll(WORD)].map((w) => ({ start: w.index, end: w.index + w[0].length, match: isMatch(w[0], m) }));
  const hits = words.filter((w) => w.match);
  // Best window: the one starting shortly before a hit that covers the most distinct matched words.
  let start = 0;
  // A text that fits whole (a title) is shown whole, never windowed.
  if (hits.length > 0 && text.length > maxChars) {
    let bestScore = -1;
    for (const hit of hits) {
      const from = Math.max(0, hit.start - Math.floor(maxChars / 4));
      const covered = new Set(hits.filter((h) => h.start >= from && h.end <= from + maxChars).map((h) => foldWord(text.slice(h.start, h.end))));
      if (covered.size > bestScore) {
        bestScore = covered.size;
        start = from;
      }
    }
  }
  // Snap the window to word boundaries.
  if (start > 0) {
    const first = words.find((w) => w.end > start);
    start = first && first.start < start ? first.start : (first?.start ?? start);
  }
  let end = Math.min(text.length, start + maxChars);
  if (end < text.length) {
    const cut = words.find((w) => w.start < end && w.end > end);
    if (cut && cut.start > start) end = cut.start;
  }
  start = safe(text, start);
  end = safe(text, end);
  const parts: SnippetPart[] = [];
  const push = (chunk: string, match: boolean): void => {
    if (chunk === '') return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += chunk;
    else parts.push({ text: chunk, match });
  };
  if (start > 0) push('… ', false);
  let pos = start;
  for (const w of words) {
    if (w.end <= start || w.start >= end) continue;
    if (!w.match) continue;
    push(text.slice(pos, w.start), false);
    push(text.slice(w.start, Math.min(w.end, end)), true);
    pos = Math.min(w.end, end);
  }
  push(text.slice(pos, end).replace(/\s+$/, end < text.length ? '' : ''), false);
  if (end < text.length) push(' …', false);
  return parts;
}
