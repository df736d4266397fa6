import { isHeading } from './dom';
import type { RemovalReport } from './report';
import { normalizeSpace } from './text';

/**
 * A site's appeal for its readers' money, set in the article: "If you're enjoying this article,
 * consider supporting our award-winning journalism by subscribing." (a science magazine, between
 * two rules under "On supporting science journalism"), "Support CNX Software! Donate via
 * cryptocurrencies, become a Patron on Patreon…", a non-profit newsroom's "Your one-off or monthly
 * donations play a crucial role in supporting our operations…", a blog's "please consider a
 * one-off donation … on Ko-fi". It is the site speaking of itself, not the article: the reader
 * reads it once on the page, and it should not be in the saved text or the Markdown export.
 *
 * Told by two things together: the site speaking of itself and its funding ("our journalism",
 * "non-profit newsroom", "members help keep NR going", "Patreon", "Ko-fi") and an ask ("please
 * consider", "pitching in", "become a patron", "we have a proposition for you"). An ask alone is
 * the article's advice ("consider donating to a local food bank"), a site speaking of itself
 * alone is its story ("our newsroom moved"). Without an ask, a mention of donations counts only
 * among the article's last blocks, where a newsroom's footnote stands.
 */
export function isSupportAppeal(text: string, atTheEnd: boolean): boolean {
  if (text.length > MAX_APPEAL || !SITE_FUNDING.test(text)) return false;
  return APPEAL_ASK.test(text) || (atTheEnd && DONATION_WORD.test(text));
}

/** Longer than this, a paragraph is the article's own, whatever it mentions. */
const MAX_APPEAL = 600;
/** The last blocks of an article, where a site's footnotes stand. */
export const APPEAL_END_BLOCKS = 4;

/** The site speaking of itself and of what keeps it going. */
const SITE_FUNDING =
  /\b(?:our (?:award-winning |independent |nonprofit |non-profit )?(?:journalism|reporting|newsroom|operations|work|mission|coverage|editorial independence|independence)|(?:non-?profit|independent|reader-supported|reader-funded) (?:newsroom|journalism|media|publication)|support(?:ing)? (?:us|this (?:site|blog|podcast|newsletter|channel))|(?:members|subscribers|supporters|readers) help keep|patreon|ko-?fi|buy me a coffee)\b/i;
/** The reader asked to give. */
const APPEAL_ASK =
  /\b(?:please consider|consider (?:supporting|donating|subscribing|becoming|making a|giving)|pitch(?:ing)? in|chip(?:ping)? in|become a (?:patron|member|supporter|subscriber)|becoming a (?:regular |monthly )?(?:patron|member|supporter|subscriber)|make a (?:gift|donation)|donate (?:now|today|via|to us|here)|support us|help us (?:keep|continue|stay)|we have a (?:small )?(?:favou?r to ask|proposition for you))\b/i;
/** Money given, named. */
const DONATION_WORD = /\b(?:donat(?:e|es|ing|ions?)|fundraising)\b/i;

/**
 * A heading over such an appeal: "On supporting science journalism", "Support our work", "…we have
 * a small favor to ask." (Its paragraphs may not say "our journalism": the heading says it.)
 */
const APPEAL_HEADING =
  /^(?:[^.!?]{0,80}\bwe have a small favou?r to ask|(?:on )?support(?:ing)? (?:our |independent |local |nonprofit |non-profit |science |quality )?(?:journalism|reporting|newsroom|work)|(?:please )?support us)[.!:?]*$/i;
const MAX_APPEAL_HEADING = 120;
/** A box that an appeal's heading opens holds the appeal only: a few short paragraphs. */
const MAX_APPEAL_BOX = 1500;

export function isSupportAppealHeading(text: string): boolean {
  return text.length <= MAX_APPEAL_HEADING && APPEAL_HEADING.test(text);
}

/**
 * Removes an appeal's heading, and the box it opens when it opens one (the heading first in its
 * own element inside the article, with at most a few paragraphs: a newsroom's end-of-year appeal
 * with its editor's signature, "Thank you. Liz Willen, Editor in chief"). Returns what went, so
 * the caller passes over the blocks inside it.
 */
export function removeAppealHeading(heading: Element, content: Element, report: RemovalReport): Element {
  const box = heading.parentElement;
  const opensBox =
    box &&
    box !== content &&
    box.firstElementChild === heading &&
    !Array.from(box.children).some((child) => child !== heading && isHeading(child)) &&
    normalizeSpace(box.textContent ?? '').length <= MAX_APPEAL_BOX;
  const gone = opensBox ? box : heading;
  report.remove('post-clean', 'appeal for support', gone);
  return gone;
}

/**
 * The heading an appeal stands under alone, whatever it says ("Something to Consider" over a
 * magazine's membership pitch): the appeal's box is that heading and the appeal, so the heading
 * would head nothing once the appeal went. Climbs through wrappers that hold only the appeal;
 * a heading whose section goes on after the appeal is the article's, and stays.
 */
export function headingOverAppeal(appeal: Element, content: Element): Element | undefined {
  let at = appeal;
  while (at.parentElement && at.parentElement !== content && at.parentElement.childElementCount === 1) {
    at = at.parentElement;
  }
  const before = at.previousElementSibling;
  const after = at.nextElementSibling;
  const endsItsSection = !after || after.tagName === 'HR' || isHeading(after);
  if (!before || !isHeading(before) || !endsItsSection) return undefined;
  return normalizeSpace(before.textContent ?? '').length <= MAX_APPEAL_HEADING ? before : undefined;
}
