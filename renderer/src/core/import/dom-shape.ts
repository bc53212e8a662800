/**
 * The parts of the DOM the HTML importers use, as plain structural types. The core is compiled
 * without the DOM lib (tsconfig.core.json), so it cannot reach `document` or `window`; it only works
 * on the parsed, inert tree that the injected parser hands it (the browser's DOMParser in the app
 * and worker, jsdom in Node tests), and both of those satisfy these shapes.
 */

export interface DomNode {
  readonly nodeType: number;
  textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentElement: DomElement | null;
  cloneNode(deep?: boolean): DomNode;
}

export interface DomAttr {
  readonly name: string;
  readonly value: string;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  readonly attributes: ArrayLike<DomAttr>;
  readonly outerHTML: string;
  innerHTML: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  closest(selectors: string): DomElement | null;
  matches(selectors: string): boolean;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  remove(): void;
}

export interface DomDocument {
  readonly body: DomElement;
  readonly title: string;
  querySelector(selectors: string): DomElement | null;
}
