/**
 * How a grouped dossier is printed: which group each bulletin falls in, the order of the groups,
 * and the order inside each. One function decides it for the PDF (TOC, pages, bookmarks) and for
 * the dossier screen, so what the screen shows is what prints.
 */
import type { DossierGrouping } from '../model';
import { capitalizeFirst, cleanText, formatBulletinDate, parseIso } from './text';
import type { PdfBulletin, PdfLabels } from './types';

/** What grouping looks at in a bulletin. */
export type GroupFacts = Pick<PdfBulletin, 'date' | 'datePrecision' | 'countries' | 'tags'>;

/** The words a group's heading may need. */
export type GroupLabels = Pick<PdfLabels, 'undated' | 'noCountry' | 'untagged' | 'months' | 'monthDate' | 'dayDate'>;

export interface BulletinGroup {
  /** Heading, or null when the dossier is not grouped. */
  label: string | null;
  /** Indexes into the input bulletins, in dossier order. */
  indexes: number[];
}

// Sorts after every real key: the "no month / no country / untagged" group comes last.
const MISSING = '\uFFFF';

function groupKey(b: GroupFacts, grouping: Exclude<DossierGrouping, 'none'>, labels: GroupLabels): { key: string; label: string } {
  if (grouping === 'month') {
    const parts = b.date !== null && b.datePrecision !== 'unknown' ? parseIso(b.date) : null;
    if (!parts) return { key: MISSING, label: labels.undated };
    if (b.datePrecision === 'year') return { key: String(parts.y), label: String(parts.y) };
    const key = `${parts.y}-${String(parts.m).padStart(2, '0')}`;
    return { key, label: capitalizeFirst(formatBulletinDate(key, 'month', labels)) };
  }
  const names = grouping === 'country' ? b.countries : b.tags;
  const first = names.find((n) => cleanText(n).trim() !== '');
  if (first !== undefined) {
    const name = cleanText(first).trim();
    return { key: name, label: name };
  }
  return { key: MISSING, label: grouping === 'country' ? labels.noCountry : labels.untagged };
}

/**
 * Splits bulletins into printed groups. Groups follow dates (months chronologically, a year before
 * its months) or names (alphabetically, ignoring case and accents); the "none" group comes last.
 * Inside a group the dossier's own order is kept, so a manual reorder within a month prints as set.
 * A bulletin with several countries or tags goes under its first one only: every bulletin appears
 * exactly once in the TOC and the outline.
 */
export function groupBulletins(bulletins: readonly GroupFacts[], grouping: DossierGrouping, labels: GroupLabels): BulletinGroup[] {
  if (grouping === 'none') return [{ label: null, indexes: bulletins.map((_, i) => i) }];
  const groups = new Map<string, BulletinGroup>();
  bulletins.forEach((b, i) => {
    const { key, label } = groupKey(b, grouping, labels);
    const group = groups.get(key) ?? { label, indexes: [] };
    group.indexes.push(i);
    groups.set(key, group);
  });
  const keys = [...groups.keys()].sort((a, b) =>
    a === MISSING ? 1 : b === MISSING ? -1 : grouping === 'month' ? a.localeCompare(b) : a.localeCompare(b, undefined, { sensitivity: 'base' }),
  );
  return keys.map((k) => groups.get(k) as BulletinGroup);
}

/** The print order: every bulletin index, group after group. */
export function printOrder(groups: readonly BulletinGroup[]): number[] {
  return groups.flatMap((g) => g.indexes);
}
