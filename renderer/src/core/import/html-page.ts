/**
 * Which part of a saved page is the story, and when it was published: the largest text block
 * grown to take in its title, the text around the kept containers (reported as removed), and the
 * page's own date from its meta tags or JSON-LD.
 */
import { isValidDate, toIsoDate } from './dates';
import type { DomDocument, DomElement } from './dom-shape';
import { textLines } from './html-chrome';
import { pushAll } from '../arrays';

/** `<time datetime>` / meta values → ISO date and precision. */
export function readIsoish(value: string | null | undefined): { date: string; precision: 'day' | 'month' | 'year' } | null {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(value ?? '');
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? null : Number(m[2]);
  const d = m[3] === undefined ? null : Number(m[3]);
  if (mo === null) return isValidDate(y, 1, 1) ? { date: toIsoDate(y, 1, 1), precision: 'year' } : null;
  if (d === null) return isValidDate(y, mo, 1) ? { date: toIsoDate(y, mo, 1), precision: 'month' } : null;
  return isValidDate(y, mo, d) ? { date: toIsoDate(y, mo, d), precision: 'day' } : null;
}

/** The element whose direct paragraph children hold the most text. */
export function largestTextBlock(body: DomElement): DomElement {
  const scored: [DomElement, number][] = [];
  let bestScore = 0;
  for (const el of Array.from(body.querySelectorAll('div, section, td, center, blockquote'))) {
    let score = 0;
    for (const c of Array.from(el.children)) if (/^(?:P|H[1-6]|UL|OL|BLOCKQUOTE|PRE)$/u.test(c.tagName)) score += (c.textContent ?? '').length;
    if (score > 0) scored.push([el, score]);
    bestScore = Math.max(bestScore, score);
  }
  // Repeated blocks of like size (an e-mail newsletter's one cell per story) are one story list:
  // their common ancestor is the text, not the largest cell alone.
  const peers = scored.filter(([, n]) => n >= bestScore * 0.5).map(([el]) => el);
  const total = peers.reduce((n, el) => n + (scored.find(([e]) => e === el)?.[1] ?? 0), 0);
  // A page that is mostly loose text has no winning block: take the whole body.
  if (peers.length === 0 || total <= (body.textContent ?? '').trim().length * 0.3) return body;
  const block = peers.length === 1 ? (peers[0] as DomElement) : commonAncestor(peers, body);
  return block === body ? body : withItsTitle(block, body);
}

/** The lowest element holding all of `els` (body at worst). */
function commonAncestor(els: DomElement[], body: DomElement): DomElement {
  for (let a: DomElement | null = els[0] ?? null; a && a !== body; a = a.parentElement) {
    const holder = a;
    if (els.every((el) => el === holder || isAncestor(holder, el))) return holder;
  }
  return body;
}

/**
 * The story's body block grown to take in the title, subtitle and date printed above it (news
 * sites and page builders put them in boxes around the body): the lowest ancestor that adds a
 * heading before the block and little other text.
 */
function withItsTitle(block: DomElement, body: DomElement): DomElement {
  const own = (block.textContent ?? '').trim().length;
  let depth = 0;
  for (let parent = block.parentElement; parent && parent !== body && depth < 6; parent = parent.parentElement, depth++) {
    const extra = (parent.textContent ?? '').trim().length - own;
    if (extra > Math.max(600, own * 0.5)) break;
    const all = Array.from(parent.querySelectorAll('*'));
    const at = all.indexOf(block);
    // The lowest box that also holds a heading before the body is the story's.
    if (all.slice(0, at).some((el) => /^H[1-3]$/u.test(el.tagName))) return parent;
  }
  return block;
}


/** The publication date of the page: meta tags, else the JSON-LD `datePublished`. */
export function pageDate(doc: DomDocument): ReturnType<typeof readIsoish> {
  const meta = doc.querySelector(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="dc.date"], meta[name="DC.date.issued"], meta[name="publish-date"], meta[name="pubdate"], meta[name="publication_date"], meta[name="parsely-pub-date"], meta[property="og:published_time"]',
  );
  const fromMeta = readIsoish(meta?.getAttribute('content'));
  if (fromMeta) return fromMeta;
  const ld = doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
  return readIsoish(/"datePublished"\s*:\s*"([^"]{4,40})"/u.exec(ld)?.[1]);
}

/**
 * True when the page's story is not in its articles: an <h1> outside them, and more prose outside
 * them (paragraphs of a sentence or more) than all their text (the articles are cards of other
 * posts). Link lists and footers outside are not prose, so a listing page stays a listing.
 */
export function isStoryOutsideArticles(body: DomElement, articles: DomElement[]): boolean {
  const h1 = Array.from(body.querySelectorAll('h1')).some((h) => !h.closest('article'));
  if (!h1) return false;
  const inside = articles.reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
  let prose = 0;
  for (const el of Array.from(body.querySelectorAll('p'))) {
    const t = (el.textContent ?? '').trim();
    if (!el.closest('article') && t.length >= 80) prose += t.length;
  }
  return prose > inside;
}

/** Text lines of the page outside the kept containers (sidebars, widgets, the archive's title). */
export function linesOutside(body: DomElement, containers: DomElement[]): string[] {
  if (containers.includes(body)) return [];
  const keep = new Set(containers);
  const out: string[] = [];
  const walk = (el: DomElement): void => {
    for (const c of Array.from(el.childNodes)) {
      if (c.nodeType !== 1) {
        pushAll(out, textLines(c));
        continue;
      }
      const child = c as DomElement;
      if (keep.has(child)) continue;
      if (containers.some((k) => isAncestor(child, k))) walk(child);
      else pushAll(out, textLines(child));
    }
  };
  walk(body);
  return out;
}

function isAncestor(a: DomElement, b: DomElement): boolean {
  for (let p = b.parentElement; p; p = p.parentElement) if (p === a) return true;
  return false;
}

