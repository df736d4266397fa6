/** Blocks per chunk: a screen or two of text, so a chunk is laid out only when it nears view. */
export const CHUNK_SIZE = 24;

/**
 * Groups a long article's blocks into chunks of CHUNK_SIZE (`.folio-chunk`, which the reader's
 * CSS gives `content-visibility: auto`). Chromium still builds and places every block that has
 * `content-visibility` of its own, about 25 µs each: 75 ms of layout for 3,000 paragraphs before
 * the first paint. Chunks leave it a hundred or so boxes to place. The text, and so anchoring,
 * is unchanged: only wrappers are added. Short articles are left as they are.
 */
export const WRAPPERS = new Set(['DIV', 'ARTICLE', 'SECTION', 'MAIN']);

export function chunkLongContent(root: Element, chunkSize = CHUNK_SIZE): void {
  // Readability wraps the article in a div or two, pages in <article> or <section>: go down
  // through lone wrappers to where the blocks are.
  let parent: Element = root;
  while (parent.children.length === 1 && WRAPPERS.has((parent.firstElementChild as Element).tagName)) {
    parent = parent.firstElementChild as Element;
  }
  // Chunked already (the same nodes shown again on a second open).
  if (parent.children.length <= chunkSize * 2 || parent.firstElementChild?.classList.contains('folio-chunk')) return;
  const doc = parent.ownerDocument;
  const chunks = doc.createDocumentFragment();
  let chunk: Element | undefined;
  let blocks = 0;
  // Counted in elements; the text between them (line breaks) goes along with its neighbours.
  for (const node of [...parent.childNodes]) {
    if (!chunk || (node.nodeType === 1 && blocks === chunkSize)) {
      chunk = chunks.appendChild(doc.createElement('div'));
      chunk.className = 'folio-chunk';
      blocks = 0;
    }
    if (node.nodeType === 1) blocks++;
    chunk.append(node);
  }
  parent.append(chunks);
}
