/**
 * What a test does inside the reader frame's document, the same in Chromium and in Firefox: each
 * function runs in the frame (given as source text), on `root`, the frame's document, and fires
 * the DOM events the reader's React handlers receive.
 */

/** Clicks the first element matching `selector`; false when there is none. */
export function clickIn(root: Document, selector: string): boolean {
  const el = root.querySelector(selector) as HTMLElement | null;
  el?.click();
  return Boolean(el);
}

/** Selects `quote` in the article as a drag would, and sends the mouseup a drag ends with. */
export function selectQuote(root: Document, quote: string): boolean {
  const content = root.querySelector('.folio-content') as HTMLElement;
  const walker = root.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.nodeValue ?? '').indexOf(quote);
    if (at >= 0) {
      root.getSelection()?.setBaseAndExtent(node, at, node, at + quote.length);
      content.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
      return true;
    }
  }
  return false;
}

/** What is painted in a document's highlight registry: colour → highlighted texts. */
export function registryOf(root: Document): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const css = (root.defaultView as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS;
  for (const color of ['yellow', 'green', 'blue', 'pink', 'purple']) {
    const hl = css.highlights?.get(`folio-${color}`);
    if (hl) out[color] = [...hl].map((r) => r.toString());
  }
  return out;
}
