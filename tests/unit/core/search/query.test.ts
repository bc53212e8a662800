import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeQuerySyntax } from '../../../../renderer/src/core/search/query-syntax';
import { parseQuery, type Query } from '../../../../renderer/src/core/search/query';

function ok(text: string): Query {
  const r = parseQuery(text);
  if (!r.ok) throw new Error(`unexpected error: ${r.error}`);
  return r.query;
}

function err(text: string): string {
  const r = parseQuery(text);
  if (r.ok) throw new Error(`expected an error for ${text}`);
  return r.error;
}

describe('parseQuery', () => {
  it('parses words as AND clauses, marking the last typed word as a prefix', () => {
    const q = ok('fisheries chile');
    expect(q.clauses).toEqual([
      { anyOf: [{ kind: 'word', text: 'fisheries', field: 'any', prefix: false }] },
      { anyOf: [{ kind: 'word', text: 'chile', field: 'any', prefix: true }] },
    ]);
    expect(ok('fisheries chile ').clauses[1]?.anyOf[0]).toMatchObject({ prefix: false });
  });

  it('parses phrases, OR and exclusions', () => {
    const q = ok('"climate change" a OR b c -chile -"green growth"');
    expect(q.clauses[0]?.anyOf[0]).toEqual({ kind: 'phrase', text: 'climate change', field: 'any' });
    expect(q.clauses[1]?.anyOf.map((t) => t.text)).toEqual(['a', 'b']);
    expect(q.clauses[2]?.anyOf.map((t) => t.text)).toEqual(['c']);
    expect(q.exclude.map((t) => [t.kind, t.text])).toEqual([['word', 'chile'], ['phrase', 'green growth']]);
  });

  it('parses field filters', () => {
    const text = 'tag:"Green Growth" tag:SMEs country:peru org:IDB lang:es year:2023 date:2023-10..2023-11 date:..2023-06 date:2023-10-05 -country:chile';
    const q = ok(text);
    // Where each tag/country/org term was typed, `-` included (a tag: term is rewritten in place).
    const at = (term: string) => ({ start: text.indexOf(term), end: text.indexOf(term) + term.length });
    expect(q.filters).toEqual([
      { field: 'tag', value: 'Green Growth', negated: false, at: at('tag:"Green Growth"') },
      { field: 'tag', value: 'SMEs', negated: false, at: at('tag:SMEs') },
      { field: 'country', value: 'peru', negated: false, at: at('country:peru') },
      { field: 'org', value: 'IDB', negated: false, at: at('org:IDB') },
      { field: 'lang', value: 'es', negated: false },
      { field: 'year', value: '2023', range: { from: '2023', to: '2023' }, negated: false },
      { field: 'date', value: '2023-10..2023-11', range: { from: '2023-10', to: '2023-11' }, negated: false },
      { field: 'date', value: '..2023-06', range: { from: null, to: '2023-06' }, negated: false },
      { field: 'date', value: '2023-10-05', range: { from: '2023-10-05', to: '2023-10-05' }, negated: false },
      { field: 'country', value: 'chile', negated: true, at: at('-country:chile') },
    ]);
  });

  it('parses title: terms and Spanish field names', () => {
    expect(ok('title:webinar').clauses[0]?.anyOf[0]).toMatchObject({ kind: 'word', text: 'webinar', field: 'title' });
    expect(ok('titulo:"red de institutos"').clauses[0]?.anyOf[0]).toMatchObject({ kind: 'phrase', field: 'title' });
    expect(ok('país:Perú año:2023').filters.map((f) => f.field)).toEqual(['country', 'year']);
  });

  it('reports every kind of error with a friendly message', () => {
    expect(err('"climate change')).toMatch(/quotation mark/);
    expect(err('colour:red')).toMatch(/Unknown field "colour:"/);
    expect(err('year:23')).toMatch(/not a year/);
    expect(err('date:2023-13')).toMatch(/not a valid date/);
    expect(err('date:2023-02-30')).toMatch(/not a valid date/);
    expect(err('date:2023-11..2023-01')).toMatch(/ends before/);
    expect(err('lang:fr')).toMatch(/Unknown language/);
    expect(err('OR fisheries')).toMatch(/OR must stand between/);
    expect(err('fisheries OR')).toMatch(/OR must stand between/);
    expect(err('a OR OR b')).toMatch(/OR must stand between/);
    expect(err('-chile')).toMatch(/only exclude/);
    expect(err('-country:chile')).toMatch(/only exclude/);
    expect(err('tag:')).toMatch(/needs a value/);
  });

  it('accepts the empty query and filter-only queries', () => {
    expect(ok('').clauses).toEqual([]);
    expect(ok('year:2023 -chile').filters).toHaveLength(1);
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const r = parseQuery(text);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'OR', '"', '-', 'tag:', 'year:2023', 'date:..', ':', ' ', 'é', '𝄞'), { maxLength: 12 }), (parts) => {
        expect(() => parseQuery(parts.join(''))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('describes the syntax in both languages', () => {
    const en = describeQuerySyntax('en');
    const es = describeQuerySyntax('es');
    expect(en.length).toBe(es.length);
    expect(en.length).toBeGreaterThanOrEqual(10);
    for (const item of [...en, ...es]) expect(parseQuery(item.example).ok).toBe(true);
  });
});
