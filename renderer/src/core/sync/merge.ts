/**
 * The three-way merge that resolves a CouchDB conflict without losing an edit. CouchDB keeps both
 * revisions and picks the same winner everywhere; we merge the two against their common ancestor,
 * field by field:
 * - a field only one side changed takes that side's value (different fields are both kept);
 * - set fields (a bulletin's tags, a dossier's items) merge as sets: union of what either side
 *   added, minus what either side removed from the ancestor;
 * - a field both sides changed differently takes the later edit (the document's `updatedAt`, ties
 *   broken by revision id so every laptop picks the same) and the other value goes to `history`.
 * Trash is the `deletedAt` field, so "edited on one side, trashed on the other" keeps both: the
 * edited bulletin, in the Trash. Without an ancestor (compacted away) every difference counts as
 * changed on both sides and sets are plain unions.
 */
import { stableJson, type FieldHistoryEntry } from './docs';

export type DocFields = Record<string, unknown>;

export interface MergeSide {
  fields: DocFields;
  /** The CouchDB revision id, for a deterministic tie-break. */
  rev: string;
}

export interface FieldConflict {
  field: string;
  kept: unknown;
  lost: unknown;
}

export interface MergeResult {
  fields: DocFields;
  /** Fields both sides changed differently: which value was kept and which lost. */
  conflicts: FieldConflict[];
}

/** Fields merged as sets, per document type. */
export const SET_FIELDS: Readonly<Record<string, readonly string[]>> = {
  bulletin: ['tags', 'countries', 'organisations'],
  dossier: ['items', 'declined'],
  original: ['names'],
};

/** Fields that are bookkeeping, not edits: merged specially, never recorded as lost. */
const BOOKKEEPING = new Set(['history', 'updatedAt', 'type']);
/** Fields computed from others (a bulletin's content hash, from title and body): the later side's, never a conflict; the archive recomputes it. */
const DERIVED = new Set(['contentHash']);
const MAX_HISTORY = 50;

const same = (a: unknown, b: unknown): boolean => stableJson(a) === stableJson(b);

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Set merge keeping the order of the later side, then the other side's additions: for dossier items
 * order matters to the person, and the later edit is the best guess at the intended order.
 */
export function mergeSet(base: unknown, later: unknown, earlier: unknown): unknown[] {
  const baseKeys = new Set(asList(base).map(stableJson));
  const laterList = asList(later);
  const earlierList = asList(earlier);
  const laterKeys = new Set(laterList.map(stableJson));
  const earlierKeys = new Set(earlierList.map(stableJson));
  const keep = (key: string, inOther: Set<string>): boolean => inOther.has(key) || !baseKeys.has(key);
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (const item of laterList) {
    const key = stableJson(item);
    if (seen.has(key) || !keep(key, earlierKeys)) continue;
    out.push(item);
    seen.add(key);
  }
  for (const item of earlierList) {
    const key = stableJson(item);
    if (seen.has(key) || !keep(key, laterKeys)) continue;
    out.push(item);
    seen.add(key);
  }
  return out;
}

function stamp(side: MergeSide): number {
  const value = side.fields.updatedAt;
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Orders the two sides: the later edit first. Same on every laptop for the same pair. */
export function laterFirst(a: MergeSide, b: MergeSide): [MergeSide, MergeSide] {
  const diff = stamp(a) - stamp(b);
  if (diff !== 0) return diff > 0 ? [a, b] : [b, a];
  return a.rev >= b.rev ? [a, b] : [b, a];
}

function historyOf(fields: DocFields): FieldHistoryEntry[] {
  return asList(fields.history).filter((e): e is FieldHistoryEntry => typeof e === 'object' && e !== null && 'field' in e);
}

/**
 * Merges two conflicting revisions of one document against their common ancestor.
 * @param type the document type (picks the set fields).
 * @param base the ancestor's fields, or null when it is no longer available.
 * The result depends only on the inputs (history is stamped with the later edit's time, not the
 * clock), so two laptops resolving the same conflict write the same content and converge.
 */
export function mergeDocs(type: string, base: DocFields | null, a: MergeSide, b: MergeSide): MergeResult {
  const [later, earlier] = laterFirst(a, b);
  const setFields = new Set(SET_FIELDS[type] ?? []);
  const keys = new Set([...Object.keys(later.fields), ...Object.keys(earlier.fields), ...Object.keys(base ?? {})]);
  const fields: DocFields = {};
  const conflicts: FieldConflict[] = [];
  for (const key of keys) {
    if (key.startsWith('_') || BOOKKEEPING.has(key)) continue;
    const l = later.fields[key];
    const e = earlier.fields[key];
    const o = base?.[key];
    let value: unknown;
    if (same(l, e) || DERIVED.has(key)) value = l;
    else if (setFields.has(key)) value = mergeSet(base ? o : [], l, e);
    else if (base && same(o, l)) value = e;
    else if (base && same(o, e)) value = l;
    else {
      value = l;
      conflicts.push({ field: key, kept: l, lost: e });
    }
    if (value !== undefined) fields[key] = value;
  }
  const type_ = later.fields.type ?? earlier.fields.type;
  if (type_ !== undefined) fields.type = type_;
  fields.updatedAt = Math.max(stamp(later), stamp(earlier));
  if (later.fields.updatedAt === undefined && earlier.fields.updatedAt === undefined) delete fields.updatedAt;
  const history = mergeHistory(historyOf(later.fields), historyOf(earlier.fields));
  for (const conflict of conflicts) history.push({ field: conflict.field, value: conflict.lost ?? null, editedAt: stamp(earlier), mergedAt: stamp(later) });
  if (history.length > 0) fields.history = history.slice(-MAX_HISTORY);
  return { fields, conflicts };
}

function mergeHistory(a: FieldHistoryEntry[], b: FieldHistoryEntry[]): FieldHistoryEntry[] {
  const seen = new Set<string>();
  const out: FieldHistoryEntry[] = [];
  for (const entry of [...a, ...b]) {
    const key = stableJson(entry);
    if (seen.has(key)) continue;
    out.push(entry);
    seen.add(key);
  }
  return out.sort((x, y) => x.mergedAt - y.mergedAt || x.editedAt - y.editedAt);
}
