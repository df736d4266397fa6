/**
 * Where a link leads, from the page it is on: to another site, or to another page of the same
 * one. A site is a host's last two labels ("directory.goodonyou.eco" is goodonyou.eco's), near
 * enough for telling a post's teaser (same site) from a write-up's link to what it is about.
 */

/** A host's last two labels ("directory.goodonyou.eco" → "goodonyou.eco"). */
function siteOf(hostname: string): string {
  return hostname.split('.').slice(-2).join('.');
}

function resolve(href: string, pageUrl: string): { page: URL; target: URL } | undefined {
  try {
    const page = new URL(pageUrl);
    const target = new URL(href, page);
    if (!target.protocol.startsWith('http') || !page.protocol.startsWith('http')) return undefined;
    return { page, target };
  } catch {
    return undefined;
  }
}

/** Whether `href` leads to another site than `pageUrl`'s (not for a `mailto:` or a bad address). */
export function linksOffSite(href: string, pageUrl: string): boolean {
  const urls = resolve(href, pageUrl);
  return urls !== undefined && siteOf(urls.target.hostname) !== siteOf(urls.page.hostname);
}

/** Whether `href` leads to another page of `pageUrl`'s site: not the page itself, nor the home page. */
export function linksToOtherPageOfSite(href: string, pageUrl: string): boolean {
  const urls = resolve(href, pageUrl);
  if (!urls) return false;
  const { page, target } = urls;
  return (
    siteOf(target.hostname) === siteOf(page.hostname) && target.pathname !== page.pathname && target.pathname.length > 1
  );
}

/**
 * Whether `href` leads to another page of `pageUrl`'s own host (its home page too): narrower than
 * linksToOtherPageOfSite, for a card of another post, which a site links on its own host.
 */
export function linksToOtherPageOfHost(href: string, pageUrl: string): boolean {
  const urls = resolve(href, pageUrl);
  return urls !== undefined && urls.target.host === urls.page.host && urls.target.pathname !== urls.page.pathname;
}
