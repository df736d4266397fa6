/**
 * Readability 0.6 removes the first `<h1>` or `<h2>` whose words are mostly the title's, taking it
 * for the title repeated over the article (`_headerDuplicatesTitle`). It measures one way only:
 * the share of the heading's words that the title has. A section's heading made of a few of the
 * title's words passes: under "Social Media Marketing Certifications and Certificates", the
 * article's first section "What is Social Media Marketing?" (four of its five words in the title)
 * went, and its paragraphs ran on under the opening (wcxb-dev 0038). Folio removes the title's
 * repeat itself (dropLeadingTitle).
 *
 * Here the heading Readability takes for the title is removed only when it says most of the
 * title too (the same measure taken both ways, against the title with or without the site's
 * name) and, unless an `<h1>`, comes before the article's prose: an `<h2>` after a paragraph
 * heads a section, whatever its words ("8 Recent Photography Trends" under "8 Recent Trends in
 * Photography"). Only that first heading is judged, as Readability judges only the first.
 */

import { firstDescendant } from './dom';
import { isProseParagraph } from './masked-prose';
import { countCjk } from './text';

/** Readability's threshold, used both ways. */
const SIMILAR = 0.75;
/** Readability's separators between a title and the site's name, with a space each side. */
const TITLE_SEPARATOR = / [|\-–—\\/>»] /;

interface TitleHeadingInternals {
  _headerDuplicatesTitle(node: Element): boolean;
  _textSimilarity(textA: string, textB: string): number;
  _getInnerText(node: Element, normalizeSpaces?: boolean): string;
  _articleTitle: string;
}

/** Gives one Readability instance the two-way test (the prototype stays as shipped). */
export function withTitleHeadingMatchedBothWays<T extends object>(reader: T): T {
  const internals = reader as unknown as TitleHeadingInternals;
  const shipped = internals._headerDuplicatesTitle;
  // Renamed by an upgrade (the unit test says so): Readability as shipped.
  if (typeof shipped !== 'function' || typeof internals._textSimilarity !== 'function') return reader;
  // Readability asks until the first heading it takes for the title; so is it asked here, and a
  // later heading that says the title ("Best Website Builders for Small Business FAQs") is not
  // removed in place of a first one that was kept. Readability may read the page again from its
  // copy when a try keeps too little (the kept heading is then no longer in the page): each try
  // asks afresh.
  let kept: Element | undefined;
  internals._headerDuplicatesTitle = function (this: TitleHeadingInternals, node: Element): boolean {
    if (kept?.isConnected || !shipped.call(this, node)) return false;
    // A page's <h1> that says the title is its title, wherever it is (a cookie notice's or a
    // hidden header's paragraph may come before it).
    if (node.tagName !== 'H1' && followsProse(node)) {
      kept = node;
      return false;
    }
    const heading = this._getInnerText(node, false);
    const title = this._articleTitle ?? '';
    // Readability's words are runs of ASCII letters and digits: Chinese or Japanese text is not
    // measured by them (a title "2024年社区读书活动总结_…" is the words "2024" and "_").
    if (countCjk(heading) || countCjk(title)) return true;
    // Readability keeps a short title's site name ("The Year in Mathematics | Quanta Magazine"):
    // the heading may say the title without it.
    const isTitle = [title, ...title.split(TITLE_SEPARATOR)].some(
      (part) => this._textSimilarity(heading, part) > SIMILAR,
    );
    kept = isTitle ? undefined : node;
    return isTitle;
  };
  return reader;
}

/**
/** Whether a paragraph of prose comes before `heading` in its document. */
function followsProse(heading: Element): boolean {
  const body = heading.ownerDocument.body;
  if (!body) return false;
  const prose = firstDescendant(body, (el) => el === heading || isProseParagraph(el));
  return prose !== undefined && prose !== heading;
}
