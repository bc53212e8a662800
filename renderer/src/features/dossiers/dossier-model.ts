/**
 * Pure helpers behind the dossier UI: reordering, sorting, recipe refresh bookkeeping, the printed
 * groups, and turning a stored dossier into the PDF writer's input. Kept free of React and Dexie so they are easy to test.
 */
import { dateSortKey } from '../../core/dates/format-date';
import type { BulletinSummary, Dossier, Tag } from '../../core/model';
// Straight from the modules, not the pdf index: that one would pull the PDF library into the UI bundle.
import { groupBulletins } from '../../core/pdf/groups';
import { dossierLanguage } from '../../core/pdf/words';
import { tagDisplayName } from '../../core/tags/names';
import type { DossierPdfInput, GroupFacts, GroupLabels, PdfBulletin } from '../../core/pdf';

/** Moves the item at `from` to position `to` (clamped); returns a new array. */
export function moveItemTo<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length) return [...items];
  const target = Math.max(0, Math.min(items.length - 1, to));
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return [...items];
  next.splice(target, 0, moved);
  return next;
}

/** Moves the item at `index` by `delta` places (keyboard reordering). */
export function moveItemBy<T>(items: readonly T[], index: number, delta: number): T[] {
  return moveItemTo(items, index, index + delta);
}

/**
 * Orders ids by bulletin date, oldest first; undated and unknown ids keep their relative order at
 * the end (a stable sort, so "Sort by date" twice changes nothing).
 */
export function sortIdsByDate(ids: readonly string[], summaries: readonly BulletinSummary[]): string[] {
  // An approximate date sorts at the middle of its range (between the dated bulletins around it).
  const dateOf = new Map(summaries.map((s) => [s.id, dateSortKey(s)]));
  return ids
    .map((id, index) => ({ id, index, date: dateOf.get(id) ?? null }))
    .sort((a, b) => {
      if (a.date === b.date) return a.index - b.index;
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? -1 : 1;
    })
    .map((entry) => entry.id);
}

/** Recipe matches the user has not seen yet: not in the dossier and not declined before. */
export function newRecipeMatches(matches: readonly string[], dossier: Pick<Dossier, 'items' | 'declined'>): string[] {
  const seen = new Set([...dossier.items, ...dossier.declined]);
  return matches.filter((id) => !seen.has(id));
}

/** What a refresh writes back: kept ids are appended, the others remembered as declined. */
export function applyRefresh(
  dossier: Pick<Dossier, 'items' | 'declined'>,
  offered: readonly string[],
  kept: ReadonlySet<string>,
): { items: string[]; declined: string[] } {
  const have = new Set(dossier.items);
  const items = [...dossier.items, ...offered.filter((id) => kept.has(id) && !have.has(id))];
  const declined = [...new Set([...dossier.declined, ...offered.filter((id) => !kept.has(id))])];
  return { items, declined };
}

/** The bulletins a dossier prints, in its order: ones gone or in the Trash are left out. */
export function printableSummaries(items: readonly string[], summaries: ReadonlyMap<string, BulletinSummary>): BulletinSummary[] {
  const live: BulletinSummary[] = [];
  for (const id of items) {
    const summary = summaries.get(id);
    if (summary && summary.deletedAt === null) live.push(summary);
  }
  return live;
}

/** What the grouping reads of a bulletin, with tag ids resolved to names as the PDF prints them. */
export function groupFactsOf(summary: BulletinSummary, tagNames: ReadonlyMap<string, string>): GroupFacts {
  return {
    date: summary.date,
    datePrecision: summary.datePrecision,
    countries: [...summary.countries],
    tags: summary.tags.map((id) => tagNames.get(id)).filter((name): name is string => name !== undefined),
  };
}

export interface ShownGroup {
  /** The printed heading, or null for an ungrouped dossier. */
  label: string | null;
  ids: string[];
}

/**
 * The dossier as it prints: its printable bulletins in the PDF's groups and order, decided by the
 * same core function the PDF writer uses (`groupBulletins`).
 */
export function printGroups(
  dossier: Pick<Dossier, 'grouping' | 'language'>,
  items: readonly string[],
  summaries: ReadonlyMap<string, BulletinSummary>,
  tags: readonly Tag[],
  labels: GroupLabels,
  uiLanguage: string,
): ShownGroup[] {
  const live = printableSummaries(items, summaries);
  const language = dossierLanguage(dossier.language, uiLanguage);
  // Tag groups are named as they print: in the dossier's language.
  const tagNames = new Map(tags.map((tag) => [tag.id, tagDisplayName(tag, language)]));
  return groupBulletins(
    live.map((s) => groupFactsOf(s, tagNames)),
    dossier.grouping,
    labels,
  ).map((g) => ({ label: g.label, ids: g.indexes.map((i) => live[i]?.id).filter((id): id is string => id !== undefined) }));
}

/**
 * Moves bulletin `id` to where `targetId` is, inside their printed group, and returns the new item
 * order: the print order (so the stored order is what prints) followed by the bulletins that do
 * not print. Returns null when the two are in different groups: the group a bulletin prints in
 * comes from its date, country or tag, not from its place in the list.
 */
export function moveInGroups(groups: readonly ShownGroup[], notPrinted: readonly string[], id: string, targetId: string): string[] | null {
  const group = groups.find((g) => g.ids.includes(id));
  if (!group || !group.ids.includes(targetId)) return null;
  return groups.flatMap((g) => (g === group ? moveItemTo(g.ids, g.ids.indexOf(id), g.ids.indexOf(targetId)) : g.ids)).concat(notPrinted);
}

/** The neighbour `delta` places away inside the same printed group, or null at the group's edge. */
export function neighbourInGroup(groups: readonly ShownGroup[], id: string, delta: number): string | null {
  const group = groups.find((g) => g.ids.includes(id));
  return group?.ids[group.ids.indexOf(id) + delta] ?? null;
}

/**
 * Builds the PDF writer's input from a dossier and its bulletins, in dossier order. Bulletins that
 * are gone or in the Trash are left out: a dossier must not resurrect deleted material.
 */
export function toPdfInput(
  dossier: Dossier,
  summaries: readonly BulletinSummary[],
  bodies: ReadonlyMap<string, string>,
  tags: readonly Tag[],
  uiLanguage: string,
): DossierPdfInput {
  const live = printableSummaries(dossier.items, new Map(summaries.map((s) => [s.id, s])));
  const language = dossierLanguage(dossier.language, uiLanguage);
  const tagNames = new Map(tags.map((tag) => [tag.id, tagDisplayName(tag, language)]));
  const bulletins: PdfBulletin[] = live.map((s) => ({
    ...groupFactsOf(s, tagNames),
    id: s.id,
    title: s.title,
    date: s.date,
    datePrecision: s.datePrecision,
    ...(s.dateApprox && s.dateEnd ? { dateEnd: s.dateEnd, dateApprox: true as const } : {}),
    place: s.place,
    sourceFile: s.sourceFile,
    body: bodies.get(s.id) ?? '',
  }));
  return {
    title: dossier.title,
    subtitle: dossier.subtitle,
    author: dossier.author,
    introduction: dossier.introduction,
    grouping: dossier.grouping,
    pageSize: dossier.pageSize,
    language,
    bulletins,
  };
}
