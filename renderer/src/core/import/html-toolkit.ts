/**
 * The HTML toolkit importers need (a parser and a sanitiser) is injected, because DOMParser and
 * DOMPurify need a DOM: the app passes `new DOMParser()` + `DOMPurify`, Node tests pass jsdom's.
 * This module only uses the DOM objects it is given, never `window` or `document`.
 */
import type { DomDocument, DomElement } from './dom-shape';

/** Parser + sanitiser pair; see `createHtmlToolkit`. */
export interface HtmlToolkit {
  parse(html: string): DomDocument;
  sanitize(html: string): string;
}

/** The parts of a DOMParser we use. */
export interface DomParserLike {
  parseFromString(html: string, type: 'text/html'): DomDocument;
}

/** The parts of a DOMPurify instance we use. */
export interface PurifyLike {
  sanitize(dirty: string, config: PurifyConfig): unknown;
}

/** DOMPurify options used for bulletin HTML. */
export interface PurifyConfig {
  FORBID_TAGS: string[];
  FORBID_ATTR: string[];
  ALLOWED_URI_REGEXP: RegExp;
  ALLOW_DATA_ATTR: boolean;
}

const FORBIDDEN_TAGS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'select',
  'textarea', 'option', 'link', 'meta', 'base', 'svg', 'math', 'template', 'noscript', 'video', 'audio', 'source',
  'track', 'picture', 'canvas', 'applet', 'dialog',
];
/**
 * `id` and `name` go too: an element named like a global (`<a id="paHost">`, `<form name="x">`)
 * would otherwise shadow `window.paHost` or `document.x` while the bulletin is shown (DOM clobbering).
 */
const FORBIDDEN_ATTRS = ['style', 'srcset', 'sizes', 'target', 'formaction', 'action', 'background', 'ping', 'class', 'id', 'name'];

export const PURIFY_CONFIG: PurifyConfig = {
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: FORBIDDEN_ATTRS,
  // Only http(s) and mailto links (and data: images, which DOMPurify treats separately).
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/iu,
  ALLOW_DATA_ATTR: false,
};

/** Builds the toolkit from a DOMParser and a DOMPurify instance bound to a window. */
export function createHtmlToolkit(parser: DomParserLike, purify: PurifyLike): HtmlToolkit {
  return {
    parse: (html) => parser.parseFromString(html, 'text/html'),
    sanitize: (html) => String(purify.sanitize(html, PURIFY_CONFIG)),
  };
}

const SAFE_HREF = /^(?:https?:|mailto:)/iu;

/**
 * Second line of defence after DOMPurify, applied to a parsed (inert) fragment: drops forbidden
 * elements, images that would load anything (only `data:` images stay), event handlers, styles,
 * and links other than http(s)/mailto (the link text stays).
 */
export function scrubElement(root: DomElement): void {
  for (const el of Array.from(root.querySelectorAll(FORBIDDEN_TAGS.join(',')))) el.remove();
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (!/^data:image\//iu.test(img.getAttribute('src') ?? '')) img.remove();
  }
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim();
      const badUrl = (name === 'href' || name === 'src' || name === 'xlink:href') && !(name === 'src' ? /^data:image\//iu : SAFE_HREF).test(value);
      if (name.startsWith('on') || FORBIDDEN_ATTRS.includes(name) || badUrl || /^\s*(?:javascript|vbscript):/iu.test(value)) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

/** Sanitises an HTML fragment with the toolkit, then scrubs it again. */
export function sanitizeFragment(html: string, toolkit: HtmlToolkit): string {
  const clean = toolkit.sanitize(html);
  const doc = toolkit.parse(`<!doctype html><html><body>${clean}</body></html>`);
  scrubElement(doc.body);
  return doc.body.innerHTML.trim();
}
