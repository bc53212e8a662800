/**
 * Compiles field filters (`tag:`, `country:`, `org:`, `lang:`, `year:`, `date:`) into a slot predicate
 * over the metadata table.
 */
import { foldText } from '../text/fold';
import type { DocTable, Interner } from './doc-table';
import type { DateRange, QueryFilter } from './query-types';

/** Spanish (and a few common) country names → canonical English names used by the model. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  mejico: 'mexico', espana: 'spain', 'estados unidos': 'united states', usa: 'united states', eeuu: 'united states',
  japon: 'japan', corea: 'south korea', 'corea del sur': 'south korea', canada: 'canada', alemania: 'germany',
  francia: 'france', 'reino unido': 'united kingdom', uk: 'united kingdom', brasil: 'brazil', 'nueva zelanda': 'new zealand',
  singapur: 'singapore', turquia: 'turkey', 'paises bajos': 'netherlands', italia: 'italy', suiza: 'switzerland',
};

function codesMatching(values: Interner, wanted: ReadonlySet<string>): Set<number> {
  const codes = new Set<number>();
  values.values.forEach((value, code) => {
    if (wanted.has(foldText(value))) codes.add(code);
  });
  return codes;
}

function inRange(date: string | null, range: DateRange): boolean {
  if (date === null) return false;
  if (range.from !== null && date.slice(0, range.from.length) < range.from) return false;
  if (range.to !== null && date.slice(0, range.to.length) > range.to) return false;
  return true;
}

const hasAny = (codes: readonly number[], set: ReadonlySet<number>): boolean => codes.some((c) => set.has(c));

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
        const codes = new Set(ids.map((id) => table.tagValues.find(id)).filter((c): c is number => c !== undefined));
        test = (slot) => hasAny(table.tags[slot] ?? [], codes);
        break;
      }
      case 'country': {
        const folded = foldText(filter.value);
        const codes = codesMatching(table.countryValues, new Set([folded, COUNTRY_ALIASES[folded] ?? folded]));
        test = (slot) => hasAny(table.countries[slot] ?? [], codes);
        break;
      }
      case 'org': {
        const codes = codesMatching(table.orgValues, new Set([foldText(filter.value)]));
        test = (slot) => hasAny(table.orgs[slot] ?? [], codes);
        break;
      }
      case 'lang': {
        const lang = filter.value;
        test = (slot) => table.langs[slot] === lang;
        break;
      }
      case 'year':
      case 'date': {
        const range = filter.range;
        test = (slot) => inRange(table.dates[slot] ?? null, range);
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
  for (const list of anyOf.values()) checks.push((slot) => list.some((t) => t(slot)));
  return (slot) => checks.every((c) => c(slot));
}
