/**
 * Pages no extension may script: the browser's own pages, other extensions, the web stores and
 * the built-in PDF viewer. Asking is pointless there, so the user gets a clear message instead.
 */
const RESTRICTED_SCHEMES =
  /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|javascript|blob|file):/i;
const STORE_HOSTS =
  /^https:\/\/(?:chrome\.google\.com\/webstore|chromewebstore\.google\.com|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)(?:\/|$)/i;

export type RestrictionReason = 'browser-page' | 'web-store' | 'pdf' | 'no-page';

export function restrictionOf(url: string): RestrictionReason | undefined {
  if (/^file:/i.test(url) && !/\.pdf(?:[?#]|$)/i.test(url)) return 'browser-page';
  if (/\.pdf(?:[?#]|$)/i.test(url)) return 'pdf';
  if (RESTRICTED_SCHEMES.test(url)) return 'browser-page';
  if (STORE_HOSTS.test(url)) return 'web-store';
  return undefined;
}
