/**
 * Lower-cases and strips diacritics so that `Perú`, `PERU` and `peru` compare equal.
 * `ñ` is kept distinct from `n` (año ≠ ano) — Spanish readers treat them as different letters.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ñ/g, '\u0000')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0000/g, 'ñ');
}
