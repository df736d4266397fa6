import { bylineOfElement, isInComments } from './visible-metadata';

/**
 * Readability 0.6 takes the first element marked as a byline (a class or id with "author" or
 * "byline", `rel=author`, `itemprop=author`) and keeps its whole text, its pieces run together:
 * Chefkoch's author box, the name and a "Profil entdecken" button each in a block of their own,
 * gave "DelphinellaProfil entdecken"; a Russian magazine's gave "Текст: Венера Ерофеева".
 *
 * Here the names are read from that element the way Folio reads a byline near the heading
 * (visible-metadata's `bylineOfElement`: its pieces apart, labels, buttons, job titles and dates
 * left out). Readability's own choice stands where it found a name marked `itemprop="name"`
 * inside, where it had the byline from the page's meta tags, and where no name reads out. An
 * element in the comments is no byline: a commenter's name is not the author's.
 */
interface BylineInternals {
  _isValidByline(node: Element, matchString: string): boolean;
  parse(): { byline?: string | null } | null;
}

/** Gives one Readability instance Folio's reading of its byline element (the prototype stays as shipped). */
export function withBylineReadAsNames<T extends object>(reader: T): T {
  const internals = reader as unknown as BylineInternals;
  const shippedTest = internals._isValidByline;
  const shippedParse = internals.parse;
  // Renamed by an upgrade (the unit test says so): Readability as shipped.
  if (typeof shippedTest !== 'function' || typeof shippedParse !== 'function') return reader;
  let bylineElement: Element | undefined;
  internals._isValidByline = function (this: BylineInternals, node: Element, matchString: string): boolean {
    // A commenter's name ("melodie wrote:") is no byline of the article: Readability looks on.
    const valid = shippedTest.call(this, node, matchString) && !isInComments(node);
    // Readability asks only until its first yes.
    if (valid && !bylineElement) bylineElement = node;
    return valid;
  };
  internals.parse = function (this: BylineInternals) {
    const result = shippedParse.call(this);
    // Readability's byline is this element's whole text only when it took the element itself.
    const whole = bylineElement?.textContent?.trim();
    if (result && bylineElement && result.byline && result.byline === whole) {
      const names = bylineOfElement(bylineElement);
      if (names) result.byline = names;
    }
    return result;
  };
  return reader;
}
