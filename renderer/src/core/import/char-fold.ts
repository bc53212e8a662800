/**
 * `foldText` one UTF-16 unit at a time, for the hot loops (content hash, metadata scan) that
 * would otherwise fold a whole copy of every bulletin first.
 *
 * Folding a string is NOT always the concatenation of folding its characters: lower-casing Σ
 * depends on its neighbours (final sigma), NFD reorders runs of combining marks, and surrogate
 * pairs are one character. So a unit is "safe" — folded on its own — only when it is not a
 * surrogate and lower-case + NFD turns it into units that are either combining marks
 * U+0300–U+036F (which `foldText` deletes) or characters that can never be reordered: below
 * U+0300 or in U+2000–U+20CF (punctuation, super/subscripts, currency; all combining class 0).
 * It must also leave at most one unit (rare ones like ŉ → ʼn do not), so folded positions stay
 * one per unit and the loops need no inner loop.
 * In a text made only of safe units, the only marks NFD could reorder are deleted ones, so the
 * unit-by-unit fold equals `foldText` exactly. Callers fall back to `foldText` on the first
 * unsafe unit. That covers English and Spanish text (accents, ñ, typographic quotes, dashes).
 *
 * The tables are exported for hot loops to read directly (copy them into module constants: a
 * call or a module-namespace lookup per unit costs more than the rest of the loop). An entry of
 * 0 means "not computed yet": call `learnClass` / `learnFold`, which fill it and return it.
 */

/** Word classes, as `[\p{L}\p{N}]` sees them. */
export const NONE = 1;
export const LETTER = 2;
export const DIGIT = 3;

/** Per BMP unit: 0 = not computed yet, else NONE / LETTER / DIGIT (surrogates are NONE). */
export const CLASS = new Uint8Array(0x10000);
/** Fold state per unit: 0 = not computed yet, FOLD_UNSAFE, FOLD_EMPTY (folds to nothing) or FOLD_ONE. */
export const FOLD_STATE = new Uint8Array(0x10000);
export const FOLD_UNSAFE = 1;
export const FOLD_EMPTY = 2;
export const FOLD_ONE = 3;
/** The unit a FOLD_ONE unit folds to. */
export const FOLDED = new Uint16Array(0x10000);

const LETTER_RE = /^\p{L}$/u;
const DIGIT_RE = /^\p{N}$/u;
const STRIPPED = /[\u0300-\u036f]/g;

/** Computes, stores and returns `CLASS[unit]`. */
export function learnClass(unit: number): number {
  const s = String.fromCharCode(unit);
  const c = unit >= 0xd800 && unit <= 0xdfff ? NONE : LETTER_RE.test(s) ? LETTER : DIGIT_RE.test(s) ? DIGIT : NONE;
  CLASS[unit] = c;
  return c;
}

const reorderProof = (u: number): boolean => u < 0x300 || (u >= 0x2000 && u <= 0x20cf);

/** Computes, stores and returns `FOLD_STATE[unit]` (and the units it folds to). */
export function learnFold(unit: number): number {
  let state = FOLD_UNSAFE;
  if (unit < 0xd800 || unit > 0xdfff) {
    const decomposed = String.fromCharCode(unit).toLowerCase().normalize('NFD');
    let ok = true;
    for (let k = 0; k < decomposed.length; k++) {
      const u = decomposed.charCodeAt(k);
      if (!reorderProof(u) && !(u >= 0x300 && u <= 0x36f)) ok = false;
    }
    const folded = decomposed.replace(STRIPPED, '');
    if (ok && folded.length <= 1) {
      state = folded.length === 0 ? FOLD_EMPTY : FOLD_ONE;
      FOLDED[unit] = folded.charCodeAt(0) || 0;
      if (folded.length > 0) learnClass(folded.charCodeAt(0));
    }
  }
  FOLD_STATE[unit] = state;
  return state;
}

// ASCII is by far the common case: fill it now so hot loops need no "computed yet" check for it.
for (let u = 0; u < 0x80; u++) {
  learnClass(u);
  learnFold(u);
}
