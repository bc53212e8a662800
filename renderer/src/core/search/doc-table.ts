/**
 * The engine's compact per-document metadata, stored column-wise by slot: everything filters,
 * sorting and facets need, without bodies. Country, organisation and tag values are interned
 * to small integer codes so facet counting is array arithmetic.
 */
import type { Language } from '../model';

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

export class DocTable {
  ids: string[] = [];
  titles: string[] = [];
  dates: Array<string | null> = [];
  dateNums: number[] = [];
  langs: Language[] = [];
  countries: number[][] = [];
  orgs: number[][] = [];
  tags: number[][] = [];
  alive: number[] = [];
  readonly countryValues = new Interner();
  readonly orgValues = new Interner();
  readonly tagValues = new Interner();
  private readonly slotOf = new Map<string, number>();
  private liveCount = 0;
  private deadCount = 0;

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
    this.dateNums.push(dateNumber(row.date));
    this.langs.push(row.language);
    this.countries.push(row.countries.map((c) => this.countryValues.code(c)));
    this.orgs.push(row.organisations.map((o) => this.orgValues.code(o)));
    this.tags.push(row.tagIds.map((t) => this.tagValues.code(t)));
    this.alive.push(1);
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
    const map = new Int32Array(this.ids.length).fill(-1);
    let w = 0;
    for (let slot = 0; slot < this.ids.length; slot++) {
      if (this.alive[slot] !== 1) continue;
      map[slot] = w;
      const move = <T>(col: T[]): void => {
        col[w] = col[slot] as T;
      };
      [this.ids, this.titles, this.dates, this.dateNums, this.langs, this.countries, this.orgs, this.tags, this.alive].forEach((c) =>
        move(c as unknown[]),
      );
      w++;
    }
    for (const col of [this.ids, this.titles, this.dates, this.dateNums, this.langs, this.countries, this.orgs, this.tags, this.alive]) {
      col.length = w;
    }
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
    this.alive.forEach((a, slot) => {
      if (a !== 1) dead.push(slot);
    });
    return {
      dead,
      ids: this.ids, titles: this.titles, dates: this.dates, langs: this.langs, countries: this.countries, orgs: this.orgs,
      tags: this.tags, countryValues: this.countryValues.values, orgValues: this.orgValues.values, tagValues: this.tagValues.values,
    };
  }

  load(data: DocTableData): void {
    this.ids = data.ids;
    this.titles = data.titles;
    this.dates = data.dates;
    this.dateNums = data.dates.map(dateNumber);
    this.langs = data.langs;
    this.countries = data.countries;
    this.orgs = data.orgs;
    this.tags = data.tags;
    this.alive = new Array<number>(data.ids.length).fill(1);
    const dead = data.dead ?? [];
    for (const slot of dead) this.alive[slot] = 0;
    this.countryValues.load(data.countryValues);
    this.orgValues.load(data.orgValues);
    this.tagValues.load(data.tagValues);
    this.slotOf.clear();
    this.ids.forEach((id, slot) => {
      if (this.alive[slot] === 1) this.slotOf.set(id, slot);
    });
    this.liveCount = this.ids.length - dead.length;
    this.deadCount = dead.length;
  }
}
