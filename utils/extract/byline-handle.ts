/**
 * A byline that is an account's user name ("TurboTaxLisa", "jsteinhardt") where the page's data
 * (JSON-LD, the author meta tag) names the person behind it ("Lisa Greene-Lewis"): a reader wants
 * the person. Taken only when the handle holds one of the name's words, so that the data's name
 * is the same person's and not the publisher's or another writer's.
 */
export function personBehindHandle(byline: string | undefined, dataNames: (string | undefined)[]): string | undefined {
  if (!byline || !HANDLE.test(byline)) return byline;
  const handle = byline.toLowerCase();
  const person = dataNames.find((name) => {
    // One person's name: a list ("A, B") or a single word is no help.
    if (!name || name.includes(',')) return false;
    const words = name.toLowerCase().split(' ');
    if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
    // "Stacey" shown for "Stacey Smith" is a name already, not a handle.
    return words.some((word) => word.length >= MIN_SHARED_WORD && word.length < handle.length && handle.includes(word));
  });
  return person ?? byline;
}

/** A user name: one run of Latin letters, digits and _ . - (a Chinese name has no spaces either). */
const HANDLE = /^[A-Za-z0-9_.-]{3,40}$/;
/** The shared word is at least this long ("Lisa"; not "Al" or "de"). */
const MIN_SHARED_WORD = 3;
/** A person's name has at most this many words. */
const MAX_NAME_WORDS = 4;
