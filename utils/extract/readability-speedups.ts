import { Readability } from '@mozilla/readability';
import { elementChildCount, walkElements } from './dom';

/**
 * Readability 0.6 does some of its work in a costly way: it collects elements by tag with
 * selector queries (in jsdom several times slower than a walk), reads an element's whole text
 * before a cheap test that usually answers "no", and builds an inline-style object for elements
 * that have no style attribute. These replacements give the same answer for every element and
 * skip the work the answer does not need. The cost they avoid grows with the page: Readability
 * asks about every element, and reading an element's text reads all of its descendants.
 * Together they cut Readability's own time by about a sixth on wcxb pages; whole parses with
 * and without them are the same on all 892 corpus pages and in the unit test.
 *
 * They are set on one instance, not on the prototype, so plain Readability elsewhere (the
 * benchmark's baseline) is untouched. Names are Readability's private methods: the unit test
 * fails when an upgrade renames one, rather than letting the speed-up lapse in silence.
 */
interface ReadabilityInternals {
  ELEMENT_NODE: number;
  REGEXPS: { byline: RegExp; normalize: RegExp };
  _getInnerText(e: Element, normalizeSpaces?: boolean): string;
  _removeNodes(nodes: ArrayLike<Element>, filter?: (this: ReadabilityInternals, node: Element) => boolean): void;
  PRESENTATIONAL_ATTRIBUTES: string[];
  DEPRECATED_SIZE_ATTRIBUTE_ELEMS: string[];
  _cleanStyles(e: Element | null): void;
}

type Helper = (this: ReadabilityInternals, ...args: never[]) => unknown;

export const READABILITY_SPEEDUPS = {
  /**
   * Readability collects elements by tag with `querySelectorAll("h1,h2,…")`, dozens of times per
   * block it scores. In jsdom a selector query costs several times a walk: for one tag,
   * `getElementsByTagName` read by index is about 6× faster; for several, one walk that tests
   * each element's name is 3× (six tags) to 9× (twelve) faster (wcxb pages). The answer is the
   * same static list, in document order.
   */
  _getAllNodesWithTag(node: Element | Document, tagNames: string[]): Element[] {
    const out: Element[] = [];
    if (tagNames.length === 1) {
      const live = node.getElementsByTagName(tagNames[0] as string);
      for (let i = 0, n = live.length; i < n; i++) out.push(live[i] as Element);
      return out;
    }
    // Readability passes some lists in upper case; a selector matches HTML names in any case.
    // (Strictly, an SVG element's name must match in its own case, but none of Readability's
    // names is one that SVG spells with capitals.)
    const names = new Set(tagNames.map((name) => name.toLowerCase()));
    walkElements(node, (el) => {
      if (names.has(el.localName)) out.push(el);
      return true;
    });
    return out;
  },

  /** A byline candidate: the name and rel tests first; the text only when one of them passes. */
  _isValidByline(this: ReadabilityInternals, node: Element, matchString: string): boolean {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || itemprop?.includes('author') || this.REGEXPS.byline.test(matchString))) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  },

  /** Inline style can hide an element only when it has a style attribute to read. */
  _isProbablyVisible(node: Element & { style?: CSSStyleDeclaration }): boolean {
    const style = node.hasAttribute('style') ? node.style : undefined;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
    return (
      !node.hasAttribute('hidden') &&
      (!node.hasAttribute('aria-hidden') ||
        node.getAttribute('aria-hidden') !== 'true' ||
        Boolean(typeof node.className === 'string' && node.className.includes('fallback-image')))
    );
  },

  /**
   * "No text" is known at the first text that is not space, without reading all the text. The
   * children are counted with elementChildCount, not `children`: in jsdom, once read, that live
   * list made Readability's moving 60,000 empty inline elements out of one <div> into a paragraph
   * take minutes (each move re-listed the rest).
   */
  _isElementWithoutContent(this: ReadabilityInternals, node: Element): boolean {
    if (node.nodeType !== this.ELEMENT_NODE || hasNonSpaceText(node)) return false;
    const children = elementChildCount(node);
    return !children || children === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length;
  },

  /** Presentational attributes are removed only where an element has them. */
  _cleanStyles(this: ReadabilityInternals, e: Element | null): void {
    if (!e || e.tagName.toLowerCase() === 'svg') return;
    if (e.hasAttributes()) {
      // Most elements have an attribute or two: each is looked up once, rather than each of the
      // dozen presentational names being searched for.
      const sized = this.DEPRECATED_SIZE_ATTRIBUTE_ELEMS.includes(e.tagName);
      for (const name of e.getAttributeNames()) {
        if (this.PRESENTATIONAL_ATTRIBUTES.includes(name) || (sized && (name === 'width' || name === 'height'))) {
          e.removeAttribute(name);
        }
      }
    }
    for (let child = e.firstElementChild; child; child = child.nextElementSibling) this._cleanStyles(child);
  },

  /**
   * Readability judges each block by its text and by its lists' text, reading an element's whole
   * text each time it asks: in a list nested 200 deep round 20,000 items, each level's text was
   * read again for every level above it (3 minutes in jsdom; 100 deep round 5,000: 12 s). While
   * it judges, the page changes only where it removes a block, so here each element's text is read
   * once. (It judges from the last block to the first, so a block's text is read after any
   * removal inside it; a removed block's ancestors are forgotten all the same, should that order
   * change.) The same answers: nothing else in the step changes the page.
   */
  _cleanConditionally(this: ReadabilityInternals, e: Element, tag: string): void {
    const readText = this._getInnerText;
    const removeNodes = this._removeNodes;
    const texts = new Map<Element, string>();
    this._getInnerText = function (this: ReadabilityInternals, el: Element, normalizeSpaces = true): string {
      let text = texts.get(el);
      if (text === undefined) {
        text = (el.textContent ?? '').trim();
        texts.set(el, text);
      }
      return normalizeSpaces ? text.replace(this.REGEXPS.normalize, ' ') : text;
    };
    this._removeNodes = function (this: ReadabilityInternals, nodes, filter) {
      for (let i = nodes.length - 1; i >= 0; i--) {
        const node = nodes[i] as Element;
        const parent = node.parentNode;
        if (!parent || (filter && !filter.call(this, node))) continue;
        for (let up: Node | null = parent; up; up = up.parentNode) texts.delete(up as Element);
        parent.removeChild(node);
      }
    };
    try {
      SHIPPED_CLEAN_CONDITIONALLY.call(this, e, tag);
    } finally {
      this._getInnerText = readText;
      this._removeNodes = removeNodes;
    }
  },
} satisfies Record<string, Helper>;

/** Readability's own step, which the speed-up above runs with its text read once. */
const SHIPPED_CLEAN_CONDITIONALLY = (
  Readability.prototype as unknown as { _cleanConditionally(this: ReadabilityInternals, e: Element, tag: string): void }
)._cleanConditionally;

/**
 * Whether any text under `root` is other than white space, by the same white space as
 * `String.prototype.trim` (JavaScript's `\s` is that set). Walks in document order through
 * sibling links (no stack, no list of children) and stops at the first such text.
 */
function hasNonSpaceText(root: Node): boolean {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      if (/\S/.test((node as CharacterData).data)) return true;
    } else if (node.nodeType === ELEMENT_NODE && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Up to the nearest ancestor below the root with a next sibling; none left: done.
    while (node !== root && !(node as Node).nextSibling) node = (node as Node).parentNode;
    if (!node || node === root) return false;
    node = node.nextSibling;
  }
  return false;
}

// Node's constants, spelled out: the module also runs where no global Node exists (the CLI).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** A Readability with the speed-ups above. */
export function fasterReadability<T = string>(
  doc: Document,
  options?: ConstructorParameters<typeof Readability<T>>[1],
): Readability<T> {
  const reader = new Readability<T>(doc, options);
  Object.assign(reader, READABILITY_SPEEDUPS);
  return reader;
}
