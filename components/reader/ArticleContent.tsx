import { memo, type Ref, useCallback } from 'react';
import { isIconSized } from '../../utils/extract/image-clutter';
import { t } from '../../utils/i18n';
import { chunkLongContent, WRAPPERS } from './chunk-content';

/**
 * A picture that fails to load (gone from its site, blocked, offline) becomes a quiet box with
 * its description instead of the browser's broken-image icon; an icon, or a picture among words,
 * leaves its description in the line. The words are drawn by CSS from an attribute, not put in
 * the text: highlights are anchored on the article's text, which must not change under them.
 */
function showFailedPicture(event: Event) {
  const img = event.target;
  if (!(img instanceof HTMLImageElement)) return;
  const alt = img.getAttribute('alt')?.trim() ?? '';
  const box = img.ownerDocument.createElement('span');
  box.className = 'folio-image-failed';
  box.setAttribute('role', 'img');
  const label = alt ? t('imageFailed', alt) : t('imageFailedPlain');
  box.setAttribute('aria-label', label);
  if (isPartOfALine(img)) {
    // An icon or a picture among words ("✓ Free shipping", "press [key] to save"): a box as wide
    // as the column would break the line in two; its description takes its place in the line.
    box.classList.add('folio-image-failed-inline');
    box.dataset.label = alt;
  } else {
    box.dataset.label = label;
  }
  img.replaceWith(box);
}

/**
 * Elements that hold a picture inside a line: the picture is still part of the line they are in
 * (a key's picture in its <kbd>, a symbol in <code>).
 */
const INLINE_HOLDERS = new Set([
  ...['A', 'SPAN', 'PICTURE', 'B', 'STRONG', 'EM', 'I', 'U', 'S', 'SMALL', 'MARK', 'SUB', 'SUP'],
  ...['KBD', 'CODE', 'SAMP', 'VAR', 'ABBR', 'DFN', 'CITE', 'Q', 'TIME', 'DEL', 'INS'],
]);

/**
 * An icon by its declared size, or a picture with words beside it on its line ("press <img> to
 * save"). A picture with its caption after a line break (WordPress's `<p><img><br>Caption</p>`)
 * or beside blocks is a picture of its own.
 */
function isPartOfALine(img: HTMLImageElement): boolean {
  if (isIconSized(img)) return true;
  // Up through the link or the emphasis around it: words beside any of them are on its line.
  for (let node: Element = img; ; ) {
    if (hasWordsOnItsLine(node)) return true;
    const holder = node.parentElement;
    if (!holder || !INLINE_HOLDERS.has(holder.tagName)) return false;
    node = holder;
  }
}

/** Words in the text or inline elements beside `node`, up to a line break either way. */
function hasWordsOnItsLine(node: Node): boolean {
  const hasWords = (sibling: Node) =>
    (sibling.nodeType === Node.TEXT_NODE || INLINE_HOLDERS.has((sibling as Element).tagName)) &&
    (sibling.textContent ?? '').trim() !== '';
  for (let s = node.previousSibling; s && s.nodeName !== 'BR'; s = s.previousSibling) if (hasWords(s)) return true;
  for (let s = node.nextSibling; s && s.nodeName !== 'BR'; s = s.nextSibling) if (hasWords(s)) return true;
  return false;
}

/** Marks a picture that has come: until then the CSS holds its place as a faint box. */
function markPictureLoaded(event: Event) {
  if (event.target instanceof HTMLImageElement) event.target.classList.add('folio-image-loaded');
}

// Readability's and the page's wrappers, and a <p>: pages built by script wrap headings in one,
// which no parser would.
const BLOCK_WRAPPERS = new Set([...WRAPPERS, 'P']);

/**
 * An article that opens on a heading: the header's rule already sets it apart, and the heading's
 * own space above (1.6em of its large type) would leave a gap twice the paragraphs'. The class
 * drops that space; it changes no text, so highlights are anchored as before.
 */
function markOpeningHeading(content: Element) {
  let first = openingElement(content);
  while (first && BLOCK_WRAPPERS.has(first.tagName)) first = openingElement(first);
  if (first && /^H[2-6]$/.test(first.tagName)) first.classList.add('folio-opening-heading');
}

/** The first element inside, unless words come before it. */
function openingElement(parent: Element): Element | undefined {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.ELEMENT_NODE) return node as Element;
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return undefined;
  }
  return undefined;
}

/**
 * The article's body. Memoized: the reader re-renders on every scroll (progress, current
 * section), and the body, which may be megabytes of HTML, must not be compared or replaced then;
 * replacing it would also lose the reader's focus and selection.
 * Given as `nodes` (the extractor's own sanitized nodes, moved in: no second parse) or as `html`
 * (a saved article); both were sanitized with DOMPurify before they get here.
 */
export const ArticleContent = memo(function ArticleContent({
  html,
  nodes,
  ref,
}: {
  html: string;
  nodes?: Node[];
  ref?: Ref<HTMLDivElement>;
}) {
  // Filled and chunked as soon as React has made the element, before the first layout.
  const setContent = useCallback(
    (el: HTMLDivElement | null) => {
      if (el && nodes) el.replaceChildren(...nodes);
      if (el) chunkLongContent(el);
      if (el) markOpeningHeading(el);
      // Load events do not bubble: caught on the way down. Set before any can arrive (they are queued).
      el?.addEventListener('error', showFailedPicture, true);
      el?.addEventListener('load', markPictureLoaded, true);
      if (typeof ref === 'function') ref(el);
      else if (ref) ref.current = el;
    },
    [ref, nodes],
  );
  if (nodes) return <div className="folio-content" ref={setContent} />;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized before it gets here (see above).
  return <div className="folio-content" ref={setContent} dangerouslySetInnerHTML={{ __html: html }} />;
});
