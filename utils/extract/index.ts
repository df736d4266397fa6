/**
 * Article extraction. Public API:
 * - `extractArticle(document, { url, siteRules, debug })` → `ExtractResult` (an `Article`, or a
 *   "no article found" reason), never throwing for a bad page;
 * - `isProbablyReaderable(document)`: a CJK-aware readerable check;
 * - `toPlainText(node)`: one block per line;
 * - the `SiteRule` format and `findSiteRule`.
 * DOM only: no browser extension API, so Node (jsdom, happy-dom) runs the same code.
 */
export { extractArticle, NO_ARTICLE } from './extract-article';
export { cleanTitle, detectLanguage, parseDate } from './metadata';
export { toPlainText } from './plain-text';
export { isProbablyReaderable } from './readerable';
export { readingTimeMinutes } from './reading-time';
export { findSiteRule, parseSiteRules, type SiteRulesParse, urlMatches } from './site-rules';
export type * from './types';
