/**
 * What a saved article page declares about itself, read before any guess from its layout: the
 * JSON-LD `NewsArticle` (or Article, BlogPosting, Report…) headline, then `og:title`. A block of
 * the page whose text is the declared headline is the story's title, whatever its tag (ministry
 * sites set titles in a styled `<div>`). The declared date is read by `pageDate` (html-page.ts).
 */
import type { DomDocument } from './dom-shape';
import type { Para } from './paragraphs';

const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|Report|PressRelease|WebPage)$/u;

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** Objects of a JSON-LD value, `@graph` lists included. */
function ldObjects(value: unknown, out: Record<string, unknown>[] = [], depth = 0): Record<string, unknown>[] {
  if (depth > 4 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value) ldObjects(v, out, depth + 1);
    return out;
  }
  const obj = value as Record<string, unknown>;
  out.push(obj);
  if ('@graph' in obj) ldObjects(obj['@graph'], out, depth + 1);
  return out;
}

const isArticle = (o: Record<string, unknown>): boolean => {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
};

/** The headline the page declares (JSON-LD first, then og:title), or null. Bad JSON is ignored. */
export function declaredHeadline(doc: DomDocument): string | null {
  // JSON-LD sits in the head or the body; the document shape offers querySelectorAll on elements.
  const scripts = [doc.querySelector('head'), doc.body].flatMap((el) => (el ? Array.from(el.querySelectorAll('script[type="application/ld+json"]')) : []));
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    // Article types before a plain WebPage, whose name is often the site's.
    const objects = ldObjects(data).filter(isArticle).sort((a, b) => Number(a['@type'] === 'WebPage') - Number(b['@type'] === 'WebPage'));
    for (const o of objects) {
      const h = o.headline ?? o.name;
      if (typeof h === 'string' && squash(h).length > 0) return squash(h).slice(0, 300);
    }
  }
  const og = doc.querySelector('meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"]')?.getAttribute('content');
  return og && squash(og).length > 0 ? squash(og).slice(0, 300) : null;
}

const fold = (s: string): string => squash(s).toLowerCase();

/**
 * Marks the block that holds the declared headline as a level-1 heading when the page set it in
 * a plain block; a page whose headings already include it is left as it is. Returns new paras.
 */
export function markDeclaredHeadline(paras: Para[], headline: string | null): Para[] {
  if (!headline) return paras;
  const key = fold(headline);
  if (paras.some((p) => p.heading > 0 && fold(p.text) === key)) return paras;
  const at = paras.findIndex((p) => p.heading === 0 && !p.bullet && fold(p.text) === key);
  if (at < 0) return paras;
  return paras.map((p, i) => (i === at ? { ...p, heading: 1 } : p));
}
