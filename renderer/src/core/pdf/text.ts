import { approxText, dateSortKey } from '../dates/format-date';
import type { DatePrecision } from '../model';
import type { PdfBulletin, PdfLabels } from './types';

// Characters that take no room and carry no meaning on paper (format controls, variation
// selectors, soft hyphens, bidi embeddings). Left in, the font would draw them as .notdef boxes.
// eslint-disable-next-line no-misleading-character-class -- the class lists lone marks/selectors on purpose
const IGNORABLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8]|\uDB40[\uDC00-\uDDEF]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Normalises text for printing: NFC (so accents are single code points and copy-paste gives back
 * what was typed), one kind of space and newline, no control or invisible format characters.
 */
export function cleanText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(IGNORABLE, '')
    .replace(CONTROLS, '');
}

/** Words of one line of text (any run of spaces or newlines separates words). */
export function splitWords(text: string): string[] {
  return cleanText(text).split(/[ \n]+/).filter((w) => w.length > 0);
}

/** Paragraphs (split on blank lines) as word lists; empty paragraphs are dropped. */
export function splitParagraphs(text: string): string[][] {
  return cleanText(text)
    .split(/\n[ ]*\n/)
    .map((p) => p.split(/[ \n]+/).filter((w) => w.length > 0))
    .filter((p) => p.length > 0);
}

/** Year, month and day of an ISO date (`YYYY-MM` gives day 1), or null when it is not one. */
export function parseIso(date: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date);
  if (!match) return null;
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3] ?? '1') };
}

type DateWords = Pick<PdfLabels, 'months' | 'dayDate' | 'monthDate'>;

/** Fills a date pattern of the labels ("{d} de {month} de {y}") with one date's parts. */
function fillDate(pattern: string, y: number, m: number, d: number, labels: DateWords): string {
  const month = labels.months[m - 1] ?? String(m);
  return pattern.replace('{d}', String(d)).replace('{month}', month).replace('{y}', String(y));
}

/**
 * Human date at the precision that is known, in the labels' language: "14 November 2023",
 * "November 2023", "2023"; "14 de noviembre de 2023", "noviembre de 2023"; an
 * approximate range (`range.dateApprox`) as "≈ Nov 2023" / "≈ 2023".
 */
export function formatBulletinDate(
  date: string | null,
  precision: DatePrecision,
  labels: DateWords & Pick<PdfLabels, 'undated'>,
  range: Pick<PdfBulletin, 'dateEnd' | 'dateApprox'> = {},
): string {
  if (date === null || precision === 'unknown') return labels.undated;
  if (range.dateApprox) return approxText({ date, datePrecision: precision, ...range }, labels.months);
  const parts = parseIso(date);
  if (!parts) return labels.undated;
  if (precision === 'year') return String(parts.y);
  if (precision === 'month') return fillDate(labels.monthDate, parts.y, parts.m, 1, labels);
  return fillDate(labels.dayDate, parts.y, parts.m, parts.d, labels);
}

/** "14 November 2023" for a JS date, in local time (the compiling user's calendar day). */
export function formatDay(date: Date, labels: DateWords): string {
  return fillDate(labels.dayDate, date.getFullYear(), date.getMonth() + 1, date.getDate(), labels);
}

/** The first letter in upper case, for a heading ("octubre de 2023" → "Octubre de 2023"). */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "9 November 2023 – 14 November 2023" from the earliest and latest dated bulletins. */
export function formatPeriod(bulletins: readonly PdfBulletin[], labels: PdfLabels): string {
  const known = bulletins.filter((b) => b.date !== null && b.datePrecision !== 'unknown' && parseIso(b.date));
  // Exact dates bound the period; approximate ones only when there is nothing else.
  const exact = known.filter((b) => !b.dateApprox);
  const dated = (exact.length > 0 ? exact : known).sort((a, b) => (dateSortKey(a) ?? '').localeCompare(dateSortKey(b) ?? ''));
  const first = dated[0];
  const last = dated[dated.length - 1];
  if (!first || !last) return labels.noDatedBulletins;
  const a = formatBulletinDate(first.date, first.datePrecision, labels, first);
  const b = formatBulletinDate(last.date, last.datePrecision, labels, last);
  return a === b ? a : `${a} – ${b}`;
}

const RESERVED_WINDOWS = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name for a dossier that every OS accepts: `Fisheries & Aquaculture 2023.pdf`.
 * Path separators, `: * ? " < > |` and control characters become spaces.
 */
export function safePdfFileName(title: string): string {
  let name = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[/\\:*?"<>|\u0000-\u001F\u007F-\u009F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .replace(/^\.+/, '');
  if (name.toLowerCase().endsWith('.pdf')) name = name.slice(0, -4).trim();
  if ([...name].length > 150) name = [...name].slice(0, 150).join('').trim();
  if (name === '') name = 'Dossier';
  if (RESERVED_WINDOWS.test(name)) name = `_${name}`;
  return `${name}.pdf`;
}
