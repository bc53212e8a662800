/** List snippets, computed once at write time so the list never reads bodies. */

export const EXCERPT_LENGTH = 200;

/** The first ~200 characters of `body`, whitespace collapsed, cut at a word boundary with an ellipsis. */
export function makeExcerpt(body: string, length = EXCERPT_LENGTH): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
