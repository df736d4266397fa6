/**
 * Readability 0.6 knows `<b>` and `<span>` as phrasing content but not `<u>`, `<s>` or `<bdi>`
 * (nor the old `<strike>`, `<tt>`, `<big>`, `<font>`, `<nobr>`). Where it gathers a `<div>`'s
 * inline run into paragraphs, such an element ends the run: "We <u><a>analyzed</a></u> 75+
 * movers…" became three blocks, "We", "analyzed" and "75+ movers…". (Upstream:
 * mozilla/readability#997, open.) Here they count as phrasing when all they hold is phrasing,
 * the rule Readability already applies to `<a>`, `<del>` and `<ins>`, and when they hold no
 * `<br>`: Readability turns `<br>` runs into paragraphs next, and would nest them in the run.
 */
const INLINE_FORMATTING = new Set(['U', 'S', 'BDI', 'STRIKE', 'TT', 'BIG', 'FONT', 'NOBR']);

/**
 * A comment ended the run too: React's server rendering puts an empty one between a text and the
 * value after it ("We use trusted sources like<!-- --> <a>Peterson's Data</a> <!-- -->and the…"),
 * and the sentence became three blocks. A comment shows nothing, anywhere: it stays in a run, as
 * white space does, and starts none (Vue's "<!---->" before each block of a page would otherwise
 * each make an empty paragraph, which changes what Readability scores).
 */
const COMMENT_NODE = 8;

interface PhrasingInternals {
  _isPhrasingContent(node: Node): boolean;
  _isWhitespace(node: Node): boolean;
  _everyNode(nodes: NodeListOf<ChildNode>, test: (node: Node) => boolean): boolean;
}

/**
 * Gives one Readability instance the fuller phrasing and white-space tests (the prototype stays
 * as shipped).
 */
export function withFullerPhrasing<T extends object>(reader: T): T {
  const internals = reader as unknown as PhrasingInternals;
  const shipped = internals._isPhrasingContent;
  internals._isPhrasingContent = function (this: PhrasingInternals, node: Node): boolean {
    if (shipped.call(this, node) || node.nodeType === COMMENT_NODE) return true;
    if (node.nodeType !== 1 || !INLINE_FORMATTING.has((node as Element).tagName)) return false;
    const el = node as Element;
    return el.getElementsByTagName('br').length === 0 && this._everyNode(el.childNodes, this._isPhrasingContent);
  };
  const shippedWhitespace = internals._isWhitespace;
  internals._isWhitespace = function (this: PhrasingInternals, node: Node): boolean {
    return node.nodeType === COMMENT_NODE || shippedWhitespace.call(this, node);
  };
  return reader;
}
