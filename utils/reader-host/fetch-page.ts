import { TIMED_OUT, withTimeout } from '../async/with-timeout';
import { decodeHtml } from '../encoding';
import type { PageFetcher } from '../extract/read-pages';
import type { SiteRule } from '../extract/types';

/** Longest wait for one page of an essay. */
const PAGE_TIMEOUT_MS = 15_000;

/**
 * Fetches the essay's next pages from the content script: same-origin requests, with the page's
 * own cookies, needing no permission beyond the page's. Decoded by the header's charset, else the
 * page's <meta charset> (GBK, GB18030, Big5…), as a browser would; parsed with DOMParser, an
 * inert document where nothing runs or loads.
 */
export function pageFetcher(siteRules: SiteRule[]): PageFetcher {
  return {
    siteRules,
    async fetchHtml(url) {
      let response: Response;
      try {
        response = await withTimeout(fetch(url, { credentials: 'include' }), PAGE_TIMEOUT_MS);
      } catch (error) {
        throw new Error(error === TIMED_OUT ? 'no answer in 15 s' : 'the site could not be reached');
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      // Copied into this world's own array: in a Firefox content script the response's buffer
      // belongs to another compartment, and reading it through a view (subarray) is refused.
      const fetched = new Uint8Array(await response.arrayBuffer());
      const bytes = new Uint8Array(fetched.length);
      bytes.set(fetched);
      const declared = /charset=["']?([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
      return { html: decodeHtml(bytes, declared).text, bytes: bytes.length };
    },
    parse: (html) => new DOMParser().parseFromString(html, 'text/html'),
  };
}
