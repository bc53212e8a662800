/**
 * What the tag chooser shows for each `tag:` term of a query: the tags it matched (several → the UI
 * offers to keep one), or, when it matched none, tags named like part of its words — each with the
 * whole query rewritten to name exactly that tag, so the UI applies a choice without parsing.
 */
import type { TagLanguage } from '../tags/names';
import type { TagChoice, TagTermReport } from './engine-types';
import type { QueryFilter, TextSpan } from './query-types';
import type { TagIndex } from './tag-filter';

/** Choices listed per term; `count` says how many matched (a one-letter `tag:a` can match most tags). */
export const MAX_CHOICES = 10;

/** One report per `tag:` filter of `filters` (parsed from `text`, in typing order). */
export function describeTagTerms(text: string, filters: readonly QueryFilter[], index: TagIndex, language: TagLanguage): TagTermReport[] {
  const out: TagTermReport[] = [];
  for (const filter of filters) {
    const at = filter.field === 'tag' ? filter.at : undefined;
    if (at === undefined) continue;
    const match = index.match(filter.value);
    // Only the listed choices get a rewritten query (each checks its value names one tag alone).
    const choices = (ids: readonly string[]): TagChoice[] =>
      byPath(ids.map((id) => ({ id, path: index.pathOf(id, language) })))
        .slice(0, MAX_CHOICES)
        .map(({ id, path }) => ({ id, path, query: narrowTagTerm(text, at, index.exactValue(id, language)) }));
    out.push({
      term: text.slice(at.start, at.end),
      kind: match.kind,
      count: match.ids.length,
      tags: choices(match.ids),
      near: match.kind === 'none' ? choices(index.near(filter.value)) : [],
    });
  }
  return out;
}

/** In the order of their paths, as the sidebar lists tags (the tag tree's own order is that of creation). */
function byPath<T extends { path: string }>(items: T[]): T[] {
  return items.sort((a, b) => collator.compare(a.path, b.path));
}

const collator = new Intl.Collator();

/** `text` with the `tag:` term at `at` given `value` instead; its `-` and field name stay as typed. */
export function narrowTagTerm(text: string, at: TextSpan, value: string): string {
  const term = text.slice(at.start, at.end);
  const head = term.slice(0, term.indexOf(':') + 1);
  return `${text.slice(0, at.start)}${head}${value}${text.slice(at.end)}`;
}
