/**
 * Compiles field filters (`tag:`, `country:`, `org:`, `lang:`, `year:`, `date:`) into a slot predicate
 * over the metadata table.
 */
import { foldText } from '../text/fold';
import type { DocTable, Interner } from './doc-table';
import { canonicalCountry, canonicalOrganisation } from './names';
import type { QueryFilter } from './query-types';

/** Spanish (and a few common) country names → canonical English names used by the model. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  mejico: 'mexico', espana: 'spain', 'estados unidos': 'united states', usa: 'united states', eeuu: 'united states',
  japon: 'japan', corea: 'south korea', 'corea del sur': 'south korea', canada: 'canada', alemania: 'germany',
  francia: 'france', 'reino unido': 'united kingdom', uk: 'united kingdom', brasil: 'brazil', 'nueva zelanda': 'new zealand',
  singapur: 'singapore', turquia: 'turkey', 'paises bajos': 'netherlands', italia: 'italy', suiza: 'switzerland',
};

/** Marks (1) the codes whose folded value is wanted; a mark array makes a row test a byte load. */
function codesMatching(values: Interner, wanted: ReadonlySet<string>): Uint8Array {
  const marks = new Uint8Array(values.values.length);
  values.values.forEach((value, code) => {
    if (wanted.has(foldText(value))) marks[code] = 1;
  });
  return marks;
}

/** `2023-10` as a lower bound → 20231000, as an upper bound → 20231099 (inclusive prefixes, like `dateNumber`). */
function boundNumber(prefix: string, upper: boolean): number {
  const [y = '0', m, d] = prefix.split('-');
  const fill = upper ? 99 : 0;
  return Number(y) * 10000 + (m === undefined ? fill : Number(m)) * 100 + (d === undefined ? fill : Number(d));
}

export interface FilterContext {
  table: DocTable;
  tagNames: ReadonlyMap<string, string>;
  resolveTag?: (name: string) => string[];
}

/** Returns a predicate on slots, or null when there are no filters. */
export function compileFilters(filters: readonly QueryFilter[], ctx: FilterContext): ((slot: number) => boolean) | null {
  if (filters.length === 0) return null;
  const { table } = ctx;
  const checks: Array<(slot: number) => boolean> = [];
  const anyOf = new Map<string, Array<(slot: number) => boolean>>();
  for (const filter of filters) {
    let test: (slot: number) => boolean;
    switch (filter.field) {
      case 'tag': {
        const wanted = foldText(filter.value);
        const ids = ctx.resolveTag
          ? ctx.resolveTag(filter.value)
          : [...ctx.tagNames].filter(([id, name]) => foldText(name) === wanted || id === filter.value).map(([id]) => id);
        const codes = new Uint8Array(table.tagValues.values.length);
        for (const id of ids) {
          const code = table.tagValues.find(id);
          if (code !== undefined) codes[code] = 1;
        }
        test = (slot) => table.tags.hasAny(slot, codes);
        break;
      }
      case 'country': {
        const folded = foldText(filter.value);
        const canonical = canonicalCountry(filter.value);
        const codes = codesMatching(table.countryValues, new Set([folded, COUNTRY_ALIASES[folded] ?? folded, ...(canonical === null ? [] : [foldText(canonical)])]));
        test = (slot) => table.countries.hasAny(slot, codes);
        break;
      }
      case 'org': {
        // Any of an organisation's acronyms (org:BID, org:OCDE) finds its canonical one.
        const codes = codesMatching(table.orgValues, new Set([foldText(filter.value), foldText(canonicalOrganisation(filter.value))]));
        test = (slot) => table.orgs.hasAny(slot, codes);
        break;
      }
      case 'lang': {
        const code = table.langValues.find(filter.value) ?? -1;
        test = (slot) => table.langCodes[slot] === code;
        break;
      }
      case 'year':
      case 'date': {
        const from = filter.range.from === null ? 1 : boundNumber(filter.range.from, false);
        const to = filter.range.to === null ? Number.MAX_SAFE_INTEGER : boundNumber(filter.range.to, true);
        // An approximate date is a range [start, end]: it matches when the range meets the asked one.
        test = (slot) => {
          const d = table.dateNums[slot] ?? 0;
          return d > 0 && d <= to && (table.dateEnds[slot] ?? d) >= from;
        };
        break;
      }
    }
    if (filter.negated) {
      checks.push((slot) => !test(slot));
    } else if (filter.field === 'lang' || filter.field === 'year' || filter.field === 'date') {
      // Repeated lang/year/date filters are alternatives: a bulletin has only one of each.
      const list = anyOf.get(filter.field) ?? [];
      list.push(test);
      anyOf.set(filter.field, list);
    } else {
      checks.push(test);
    }
  }
  for (const list of anyOf.values()) checks.push(list.length === 1 ? (list[0] ?? (() => true)) : (slot) => list.some((t) => t(slot)));
  if (checks.length === 1) return checks[0] ?? null;
  return (slot) => checks.every((c) => c(slot));
}
