/** Default tag colours: a palette with enough contrast on light and dark themes. */

export const TAG_PALETTE: readonly string[] = [
  '#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22',
];

/** A palette colour picked deterministically from `seed` (e.g. the number of existing tags). */
export function defaultTagColor(seed: number): string {
  const i = ((Math.floor(seed) % TAG_PALETTE.length) + TAG_PALETTE.length) % TAG_PALETTE.length;
  return TAG_PALETTE[i] ?? '#1f77b4';
}

/** True for `#rgb` / `#rrggbb` colours, the only form the tag editor and PDF writer accept. */
export function isTagColor(value: string): boolean {
  return /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(value);
}
