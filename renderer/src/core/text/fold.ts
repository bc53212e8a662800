/**
 * Lower-cases and strips diacritics so that `Perú`, `PERU` and `peru` compare equal.
 * `ñ` folds to `n` as well: staff on English keyboards type `espana` for `España`.
 */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
