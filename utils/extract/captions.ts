import { firstDescendant, hasTextLongerThan, holdsText, isMediaElement, someChild } from './dom';
import { isBlankText } from './text';

/**
 * Captions the page sets as a plain block after a picture (WordPress's old
 * `<div class="wp-caption"><img><p class="wp-caption-text">`, a news site's
 * `<div class="photo-caption">`), rather than in a <figure>'s <figcaption>. Readability drops
 * every class, so the reader set them as the article's own paragraphs ("Vicente Aguiar loads
 * garage door trims… (AP Photo/Alan Diaz, File)" read as a sentence of the story). They are
 * marked by their class before Readability and made the picture's <figcaption> after it.
 */

/** Marks a caption for after Readability (which keeps data attributes and drops classes). */
const CAPTION_MARK = 'data-folio-caption';

/**
 * A class that names a caption: "wp-caption-text", "photo-caption", "image_caption",
 * "caption-text", "caption"; not "captioned-image-container" (a wrapper) nor "adCaption".
 */
const CAPTION_CLASS =
  /(?:^|[\s_-])(?:wp-caption-text|(?:image|img|photo|picture|media|figure)[-_]?caption|caption(?:[-_]?text)?)(?:$|[\s_-])/i;
/** The same names in camel case after another word: NBC's "embeddedMediaCaption". */
const CAMEL_CAPTION_CLASS = /[a-z](?:Image|Img|Photo|Picture|Media|Figure)Caption(?:$|[\s_-])/;

/** Longer than this (its markup's spaces counted), a block named a caption is not a picture's caption. */
const MAX_CAPTION = 600;
/** Levels a caption is climbed out of to find the picture beside it (its wrapper's, its wrapper's wrapper's). */
const MAX_CAPTION_LEVELS = 2;

/**
 * In pre-clean's walk: marks `el` when its class names a caption and it is not in a <figure>
 * already; and the block it only wraps (`<div class="caption"><p>…</p></div>`), since
 * Readability replaces such a wrapper by its paragraph, and the wrapper's mark with it.
 */
export function markCaption(el: Element): void {
  const className = el.getAttribute('class') ?? '';
  if (el.tagName === 'FIGCAPTION' || !(CAPTION_CLASS.test(className) || CAMEL_CAPTION_CLASS.test(className))) return;
  if (el.closest('figcaption, figure')) return;
  // (Not in a caption marked already: a gallery's "caption-full" and "caption-truncated" inside
  // its "caption" box are that box's copies of one caption, not captions of their own.)
  if (!el.parentElement?.closest(`[${CAPTION_MARK}]`)) wrapLoneWords(el);
  // (A caption inside a marked one was marked with it: the chain is not walked again.)
  for (let at: Element | null = el; at && !at.hasAttribute(CAPTION_MARK); at = onlyChild(at))
    at.setAttribute(CAPTION_MARK, '');
}

/** Children that keep Readability from making a <div> a paragraph (its DIV_TO_P_ELEMS, and more blocks). */
const BLOCK_CHILD = new Set(['BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL', 'SECTION', 'FIGURE']);

/**
 * A caption <div> of words alone ("<div class="image-caption">洱海边</div>") gets its words in a <p>
 * of its own: Readability would wrap them in a new <p> and put that in the div's place, dropping
 * the div's mark with it; the <p> made here is the one it keeps, and is marked in turn.
 */
function wrapLoneWords(el: Element): void {
  if (el.tagName !== 'DIV' || !el.firstChild || someChild(el, (child) => BLOCK_CHILD.has(child.tagName))) return;
  const words = el.ownerDocument.createElement('p');
  while (el.firstChild) words.append(el.firstChild);
  el.append(words);
}

/** Whether pre-clean marked `el` as a picture's caption (markCaption). */
export function isMarkedCaption(el: Element): boolean {
  return el.hasAttribute(CAPTION_MARK);
}

/** The one element `el` holds, with no words beside it. */
function onlyChild(el: Element): Element | null {
  const child = el.firstElementChild;
  if (!child || child !== el.lastElementChild) return null;
  for (let node = el.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 3 && !isBlankText(node.nodeValue ?? '')) return null;
  return child;
}

/**
 * Each marked caption still in the article, right after a block that holds a picture and no words
 * (or its wrapper right after one), becomes that picture's <figcaption> in a new <figure>. Other
 * marks are dropped: a caption without its picture (the cleaning removed it) stays a line.
 */
export function figureCaptions(container: Element): number {
  let made = 0;
  // A static list (the loop moves what it finds).
  for (const caption of container.querySelectorAll(`[${CAPTION_MARK}]`)) {
    caption.removeAttribute(CAPTION_MARK);
    if (!caption.parentElement || caption.closest('figure')) continue;
    // (A block named a caption may wrap a whole page: its text is not copied to be measured.)
    if (!holdsText(caption) || hasTextLongerThan(caption, MAX_CAPTION)) continue;
    const picture = pictureBefore(caption, container);
    if (!picture) continue;
    const doc = container.ownerDocument;
    const figure = doc.createElement('figure');
    const figcaption = doc.createElement('figcaption');
    while (caption.firstChild) figcaption.append(caption.firstChild);
    picture.before(figure);
    figure.append(picture, figcaption);
    caption.remove();
    made++;
  }
  return made;
}

/**
 * The block just before `caption` (or before its wrapper, when the caption opens it) that holds a
 * picture and no words: the picture it captions. A caption after words in its own block (a credit
 * at the end of a caption's sentence) is that sentence's, and stays where it is.
 */
function pictureBefore(caption: Element, container: Element): Element | undefined {
  let at: Element = caption;
  for (let level = 0; level <= MAX_CAPTION_LEVELS; level++) {
    const before = previousBlock(at);
    if (before === WORDS) return undefined;
    if (before) return holdsOnlyAPicture(before) ? before : undefined;
    const parent = at.parentElement;
    if (!parent || parent === container) return undefined;
    at = parent;
  }
  return undefined;
}

/** Words set before an element in its parent: it does not open the parent. */
const WORDS = 'words';

/** The element before `el` (over blank text), WORDS when text comes first, undefined when `el` opens its parent. */
function previousBlock(el: Element): Element | typeof WORDS | undefined {
  for (let node = el.previousSibling; node; node = node.previousSibling) {
    if (node.nodeType === 1) return node as Element;
    if (node.nodeType === 3 && !isBlankText(node.nodeValue ?? '')) return WORDS;
  }
  return undefined;
}

function holdsOnlyAPicture(el: Element): boolean {
  if (holdsText(el)) return false;
  return isMediaElement(el) || firstDescendant(el, isMediaElement) !== undefined;
}
