/**
 * The empty date slot of a listing's unit: when three or more of the file's datelines open with the
 * same label ("Publicado: Wed, 08 Nov 2023 …"), a short line with that label and no date ("Publicado:
 * (el feed no indica fecha)") is the same slot left empty by one unit, not the first line of its text.
 * Repetition in the file, not a word list: the label is whatever the file's datelines share.
 * Cost: one `parseDateline` per paragraph (memoised during an import) and a map: linear.
 */
import { parseDateline } from './dates';
import type { Para } from './paragraphs';

/** Fewest datelines sharing a label for the label to mark a slot. */
const MIN_LABELLED = 3;
/** Most words of an empty slot's line. */
const SLOT_WORDS = 12;
/** A label: one to three words and a colon at a line's start. */
const LABEL = /^([\p{L}][\p{L} ]{0,30}):\s*/u;

/** Indices of the paragraphs that are a labelled date slot without a date. */
export function emptyDateSlots(paras: Para[]): number[] {
  const counts = new Map<string, number>();
  const labels: (string | null)[] = paras.map((p) => {
    const m = p.heading === 0 ? LABEL.exec(p.text) : null;
    return m ? (m[1] as string).toLowerCase() : null;
  });
  const dated = paras.map((p, i) => labels[i] !== null && parseDateline(p.text) !== null);
  labels.forEach((l, i) => {
    if (l !== null && dated[i]) counts.set(l, (counts.get(l) ?? 0) + 1);
  });
  const out: number[] = [];
  labels.forEach((l, i) => {
    if (l === null || dated[i] || (counts.get(l) ?? 0) < MIN_LABELLED) return;
    if ((paras[i]?.text ?? '').split(/\s+/u).length <= SLOT_WORDS) out.push(i);
  });
  return out;
}
