import { decodeUriOrAsWritten } from '../decode-uri';
import { descendantsWithTag } from './dom';
import { declaredPixels } from './image-clutter';
import { PICTURE_FILE_NAME } from './patterns';
import { fileNameOf, resolveLazyImages, srcsetAddresses } from './resolve-urls';
import { skipUnseen } from './visible-metadata';

/**
 * The article's lead picture: the photograph a page sets above or under its title, in the
 * article's header. Pages keep it there, apart from the body, so the extraction leaves it out
 * with the rest of the header (on 159 of the 232 development pages that show one). It is told
 * from the header's other pictures (the author's face, a logo, an advert) by what the page says
 * of itself: it is the picture the page names for sharing (`og:image`), shown.
 */

/** Elements looked at after the heading, and before it (a full-width picture above the title). */
const REACH_AFTER = 150;
const REACH_BEFORE = 60;
/** A picture whose page gives it a side shorter than this (in pixels) is an icon or a face. */
const MIN_SIDE = 150;
/** File names shorter than this ("1.jpg", "og.png") say too little to tell pictures apart. */
const MIN_NAME = 4;
/** Attributes that may carry a picture's address, lazy ones included (read before they are resolved). */
const SOURCE_ATTRIBUTES = ['src', 'data-src', 'data-lazy-src', 'data-original', 'srcset', 'data-srcset'];

/**
 * A picture's name for comparing copies of it: its file name, lower-cased, without its type and
 * a size the site added ("hedge-1200x630.jpg", "hedge-scaled.jpg", "hedge@2x.jpg" → "hedge").
 * An image service's address carries the picture's own as a parameter (`/_next/image?url=…`).
 */
export function pictureName(address: string): string {
  let path = address.trim();
  const query = path.indexOf('?');
  if (query >= 0) {
    const inner = new URLSearchParams(path.slice(query + 1)).get('url');
    if (inner) path = inner;
  }
  let name = decodeUriOrAsWritten(fileNameOf(path).toLowerCase());
  const dot = name.lastIndexOf('.');
  if (dot > 0) name = name.slice(0, dot);
  name = name.replace(/(?:[-_]\d{2,5}x\d{2,5}|-scaled|@\dx)$/, '');
  return name.length >= MIN_NAME ? name : '';
}

/** The names of every address the element gives for its picture (src, lazy src, srcset's). */
function namesOf(el: Element): string[] {
  const names: string[] = [];
  for (const attribute of SOURCE_ATTRIBUTES) {
    const value = el.getAttribute(attribute);
    if (!value) continue;
    const addresses = attribute.endsWith('srcset') ? srcsetAddresses(value) : [value];
    for (const address of addresses) {
      const name = address && !address.startsWith('data:') ? pictureName(address) : '';
      if (name) names.push(name);
    }
  }
  return names;
}

/** Whether the page gives the picture a side too small for a lead picture (in pixels: "100%" is not). */
function isSmall(img: Element): boolean {
  const width = declaredPixels(img, 'width') ?? 0;
  const height = declaredPixels(img, 'height') ?? 0;
  return (width > 0 && width < MIN_SIDE) || (height > 0 && height < MIN_SIDE);
}

/**
 * Whether the picture is inside a link to another page (another article, a gallery, a shop): a
 * card's picture, not the article's. A link to the picture itself, at its full size (a
 * WordPress hero's `<a href="…/hedge.jpg">`), is only the page's way to zoom: the picture is
 * taken, without the link.
 */
function isLinkedAway(img: Element, names: string[]): boolean {
  const href = img.closest('a[href]')?.getAttribute('href');
  if (href === undefined || href === null) return false;
  const target = pictureName(href);
  return !target || !PICTURE_FILE_NAME.test(fileNameOf(href)) || !names.includes(target);
}

/**
 * The <img> near the heading that shows the page's sharing picture, or undefined. `shared`: the
 * og:image and twitter:image addresses.
 */
export function findLeadPicture(heading: Element, shared: (string | undefined)[]): Element | undefined {
  const wanted = new Set(shared.map((address) => (address ? pictureName(address) : '')).filter(Boolean));
  if (!wanted.size) return undefined;
  const isLead = (el: Element) => {
    if (el.tagName !== 'IMG' || isSmall(el)) return false;
    const names = namesOf(el);
    return names.some((name) => wanted.has(name)) && !isLinkedAway(el, names);
  };
  const doc = heading.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? heading, 1 /* SHOW_ELEMENT */, skipUnseen);
  walker.currentNode = heading;
  for (let node = walker.nextNode(), i = 0; node && i < REACH_AFTER; node = walker.nextNode(), i++) {
    if (isLead(node as Element)) return node as Element;
  }
  walker.currentNode = heading;
  for (let node = walker.previousNode(), i = 0; node && i < REACH_BEFORE; node = walker.previousNode(), i++) {
    if (isLead(node as Element)) return node as Element;
  }
  return undefined;
}

/**
 * Puts the lead picture (its <picture> with its sources, where it has one) at the top of the
 * article when the article does not show it already, and returns its <figure> for the caller to
 * make its addresses absolute; the sanitizer sees it with the rest. Copied into the article's own
 * document, never cloned in the page's: a copy made there would load at once, in the page's view.
 */
export function restoreLeadPicture(container: Element, lead: Element | undefined): Element | undefined {
  if (!lead) return undefined;
  const names = new Set(namesOf(lead));
  const shown = descendantsWithTag(container, 'IMG', 'SOURCE').some((el) => namesOf(el).some((n) => names.has(n)));
  if (shown) return undefined;
  const doc = container.ownerDocument;
  const parent = lead.parentElement;
  const figure = doc.createElement('figure');
  figure.appendChild(doc.importNode(parent?.tagName === 'PICTURE' ? parent : lead, true));
  resolveLazyImages(figure);
  container.insertBefore(figure, container.firstChild);
  return figure;
}
