import { descendantsWithTag, firstDescendant, isMediaElement } from './dom';
import type { RemovalReport } from './report';
import { fileNameOf, pathOf } from './resolve-urls';
import { isPixels } from './sanitize';
import type { ExtractStep } from './types';

const STEP: ExtractStep = 'post-clean';

/**
 * Images in the article that are not its pictures, and that the reader would show as something
 * worse than nothing:
 *
 * - a lazy loader's placeholder whose real address the page never gave (a 1×1 GIF, an SVG that
 *   draws nothing, "lazy_placeholder.gif"): with the size the page gives it, a blank box as tall
 *   as the photo it stood for;
 * - the same picture again right after itself (a script's copy and its `<noscript>` fallback, a
 *   responsive copy): the reader showed every photo twice;
 * - an image without a size that the page repeats: a toggle's switch, a chevron, a "Pin it"
 *   button under every photo, a store's logo on every buy button. An SVG without a size of its
 *   own takes the whole column's width in an `<img>`: a chevron 700 px tall.
 *
 * - a logo before the article's first words (a site's or a product's mark, "co_logobg_blue.svg"
 *   under /logos/, alt "CO- logo"): the reader's header names the site; a logo in the text
 *   after the first words (a review's, a comparison's) is the article's.
 *
 * Small images in a row (a rating's stars) and an article's own repeated figures with a size
 * (a comparison's logos) stay: they render at their size, and they carry meaning.
 */
export function removeImageClutter(content: Element, report: RemovalReport): void {
  const images = descendantsWithTag(content, 'IMG');
  if (images.length === 0) return;
  // All three read the article as the page gave it: a badge, a placeholder, the badge again are
  // not two badges in a row (the placeholder stood for a photo).
  const clutter = new Map<Element, string>();
  for (const img of images) if (isEmptyPlaceholder(img)) clutter.set(img, 'image placeholder');
  const repeats = images.length > 1 ? repeatsOfThePictureBefore(content) : [];
  for (const img of repeats) if (!clutter.has(img)) clutter.set(img, 'repeated picture');
  // Counted without the copies just found: a responsive copy of a photo does not make it an icon.
  for (const img of unsizedRepeats(images.filter((img) => !clutter.has(img)))) clutter.set(img, 'interface image');
  for (const img of logosBeforeTheText(content, images))
    if (!clutter.has(img)) clutter.set(img, 'logo over the article');
  for (const [img, reason] of clutter) removeWithEmptiedWrappers(img, content, report, reason);
}

/** Images without a size whose address the article shows `MIN_INTERFACE_REPEATS` times or more. */
function unsizedRepeats(images: Element[]): Element[] {
  const unsizedBySrc = new Map<string, Element[]>();
  for (const img of images) {
    const src = img.getAttribute('src');
    if (!src || hasSize(img)) continue;
    const same = unsizedBySrc.get(src);
    if (same) same.push(img);
    else unsizedBySrc.set(src, [img]);
  }
  return [...unsizedBySrc.values()].filter((same) => same.length >= MIN_INTERFACE_REPEATS).flat();
}

/** An article's own pictures appear once; an unsized image shown this often is part of the page's interface. */
const MIN_INTERFACE_REPEATS = 3;

/** Declared no larger than this both ways, an image is an icon: several in a row are a rating, not copies. */
const ICON_SIZE = 32;

/**
 * A base64 image this short holds a few pixels at most: a transparent 1×1 GIF is 60 characters,
 * a 40 × 40 photo over a thousand.
 */
const MAX_PLACEHOLDER_BASE64 = 200;

/** Words of a placeholder's file name ("lazy_placeholder.gif", "1x1.trans.gif", "spinner2.gif"). */
const PLACEHOLDER_NAME_WORDS = new Set([
  'lazy',
  'placeholder',
  'blank',
  'spacer',
  'trans',
  'transparent',
  'pixel',
  'loading',
  'loader',
  'spinner',
  'empty',
  'grey',
  'gray',
  '1x1',
]);

function isEmptyPlaceholder(img: Element): boolean {
  if (hasResponsiveSource(img)) return false;
  const src = (img.getAttribute('src') ?? '').trim();
  if (src.startsWith('data:')) return isEmptyDataImage(src);
  return isPlaceholderFileName(src);
}

/** A srcset on the image or on a `<source>` of its `<picture>`: the browser loads that, not `src`. */
function hasResponsiveSource(img: Element): boolean {
  if ((img.getAttribute('srcset') ?? '').trim()) return true;
  const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
  return (
    picture !== null && firstDescendant(picture, (el) => (el.getAttribute('srcset') ?? '').trim() !== '') !== undefined
  );
}

function isEmptyDataImage(src: string): boolean {
  const comma = src.indexOf(',');
  if (comma < 0) return true;
  const header = src.slice(5, comma).toLowerCase();
  const payload = src.slice(comma + 1);
  const base64 = header.endsWith(';base64');
  if (!header.startsWith('image/svg')) return base64 && payload.length <= MAX_PLACEHOLDER_BASE64;
  const svg = decodeDataPayload(payload, base64);
  return svg !== undefined && drawsNothing(svg);
}

function decodeDataPayload(payload: string, base64: boolean): string | undefined {
  try {
    return base64 ? atob(payload) : decodeURIComponent(payload);
  } catch {
    return undefined;
  }
}

/** `<svg viewBox="0 0 1400 1050"></svg>` or `<svg …/>`: nothing inside the root to draw. */
function drawsNothing(svg: string): boolean {
  const open = svg.indexOf('<svg');
  if (open < 0) return false;
  const end = svg.indexOf('>', open);
  if (end < 0) return false;
  if (svg[end - 1] === '/') return svg.indexOf('<', end) < 0;
  const rest = svg.slice(end + 1).trim();
  return rest === '' || rest.startsWith('</svg');
}

function isPlaceholderFileName(src: string): boolean {
  const file = fileNameOf(src).toLowerCase();
  const dot = file.lastIndexOf('.');
  const stem = dot > 0 ? file.slice(0, dot) : file;
  // "1x1" is a word of its own; any other digits ("spinner2") and separators only join words.
  const words = stem.split(/(1x1)|[\d._-]+/).filter(Boolean);
  if (words.length > 0 && words.every((word) => PLACEHOLDER_NAME_WORDS.has(word))) return true;
  // A site names its spinner after itself ("nbc-ajax-loader.gif"): an animation or a drawing
  // named for what it stands in for. A photo of a boat loader is a JPEG.
  const extension = dot > 0 ? file.slice(dot + 1) : '';
  return ANIMATION_FORMATS.has(extension) && STAND_IN_LAST_WORDS.has(words[words.length - 1] ?? '');
}

/** Formats a spinner or a stand-in comes in. */
const ANIMATION_FORMATS = new Set(['gif', 'svg']);
/** The last word of a stand-in's file name, whatever words come before it. */
const STAND_IN_LAST_WORDS = new Set(['loader', 'loading', 'spinner', 'placeholder']);

/** Declared `width` and `height`, both whole pixels. */
function hasSize(img: Element): boolean {
  return declaredPixels(img, 'width') !== undefined && declaredPixels(img, 'height') !== undefined;
}

/** A `width` or `height` the page declares in whole pixels; undefined for none, "100%" or "48px". */
export function declaredPixels(img: Element, name: 'width' | 'height'): number | undefined {
  const value = img.getAttribute(name);
  return isPixels(value) ? Number(value) : undefined;
}

/** Declared `width` and `height` both no larger than an icon's (32 px). */
export function isIconSized(img: Element): boolean {
  const width = declaredPixels(img, 'width');
  const height = declaredPixels(img, 'height');
  return width !== undefined && height !== undefined && width <= ICON_SIZE && height <= ICON_SIZE;
}

/**
 * Images with the same address as the image before them, with no words and no other media in
 * between. The copy gives the kept one its size when only the copy declared it.
 */
function repeatsOfThePictureBefore(content: Element): Element[] {
  const repeats: Element[] = [];
  let previous: Element | null = null;
  const stack: Node[] = [];
  for (let c = content.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      if ((node.nodeValue ?? '').trim()) previous = null;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName === 'IMG') {
      const src = el.getAttribute('src');
      if (previous && src && src === previous.getAttribute('src') && !isIconSized(el)) {
        if (!hasSize(previous) && hasSize(el)) copySize(el, previous);
        repeats.push(el);
        continue;
      }
      previous = el;
      continue;
    }
    // A <picture> holds the image it is; a table, a video or code between two images is something seen.
    // A new cell or list item is a new place, even with nothing written between.
    if ((el.tagName !== 'PICTURE' && isMediaElement(el)) || NEW_PLACE.test(el.tagName)) previous = null;
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return repeats;
}

const NEW_PLACE = /^(?:TD|TH|LI)$/;

function copySize(from: Element, to: Element): void {
  for (const name of ['width', 'height']) to.setAttribute(name, from.getAttribute(name) ?? '');
}

/**
 * Removes the image, and the link, paragraph or `<picture>` around it that it leaves with nothing
 * to show: an empty link would still be written into the Markdown export as `[](…)`.
 */
function removeWithEmptiedWrappers(img: Element, content: Element, report: RemovalReport, reason: string): void {
  let target = img;
  for (let parent = img.parentElement; parent && parent !== content; parent = parent.parentElement) {
    if ((parent.textContent ?? '').trim() !== '') break;
    // (What is inside `target` is this image, and its <picture>'s sources.)
    if (firstDescendant(parent, (el) => !target.contains(el) && isMediaElement(el))) break;
    target = parent;
  }
  report.remove(STEP, reason, target);
}

/**
 * A block that holds the article's words (a picture's own <p> has none). Headings are not counted:
 * the title's copy may still be there (Readability makes it an <h2>), or a label over it.
 */
const WORDS_BLOCK = /^(?:P|LI|BLOCKQUOTE|PRE|TD|TH|DT|DD|FIGCAPTION)$/;
/** A word that starts with "logo" ("logo", "logos", "logobg"), in an address or an alt text. */
const LOGO_WORD = /(?:^|[^a-z])logo/i;

function logosBeforeTheText(content: Element, images: Element[]): Element[] {
  // The names first: most articles have no logo, and need not be walked to their first words.
  const logos = images.filter(
    (img) => LOGO_WORD.test(img.getAttribute('alt') ?? '') || LOGO_WORD.test(pathOf(img.getAttribute('src') ?? '')),
  );
  if (logos.length === 0) return [];
  const firstWords = firstDescendant(
    content,
    (el) => WORDS_BLOCK.test(el.tagName) && (el.textContent ?? '').trim() !== '',
  );
  if (!firstWords) return [];
  return logos.filter(
    (img) => (img.compareDocumentPosition(firstWords) & 4) /* Node.DOCUMENT_POSITION_FOLLOWING */ !== 0,
  );
}
