/**
 * The bulletin model shared by importers, storage, search and PDF export.
 * Pure data: no behaviour, no platform types.
 */

export type Language = 'es' | 'en' | 'other';

/**
 * How much of `date` is known, i.e. how to show it. A month-precision date is stored as the 1st of
 * that month. An approximate date (`dateApprox`) is a range `date`…`dateEnd` shown as `≈ Nov 2023`
 * ('month': the range lies in one month) or `≈ 2023` ('year').
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

/**
 * The date fields shared by a parsed and a stored bulletin. `dateEnd` and `dateApprox` come
 * together: the bulletin's day cannot be known, only that it lies in `[date, dateEnd]` (between its
 * dated neighbours, or in the year its text names), and `date` holds the range's start so sorting
 * by date keeps working. `yearInferred`: the dateline had no year and the importer chose one.
 * Both flags stay until a person confirms or edits the date.
 */
export interface DateFields {
  /** ISO `YYYY-MM-DD`, or null when nothing is known. */
  date: string | null;
  datePrecision: DatePrecision;
  /** Inclusive ISO end of an approximate date's range; present only with `dateApprox`. */
  dateEnd?: string;
  dateApprox?: true;
  yearInferred?: true;
}

/** What an importer found in a file, before it is stored. */
export interface ParsedBulletin extends DateFields {
  title: string;
  /** Place named in the dateline ("Lima"), if any. */
  place: string | null;
  language: Language;
  /** Plain text; paragraphs separated by a blank line. */
  body: string;
  /** Sanitised HTML when the source had structure (HTML, .docx), else null. */
  bodyHtml: string | null;
  /** Canonical English country names ("Peru", "Mexico"). */
  countries: string[];
  /** Canonical organisation acronyms ("IDB", "OECD", "ECLAC"). */
  organisations: string[];
  sourceFile: string;
  /** PDFs: the 1-based page the bulletin's title is on, when the importer can tell. */
  sourcePage?: number;
}

/** A stored bulletin's light record: everything the list, facets and search filters need. */
export interface BulletinSummary extends DateFields {
  id: string;
  title: string;
  place: string | null;
  language: Language;
  countries: string[];
  organisations: string[];
  /** Tag ids. */
  tags: string[];
  sourceFile: string;
  /** SHA-256 (hex) of the imported file this bulletin came from; absent for older bulletins. */
  originalId?: string;
  /** PDFs: the 1-based page of the original the bulletin starts on, when known. */
  sourcePage?: number;
  batchId: string;
  /** Hash of the normalised text; equal hashes mean "already in archive". */
  contentHash: string;
  /** First ~200 characters of the body, for list snippets without reading the body. */
  excerpt: string;
  createdAt: number;
  updatedAt: number;
  /**
   * Revision: how many writes this bulletin has had through the archive's commands (absent = 0).
   * An edit carries the revision its form was loaded at, and a stale one is refused
   * (`ArchiveError('conflict')`), so two windows never overwrite each other's edits silently.
   */
  rev?: number;
  /** Set when moved to the Trash. */
  deletedAt: number | null;
}

/** The heavy part of a bulletin, stored apart so lists never read it. */
export interface BulletinBody {
  id: string;
  body: string;
  bodyHtml: string | null;
}

export type Bulletin = BulletinSummary & Omit<BulletinBody, 'id'>;

export interface Tag {
  id: string;
  /** The tag's own name: the one typed when it was made (the English one for the starter set). */
  name: string;
  /**
   * Optional names per UI language; shown instead of `name` in that language and found by `tag:`
   * like it. Absent for most user tags (and in archives made before it existed).
   */
  names?: { en?: string; es?: string };
  /** CSS colour, e.g. `#1f77b4`. */
  color: string;
  parentId: string | null;
  createdAt: number;
}

export type DossierGrouping = 'none' | 'month' | 'country' | 'tag';
export type PageSize = 'A4' | 'Letter';
/** The language a dossier's PDF is written in (its headings, page numbers and dates). */
export type DossierLanguage = 'en' | 'es';

export interface Dossier {
  id: string;
  title: string;
  subtitle: string;
  author: string;
  introduction: string;
  /** Ordered bulletin ids. */
  items: string[];
  grouping: DossierGrouping;
  pageSize: PageSize;
  /**
   * The PDF's language, chosen per dossier (set to the UI language when it is created). Absent on
   * dossiers made before it existed: they print in the UI language.
   */
  language?: DossierLanguage;
  /** A recipe query the dossier can be refreshed from, or null. */
  recipe: string | null;
  /** Bulletin ids the user declined on refresh, so they are not offered again. */
  declined: string[];
  lastRefreshedAt: number | null;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

export interface SavedSearch {
  id: string;
  name: string;
  query: string;
  createdAt: number;
  /** Place in the sidebar as the person ordered it; absent ones follow, by name. */
  position?: number;
}

/** "When a bulletin matches `query`, add tag `tagId`." */
export interface TagRule {
  id: string;
  query: string;
  tagId: string;
  enabled: boolean;
  createdAt: number;
}

/** An imported file kept as it was, content-addressed: `id` is the SHA-256 (hex) of its bytes. */
export interface OriginalFileMeta {
  id: string;
  /** Every name the file was imported under (the same bytes may arrive under several names). */
  names: string[];
  /** MIME type guessed from the name ("application/pdf"), or application/octet-stream. */
  type: string;
  size: number;
  /** When it was first imported (ms since the epoch). */
  importedAt: number;
}

export interface ImportBatch {
  id: string;
  createdAt: number;
  fileNames: string[];
  count: number;
  /** The kept originals (ids) of the batch's files, so undoing it can remove the unused ones. */
  originalIds?: string[];
  /** 'committed' once every record of the batch is stored in one transaction. */
  state: 'committed' | 'undone';
}
