/**
 * Page chrome of saved web pages (WordPress and Elementor themes above all): navigation, site
 * header and footer, cookie bars, breadcrumbs, post-meta lines, share boxes, "Leer más" links,
 * related-post blocks, comments and pagination. Removed elements are reported line by line, so
 * the nothing-lost check can tell chrome from lost text. A post-meta element is not simply
 * dropped: it is reduced to its date, which the splitter then reads as a dateline.
 */
import { parseDateline } from './dates';
import type { DomElement, DomNode } from './dom-shape';
import { chromeLineKind, isRelatedHeading, metaLineDate } from './chrome-text';
import { pushAll } from '../arrays';

/** Code and embeds: removed without reporting, they hold no reader-visible text. */
const SILENT = 'script, style, noscript, template, svg, canvas, iframe, frame, embed, object';
/** Chrome by tag or ARIA role. */
const STRUCTURAL =
  'nav, footer, aside, form, button, select, textarea, input, dialog, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"], [hidden], [aria-hidden="true"]';
/** Chrome by the class and id names themes give it. */
const BY_NAME = [
  '[class*="breadcrumb" i]', '[id*="breadcrumb" i]', '[aria-label*="breadcrumb" i]', '[aria-label*="migas" i]',
  '[class*="cookie" i]', '[id*="cookie" i]', '[class*="gdpr" i]', '[class*="consent" i]',
  // Site and e-mail footers and preheaders (Mailchimp's #templateFooter, .mcnFollowBlock).
  '[class*="footer" i]', '[id*="footer" i]', '[class*="preheader" i]', '[id*="preheader" i]', '.mcnFollowBlock',
  '[class*="share" i]', '[id*="share" i]', '.a2a_kit', '[class*="addtoany" i]', '[class*="social-icons" i]',
  '[class*="related" i]', '[id*="related" i]', '.post-navigation', '.nav-links', '[class*="pagination" i]', '.page-numbers',
  // A post's comments section, however the theme names it (Readability sets aside "comment" blocks too).
  '[class*="comments" i]', '[id*="comments" i]', '#respond', '.comment-respond',
  '.more-link', '[class*="more-link" i]', '[class*="read-more" i]', '[class*="readmore" i]', '.wp-block-post-excerpt__more-text',
  '[class*="social-links" i]', '.wp-block-post-navigation-link', '.wp-block-comments', '.wp-block-post-comments-form',
  // Text for screen readers only (Drupal's .element-invisible, Bootstrap's .sr-only / .visually-hidden): labels of pagers and menus.
  '.element-invisible', '.visually-hidden', '.visuallyhidden', '.sr-only', '[class*="screen-reader" i]',
  '.screen-reader-text', '.skip-link', '.elementor-screen-only', '.elementor-post__badge', '[class*="post-categor" i]',
].join(', ');
/** Post-meta blocks: reduced to their date. */
const META =
  '.entry-meta, .post-meta, [class*="post-meta" i], .elementor-post-info, .elementor-post__meta-data, .posted-on, .byline, .cat-links, .tags-links, .entry-footer, .post-info, .wp-block-post-terms, .wp-block-post-author, .wp-block-post-author-name';
/** Block tags a removed element leaves behind, empty, as a separator. */
const KEEP_EMPTY = /^(?:P|DIV|SECTION|UL|OL|LI|NAV|ASIDE|FOOTER|HEADER|FORM|TABLE|DL|H[1-6])$/u;

const BLOCK = /^(?:P|H[1-6]|LI|PRE|BLOCKQUOTE|FIGCAPTION|DT|DD|TD|TH|DIV|SECTION|ARTICLE|HEADER|MAIN|UL|OL|TABLE|TR|FIGURE|DL|CENTER|HGROUP|ASIDE|NAV|FOOTER)$/u;

/** Reader-visible text lines of a node (block elements and `<br>` end lines). */
export function textLines(node: DomNode): string[] {
  const out: string[] = [];
  let line = '';
  const walk = (n: DomNode): void => {
    if (n.nodeType === 3) {
      line += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as DomElement;
    if (el.matches(SILENT)) return;
    if (el.tagName === 'BR') {
      out.push(line);
      line = '';
      return;
    }
    const block = BLOCK.test(el.tagName);
    if (block) {
      out.push(line);
      line = '';
    }
    for (const c of Array.from(el.childNodes)) walk(c);
    if (block) {
      out.push(line);
      line = '';
    }
  };
  walk(node);
  out.push(line);
  return out.map((l) => l.replace(/\s+/gu, ' ').trim()).filter((l) => l.length > 0);
}

const escapeText = (s: string): string => s.replace(/[&<>"]/gu, (c) => `&#${c.charCodeAt(0)};`);

/** The elements matching `selector` that have no matching ancestor (each chrome block once). */
function outermost(root: DomElement, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => !el.parentElement?.closest(selector) || el.parentElement === null);
}

/**
 * A form that holds the page's headings or articles is no search box: ASP.NET WebForms pages
 * (SharePoint ministry sites among them) wrap the whole page in one `<form>`.
 */
const wrapsPage = (el: DomElement): boolean => el.tagName === 'FORM' && el.querySelector('h1, h2, h3, article, main') !== null;

/** The outermost structural chrome (see STRUCTURAL), looking through page-wrapping forms. */
function structuralChrome(body: DomElement): DomElement[] {
  const isChrome = (el: DomElement): boolean => el.matches(STRUCTURAL) && !wrapsPage(el);
  return Array.from(body.querySelectorAll(STRUCTURAL)).filter((el) => {
    if (!isChrome(el)) return false;
    for (let up = el.parentElement; up; up = up.parentElement) if (isChrome(up)) return false;
    return true;
  });
}

/** The date a meta block shows: its `<time>`, a date-only line, or the date of a meta line. */
function metaDate(el: DomElement): { text: string; iso: string | null } | null {
  const time = el.matches('time') ? el : el.querySelector('time');
  const iso = time?.getAttribute('datetime')?.trim() ?? null;
  const timeText = (time?.textContent ?? '').replace(/\s+/gu, ' ').trim();
  const full = (s: string): boolean => {
    const d = parseDateline(s);
    return d !== null && (d.date !== null || d.partial !== undefined) && s.slice(d.consumed).trim().length === 0;
  };
  if (timeText && full(timeText)) return { text: timeText, iso };
  for (const line of textLines(el)) {
    const fromMeta = metaLineDate(line);
    if (fromMeta !== null) return { text: fromMeta, iso };
    if (full(line)) return { text: line, iso };
  }
  return iso ? { text: iso.slice(0, 10), iso } : null;
}

/**
 * Removes the chrome of a page body in place and returns the text lines it removed. Post-meta
 * blocks are replaced by their date alone, so the title + date layout of listings still dates
 * each post; the rest of their text (category, author) is reported as removed.
 */
export function stripHtmlChrome(body: DomElement): string[] {
  const removed: string[] = [];
  const drop = (el: DomElement): void => {
    pushAll(removed, textLines(el));
    // A block between two runs of loose text keeps them apart once emptied ("Noticias" | "23 de…"
    // would otherwise glue into "Noticias23 de…"); an emptied <article> would still count as one,
    // so articles go.
    if (el.tagName === 'ARTICLE') {
      el.remove();
      return;
    }
    // Inline chrome between two words leaves a space, so they do not glue either.
    if (KEEP_EMPTY.test(el.tagName)) el.innerHTML = '';
    else el.textContent = ' ';
    for (const attr of Array.from(el.attributes)) el.removeAttribute(attr.name);
  };
  for (const el of Array.from(body.querySelectorAll(SILENT))) el.remove();
  // A post's own footer may hold its only date (themes print "Posted on <time>" below the text):
  // the date stays, the rest (categories, tags, edit links) goes.
  for (const el of Array.from(body.querySelectorAll('article footer'))) {
    const time = el.querySelector('time[datetime]');
    const date = time?.getAttribute('datetime') ?? '';
    if (!time || date.length === 0) continue;
    const text = (time.textContent ?? '').replace(/\s+/gu, ' ').trim();
    pushAll(removed, textLines(el));
    el.innerHTML = `<time datetime="${escapeText(date)}">${escapeText(text)}</time>`;
    for (const attr of Array.from(el.attributes)) el.removeAttribute(attr.name);
  }
  for (const el of structuralChrome(body)) if (!(el.tagName === 'FOOTER' && el.closest('article') && el.querySelector('time[datetime]'))) drop(el);
  // What the page declares a caption is no part of the story's text: left in, a photo's
  // "Los ministros durante la firma. (Foto: Mincetur)" opened the body it stood over.
  for (const el of Array.from(body.querySelectorAll('figcaption'))) drop(el);
  // Site headers go; an article's own <header> usually holds its title and date, so it stays.
  for (const el of Array.from(body.querySelectorAll('header'))) if (!el.closest('article') && !el.parentElement?.closest('header')) drop(el);
  for (const el of outermost(body, META)) {
    const date = metaDate(el);
    if (!date) {
      drop(el);
      continue;
    }
    pushAll(removed, textLines(el));
    const attr = date.iso ? ` datetime="${escapeText(date.iso)}"` : '';
    el.innerHTML = `<time${attr}>${escapeText(date.text)}</time>`;
    // Bare now, so no later rule (a "footer" class) takes the date away again.
    for (const a of Array.from(el.attributes)) el.removeAttribute(a.name);
  }
  for (const el of outermost(body, BY_NAME)) drop(el);
  dropRelatedBlocks(body, drop);
  // Links and one-line blocks that are chrome by their text alone ("Leer más »", "Compartir: …").
  for (const el of Array.from(body.querySelectorAll('a, p, li, span, div, td, em, strong'))) {
    // Inside an element already emptied (detached from the page): reported with it.
    if (el.closest('body') === null || el.querySelector('p, li, div, h1, h2, h3, h4, h5, h6, ul, ol, table')) continue;
    // Lines parted by <br> are several lines, not one chrome line (their text would glue together).
    if (el.querySelector('br')) continue;
    const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
    const kind = chromeLineKind(text);
    if (kind !== null && kind !== 'meta') {
      drop(el);
    } else if (kind === 'meta' && /^(?:P|LI|DIV)$/u.test(el.tagName)) {
      removed.push(text);
      el.innerHTML = `<time>${escapeText(metaLineDate(text) ?? '')}</time>`;
    }
  }
  return removed;
}

/**
 * A related-posts heading and everything after it in its parent go. Page builders wrap a heading
 * in single-child boxes (Elementor: widget → container → h2), so the heading is first lifted to
 * the outermost box that holds nothing else.
 */
function dropRelatedBlocks(body: DomElement, drop: (el: DomElement) => void): void {
  for (const h of Array.from(body.querySelectorAll('h2, h3, h4, h5, h6, p > strong:only-child'))) {
    if (!isRelatedHeading(h.textContent ?? '') || !h.closest('body')) continue;
    let head = h.tagName === 'STRONG' ? (h.parentElement ?? h) : h;
    while (head.parentElement && head.parentElement !== body && !/^(?:MAIN|ARTICLE|BODY)$/u.test(head.parentElement.tagName) && head.parentElement.children.length === 1) {
      head = head.parentElement;
    }
    const parent = head.parentElement;
    if (!parent) continue;
    const siblings = Array.from(parent.children);
    for (const el of siblings.slice(siblings.indexOf(head))) drop(el);
  }
}
