/**
 * The article's HTML, as nodes of this frame's document: parsed in an inert document (no browsing
 * context: nothing in it runs or loads), then adopted. The string is the extractor's output,
 * sanitized with DOMPurify in the reader content script's isolated world on an inert copy of the
 * page, and it came on a port only that script holds (frame-channel.ts): no page script can have
 * touched it. A second DOMPurify pass here cost ~90 ms on a 1 MB article, for no attacker the
 * design admits; the hostile-markup end-to-end tests check what the reader ends up holding.
 */
export function articleNodes(html: string, doc: Document): Node[] {
  const container = doc.implementation.createHTMLDocument('').createElement('div');
  container.innerHTML = html;
  return [...container.childNodes].map((node) => doc.adoptNode(node));
}
