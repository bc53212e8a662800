/** Facet counting over a result's slots, in typed arrays. */
import type { DocTable } from './doc-table';
import type { SearchFacets } from './engine-types';

/** Facet counts in one pass over the matches into typed count arrays. */
export function countFacets(table: DocTable, slots: Int32Array): SearchFacets {
  const years = new Int32Array(table.yearValues.values.length);
  const langs = new Int32Array(table.langValues.values.length);
  const countries = new Int32Array(table.countryValues.values.length);
  const tags = new Int32Array(table.tagValues.values.length);
  const { yearCodes, langCodes } = table;
  const co = table.countries.offsets;
  const cv = table.countries.values;
  const to = table.tags.offsets;
  const tv = table.tags.values;
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i] ?? 0;
    bump(years, yearCodes[s] ?? 0);
    bump(langs, langCodes[s] ?? 0);
    for (let j = co[s] ?? 0, end = co[s + 1] ?? 0; j < end; j++) bump(countries, cv[j] ?? 0);
    for (let j = to[s] ?? 0, end = to[s + 1] ?? 0; j < end; j++) bump(tags, tv[j] ?? 0);
  }
  years[0] = 0; // undated
  return {
    year: toRecord(table.yearValues.values, years),
    language: toRecord(table.langValues.values, langs),
    country: toRecord(table.countryValues.values, countries),
    tag: toRecord(table.tagValues.values, tags),
  };
}

function bump(counts: Int32Array, code: number): void {
  counts[code] = (counts[code] ?? 0) + 1;
}

function toRecord(values: readonly string[], counts: Int32Array): Record<string, number> {
  const out: Record<string, number> = {};
  for (let c = 0; c < counts.length; c++) {
    const n = counts[c] ?? 0;
    if (n > 0) out[values[c] ?? ''] = n;
  }
  return out;
}
