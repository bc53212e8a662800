/**
 * The engine's compact per-document metadata, stored column-wise by slot: everything filters,
 * sorting and facets need, without bodies. Country, organisation and tag values are interned
 * to small integer codes so facet counting is array arithmetic.
 */
import type { Language } from '../model';
import { CodeRows, grow } from './csr';

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
  language: Language;
  countries: readonly string[];
  organisations: readonly string[];
  tagIds: readonly string[];
}

/** Serialised form of the table. */
export interface DocTableData {
  ids: string[];
  titles: string[];
  dates: Array<string | null>;
  langs: Language[];
  countries: number[][];
  orgs: number[][];
  tags: number[][];
  countryValues: string[];
  orgValues: string[];
  tagValues: string[];
  /** Removed slots (tombstones kept until compaction). */
  dead?: number[];
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
  titles: string[] = [];
  dates: Array<string | null> = [];
  langs: Language[] = [];
  /** Typed columns by slot (capacity may exceed `slots`): `dateNumber` of the date, 1 = live. */
  dateNums = new Int32Array(64);
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
  private readonly slotOf = new Map<string, number>();
  private liveCount = 0;
  private deadCount = 0;

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

  slot(id: string): number | undefined {
    return this.slotOf.get(id);
  }

  /** Appends a row and returns its slot. The id must not be live. */
  push(row: DocRow): number {
    const slot = this.ids.length;
    this.ids.push(row.id);
    this.titles.push(row.title);
    this.dates.push(row.date);
    this.langs.push(row.language);
    this.setTyped(slot, row.date, row.language, 1);
    this.countries.push(row.countries.map((c) => this.countryValues.code(c)));
    this.orgs.push(row.organisations.map((o) => this.orgValues.code(o)));
    this.tags.push(row.tagIds.map((t) => this.tagValues.code(t)));
    this.slotOf.set(row.id, slot);
    this.liveCount++;
    return slot;
  }

  /** Marks a slot removed (postings still list it until compaction). */
  kill(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.alive[slot] = 0;
    this.slotOf.delete(id);
    this.liveCount--;
    this.deadCount++;
    return true;
  }

  /** Drops removed slots; returns old → new slot map (-1 = removed). */
  compact(): Int32Array {
    const n = this.ids.length;
    const map = new Int32Array(n).fill(-1);
    let w = 0;
    for (let slot = 0; slot < n; slot++) {
      if (this.alive[slot] !== 1) continue;
      map[slot] = w;
      this.ids[w] = this.ids[slot] ?? '';
      this.titles[w] = this.titles[slot] ?? '';
      this.dates[w] = this.dates[slot] ?? null;
      this.langs[w] = this.langs[slot] ?? 'other';
      this.dateNums[w] = this.dateNums[slot] ?? 0;
      this.langCodes[w] = this.langCodes[slot] ?? 0;
      this.yearCodes[w] = this.yearCodes[slot] ?? 0;
      this.alive[w] = 1;
      w++;
    }
    for (const col of [this.ids, this.titles, this.dates, this.langs]) col.length = w;
    this.alive.fill(0, w);
    for (const rows of [this.countries, this.orgs, this.tags]) rows.compact(map);
    this.slotOf.clear();
    this.ids.forEach((id, slot) => this.slotOf.set(id, slot));
    this.deadCount = 0;
    return map;
  }

  clear(): void {
    this.load({ ids: [], titles: [], dates: [], langs: [], countries: [], orgs: [], tags: [], countryValues: [], orgValues: [], tagValues: [] });
  }

  /** Serialises the table, tombstones included. */
  toData(): DocTableData {
    const dead: number[] = [];
    const n = this.slots;
    for (let slot = 0; slot < n; slot++) if (this.alive[slot] !== 1) dead.push(slot);
    const rows = (csr: CodeRows): number[][] => Array.from({ length: n }, (_, r) => csr.row(r));
    return {
      dead,
      ids: this.ids, titles: this.titles, dates: this.dates, langs: this.langs, countries: rows(this.countries), orgs: rows(this.orgs),
      tags: rows(this.tags), countryValues: this.countryValues.values, orgValues: this.orgValues.values, tagValues: this.tagValues.values,
    };
  }

  load(data: DocTableData): void {
    this.ids = data.ids;
    this.titles = data.titles;
    this.dates = data.dates;
    this.langs = data.langs;
    const n = data.ids.length;
    this.dateNums = new Int32Array(Math.max(64, n));
    this.alive = new Uint8Array(Math.max(64, n));
    this.langCodes = new Uint8Array(Math.max(64, n));
    this.yearCodes = new Uint16Array(Math.max(64, n));
    this.resetCodes();
    for (let slot = 0; slot < n; slot++) this.setTyped(slot, data.dates[slot] ?? null, data.langs[slot] ?? 'other', 1);
    for (const [rows, source] of [[this.countries, data.countries], [this.orgs, data.orgs], [this.tags, data.tags]] as const) {
      rows.clear();
      for (const codes of source) rows.push(codes);
    }
    const dead = data.dead ?? [];
    for (const slot of dead) this.alive[slot] = 0;
    this.countryValues.load(data.countryValues);
    this.orgValues.load(data.orgValues);
    this.tagValues.load(data.tagValues);
    this.slotOf.clear();
    this.ids.forEach((id, slot) => {
      if (this.alive[slot] === 1) this.slotOf.set(id, slot);
    });
    this.liveCount = n - dead.length;
    this.deadCount = dead.length;
  }

  private setTyped(slot: number, date: string | null, language: Language, alive: number): void {
    if (slot >= this.alive.length) {
      const need = slot + 1;
      this.dateNums = grow(this.dateNums, need, (n) => new Int32Array(n));
      this.alive = grow(this.alive, need, (n) => new Uint8Array(n));
      this.langCodes = grow(this.langCodes, need, (n) => new Uint8Array(n));
      this.yearCodes = grow(this.yearCodes, need, (n) => new Uint16Array(n));
    }
    const d = dateNumber(date);
    this.dateNums[slot] = d;
    this.alive[slot] = alive;
    this.langCodes[slot] = this.langValues.code(language);
    this.yearCodes[slot] = d > 0 ? this.yearValues.code(String(Math.floor(d / 10000))) : 0;
  }

  /** Fixed codes first, so typed columns stay valid across `load`: language codes, and year code 0 = undated. */
  private resetCodes(): void {
    this.langValues.load(LANGS);
    this.yearValues.load(['']);
  }
}
