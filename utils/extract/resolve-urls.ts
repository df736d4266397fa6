/**
 * Lazy images keep their real address in data-original / data-src / data-lazy-src (or a srcset),
 * with a placeholder in src; links and images may be relative. Resolves both, so that the reader,
 * which is shown away from the page (or offline), shows the real images and working links.
 */
const LAZY_SRC_ATTRS = ['data-original', 'data-src', 'data-lazy-src', 'data-actualsrc', 'data-url', 'data-echo'];

export function resolveLazyImages(root: ParentNode): void {
  for (const img of root.querySelectorAll('img')) {
    const lazy = LAZY_SRC_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !v.startsWith('data:'));
    const src = img.getAttribute('src') ?? '';
    if (lazy && (!src || src.startsWith('data:') || /placeholder|blank|loading|lazy|grey|spacer/i.test(src))) {
      img.setAttribute('src', lazy);
    } else if (!src) {
      const set = img.getAttribute('data-srcset') ?? img.getAttribute('srcset');
      const first = set?.split(',')[0]?.trim().split(/\s+/)[0];
      if (first) img.setAttribute('src', first);
    }
    const dataSrcset = img.getAttribute('data-srcset');
    if (dataSrcset && !img.getAttribute('srcset')) img.setAttribute('srcset', dataSrcset);
  }
}

export function absolutizeUrls(root: ParentNode, baseUrl: string | undefined): void {
  if (!baseUrl) return;
  const resolve = (value: string) => {
    try {
      return new URL(value, baseUrl).href;
    } catch {
      return value;
    }
  };
  for (const el of root.querySelectorAll('a[href]')) {
    const href = el.getAttribute('href') as string;
    if (!href.startsWith('#')) el.setAttribute('href', resolve(href));
  }
  for (const el of root.querySelectorAll('img[src], source[src], video[src], audio[src]')) {
    el.setAttribute('src', resolve(el.getAttribute('src') as string));
  }
  for (const el of root.querySelectorAll('img[srcset], source[srcset]')) {
    const srcset = (el.getAttribute('srcset') as string)
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
