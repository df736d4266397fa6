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

interface PhrasingInternals {
  _isPhrasingContent(node: Node): boolean;
  _everyNode(nodes: NodeListOf<ChildNode>, test: (node: Node) => boolean): boolean;
}

/** Gives one Readability instance the fuller phrasing test (the prototype stays as shipped). */
export function withInlineFormattingAsPhrasing<T extends object>(reader: T): T {
  const internals = reader as unknown as PhrasingInternals;
  const shipped = internals._isPhrasingContent;
  internals._isPhrasingContent = function (this: PhrasingInternals, node: Node): boolean {
    if (shipped.call(this, node)) return true;
    if (node.nodeType !== 1 || !INLINE_FORMATTING.has((node as Element).tagName)) return false;
    const el = node as Element;
    return el.getElementsByTagName('br').length === 0 && this._everyNode(el.childNodes, this._isPhrasingContent);
  };
  return reader;
}
