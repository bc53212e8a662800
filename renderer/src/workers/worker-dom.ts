/**
 * The HTML toolkit of the import worker: linkedom as the DOM (workers have no DOMParser) and
 * DOMPurify bound to a linkedom window. DOMPurify checks its window and silently returns its input
 * unchanged when something it needs is missing (`isSupported` false), so this module gives it what
 * linkedom lacks (`document.implementation`, `NodeFilter`, a DOMParser that accepts fragments) and
 * refuses to build a toolkit that would not sanitise. tests/unit/workers/worker-dom.test.ts proves
 * that it strips scripts, handlers and javascript: links here.
 */
import createDOMPurify from 'dompurify';
import { DOMParser as LinkedomParser, parseHTML } from 'linkedom/worker';
import { type HtmlToolkit, createHtmlToolkit } from '../core/import/html-toolkit';
import type { DomDocument } from '../core/import/dom-shape';

const EMPTY_PAGE = '<!doctype html><html><head><title></title></head><body></body></html>';

/** linkedom reads a fragment without `<html>` as an empty document: give it the page around it. */
export function asWholeDocument(html: string): string {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html)[\s>]/iu.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** NodeFilter's constants (DOMPurify's node iterator reads them from its window). */
const NODE_FILTER = {
  FILTER_ACCEPT: 1,
  FILTER_REJECT: 2,
  FILTER_SKIP: 3,
  SHOW_ALL: 0xffffffff,
  SHOW_ELEMENT: 0x1,
  SHOW_ATTRIBUTE: 0x2,
  SHOW_TEXT: 0x4,
  SHOW_CDATA_SECTION: 0x8,
  SHOW_PROCESSING_INSTRUCTION: 0x40,
  SHOW_COMMENT: 0x80,
  SHOW_DOCUMENT: 0x100,
  SHOW_DOCUMENT_TYPE: 0x200,
  SHOW_DOCUMENT_FRAGMENT: 0x400,
};

class FragmentParser {
  parseFromString(html: string, type: 'text/html'): DomDocument {
    return new LinkedomParser().parseFromString(asWholeDocument(html), type) as unknown as DomDocument;
  }
}

type NodeIteratorMethod = (root: Node, whatToShow?: number, filter?: NodeFilter | null) => NodeIterator;

/**
 * What DOMPurify needs of a linkedom document: an `implementation` (its support check), and a
 * `createNodeIterator` that works when called on a node (DOMPurify calls it on the node's owner
 * document, read through a getter linkedom does not have, so it falls back to the node itself).
 */
function patchDocument(doc: Document): void {
  if (!('implementation' in doc) || !doc.implementation) {
    const blank = (): Document => parseHTML(EMPTY_PAGE).document;
    Object.defineProperty(doc, 'implementation', { value: { createHTMLDocument: blank, createDocument: blank } });
  }
  const native = doc.createNodeIterator as NodeIteratorMethod;
  const iterate: NodeIteratorMethod = (root, whatToShow, filter) => native.call(root.ownerDocument ?? doc, root, whatToShow, filter ?? null);
  Object.defineProperty(doc, 'createNodeIterator', { value: iterate });
}

/**
 * DOMPurify reads nodes through getters it looks up on `Node.prototype` / `Element.prototype` (so
 * a clobbered node cannot lie); linkedom keeps several of them as own fields, where that lookup
 * finds nothing and answers null, and every node would then be dropped. These stand-in classes
 * only carry accessors that read the real node's own members.
 */
function forwardingClass(props: readonly string[], methods: readonly string[], base?: abstract new () => object): abstract new () => object {
  // Named brand fields: the classes exist for their prototypes (DOMPurify only reads accessors off them).
  const cls = base ? class extends (base as new () => object) { declare readonly shimElement: true } : class { declare readonly shimNode: true };
  for (const prop of props) {
    Object.defineProperty(cls.prototype, prop, {
      get(this: Record<string, unknown>) {
        return this[prop];
      },
    });
  }
  for (const method of methods) {
    Object.defineProperty(cls.prototype, method, {
      value(this: Record<string, (...args: unknown[]) => unknown>, ...args: unknown[]) {
        return this[method]?.(...args);
      },
    });
  }
  return cls;
}

const ShimNode = forwardingClass(['nodeType', 'nodeName', 'ownerDocument'], []);
const ShimElement = forwardingClass(
  ['nextSibling', 'childNodes', 'parentNode', 'shadowRoot', 'attributes', 'namespaceURI'],
  ['cloneNode', 'remove', 'removeChild', 'removeAttributeNode'],
  ShimNode,
);

/** A linkedom window with the members DOMPurify needs. */
function purifyWindow(): Parameters<typeof createDOMPurify>[0] {
  const page = parseHTML(EMPTY_PAGE);
  const { document } = page;
  // DOMPurify uses the document its <template> content belongs to; patch that one too.
  const template = document.createElement('template') as unknown as { content?: { ownerDocument?: Document } };
  for (const doc of new Set([document, template.content?.ownerDocument ?? document])) patchDocument(doc);
  // A plain object: linkedom's window answers these names through its own accessors.
  return {
    document,
    DOMParser: FragmentParser,
    NodeFilter: NODE_FILTER,
    Node: ShimNode,
    Element: ShimElement,
    HTMLTemplateElement: page.HTMLTemplateElement,
    DocumentFragment: page.DocumentFragment,
    NamedNodeMap: page.NamedNodeMap,
    HTMLFormElement: page.HTMLFormElement,
    Text: page.Text,
    Comment: page.Comment,
  } as unknown as Parameters<typeof createDOMPurify>[0];
}

/** Builds the worker's toolkit. @throws when DOMPurify would not sanitise on this DOM. */
export function createWorkerHtmlToolkit(): HtmlToolkit {
  const purify = createDOMPurify(purifyWindow());
  if (!purify.isSupported) throw new Error('DOMPurify cannot run on the worker DOM: HTML would not be sanitised');
  return createHtmlToolkit(new FragmentParser(), purify);
}
