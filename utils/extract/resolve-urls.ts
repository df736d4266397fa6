import { descendantsWithTag, SCRIPT_ADDRESS } from './dom';

/**
 * Lazy images keep their real address in data-original / data-src / data-lazy-src (or a srcset),
 * with a placeholder in src; links and images may be relative. Resolves both, so that the reader,
 * which is shown away from the page (or offline), shows the real images and working links.
 */
const LAZY_SRC_ATTRS = ['data-original', 'data-src', 'data-lazy-src', 'data-actualsrc', 'data-url', 'data-echo'];

export function resolveLazyImages(root: Element): void {
  for (const el of descendantsWithTag(root, 'IMG', 'SOURCE')) {
    // A <picture>'s <source>s are lazy the same way: `data-srcset` only, until a script copies it.
    if (el.tagName === 'IMG') resolveLazySrc(el);
    copyLazySrcset(el);
  }
}

function resolveLazySrc(img: Element): void {
  const lazy = LAZY_SRC_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !v.startsWith('data:'));
  const src = img.getAttribute('src') ?? '';
  if (lazy && (!src || src.startsWith('data:') || /placeholder|blank|loading|lazy|grey|spacer/i.test(src))) {
    img.setAttribute('src', lazy);
  } else if (!src) {
    const set = img.getAttribute('data-srcset') ?? img.getAttribute('srcset');
    const first = set ? srcsetAddresses(set)[0] : undefined;
    if (first) img.setAttribute('src', first);
  }
}

/** The addresses of a srcset, without their descriptors ("a.jpg 480w, b.jpg 2x" → a.jpg, b.jpg). */
export function srcsetAddresses(srcset: string): string[] {
  return srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

function copyLazySrcset(el: Element): void {
  const dataSrcset = el.getAttribute('data-srcset');
  if (dataSrcset && !el.getAttribute('srcset')) el.setAttribute('srcset', dataSrcset);
}

/**
 * A link whose address runs script is its words. Readability does this to the article it takes;
 * what the steps after it put back from the page (an opening, an FAQ, a recipe's lists) did not
 * pass through it, and the sanitizer would drop only the address, leaving a link that goes
 * nowhere.
 */
export function unlinkScriptAddresses(root: Element): void {
  for (const link of descendantsWithTag(root, 'A')) {
    if (SCRIPT_ADDRESS.test(link.getAttribute('href') ?? '')) link.replaceWith(...link.childNodes);
  }
}

export function absolutizeUrls(root: Element, baseUrl: string | undefined): void {
  if (!baseUrl) return;
  const resolve = (value: string) => {
    try {
      return new URL(value, baseUrl).href;
    } catch {
      return value;
    }
  };
  // One walk (a query per attribute walked the article three times).
  for (const el of descendantsWithTag(root, 'A', 'IMG', 'SOURCE', 'VIDEO', 'AUDIO')) {
    const href = el.tagName === 'A' ? el.getAttribute('href') : null;
    if (href !== null && !href.startsWith('#')) el.setAttribute('href', resolve(href));
    const src = el.tagName === 'A' ? null : el.getAttribute('src');
    if (src !== null) el.setAttribute('src', resolve(src));
    const srcsetValue = el.tagName === 'IMG' || el.tagName === 'SOURCE' ? el.getAttribute('srcset') : null;
    if (srcsetValue === null) continue;
    const srcset = srcsetValue
      .split(',')
      .map((part) => {
        const [url, ...descriptor] = part.trim().split(/\s+/);
        return url ? [resolve(url), ...descriptor].join(' ') : '';
      })
      .filter(Boolean)
      .join(', ');
    el.setAttribute('srcset', srcset);
  }
}

/** The last part of an address's path, without its query or fragment: "…/lazy_placeholder.gif?v=2" → "lazy_placeholder.gif". */
export function fileNameOf(src: string): string {
  const path = src.split(/[?#]/, 1)[0] ?? '';
  return path.slice(path.lastIndexOf('/') + 1);
}

/** An address's path, without its host, query or fragment ("logo.example.com" names no picture); '' for no address. */
export function pathOf(address: string): string {
  try {
    return new URL(address, 'https://page.invalid/').pathname;
  } catch {
    return '';
  }
}
