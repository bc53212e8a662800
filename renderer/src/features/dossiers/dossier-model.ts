/**
 * Pure helpers behind the dossier UI: reordering, sorting, recipe refresh bookkeeping and turning
 * a stored dossier into the PDF writer's input. Kept free of React and Dexie so they are easy to test.
 */
import { dateSortKey } from '../../core/dates/format-date';
import type { BulletinSummary, Dossier, Tag } from '../../core/model';
import type { DossierPdfInput, PdfBulletin } from '../../core/pdf';

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

/** The dossier's dominant bulletin language (`es`/`en`), else the UI language, for the PDF `/Lang`. */
export function pdfLanguage(summaries: readonly BulletinSummary[], uiLanguage: string): string {
  let es = 0;
  let en = 0;
  for (const s of summaries) {
    if (s.language === 'es') es++;
    else if (s.language === 'en') en++;
  }
  if (es === 0 && en === 0) return uiLanguage.startsWith('es') ? 'es' : 'en';
  return es > en ? 'es' : 'en';
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
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const tagName = new Map(tags.map((tag) => [tag.id, tag.name]));
  const live: BulletinSummary[] = [];
  for (const id of dossier.items) {
    const summary = byId.get(id);
    if (summary && summary.deletedAt === null) live.push(summary);
  }
  const bulletins: PdfBulletin[] = live.map((s) => ({
    id: s.id,
    title: s.title,
    date: s.date,
    datePrecision: s.datePrecision,
    ...(s.dateApprox && s.dateEnd ? { dateEnd: s.dateEnd, dateApprox: true as const } : {}),
    place: s.place,
    sourceFile: s.sourceFile,
    tags: s.tags.map((id) => tagName.get(id)).filter((name): name is string => name !== undefined),
    countries: [...s.countries],
    body: bodies.get(s.id) ?? '',
  }));
  return {
    title: dossier.title,
    subtitle: dossier.subtitle,
    author: dossier.author,
    introduction: dossier.introduction,
    grouping: dossier.grouping,
    pageSize: dossier.pageSize,
    language: pdfLanguage(live, uiLanguage),
    bulletins,
  };
}
