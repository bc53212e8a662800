/**
 * The nothing-lost contract of the import pipeline. Every importer hands back, besides its
 * bulletins, the text lines it split and the lines it knowingly dropped as chrome; `findLostLines`
 * then proves that each line ended up in some bulletin or in the removed list. A line that did
 * neither is text the user would silently lose, so the preview warns and offers to keep it.
 */
import type { ParsedBulletin } from '../model';
import { foldText } from '../text/fold';
import { parseDateline } from './dates';

/**
 * What an importer returns (the old `ParsedBulletin[]` is still accepted by `importFile`).
 *
 * - `bulletins`: the split bulletins.
 * - `sourceLines`: the non-chrome text lines the importer split, as it saw them after its own
 *   reconstruction (decoded text lines for .txt; stripped-markdown lines for .md; block texts for
 *   HTML; re-joined lines for PDF). Blank lines are ignored, so passing whole paragraphs or
 *   wrapped lines both work — a line only has to appear, word for word, somewhere in a bulletin.
 * - `removed`: lines the importer dropped on purpose (navigation, share boxes, "Read More »",
 *   running headers, page counters, mastheads…). They are listed so the check can tell "removed
 *   as chrome" from "lost"; the comparison is the same normalised one as for bulletins.
 *   A line that is not in `sourceLines` need not be listed here.
 */
export interface ImporterResult {
  bulletins: ParsedBulletin[];
  sourceLines: string[];
  removed: string[];
}

/** True when `value` is an ImporterResult rather than a bare bulletin array. */
export function isImporterResult(value: ParsedBulletin[] | ImporterResult): value is ImporterResult {
  return !Array.isArray(value);
}

const WORD = /[\p{L}\p{N}]+/gu;
// A lower→Upper join ("andAquaculture") is one source token but two once glued words are
// repaired; splitting at such joins on both sides makes the repair invisible to the check.
const CAMEL = /(?<=\p{Ll})(?=\p{Lu})/u;

/**
 * A text's comparison form: folded words (case, accents, punctuation, bullets, whitespace and
 * line wraps do not count), with lower→Upper joins split.
 */
export function comparisonWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    for (const part of m[0].split(CAMEL)) out.push(foldText(part));
  }
  return out;
}

/** A line minus the dateline it opens with, if any: the dateline lives on as date and place. */
function withoutDateline(line: string): string {
  const d = parseDateline(line.trim());
  return d ? line.trim().slice(d.consumed) : line;
}

/** Word stream of all bulletins in order, with an index from word to its positions. */
class Stream {
  readonly words: string[] = [];
  private readonly at = new Map<string, number[]>();
  private cursor = 0;

  add(text: string): void {
    for (const w of comparisonWords(text)) {
      const list = this.at.get(w);
      if (list) list.push(this.words.length);
      else this.at.set(w, [this.words.length]);
      this.words.push(w);
    }
  }

  /**
   * True when `seq` occurs contiguously. Lines mostly come in stream order, so the search starts
   * at the end of the previous match and wraps around: linear time on ordinary input.
   */
  contains(seq: string[]): boolean {
    const first = seq[0];
    if (first === undefined) return true;
    const positions = this.at.get(first);
    if (!positions) return false;
    const from = lowerBound(positions, this.cursor);
    for (let k = 0; k < positions.length; k++) {
      const p = positions[(from + k) % positions.length] as number;
      if (this.matchesAt(seq, p)) {
        this.cursor = p + seq.length;
        return true;
      }
    }
    return false;
  }

  private matchesAt(seq: string[], p: number): boolean {
    if (p + seq.length > this.words.length) return false;
    for (let j = 1; j < seq.length; j++) if (this.words[p + j] !== seq[j]) return false;
    return true;
  }
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo === sorted.length ? 0 : lo;
}

/**
 * Every non-blank source line that is in no bulletin's title or body and not in `removed`
 * (returned trimmed, in source order, each once per occurrence).
 *
 * Compared on folded word sequences (see `comparisonWords`): a line counts as kept when its words
 * occur contiguously in the bulletins' title+body word stream (bulletins in order, so a line wrapped
 * into a paragraph, split over two paragraphs or glued-word-repaired still matches), after cutting
 * the dateline it may open with (the splitter moves that into date and place). A line with no
 * words at all (a rule "-----", a lone "•") carries no text and is never lost.
 */
export function findLostLines(sourceLines: string[], bulletins: ParsedBulletin[], removed: string[]): string[] {
  const stream = new Stream();
  for (const b of bulletins) {
    stream.add(b.title);
    stream.add(b.body);
  }
  const removedKeys = new Set(removed.map((r) => comparisonWords(r).join(' ')));
  const lost: string[] = [];
  for (const line of sourceLines) {
    const trimmed = line.trim();
    if (trimmed.length === 0) continue;
    const all = comparisonWords(trimmed);
    if (all.length === 0 || removedKeys.has(all.join(' '))) continue;
    if (stream.contains(all)) continue;
    const rest = comparisonWords(withoutDateline(trimmed));
    if (rest.length === 0 || stream.contains(rest)) continue;
    lost.push(trimmed);
  }
  return lost;
}
