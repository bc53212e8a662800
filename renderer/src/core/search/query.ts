/**
 * The search query language. `parseQuery` never throws: bad input yields a friendly error.
 *
 * Syntax: words (all must match) · "exact phrase" · `a OR b c` = (a OR b) AND c · `-word`, `-"phrase"` ·
 * `tag:Name`, `tag:"Two Words"` · `country:peru` · `org:IDB` · `lang:es` · `year:2023` (or `2021..2023`) ·
 * `date:2023-10-05`, `date:2023-10..2023-11`, `date:..2023-06`, `date:2023..` · `title:word`.
 * Any field filter can be negated with `-`. Repeated `lang:`, `year:` or `date:` filters are alternatives
 * (OR); repeated `tag:`, `country:` or `org:` filters must all match. Spanish field names work too
 * (`etiqueta:`, `pais:`, `idioma:`, `año:`, `fecha:`, `titulo:`).
 */
import type { Language } from '../model';
import { foldText } from '../text/fold';
import type { DateRange, ParseResult, Query, QueryFilter, QueryTerm, TextSpan } from './query-types';

export type * from './query-types';

type Lexeme =
  | { type: 'or' }
  | { type: 'term'; negated: boolean; field: string | null; value: string; quoted: boolean; start: number; end: number };

const FIELD_ALIASES: Readonly<Record<string, string>> = {
  tag: 'tag', tags: 'tag', etiqueta: 'tag',
  country: 'country', pais: 'country',
  lang: 'lang', language: 'lang', idioma: 'lang',
  year: 'year', ano: 'year',
  date: 'date', fecha: 'date',
  title: 'title', titulo: 'title',
  org: 'org', organization: 'org', organisation: 'org', organizacion: 'org',
};

const LANGUAGES: Readonly<Record<string, Language>> = {
  es: 'es', spanish: 'es', espanol: 'es', en: 'en', english: 'en', ingles: 'en', other: 'other', otro: 'other',
};

class QueryError extends Error {}

function lex(text: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  const readQuoted = (): string => {
    const close = text.indexOf('"', i + 1);
    if (close < 0) throw new QueryError('A quotation mark is not closed. Add the closing " to search for an exact phrase.');
    const value = text.slice(i + 1, close);
    i = close + 1;
    return value;
  };
  while (i < text.length) {
    if (/\s/.test(text[i] ?? '')) {
      i++;
      continue;
    }
    const termStart = i;
    let negated = false;
    if (text[i] === '-' && i + 1 < text.length && !/\s/.test(text[i + 1] ?? '')) {
      negated = true;
      i++;
    }
    if (text[i] === '"') {
      const value = readQuoted();
      out.push({ type: 'term', negated, field: null, value, quoted: true, start: termStart, end: i });
      continue;
    }
    const start = i;
    while (i < text.length && !/\s/.test(text[i] ?? '') && text[i] !== '"') i++;
    const run = text.slice(start, i);
    const colon = run.indexOf(':');
    if (colon > 0 && /^[\p{L}]+$/u.test(run.slice(0, colon))) {
      const field = run.slice(0, colon);
      let value = run.slice(colon + 1);
      let quoted = false;
      if (value === '' && text[i] === '"') {
        value = readQuoted();
        quoted = true;
      }
      out.push({ type: 'term', negated, field, value, quoted, start: termStart, end: i });
    } else if (run === 'OR' && !negated) {
      out.push({ type: 'or' });
    } else if (run.length > 0) {
      out.push({ type: 'term', negated, field: null, value: run, quoted: false, start: termStart, end: i });
    }
  }
  return out;
}

const DATE_PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function checkDate(value: string): string {
  const m = DATE_PART.exec(value);
  if (!m) throw new QueryError(`"${value}" is not a date. Use 2023, 2023-10 or 2023-10-05.`);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) throw new QueryError(`"${value}" is not a valid date.`);
  return value;
}

function parseRange(value: string, field: 'year' | 'date'): DateRange {
  const parts = value.split('..');
  if (parts.length > 2 || (parts.length === 2 && parts[0] === '' && parts[1] === '') || value === '') {
    throw new QueryError(`"${field}:${value}" is not a valid ${field}. Example: ${field === 'year' ? 'year:2023' : 'date:2023-10..2023-11'}.`);
  }
  const check = (v: string): string => {
    if (field === 'year' && !/^\d{4}$/.test(v)) throw new QueryError(`"${v}" is not a year. Use four digits, e.g. year:2023.`);
    return checkDate(v);
  };
  const from = parts[0] ? check(parts[0]) : null;
  const to = parts.length === 1 ? from : parts[1] ? check(parts[1]) : null;
  if (from !== null && to !== null && from.slice(0, Math.min(from.length, to.length)) > to.slice(0, Math.min(from.length, to.length))) {
    throw new QueryError(`The range ${value} ends before it starts.`);
  }
  return { from, to };
}

/** Turns free text into a term: one word, or a phrase when the text holds several words (quotes, "public-private"). */
function textTerm(value: string, quoted: boolean, field: 'any' | 'title', prefix: boolean): QueryTerm | null {
  const words = value.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  if (words.length === 1 && !quoted) return { kind: 'word', text: words[0] ?? value, field, prefix };
  if (words.length === 1) return { kind: 'word', text: words[0] ?? value, field, prefix: false };
  return { kind: 'phrase', text: value.trim(), field };
}

function makeFilter(field: string, value: string, negated: boolean, at: TextSpan): QueryFilter {
  const trimmed = value.trim();
  if (trimmed === '') throw new QueryError(`"${field}:" needs a value, e.g. ${field}:Peru.`);
  switch (field) {
    case 'tag':
    case 'country':
    case 'org':
      return { field, value: trimmed, negated, at };
    case 'lang': {
      const lang = LANGUAGES[foldText(trimmed)];
      if (!lang) throw new QueryError(`Unknown language "${trimmed}". Use lang:es, lang:en or lang:other.`);
      return { field, value: lang, negated };
    }
    default: {
      const f = field === 'year' ? 'year' : 'date';
      return { field: f, value: trimmed, range: parseRange(trimmed, f), negated };
    }
  }
}

function build(text: string): Query {
  const lexemes = lex(text);
  const query: Query = { clauses: [], exclude: [], filters: [] };
  const endsWithSpace = /\s$/.test(text);
  let lastPositive = -1;
  lexemes.forEach((lx, index) => {
    if (lx.type === 'term' && !lx.negated && (lx.field === null || FIELD_ALIASES[foldText(lx.field)] === 'title')) lastPositive = index;
  });
  let joinNext = false;
  for (let index = 0; index < lexemes.length; index++) {
    const lx = lexemes[index];
    if (!lx) continue;
    if (lx.type === 'or') {
      const prev = lexemes[index - 1];
      const next = lexemes[index + 1];
      const joinable = (l: Lexeme | undefined): boolean =>
        l !== undefined && l.type === 'term' && !l.negated && (l.field === null || FIELD_ALIASES[foldText(l.field)] === 'title');
      if (!joinable(prev) || !joinable(next)) {
        throw new QueryError('OR must stand between two words or phrases, e.g. pesca OR fisheries.');
      }
      joinNext = true;
      continue;
    }
    let field: string | null = null;
    if (lx.field !== null) {
      field = FIELD_ALIASES[foldText(lx.field)] ?? null;
      if (field === null) {
        throw new QueryError(`Unknown field "${lx.field}:". Use tag:, country:, org:, lang:, year:, date: or title:.`);
      }
    }
    if (field !== null && field !== 'title') {
      query.filters.push(makeFilter(field, lx.value, lx.negated, { start: lx.start, end: lx.end }));
      continue;
    }
    if (field === 'title' && lx.value.trim() === '') throw new QueryError('"title:" needs a word, e.g. title:fisheries.');
    const prefix = !lx.quoted && !lx.negated && field === null && index === lastPositive && !endsWithSpace && lx.end === text.length;
    const term = textTerm(lx.value, lx.quoted, field === 'title' ? 'title' : 'any', prefix);
    if (term === null) {
      joinNext = false;
      continue;
    }
    if (lx.negated) {
      query.exclude.push(term);
    } else if (joinNext && query.clauses.length > 0) {
      query.clauses[query.clauses.length - 1]?.anyOf.push(term);
    } else {
      query.clauses.push({ anyOf: [term] });
    }
    joinNext = false;
  }
  const positiveFilters = query.filters.some((f) => !f.negated);
  const hasExclusions = query.exclude.length > 0 || query.filters.some((f) => f.negated);
  if (query.clauses.length === 0 && !positiveFilters && hasExclusions) {
    throw new QueryError('A search cannot only exclude. Add a word or a filter to search for, e.g. fisheries -chile.');
  }
  return query;
}

/** Parses a query string. Never throws. */
export function parseQuery(text: string): ParseResult {
  try {
    return { ok: true, query: build(text) };
  } catch (error) {
    if (error instanceof QueryError) return { ok: false, error: error.message };
    return { ok: false, error: 'This search could not be understood.' };
  }
}

/** True when the query has no terms and no filters (the empty search). */
export function isEmptyQuery(query: Query): boolean {
  return query.clauses.length === 0 && query.exclude.length === 0 && query.filters.length === 0;
}
