/**
 * The engine's compact per-document metadata, stored column-wise by slot: everything filters,
 * sorting and facets need, without bodies. Country, organisation and tag values are interned
 * to small integer codes so facet counting is array arithmetic.
 */
import { DateEnds } from './date-ranges';
import type { Language } from '../model';
import { CodeRows, grow, isPackedInts, packInts, type PackedInts } from './csr';

/** A dictionary of interned strings. */
export class Interner {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }

  find(value: string): number | undefined {
    return this.codes.get(value);
  }

  load(values: readonly string[]): void {
    this.values.length = 0;
    this.codes.clear();
    for (const v of values) this.code(v);
  }
}

export interface DocRow {
  id: string;
  title: string;
  date: string | null;
  /** End of an approximate date's range (see date-ranges.ts). */
  dateEnd?: string | null | undefined;
  language: Language;
  countries: readonly string[];
  organisations: readonly string[];
  tagIds: readonly string[];
}

/** A persisted column: a string or packed integers (see `DocTable.encode`). */
export type TableValue = string | PackedInts;
export type TableColumn = [name: string, value: TableValue];

/** Joins strings into one, with their lengths: one string to store and `substring`s to load, for any content. */
function joinStrings(list: readonly string[]): [text: string, lengths: PackedInts] {
  return [list.join(''), packInts(list.map((s) => s.length))];
}

function splitStrings(text: TableValue | undefined, lengths: TableValue | undefined, count: number, what: string): string[] {
  if (typeof text !== 'string' || !isPackedInts(lengths) || lengths.length !== count) throw new Error(`Search index ${what} are corrupt; rebuild the index.`);
  const out = new Array<string>(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    const end = at + (lengths[i] ?? 0);
    out[i] = text.substring(at, end);
    at = end;
  }
  if (at !== text.length) throw new Error(`Search index ${what} are corrupt; rebuild the index.`);
  return out;
}

/** The packed column `value`, checked to hold `count` values (any number when `count` < 0). */
function packed(value: TableValue | undefined, count: number, what: string): PackedInts {
  if (!isPackedInts(value) || (count >= 0 && value.length !== count)) throw new Error(`Search index ${what} are corrupt; rebuild the index.`);
  return value;
}

interface Dictionaries {
  langs: string[];
  countries: string[];
  orgs: string[];
  tags: string[];
}

/** `2023-10-05` → 20231005, `2023-10` → 20231000; null → 0 (sorts last). */
export function dateNumber(date: string | null): number {
  if (date === null) return 0;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return 0;
  return Number(m[1]) * 10000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0);
}

const LANGS: readonly Language[] = ['en', 'es', 'other'];

export class DocTable {
  ids: string[] = [];
  /** Only re-sorting (after a write) reads titles, so a loaded table may get them later (`loadTitles`). */
  titles: string[] = [];
  /** Typed columns by slot (capacity may exceed `slots`): `dateNumber` of the date, 1 = live. */
  dateNums = new Int32Array(64);
  /** Ends of approximate dates, by slot. */
  readonly dateEnds = new DateEnds();
  alive = new Uint8Array(64);
  /** Language code (index into `langValues`) and year code (index into `yearValues`, 0 = undated). */
  langCodes = new Uint8Array(64);
  yearCodes = new Uint16Array(64);
  readonly langValues = new Interner();
  readonly yearValues = new Interner();
  readonly countries = new CodeRows();
  readonly orgs = new CodeRows();
  readonly tags = new CodeRows();
  readonly countryValues = new Interner();
  readonly orgValues = new Interner();
  readonly tagValues = new Interner();
  /** id → live slot, built on first use: a search never needs it, so a load does not pay for it. */
  private slotMap: Map<string, number> | null = new Map();
  private liveCount = 0;
  private deadCount = 0;
  private titlesLoaded = true;

  constructor() {
    this.resetCodes();
  }

  get size(): number {
    return this.liveCount;
  }

  get slots(): number {
    return this.ids.length;
  }

  get dead(): number {
    return this.deadCount;
  }

  /** False between `loadColumns` and `loadTitles`. */
  get hasTitles(): boolean {
    return this.titlesLoaded;
  }

  slot(id: string): number | undefined {
    return this.slotOf().get(id);
  }

  /** Appends a row and returns its slot. The id must not be live. */
  push(row: DocRow): number {
    if (!this.titlesLoaded) throw new Error('The search index is still loading.');
    const slot = this.ids.length;
    this.ids.push(row.id);
    this.titles.push(row.title);
    this.setTyped(slot, dateNumber(row.date), this.langValues.code(row.language), 1);
    this.dateEnds.set(slot, row.dateEnd ? dateNumber(row.dateEnd) : 0);
    this.countries.push(row.countries.map((c) => this.countryValues.code(c)));
    this.orgs.push(row.organisations.map((o) => this.orgValues.code(o)));
    this.tags.push(row.tagIds.map((t) => this.tagValues.code(t)));
    this.slotOf().set(row.id, slot);
    this.liveCount++;
    return slot;
  }

  /** Marks a slot removed (postings still list it until compaction). */
  kill(id: string): boolean {
    const slots = this.slotOf();
    const slot = slots.get(id);
    if (slot === undefined) return false;
    this.alive[slot] = 0;
    slots.delete(id);
    this.liveCount--;
    this.deadCount++;
    return true;
  }

  /** Drops removed slots; returns old → new slot map (-1 = removed). */
  compact(): Int32Array {
    if (!this.titlesLoaded) throw new Error('The search index is still loading.');
    const n = this.ids.length;
    const map = new Int32Array(n).fill(-1);
    let w = 0;
    for (let slot = 0; slot < n; slot++) {
      if (this.alive[slot] !== 1) continue;
      map[slot] = w;
      this.ids[w] = this.ids[slot] ?? '';
      this.titles[w] = this.titles[slot] ?? '';
      this.dateNums[w] = this.dateNums[slot] ?? 0;
      this.langCodes[w] = this.langCodes[slot] ?? 0;
      this.yearCodes[w] = this.yearCodes[slot] ?? 0;
      this.alive[w] = 1;
      w++;
    }
    this.ids.length = w;
    this.titles.length = w;
    this.alive.fill(0, w);
    for (const rows of [this.countries, this.orgs, this.tags]) rows.compact(map);
    this.dateEnds.compact(map);
    this.slotMap = null;
    this.deadCount = 0;
    return map;
  }

  clear(): void {
    this.ids = [];
    this.titles = [];
    this.titlesLoaded = true;
    this.dateNums = new Int32Array(64);
    this.dateEnds.clear();
    this.alive = new Uint8Array(64);
    this.langCodes = new Uint8Array(64);
    this.yearCodes = new Uint16Array(64);
    this.resetCodes();
    for (const rows of [this.countries, this.orgs, this.tags]) rows.clear();
    for (const values of [this.countryValues, this.orgValues, this.tagValues]) values.load([]);
    this.slotMap = new Map();
    this.liveCount = 0;
    this.deadCount = 0;
  }

  /**
   * Serialises everything but the titles, tombstones included: typed columns as typed arrays and
   * string columns joined (decoding is copies and `substring`s, not JSON parsing of 100k rows).
   */
  encode(): TableColumn[] {
    const n = this.slots;
    const dictionaries: Dictionaries = {
      langs: this.langValues.values, countries: this.countryValues.values, orgs: this.orgValues.values, tags: this.tagValues.values,
    };
    const [ids, idLengths] = joinStrings(this.ids);
    const columns: TableColumn[] = [
      ['dictionaries', JSON.stringify(dictionaries)], ['ids', ids], ['ids.len', idLengths], ['dates', this.dateNums.slice(0, n)],
      ['langs', this.langCodes.slice(0, n)], ['alive', this.alive.slice(0, n)],
    ];
    for (const [name, rows] of [['countries', this.countries], ['orgs', this.orgs], ['tags', this.tags]] as const) {
      const [lengths, values] = rows.encode();
      columns.push([`${name}.len`, lengths], [name, values]);
    }
    const ends = this.dateEnds.encode();
    if (ends) columns.push(['dateEnds', ends]);
    return columns;
  }

  encodeTitles(): TableColumn[] {
    const [titles, lengths] = joinStrings(this.titles);
    return [['titles', titles], ['titles.len', lengths]];
  }

  /** Loads columns written by `encode` for `slots` slots; titles stay missing until `loadTitles`. Throws on damaged data. */
  loadColumns(get: (name: string) => TableValue | undefined, slots: number): void {
    this.clear();
    const dictionaries = JSON.parse(String(get('dictionaries') ?? 'null')) as Dictionaries | null;
    if (dictionaries === null) throw new Error('Search index table is missing; rebuild the index.');
    this.ids = splitStrings(get('ids'), get('ids.len'), slots, 'ids');
    this.titlesLoaded = slots === 0;
    const capacity = Math.max(64, slots);
    this.dateNums = new Int32Array(capacity);
    this.dateNums.set(packed(get('dates'), slots, 'dates'));
    this.dateEnds.load(get('dateEnds'));
    this.langCodes = new Uint8Array(capacity);
    this.langCodes.set(packed(get('langs'), slots, 'languages'));
    this.alive = new Uint8Array(capacity);
    this.alive.set(packed(get('alive'), slots, 'tombstones'));
    this.yearCodes = new Uint16Array(capacity);
    // Year codes follow from the dates: a small map by year instead of a string per row.
    const yearCode = new Map<number, number>();
    for (let slot = 0; slot < slots; slot++) {
      const d = this.dateNums[slot] ?? 0;
      if (d <= 0) continue;
      const year = Math.floor(d / 10000);
      let code = yearCode.get(year);
      if (code === undefined) {
        code = this.yearValues.code(String(year));
        yearCode.set(year, code);
      }
      this.yearCodes[slot] = code;
    }
    for (const [name, rows] of [['countries', this.countries], ['orgs', this.orgs], ['tags', this.tags]] as const) {
      rows.load(packed(get(`${name}.len`), slots, name), packed(get(name), -1, name));
    }
    this.langValues.load(dictionaries.langs);
    this.countryValues.load(dictionaries.countries);
    this.orgValues.load(dictionaries.orgs);
    this.tagValues.load(dictionaries.tags);
    let live = 0;
    for (let slot = 0; slot < slots; slot++) live += this.alive[slot] === 1 ? 1 : 0;
    this.slotMap = null;
    this.liveCount = live;
    this.deadCount = slots - live;
  }

  loadTitles(get: (name: string) => TableValue | undefined): void {
    this.titles = splitStrings(get('titles'), get('titles.len'), this.slots, 'titles');
    this.titlesLoaded = true;
  }

  private slotOf(): Map<string, number> {
    if (this.slotMap === null) {
      const map = new Map<string, number>();
      this.ids.forEach((id, slot) => {
        if (this.alive[slot] === 1) map.set(id, slot);
      });
      this.slotMap = map;
    }
    return this.slotMap;
  }

  private setTyped(slot: number, dateNum: number, langCode: number, alive: number): void {
    if (slot >= this.alive.length) {
      const need = slot + 1;
      this.dateNums = grow(this.dateNums, need, (n) => new Int32Array(n));
      this.alive = grow(this.alive, need, (n) => new Uint8Array(n));
      this.langCodes = grow(this.langCodes, need, (n) => new Uint8Array(n));
      this.yearCodes = grow(this.yearCodes, need, (n) => new Uint16Array(n));
    }
    this.dateNums[slot] = dateNum;
    this.alive[slot] = alive;
    this.langCodes[slot] = langCode;
    this.yearCodes[slot] = dateNum > 0 ? this.yearValues.code(String(Math.floor(dateNum / 10000))) : 0;
  }

  /** Fixed codes first, so typed columns stay valid across `load`: language codes, and year code 0 = undated. */
  private resetCodes(): void {
    this.langValues.load(LANGS);
    this.yearValues.load(['']);
  }
}
