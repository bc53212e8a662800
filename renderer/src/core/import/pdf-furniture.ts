/**
 * Print furniture of PDF pages: the browser's header and footer (date/time stamp with the page
 * title, page URL, page counter), office running heads and page counters, bare page numbers.
 * Everything matched here is set aside as removed, so the patterns are strict and the bands narrow.
 */
import { metaLineDate } from './chrome-text';
import { parseDateline } from './dates';
import { type LayoutPage, type Line, bodySize, roundSize } from './pdf-lines';

const PAGE_NUMBER = /^(?:-\s*)?\d{1,4}(?:\s*-)?$/u;
// Outside the header/footer band a bare number is a page number only below 1000: "2023" alone
// is more likely a year heading of a listing.
const PAGE_NUMBER_ANYWHERE = /^(?:-\s*)?\d{1,3}(?:\s*-)?$/u;
/** Page counters: "2/3", Firefox's "2 of 3", an office footer's "Página 2 de 3". */
const COUNTERS = [/^\d{1,4}\s*\/\s*\d{1,4}$/u, /^\d{1,4}\s+(?:of|de)\s+\d{1,4}$/iu, /^(?:page|p[aá]gina|p[aá]g\.?)\s*\d{1,4}(?:\s*(?:of|de|\/)\s*\d{1,4})?$/iu];
/** Browser print furniture and page counters, matched on a whole cell. */
const FURNITURE = [
  // Chromium/Firefox date-time stamp: "12/4/26, 3:15 PM", "4/12/2026 15:15", "04.12.26, 15:15".
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?$/iu,
  /^(?:https?|file):\/\/\S+$/iu,
  /^www\.\S+$/iu,
  PAGE_NUMBER,
  ...COUNTERS,
];
/** Share of the page height at the top and bottom where print headers and footers sit. */
const BAND = 0.045;
/** Share of the page height where a running head repeated at the same height counts as one. */
const RUNNING_HEAD_BAND = 0.12;

const isFurnitureCell = (t: string): boolean => FURNITURE.some((re) => re.test(t));

const inBand = (l: Line, page: LayoutPage): boolean => page.height > 0 && (l.y > page.height * (1 - BAND) || l.y < page.height * BAND);
// Digits vary from page to page in running heads ("Boletín 12 – página 3").
const repeatKey = (l: Line): string => `${l.text.replace(/\d+/gu, '#')}`;

/**
 * Marks print furniture: in the header/footer band, any line with a stamp, URL or page counter
 * (the page title printed beside the stamp goes with it) and any line repeated on other pages;
 * near the top or bottom, a line repeated word for word at the same height on two pages or more
 * (a running head); anywhere, bare page numbers.
 */
export function furnitureFlags(pages: LayoutPage[], lines: Line[]): boolean[] {
  const body = bodySize(lines);
  // Lines drawn before or after a page's text flow: the leading and trailing runs of lines that sit
  // in the page's outer bands (office suites draw header and footer apart from the body).
  const pageEnds = new Set<Line>();
  const outerBand = (l: Line): boolean => {
    const h = pages[l.page]?.height ?? 0;
    return h > 0 && (l.y > h * (1 - RUNNING_HEAD_BAND) || l.y < h * RUNNING_HEAD_BAND);
  };
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j]?.page === lines[i]?.page) j++;
    for (let k = i; k < j && outerBand(lines[k] as Line); k++) pageEnds.add(lines[k] as Line);
    for (let k = j - 1; k >= i && outerBand(lines[k] as Line); k--) pageEnds.add(lines[k] as Line);
    i = j;
  }
  const bandPages = new Map<string, Set<number>>();
  const samePlace = new Map<string, Set<number>>();
  for (const l of lines) {
    const page = pages[l.page] as LayoutPage;
    if (inBand(l, page)) (bandPages.get(repeatKey(l)) ?? bandPages.set(repeatKey(l), new Set()).get(repeatKey(l)))?.add(l.page);
    const key = `${l.text}@${Math.round(l.y)}`;
    (samePlace.get(key) ?? samePlace.set(key, new Set()).get(key))?.add(l.page);
  }
  return lines.map((l) => {
    const page = pages[l.page] as LayoutPage;
    if (PAGE_NUMBER_ANYWHERE.test(l.text)) return true;
    if (inBand(l, page) && (l.cells.some((c) => isFurnitureCell(c.text)) || (bandPages.get(repeatKey(l))?.size ?? 0) > 1)) return true;
    // Running heads and counters of office exports sit inside the margin area, further in than a
    // browser's header.
    const outer = page.height > 0 && (l.y > page.height * (1 - RUNNING_HEAD_BAND) || l.y < page.height * RUNNING_HEAD_BAND);
    if (outer && l.cells.some((c) => COUNTERS.some((re) => re.test(c.text)))) return true;
    if (isLoneRunningHead(l, page, pageEnds, body)) return true;
    return outer && pages.length > 1 && l.text.length >= 3 && (samePlace.get(`${l.text}@${Math.round(l.y)}`)?.size ?? 0) > 1;
  });
}

/**
 * A running head on a one-page export cannot repeat: it is a short line in smaller type at the top
 * of the page, drawn before or after the text flow (office suites draw the header apart).
 */
function isLoneRunningHead(l: Line, page: LayoutPage, pageEnds: Set<Line>, body: number): boolean {
  if (!pageEnds.has(l) || page.height <= 0 || l.y < page.height * (1 - RUNNING_HEAD_BAND)) return false;
  // A post's date or meta line in small type at the top of a page is the next bulletin's date.
  return l.text.length <= 100 && roundSize(l.size) < body * 0.95 && parseDateline(l.text) === null && metaLineDate(l.text) === null;
}

