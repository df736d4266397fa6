import { decodeUriOrAsWritten } from '../decode-uri';
import {
  descendantsWithTag,
  firstDescendant,
  HEADING_TAGS,
  hasOwnText,
  headsAList,
  holdsText,
  isHeading,
  isMediaElement,
  standsAlone,
  walkElements,
} from './dom';
import { removeEchoedLines } from './echoed-lines';
import { trimLineBreaksAtBlockEdges } from './edge-line-breaks';
import { removeExcerptListAtEnd, removeLinkedCardsAtEnd } from './excerpt-list';
import { removeFormLeftovers } from './form-leftovers';
import { removeImageClutter } from './image-clutter';
import { removeInlineCards } from './inline-cards';
import { removeInPageJumps, unwrapHeadingPermalinks } from './jump-links';
import { removeEchoedListNumbers } from './list-numbers';
import {
  ABOUT_THIS_ARTICLE_LINE,
  APP_PITCH,
  ARTICLE_TERMS_LINE,
  AUTHOR_BIO_LINE,
  BOILERPLATE_HEADING,
  BREADCRUMB_LINE,
  BYLINE_LABEL_LINE,
  CAPTION_TOGGLE,
  CLOSED_FEEDBACK_LINE,
  CONTACT_ADDRESS,
  COPYRIGHT_LINE,
  COUNT_LINE,
  CREDIT_LINE,
  DATELINE_LABEL_LINE,
  DISCLOSURE_LINE,
  FEEDBACK_LINE,
  FOLLOW_SITE_LINE,
  FORM_CONFIRMATION_LINE,
  FORM_CONSENT_LINE,
  FORM_LEFTOVER_LINE,
  GALLERY_CONTROL_LINE,
  ISSUE_FEEDBACK_HEADING,
  isCallToAction,
  isDateline,
  isDatelineBetweenBylineLabels,
  isMetaLineWithDate,
  isNewsletterPitch,
  isPromptLine,
  isRoleLine,
  isShareBarLine,
  LEADING_SYMBOLS,
  LISTING_TITLE,
  MAX_RELATED_HEADING,
  NEWS_CREDITS_LINE,
  PHOTO_CREDIT_LINE,
  PLAYER_LABEL,
  RATING_LINE,
  READ_TIME_LINE,
  REFERENCES_HEADING,
  RELATED_HEADING,
  RELATED_LINK_LINE,
  REPORTER_CONTACT_LINE,
  SPONSOR_LABEL_LINE,
  SWITCH_LABEL_LINE,
  TAGS_LABEL_LINE,
  TAXONOMY_LINE,
  TOC_TITLE_LINE,
  VIEW_COUNT_LINE,
  VIEW_WORD_LINE,
  VISITS_LINE,
} from './patterns';
import { removePlaceholderText } from './placeholder-text';
import { isDeadLinkCommand } from './pre-clean';
import type { RemovalReport } from './report';
import { removeStoriesAfterArticle } from './stories-after';
import {
  APPEAL_END_BLOCKS,
  headingOverAppeal,
  isSupportAppeal,
  isSupportAppealHeading,
  removeAppealHeading,
} from './support-appeals';
import { isBlankText, linkDensity, normalizeSpace } from './text';
import type { ExtractStep } from './types';
import {
  isRepostNotice,
  isZhAuthorFigures,
  ZH_ACTION_BUTTONS_LINE,
  ZH_AUTHOR_BIO_LINE,
  ZH_CREDITS_LINE,
  ZH_DATELINE,
  ZH_EDITOR_CREDIT_LINE,
  ZH_FOLLOW_LINE,
  ZH_PAGE_BUTTONS_LINE,
  ZH_POST_HEADER_LINE,
  ZH_POST_STATS_LINE,
  ZH_READ_TIME_LINE,
  ZH_READER_PROMPT_LINE,
  ZH_TEXT_SIZE_LINE,
  ZH_TIP_LINE,
  ZH_VIEW_COUNT_LINE,
} from './zh-edge-lines';

const STEP: ExtractStep = 'post-clean';
/** Longer than this, a block is a paragraph, not a line of clutter. */
const MAX_LINE = 200;
/** A paragraph of links to other stories under their label: a few headlines at most. */
const MAX_RELATED_LINKS = 600;

// An article's own <header> and <footer> (its dateline and standfirst, its credits) are looked
// into like any wrapper; so is a <p> that holds headings or other blocks (a page's script can
// build one, which no parser would: "Blog", "7 min read", "May 06, 2025" as <h5>s in a <p>), and
// a <form> whose controls went (its labels and small print would stay: the sanitizer keeps a
// form's words).
// (A heading group, <hgroup>, is a header's block too: a dateline may stand in one alone.)
const WRAPPER = /^(?:DIV|SECTION|ARTICLE|MAIN|HEADER|FOOTER|HGROUP|P|FORM)$/;
const BLOCK =
  /^(?:P|DIV|SECTION|ARTICLE|MAIN|HEADER|FOOTER|HGROUP|H[1-6]|UL|OL|DL|LI|BLOCKQUOTE|PRE|TABLE|FIGURE|HR|ADDRESS|DETAILS)$/;

/**
 * A web component's element ("<bsx-section>", "<article-body>": a custom element's name has a
 * hyphen) is the page's own wrapper or line, like a <div>: the edge rules look through it.
 */
function isCustomElement(el: Element): boolean {
  return el.tagName.includes('-');
}

/**
 * A wrapper that is not a block itself: a web component's, or a <span> around blocks (Medium's
 * byline row, `<div><span><div><p>6 min read</p><p>Dec 1, 2025</p></div></span></div>`: read as one
 * block, "6 min read Dec 1, 2025" was no line the edge rules know).
 */
function isInlineWrapper(el: Element): boolean {
  if (isCustomElement(el)) return hasBlockChild(el);
  // A <span> with words of its own between its blocks (a whole post body in one, HubSpot's) is
  // read as one block still: words outside blocks are not seen by the edge rules.
  return el.tagName === 'SPAN' && hasBlockChild(el) && !hasOwnText(el);
}

/** Whether a block is among `el`'s children, or inside an inline wrapper among them. */
function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCK.test(c.tagName) || isInlineWrapper(c) || isLinkAroundBlocks(c)) return true;
  }
  return false;
}

/**
 * A link around blocks is a block of its own: a card linked whole (`<a><img><h3>…</h3><p>…</p>
 * <span>Jacob Given</span></a>`), "<a><p>back to blog</p></a>". Neither a block nor a wrapper, it
 * was passed over: the rules never saw its lines. Read whole, it goes or stays whole.
 */
function isLinkAroundBlocks(el: Element, withoutWords = false): boolean {
  if (el.tagName !== 'A') return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    // (With words: an avatar's empty link stays in the box that goes when it is empty.)
    if (BLOCK.test(c.tagName)) return withoutWords || !isBlankText(el.textContent ?? '');
  }
  return false;
}

/**
 * A <time> set between blocks (<article><time>19 Dec 2025</time><section>…) is a line of its own,
 * and so is a <span> that holds one ("<h2>…</h2><span>Updated <time>…</time></span>", Hearst's
 * dateline under its headline); in a paragraph, or with words beside it ("Posted <time>…</time>
 * by Ana"), it is part of one.
 */
function isTimeOnItsOwnLine(el: Element): boolean {
  const holdsTime = el.tagName === 'TIME' || (el.tagName === 'SPAN' && el.getElementsByTagName('time').length > 0);
  return holdsTime && el.parentElement?.tagName !== 'P' && standsAlone(el);
}

/**
 * Block-level elements in document order, descending through the wrappers Readability leaves.
 * The blocks never nest, so removing one never detaches another. `wordlessLinks`: a link around
 * blocks without words (an author's picture linked to their page) counts as one too.
 */
export function contentBlocks(root: Element, wordlessLinks = false): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop() as Element;
    if ((WRAPPER.test(el.tagName) && hasBlockChild(el)) || isInlineWrapper(el)) {
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    } else if (
      BLOCK.test(el.tagName) ||
      isCustomElement(el) ||
      isTimeOnItsOwnLine(el) ||
      isLinkAroundBlocks(el, wordlessLinks)
    ) {
      out.push(el);
    }
  }
  return out;
}

/** Fewer words than this in capitals may be the article's own ("NASA'S NEW ROCKET"), not a promo. */
const MIN_SHOUTED_WORDS = 4;

/**
 * A paragraph that is one link in capitals: a news site's promo for another story between the
 * article's paragraphs ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'"), a download's
 * ("DOWNLOAD OUR PRINTABLE CHECKLIST"). Scripts without capitals (Chinese) never match.
 */
function isShoutedLink(el: Element, text: string): boolean {
  // Words alone hold no link: most paragraphs end here, before a Unicode class reads their text
  // (2,000 of a long article's paragraphs, a sixth of post-clean's time).
  if (!el.firstElementChild) return false;
  if (/\p{Ll}/u.test(text) || !/\p{Lu}/u.test(text)) return false;
  if (text.split(' ').length < MIN_SHOUTED_WORDS) return false;
  const links = descendantsWithTag(el, 'A');
  return links.length === 1 && normalizeSpace(links[0]?.textContent ?? '') === text;
}

/** A list of a page's controls only: an author's menu ("View author archive", "email the author"). */
function isControlList(el: Element): boolean {
  return isListOfOnly(el, (text) => GALLERY_CONTROL_LINE.test(text));
}

/** A <ul> or <ol> with an item of words, whose every such item passes `test`; at most `maxItems` of them. */
function isListOfOnly(el: Element, test: (itemText: string) => boolean, maxItems = Number.POSITIVE_INFINITY): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL') return false;
  let items = 0;
  for (let item = el.firstElementChild; item; item = item.nextElementSibling) {
    const text = normalizeSpace(item.textContent ?? '');
    if (!text) continue;
    if (++items > maxItems || !test(text)) return false;
  }
  return items > 0;
}

/**
 * A row of a site's buttons, links set between bars: "Get Matched | Subscribe | Read More". Each
 * a few words, one of them a call to action, and the line all links.
 */
function isButtonRow(el: Element, text: string): boolean {
  const parts = text.split(' | ');
  if (parts.length < 2 || parts.length > 6) return false;
  if (parts.some((part) => part.split(' ').length > 3)) return false;
  return parts.some(isCallToAction) && linkDensity(el) > 0.8;
}

function isLinkOnly(el: Element, text: string): boolean {
  if (!text) return false;
  if (el.tagName === 'UL' || el.tagName === 'OL') return linkDensity(el) > 0.8;
  return linkDensity(el) > 0.9 && !firstDescendant(el, (d) => d.tagName === 'IMG');
}

/** A pitch for the site's app is a sentence or two. */
const MAX_APP_PITCH = 320;
const EMPHASIS = /^(?:EM|I|STRONG|B)$/;

/**
 * Every word of the block in italics or bold: a note set apart from the article's prose (the
 * site's pitch for its app, where a how-to's step to download an app is plain text).
 */
function isAllEmphasis(block: Element): boolean {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    let inside = node.parentElement;
    while (inside && inside !== block && !EMPHASIS.test(inside.tagName)) inside = inside.parentElement;
    if (!inside || inside === block) return false;
  }
  return true;
}

/** A form's small print runs to a few sentences (an SMS list's terms: 330 characters). */
const MAX_FORM_CONSENT = 600;
/** What a form's box may say besides its small print: its name ("Mashable Deals"). */
const MAX_FORM_BOX_LABEL = 60;

/**
 * The box a form's small print was in, when all else it says is a label: the form went before, and
 * its name would stay as a line of the article. Two levels up at most, never the article itself.
 */
function formBoxOf(smallPrint: Element, article: Element): Element {
  let box = smallPrint;
  const ownLength = normalizeSpace(smallPrint.textContent ?? '').length;
  for (let level = 0, up = box.parentElement; up && level < 2; level++, up = up.parentElement) {
    if (up === article || /^(?:BODY|MAIN|ARTICLE)$/.test(up.tagName)) break;
    if (normalizeSpace(up.textContent ?? '').length - ownLength > MAX_FORM_BOX_LABEL) break;
    box = up;
  }
  return box;
}

/**
 * Cleans Readability's result: what it keeps because its rules are English or because link lists
 * escape its link-density checks. Removes the trailing run of link-only lines (a related-articles
 * list inside the content area), titles of listing pages, related headings with their lists,
 * download/VIP/next-page prompts, a template's filler and the next stories after the story.
 * `pageUrl`, the article's address, tells a heading's link to its own place on the page from a
 * link elsewhere. `recipeLists`: the recipe's lists in the
 * article (recipe.ts), which a rule for the page's furniture must not take: a last group of
 * ingredients each linked to a shop reads as a trailing run of links.
 */
export function postClean(
  content: Element,
  report: RemovalReport,
  pageUrl?: string,
  recipeLists: readonly Element[] = [],
): void {
  // (Readability has made a script's links plain text already: those left go to "#".)
  for (const link of descendantsWithTag(content, 'A')) {
    if (isDeadLinkCommand(link)) report.remove(STEP, 'link that works as a button', link);
  }
  removeInPageJumps(content, report);
  unwrapHeadingPermalinks(content, report, pageUrl);
  removeCaptionToggles(content, report);
  removeEchoedLines(content, report);
  removePlaceholderText(content, report);
  removeStoriesAfterArticle(content, report);
  removeFormLeftovers(content, report);
  removeInlineCards(content, report);
  const removed = new Set<Element>();
  // Listing titles are links too: the trailing run of links is measured with them in it.
  const listingTitles = new Set<Element>();
  const remove = (el: Element, reason: string) => {
    removed.add(el);
    report.remove(STEP, reason, el);
  };
  const list = contentBlocks(content).map((el) => ({ el, text: normalizeSpace(el.textContent ?? '') }));
  const byElement = new Map(list.map((b) => [b.el, b.text]));
  const withTagLinks = blocksWithTagLinks(content, byElement);
  const lastBlocks = new Set(
    list
      .filter((b) => b.text)
      .slice(-APPEAL_END_BLOCKS)
      .map((b) => b.el),
  );
  for (const { el, text } of list) {
    if (removed.has(el)) continue;
    // Before the length test: a site's tag list can run longer than a line.
    if (withTagLinks.has(el) && text.length <= MAX_TAG_LIST && isRelTagList(el)) {
      remove(el, 'tags');
      continue;
    }
    // An icon font's glyphs (private-use code points: Divi's social icons) draw nothing without
    // the site's font: the reader would show boxes. (At the edge or not: a line of icons is not
    // a divider between sections, as "* * *" is.)
    if (ICON_GLYPHS_ONLY.test(text) && !holds(el, isMediaElement)) {
      remove(el, 'icon font glyphs');
      continue;
    }
    // A table of contents' title with nothing under it, before the next section's heading: the
    // page's script draws the list (4842's "Table of Contents" over its first <h2>).
    if (text.length <= 40 && TOC_TITLE_LINE.test(text) && isHeadingNext(el)) {
      remove(el, 'table of contents without its list');
      continue;
    }
    if (el.tagName === 'FIGURE' && isCaptionWithoutItsPicture(el, text)) {
      // The player or gallery went with the page's scripts; its caption often repeats the opening.
      remove(el, 'caption without its picture');
      continue;
    }
    // "🚀 Sign up…": the words are matched, not the emoji in front of them.
    const words = text.replace(LEADING_SYMBOLS, '');
    // A paragraph or a heading: a list or a table that mentions signing up is the article's advice.
    if ((el.tagName === 'P' || isHeading(el)) && isNewsletterPitch(words)) {
      remove(el, 'newsletter pitch');
      continue;
    }
    if (isHeading(el) && isSupportAppealHeading(words)) {
      const gone = removeAppealHeading(el, content, report);
      for (const b of list) if (gone.contains(b.el)) removed.add(b.el);
      continue;
    }
    if (el.tagName === 'P' && isSupportAppeal(words, lastBlocks.has(el))) {
      const heading = headingOverAppeal(el, content);
      if (heading) remove(heading, 'heading over an appeal for support');
      remove(el, 'appeal for support');
      continue;
    }
    if (el.tagName === 'P' && text.length <= MAX_APP_PITCH && APP_PITCH.test(words) && isAllEmphasis(el)) {
      remove(el, 'app pitch');
      continue;
    }
    if (text.length <= MAX_FORM_CONSENT && FORM_CONSENT_LINE.test(text)) {
      const box = formBoxOf(el, content);
      remove(box, 'form small print');
      for (const b of list) if (box.contains(b.el)) removed.add(b.el);
      continue;
    }
    // A label and links to other stories: "Related: …", or "DON'T MISS" over three headlines set
    // apart by <br>s in one paragraph, which runs past a line's length.
    if (text.length <= MAX_RELATED_LINKS && RELATED_LINK_LINE.test(text) && linkDensity(el) > 0.5) {
      remove(el, 'link to a related article');
      continue;
    }
    if (text.length > MAX_LINE) continue;
    if (el.tagName === 'P' && isInvisible(text, el)) {
      // A page builder's spacer (Webflow's <p>&zwj;</p>): an empty line in the text and the export.
      remove(el, 'empty paragraph');
      continue;
    }
    if (words.length <= MAX_RELATED_HEADING && RELATED_HEADING.test(words)) {
      let next = el.nextElementSibling;
      remove(el, 'related-links heading');
      while (next && isLinkOnly(next, byElement.get(next) ?? normalizeSpace(next.textContent ?? ''))) {
        const after = next.nextElementSibling;
        remove(next, 'related link after heading');
        next = after;
      }
    } else if (((text.length <= 80 && isPromptLine(text)) || isCallToAction(words)) && !headsAList(el)) {
      remove(el, 'prompt');
    } else if (words.length <= 80 && FORM_CONFIRMATION_LINE.test(words)) {
      remove(el, 'form message');
    } else if (el.tagName === 'P' && isShoutedLink(el, text)) {
      remove(el, 'link to another story, in capitals');
    } else if (text.length > 80) {
      // Longer lines are only matched as a whole, above.
    } else if (GALLERY_CONTROL_LINE.test(text)) {
      remove(el, 'gallery control');
    } else if (isControlList(el)) {
      remove(el, 'page controls');
    } else if (isShareBarLine(text)) {
      remove(el, 'share buttons');
    } else if (isButtonRow(el, text)) {
      remove(el, 'buttons');
    } else if (
      /^(?:P|DIV|FIGURE|FIGCAPTION|UL|OL|LI)$/.test(el.tagName) &&
      PHOTO_CREDIT_LINE.test(text) &&
      /[:：]|^©/.test(text)
    ) {
      // A picture whose caption is only its credit keeps the picture.
      const credits = el.tagName === 'FIGURE' ? descendantsWithTag(el, 'FIGCAPTION') : [el];
      for (const credit of credits) remove(credit, 'photo credit');
    } else if (LISTING_TITLE.test(text) && linkDensity(el) > 0.5) {
      remove(el, 'listing title link');
      listingTitles.add(el);
    }
  }
  removeRepeatedBlocks(
    list.filter((b) => !removed.has(b.el) && b.text),
    remove,
  );
  removeTagListAtEnd(
    list.filter((b) => !removed.has(b.el) && b.text),
    remove,
  );
  // Pictures' blocks too (no text): a card's picture goes with its excerpt.
  removeExcerptListAtEnd(
    list.filter((b) => !removed.has(b.el)),
    remove,
  );
  // Pictures' blocks and untitled headings too: a card may have either.
  removeLinkedCardsAtEnd(
    list.filter((b) => !removed.has(b.el)),
    pageUrl,
    remove,
  );
  removeEdgeMetadata(
    list.filter((b) => !removed.has(b.el) && b.text),
    remove,
  );
  // The first block of text after the title, if Readability kept the title.
  const opening = list.find((b) => !removed.has(b.el) && b.text && !isHeading(b.el));
  if (opening) removeDatelineRunIntoOpening(opening.el, report);
  const linkRunGone = removeTrailingLinkRun(
    list.filter((b) => (!removed.has(b.el) || listingTitles.has(b.el)) && b.text),
    report,
    recipeLists,
  );
  // A notice or a credit over the site's list of other essays ("本文由…整理发布，转载请注明出处"
  // above a run of their titles) is at the article's end once that list went.
  if (linkRunGone) {
    removeEdgeMetadata(
      list.filter((b) => !removed.has(b.el) && content.contains(b.el) && b.text),
      remove,
      'end',
    );
  }
  removeFromFeedbackHeading(content, report);
  // After the blocks are read: a photo's caption stays when the photo was only a placeholder (the
  // rule above takes a caption left without its picture for a gallery's leftover).
  removeImageClutter(content, report);
}

/**
 * What the cleaning leaves stray at the article's edges and between its sections (run last:
 * after the title, the byline and an author card went too). A rule (<hr>) before the first words
 * or after the last: the page's divider between its header and the article (USA TODAY's); the
 * reader draws its own line under the header. A heading with nothing after it heads nothing: its
 * list of links ("References", "More to read:", "Related market trackers") or its form went, and
 * it would stand at the article's end and in the outline as a section without a word in it. A
 * rule right after a rule: what stood between them (a promo, a sign-up box) went. Before those:
 * list items left empty, the numbers a page drew in a numbered list's items (list-numbers.ts),
 * and line breaks at a block's edges.
 */
export function removeStrays(content: Element, report: RemovalReport): void {
  removeEmptyListItems(content, report);
  removeEchoedListNumbers(content, report);
  trimLineBreaksAtBlockEdges(content);
  const shown: Element[] = [];
  for (const el of contentBlocks(content)) {
    if (el.tagName === 'HR' || holds(el, isMediaElement)) {
      shown.push(el);
      continue;
    }
    // Read once (every block of every page comes here): whether it shows, and whether it draws a rule.
    const text = normalizeSpace(el.textContent ?? '');
    if (text) shown.push(drawsRule(el, text) ? replacedByRule(el) : el);
  }
  for (const el of shown) {
    if (el.tagName !== 'HR') break;
    report.remove(STEP, 'rule at the edge', el);
  }
  for (const el of [...shown].reverse()) {
    // (Detached already when the article held nothing but rules.)
    if (!el.parentElement) continue;
    if (el.tagName === 'HR') report.remove(STEP, 'rule at the edge', el);
    else if (isHeading(el)) report.remove(STEP, 'heading with nothing after it', el);
    else break;
  }
  let previous: Element | undefined;
  for (const el of shown) {
    if (!el.parentElement) continue;
    if (el.tagName === 'HR' && previous?.tagName === 'HR') report.remove(STEP, 'rule after a rule', el);
    else previous = el;
  }
}

/**
 * A paragraph that draws a rule in characters, long enough to wrap (a line of 90 asterisks or
 * dashes), is a rule: an <hr>, which the reader draws across the column, where the characters
 * wrapped into a ragged block; then dropped like any rule at an edge or after another. A short one
 * ("___" between an AP story's parts, "---") reads as a mark and stays, as annotators keep it.
 */
function drawsRule(el: Element, text: string): boolean {
  return el.tagName === 'P' && text.length <= MAX_RULE_TEXT && RULE_TEXT.test(text);
}

function replacedByRule(el: Element): Element {
  const rule = el.ownerDocument.createElement('hr');
  el.replaceWith(rule);
  return rule;
}

/** Ten or more of one rule character, nothing else ("* * *" stays: a section break in words). */
const RULE_TEXT = /^(?:-{10,}|_{10,}|={10,}|\*{10,}|~{10,}|─{10,}|━{10,}|—{10,})$/;
const MAX_RULE_TEXT = 500;

/**
 * A newsletter's "How was this issue?" heading, past the middle of the text, ends the article:
 * after it come the rating links, the unsubscribe, the sponsor's notice, last week's links and
 * job ads, each under a heading of its own, none of which the edge rules can tell from a section.
 * The heading and everything after it go.
 */
/**
 * A list's item left without words or a picture, drawn as a bullet beside nothing: what it held (a
 * sales pitch's slot after a guide's key points, an ad) went with the page's scripts or the
 * cleaning. A list left with no item goes too.
 */
function removeEmptyListItems(content: Element, report: RemovalReport): void {
  // Innermost first: an item's empty items are gone before it is read, so nested lists are
  // read once, not once for each item around them.
  for (const item of descendantsWithTag(content, 'LI').reverse()) {
    if (holdsText(item) || holds(item, isMediaElement)) continue;
    const list = item.parentElement;
    report.remove(STEP, 'empty list item', item);
    if (list && (list.tagName === 'UL' || list.tagName === 'OL') && !list.firstElementChild && !holdsText(list)) {
      report.remove(STEP, 'empty list', list);
    }
  }
}

function removeFromFeedbackHeading(content: Element, report: RemovalReport): void {
  const heading = descendantsWithTag(content, 'H2', 'H3', 'H4', 'H5', 'H6').find((h) => {
    const text = normalizeSpace(h.textContent ?? '');
    return text.length <= 120 && (FEEDBACK_LINE.test(text) || ISSUE_FEEDBACK_HEADING.test(text));
  });
  if (!heading) return;
  const range = content.ownerDocument.createRange();
  range.setStart(content, 0);
  range.setEndBefore(heading);
  if (range.toString().length < (content.textContent ?? '').length / 2) return;
  // What follows the heading, at each level up to the article's element, then the heading.
  for (let el: Element | null = heading; el && el !== content; el = el.parentElement) {
    while (el.nextSibling) el.nextSibling.remove();
  }
  report.remove(STEP, 'feedback heading and what follows it', heading);
}

/**
 * A dateline set at the start of the first paragraph, before its picture or a line break
 * ("Updated: December 9, 2024<img …>If you are serving food…"): the header shows the date, and
 * in the text it ran into the first sentence ("2024If you…"). Only the date's own text node,
 * and only when a picture or a break, not more words, comes after it.
 */
function removeDatelineRunIntoOpening(block: Element, report: RemovalReport): void {
  if (block.tagName !== 'P') return;
  const first = block.firstChild;
  if (first?.nodeType !== 3) return;
  const dateline = normalizeSpace(first.nodeValue ?? '');
  if (!isDateline(dateline)) return;
  const next = first.nextSibling;
  if (next?.nodeType !== 1 || !/^(?:IMG|PICTURE|BR)$/.test((next as Element).tagName)) return;
  report.note(STEP, `took the dateline "${dateline}" off the first paragraph`);
  first.remove();
  while (block.firstChild?.nodeType === 1 && (block.firstChild as Element).tagName === 'BR') block.firstChild.remove();
}

/** A paragraph of sentences this long, word for word again, is the page printing it twice (a
 * teaser, a slideshow), not the author repeating it. (Lines of data, such as a meal plan's
 * "Asian Chicken Zoodles [1 cup zucchini noodles, …]", do repeat by design: they do not end a
 * sentence, and stay.) */
const REPEATED_PARAGRAPH = 100;

/**
 * A paragraph that repeats a caption already shown (slideshow markup prints each caption again
 * beside its picture), or a long paragraph already shown. An article may repeat its own short
 * lines (a meal plan, a refrain), and those stay.
 */
function removeRepeatedBlocks(
  remaining: { el: Element; text: string }[],
  remove: (el: Element, reason: string) => void,
): void {
  const captions = new Set<string>();
  const longParagraphs = new Set<string>();
  for (const { el, text } of remaining) {
    if (text.length < 40) continue;
    if (el.tagName === 'FIGURE' || el.tagName === 'FIGCAPTION') captions.add(text);
    else if ((el.tagName === 'P' || el.tagName === 'DIV') && captions.has(text)) remove(el, 'repeated caption');
    else if (el.tagName === 'P' && text.length >= REPEATED_PARAGRAPH && /[.!?。！？"”’)]$/.test(text)) {
      if (longParagraphs.has(text)) remove(el, 'repeated paragraph');
      else longParagraphs.add(text);
    }
  }
}

/** How many blocks of text at each end of the article are looked at (headings and what goes do not count). */
const EDGE = 3;

type Block = { el: Element; text: string };

/** Why a line at an article's edge goes, and the test for it: the first rule that applies names it. */
type EdgeRule = readonly [reason: string, applies: (text: string, el: Element) => boolean];

/** Lines that go from either end of the article. */
const AT_EITHER_END: readonly EdgeRule[] = [
  [
    'dateline',
    (text, el) =>
      isDateline(text) ||
      isMetaLineWithDate(text) ||
      (text.length <= 100 && isDatelineBetweenBylineLabels(text)) ||
      (text.length <= 20 && DATELINE_LABEL_LINE.test(text)) ||
      isListOfDatelines(el) ||
      isMarkedTimeLine(el, text) ||
      (text.length <= 60 && (ZH_DATELINE.test(text) || ZH_POST_HEADER_LINE.test(text))),
  ],
  [
    'view count',
    (text) =>
      VIEW_COUNT_LINE.test(text) ||
      VIEW_WORD_LINE.test(text) ||
      VISITS_LINE.test(text) ||
      ZH_VIEW_COUNT_LINE.test(text) ||
      (text.length <= 80 && ZH_POST_STATS_LINE.test(text)),
  ],
  [
    'page buttons',
    (text) =>
      text.length <= 60 &&
      (ZH_TEXT_SIZE_LINE.test(text) || ZH_PAGE_BUTTONS_LINE.test(text) || ZH_ACTION_BUTTONS_LINE.test(text)),
  ],
  [
    'byline',
    (text) =>
      text.length <= 100 && (CREDIT_LINE.test(text) || ZH_EDITOR_CREDIT_LINE.test(text) || ZH_CREDITS_LINE.test(text)),
  ],
  ['disclosure', (text) => text.length <= 400 && DISCLOSURE_LINE.test(text)],
  ['repost notice', (text) => isRepostNotice(text)],
  ['form leftover', (text) => text.length <= 80 && FORM_LEFTOVER_LINE.test(text)],
  ['byline label', (text) => text.length <= 30 && BYLINE_LABEL_LINE.test(text)],
  ['tags line', (text) => text.length <= 200 && TAXONOMY_LINE.test(text)],
  // (At the end too: a post's footer may repeat its header, "Written By Feb 11, 2019 · 3 min read".)
  ['reading time', (text) => READ_TIME_LINE.test(text) || (text.length <= 40 && ZH_READ_TIME_LINE.test(text))],
  // Its duration or position without its buttons: HubSpot's "19" ":" "32" over a post.
  ['media player', (text, el) => text.length <= 20 && isInPlayer(el)],
  // An author card's role, its name gone as the byline ("Product Analytics Expert" over the text).
  ['author card', (text) => isRoleLine(text)],
];

/** Longer than this, a line that is a <time> is more than a date ("12 days of carols"…). */
const MAX_MARKED_TIME_LENGTH = 40;

/**
 * A line that is one <time> and nothing else: the page marked it as a date, so it is one even
 * without the year the date patterns ask for (Squarespace's "<p><time datetime="Apr 12">Apr
 * 12</time></p>" over a post; the header shows the date).
 */
function isMarkedTimeLine(el: Element, text: string): boolean {
  if (text === '' || text.length > MAX_MARKED_TIME_LENGTH) return false;
  const times = el.tagName === 'TIME' ? [el] : Array.from(el.getElementsByTagName('time'));
  return times.length === 1 && normalizeSpace(times[0]?.textContent ?? '') === text;
}

/** Inside the box a page labels as a player ("Play blog post audio: Introduction to…"). */
function isInPlayer(el: Element): boolean {
  const box = el.closest('[aria-label]');
  return box !== null && PLAYER_LABEL.test(box.getAttribute('aria-label') ?? '');
}

/** Items a list may hold and still be a page's dates ("Published", "Updated"), not an article's timeline. */
const MAX_DATELINE_ITEMS = 3;

/**
 * A list of the page's own dates: "18 Nov 2019, 19:09" and "Updated: 18 Nov 2019, 19:11" set as
 * the items of a list under the headline (The Sun). Read as one line, two datelines are no dateline.
 */
function isListOfDatelines(el: Element): boolean {
  return isListOfOnly(el, isDateline, MAX_DATELINE_ITEMS);
}

const AT_START: readonly EdgeRule[] = [
  ...AT_EITHER_END,
  ['breadcrumb', (text) => text.length <= 120 && BREADCRUMB_LINE.test(text)],
  ['sponsor label', (text) => SPONSOR_LABEL_LINE.test(text)],
  ['table of contents', (text, el) => (text.length <= 40 && TOC_TITLE_LINE.test(text)) || isInPageLinkList(el)],
  ['breadcrumb', (_, el) => isBreadcrumbList(el)],
  // WeChat sets "点击上方蓝字关注我们" over the post as often as under it.
  ['follow prompt', (text) => text.length <= 60 && ZH_FOLLOW_LINE.test(text)],
];

/** Longer than this, a line with a reporter's address says more than how to reach them. */
const MAX_CONTACT_LINE = 220;

/** (Longer than 500 characters, a block at the end is the article's own.) */
const AT_END: readonly EdgeRule[] = [
  ...AT_EITHER_END,
  ['copyright line', (text) => text.length <= 500 && COPYRIGHT_LINE.test(text)],
  ['author bio', (text) => text.length <= 500 && (AUTHOR_BIO_LINE.test(text) || ZH_AUTHOR_BIO_LINE.test(text))],
  [
    'about this article',
    (text) =>
      text.length <= 500 &&
      (ABOUT_THIS_ARTICLE_LINE.test(text) || NEWS_CREDITS_LINE.test(text) || ARTICLE_TERMS_LINE.test(text)),
  ],
  [
    'feedback prompt',
    (text) =>
      (text.length <= 120 && FEEDBACK_LINE.test(text)) || (text.length <= 500 && CLOSED_FEEDBACK_LINE.test(text)),
  ],
  ['label left at the end', (text) => isLabelLeftAtEnd(text)],
  ['follow prompt', (text) => text.length <= 60 && (FOLLOW_SITE_LINE.test(text) || ZH_FOLLOW_LINE.test(text))],
  ['prompt to readers', (text) => text.length <= 60 && ZH_READER_PROMPT_LINE.test(text)],
  ['request for a tip', (text) => text.length <= 60 && ZH_TIP_LINE.test(text)],
  ['author card', (text) => isZhAuthorFigures(text)],
  [
    'reporter’s contact',
    (text) => text.length <= MAX_CONTACT_LINE && REPORTER_CONTACT_LINE.test(text) && CONTACT_ADDRESS.test(text),
  ],
  ['rating widget', (text) => text.length <= 60 && RATING_LINE.test(text)],
  // (Their switches went with the page's scripts: a score card's "On / On / Off / Off".)
  ['switch labels', (text) => SWITCH_LABEL_LINE.test(text)],
];

/**
 * Datelines ("Published 4:00 am CST, Wednesday, November 20, 2019") and their labels, view
 * counters, "Written by" lines, reading times, disclosures (affiliate links) and a Chinese page's
 * terms of copying ("转载请注明出处"), buttons ("【打印】【关闭】", "赞(12) 评论(3)"), a platform's counts
 * and credits ("字数 1,024阅读 3,402", "文字|李明 图片|网络") at either end and an author card's role
 * (AT_EITHER_END); breadcrumbs, sponsor labels, a table of contents' title and a Chinese request
 * to follow at the start; copyright lines, author bios, lines about the article (who produced it,
 * whose the feature image is), feedback prompts, an author card's figures and requests to follow,
 * like, tip or pass it on at the end: the header shows
 * the date and the byline, and the site's lines are not the article's. Headings go only when they
 * are a byline, a reading time, a date, a table of contents' or a feedback prompt (some sites set
 * those in heading tags). A block that goes does not count towards the EDGE blocks looked at, so
 * a run of such lines goes whole; a section heading ends the edge, so that lines repeated in every
 * section ("Published by …") stay. `edges`: 'end' looks at the end only (again, once a trailing
 * list went).
 */
function removeEdgeMetadata(
  remaining: Block[],
  remove: (el: Element, reason: string) => void,
  edges: 'both' | 'end' = 'both',
): void {
  // A view counter in two blocks ("2.289" / "letture"): the number goes with its word.
  const countBeforeItsWord = new Set(
    remaining
      .filter((b, i) => COUNT_LINE.test(b.text) && VIEW_WORD_LINE.test(remaining[i + 1]?.text ?? ''))
      .map((b) => b.el),
  );
  const reasonAmong = (rules: readonly EdgeRule[]) => (text: string, el: Element) =>
    countBeforeItsWord.has(el) ? 'view count' : rules.find(([, applies]) => applies(text, el))?.[0];
  const atStart = reasonAmong(AT_START);
  const atEnd = reasonAmong(AT_END);
  const removeAtEdge = (blocks: Block[], reasonFor: (text: string, el: Element) => string | undefined) => {
    let looked = 0;
    let previous: string | undefined;
    for (const { el, text } of blocks) {
      if (looked === EDGE) return;
      if (isHeading(el)) {
        // Sites set "Written by …", "… | 5 min read" and dates in heading tags; they are not sections.
        // Nor is a "Reviewed by" box's heading whose names were not text (avatars, an empty list).
        if (text.length <= 100 && (CREDIT_LINE.test(text) || READ_TIME_LINE.test(text) || BYLINE_LABEL_LINE.test(text)))
          remove(el, 'byline');
        else if (isDateline(text)) remove(el, 'dateline');
        else if (text.length <= 40 && TOC_TITLE_LINE.test(text)) remove(el, 'table of contents');
        else if (text.length <= 120 && FEEDBACK_LINE.test(text)) remove(el, 'feedback prompt');
        // A "Comments" or "Related posts" heading with nothing after it: what it headed is gone.
        else if (looked === 0 && reasonFor === atEnd && isLabelLeftAtEnd(text)) remove(el, 'label left at the end');
        // Past the article's text, a section heading ends the edge (the title above it does not).
        else if (looked > 0) return;
        continue;
      }
      // Marks at the very edge ("•", a zero-width joiner) are a widget's; between paragraphs
      // ("* * *") they divide the article's own sections.
      const reason = looked === 0 && isMarksOnly(text, el) ? 'marks without words' : reasonFor(text, el);
      if (reason) remove(el, reason);
      // A line the same as the one before (a layout's copy for another screen size) is not more
      // of the article: "Loona Construction" three times does not end the edge.
      else if (text !== previous) looked++;
      previous = text;
    }
  };
  if (edges === 'both') removeAtEdge(remaining, atStart);
  removeAtEdge([...remaining].reverse(), atEnd);
}

/**
 * A caption's "hide caption" or "enlarge this image" control set inline, inside the caption's own
 * paragraph: the line rules see the whole caption, and the control's words ran on after it.
 */
function removeCaptionToggles(content: Element, report: RemovalReport): void {
  for (const el of descendantsWithTag(content, 'B', 'SPAN', 'A', 'BUTTON', 'I', 'STRONG', 'EM')) {
    const text = el.textContent ?? '';
    // (An ancestor's removal detaches it: skipped.)
    if (text.length > 40 || !content.contains(el)) continue;
    if (CAPTION_TOGGLE.test(normalizeSpace(text))) report.remove(STEP, 'caption control', el);
  }
}

/** Whether `el` or anything inside it passes `test`. */
function holds(el: Element, test: (e: Element) => boolean): boolean {
  return test(el) || firstDescendant(el, test) !== undefined;
}

/** A <figure> left with its caption alone: no picture, video, table or code, no other words. */
function isCaptionWithoutItsPicture(figure: Element, text: string): boolean {
  const caption = figure.querySelector('figcaption');
  if (!caption || holds(figure, isMediaElement)) return false;
  return normalizeSpace(caption.textContent ?? '') === text;
}

/** Whether the next block after `el` (over empty ones) is a heading. */
function isHeadingNext(el: Element): boolean {
  let next = el.nextElementSibling;
  while (next && !isHeading(next) && isBlankText(next.textContent ?? '') && !holds(next, isMediaElement)) {
    next = next.nextElementSibling;
  }
  return next !== null && isHeading(next);
}

/** Code points of Unicode's private-use area, and spaces between them: an icon font's glyphs. */
const ICON_GLYPHS_ONLY = /^[\uE000-\uF8FF\s]+$/;

/** "•", "☼ ☼ ☼", a zero-width joiner: a line with no letter or digit and nothing to see in it. */
function isMarksOnly(text: string, el: Element): boolean {
  return !/[\p{L}\p{N}]/u.test(text) && !holds(el, isMediaElement);
}

/**
 * Nothing to see: only spaces and zero-width characters, no image or other media, and no id an
 * in-article link may lead to (`<p id="part-2"></p>` is a fragment link's target).
 */
function isInvisible(text: string, el: Element): boolean {
  return isBlankText(text) && !holds(el, (e) => isMediaElement(e) || e.id !== '' || e.hasAttribute('name'));
}

/** A heading's words ("Comments", "Tags", "Recent articles") as the article's last line. */
function isLabelLeftAtEnd(text: string): boolean {
  const words = text.replace(LEADING_SYMBOLS, '');
  return (
    words.length <= 40 &&
    (BOILERPLATE_HEADING.test(words) || RELATED_HEADING.test(words) || TAGS_LABEL_LINE.test(words))
  );
}

/**
 * A "Tags" heading and the bare list of tags under it as the article's last two blocks: the
 * site's index, not the article ("Tags" / "skiplagging, airfare, booking, airlines"). A label
 * with its tags on one line ("Tags: …") is a TAXONOMY_LINE, and goes with the edges.
 */
function removeTagListAtEnd(remaining: Block[], remove: (el: Element, reason: string) => void): void {
  const [label, tags] = remaining.slice(-2);
  if (!label || !tags || label.text.length > 20 || !TAGS_LABEL_LINE.test(label.text)) return;
  if (!isBareTagList(tags)) return;
  remove(tags.el, 'tags');
  remove(label.el, 'tags');
}

/** A link to one of the site's tag or category pages, as it marks it ("tag", "category tag"). */
function isTagLink(link: Element): boolean {
  return /\btag\b/i.test(link.getAttribute('rel') ?? '');
}

/** A block of tags this long is a site's whole index, still no article text. */
const MAX_TAG_LIST = 1000;

/** The blocks that hold a link marked `rel="tag"`: the few worth a closer look (see isRelTagList). */
function blocksWithTagLinks(content: Element, blocks: Map<Element, string>): Set<Element> {
  const found = new Set<Element>();
  for (const link of descendantsWithTag(content, 'A')) {
    if (!isTagLink(link)) continue;
    for (let a: Element | null = link.parentElement; a && a !== content; a = a.parentElement) {
      if (blocks.has(a)) {
        found.add(a);
        break;
      }
    }
  }
  return found;
}

/**
 * A block of the site's tag links ("Tags calendario stock car 2018, stock car brasil, …"): its
 * links say so themselves (`rel="tag"`, the microformat WordPress writes), and they are nearly
 * all of its text.
 */
function isRelTagList(el: Element): boolean {
  const links = descendantsWithTag(el, 'A');
  if (links.length < 2 || !links.every(isTagLink)) return false;
  return linkDensity(el) >= 0.7;
}

/** Names of a few words each, comma- or bar-separated (or one per list item): no sentence. */
function isBareTagList({ el, text }: Block): boolean {
  // (The length first: a list of thousands is no tag list, and is not split into items.)
  if (text.length > 300 || /[.!?。！？]$/.test(text)) return false;
  const items =
    el.tagName === 'UL' || el.tagName === 'OL'
      ? [...el.children].map((li) => normalizeSpace(li.textContent ?? ''))
      : text.split(TAG_SEPARATOR).map((item) => item.trim());
  if (items.length < 2) return false;
  return items.every((item) => item.length > 0 && item.length <= 40 && item.split(' ').length <= 5);
}

const TAG_SEPARATOR = /[,，|·•]/;

/**
 * A list of links that all go to places in the same page: a table of contents, which the
 * reader's outline replaces. Not a list whose entries say more than the headings they lead to
 * ("Top local mover in NY: Seka Moving (4.96/5 rating)" under "Key takeaways", linking to "Top
 * Local Movers in New York"): that is the article's summary, and stays.
 */
function isInPageLinkList(el: Element): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL' && el.tagName !== 'NAV') return false;
  const links = [...el.querySelectorAll('a[href]')];
  if (links.length < 3 || linkDensity(el) < 0.8) return false;
  if (!links.every((a) => (a.getAttribute('href') ?? '').startsWith('#'))) return false;
  const root = rootOf(el);
  const headings = descendantsWithTag(root, ...HEADING_TAGS).slice(0, MAX_HEADINGS_COMPARED);
  // With no heading to compare with, nothing says the entries are more than names.
  if (!headings.length) return true;
  const headingWords = headings.map((h) => wordsOf(h.textContent ?? ''));
  // The first entries decide (a hostile list of thousands is not compared with every heading).
  const entries = links.slice(0, MAX_ENTRIES_COMPARED);
  const targets = targetsOf(entries, root);
  const summaries = entries.filter((a) => saysMoreThanItsHeading(a, targets.get(a), root, headingWords)).length;
  return summaries * 2 <= entries.length;
}

const MAX_ENTRIES_COMPARED = 30;
const MAX_HEADINGS_COMPARED = 200;
/** Words of an entry or a heading compared (a contents entry is a line, not a paragraph). */
const MAX_WORDS_COMPARED = 40;

/** The tree `el` is in (the article's container, detached from any document). */
function rootOf(el: Element): Element {
  let root = el;
  while (root.parentElement) root = root.parentElement;
  return root;
}

/** How far past a link's target its heading may be (an empty anchor, a wrapper or two). */
const HEADING_SEARCH_STEPS = 12;

/**
 * The link's words are mostly not its section heading's: fewer than half of them are among the
 * heading's (the heading at its target, or, the target gone, any of the article's).
 */
function saysMoreThanItsHeading(
  link: Element,
  target: Element | undefined,
  root: Element,
  headingWords: string[][],
): boolean {
  const words = wordsOf(link.textContent ?? '');
  if (!words.length) return false;
  const heading = target && headingAt(target, root);
  // The target went with the cleaning (an empty anchor before the heading): then no heading of
  // the article may hold half its words.
  const candidates = heading ? [wordsOf(heading.textContent ?? '')] : headingWords;
  return candidates.every((other) => sharedWords(words, other) * 2 < words.length);
}

/** The heading a link's target is in, is, or is shortly followed by. */
function headingAt(target: Element, root: Element): Element | undefined {
  for (let at: Element | null = target; at && at !== root; at = at.parentElement) if (isHeading(at)) return at;
  let at: Element | null = target;
  for (let steps = 0; at && !isHeading(at) && steps < HEADING_SEARCH_STEPS; steps++) at = nextInDocumentOrder(at, root);
  return at && isHeading(at) ? at : undefined;
}

/** How many of `words` are among `others` (one the start of the other: "mover", "movers"). */
function sharedWords(words: string[], others: string[]): number {
  return words.filter((w) => others.some((o) => o.startsWith(w) || w.startsWith(o))).length;
}

/** Each link's target in the tree (by `id`, or an old `<a name>`), found in one walk. */
function targetsOf(links: Element[], root: Element): Map<Element, Element> {
  const byName = new Map<string, Element[]>();
  for (const link of links) {
    const name = decodeUriOrAsWritten((link.getAttribute('href') ?? '').slice(1));
    if (name) byName.set(name, [...(byName.get(name) ?? []), link]);
  }
  const targets = new Map<Element, Element>();
  walkElements(root, (el) => {
    const name = el.getAttribute('id') ?? (el.tagName === 'A' ? el.getAttribute('name') : null);
    for (const link of (name && byName.get(name)) || []) if (!targets.has(link)) targets.set(link, el);
    return true;
  });
  return targets;
}

/** The element after `el` in document order within `root` (its first child, else the next one out). */
function nextInDocumentOrder(el: Element, root: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let at: Element | null = el; at && at !== root; at = at.parentElement)
    if (at.nextElementSibling) return at.nextElementSibling;
  return null;
}

/** Lower-case words of letters and digits ("4.96/5" is "4", "96", "5"). */
function wordsOf(text: string): string[] {
  return text
    .slice(0, MAX_WORDS_COMPARED * 20)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS_COMPARED);
}

/**
 * A breadcrumb trail set as a list without separators ("Home / Guides / Reading" as three list
 * items, shown as a numbered list): two to six short items, each one link or the current page's
 * name, the links going each a level deeper into the site, from its top.
 */
function isBreadcrumbList(el: Element): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL' && el.tagName !== 'NAV') return false;
  const items = [...el.querySelectorAll('li')];
  if (items.length < 2 || items.length > 6) return false;
  const depths: number[] = [];
  for (const item of items) {
    const text = normalizeSpace(item.textContent ?? '');
    const links = item.querySelectorAll('a[href]');
    if (!text || text.length > 40 || text.split(' ').length > 5 || links.length > 1) return false;
    const href = links[0]?.getAttribute('href');
    if (href === undefined || href === null) continue; // the current page, not linked
    const path = ownSitePathOf(href);
    if (path === undefined) return false;
    depths.push(path.split('/').filter(Boolean).length);
  }
  if (depths.length < 2 || (depths[0] ?? 9) > 1) return false;
  return depths.every((depth, i) => i === 0 || depth > (depths[i - 1] ?? 0));
}

/** A row of links is a list too: this many links at least. */
const MIN_ROW_LINKS = 3;
/** What stands between a row's links: separators only. */
const LINK_ROW_SEPARATORS = /^[\s|·•/,]*$/;

/**
 * A line of links and separators only, "About EO | Mission Statement | Impact & Reach | Write for
 * us": the site's menu set in a paragraph, as much a list as a <ul>.
 */
function isRowOfLinks(el: Element): boolean {
  if (descendantsWithTag(el, 'A').length < MIN_ROW_LINKS) return false;
  // Each text node once (a page's row of thousands of links is read in one pass).
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const link = node.parentElement?.closest('a');
    if (link && el.contains(link)) continue;
    if (!LINK_ROW_SEPARATORS.test(node.nodeValue ?? '')) return false;
  }
  return true;
}

/** A link's path on the page's own site, or undefined for another site's or not a page's. */
function ownSitePathOf(href: string): string | undefined {
  if (href.startsWith('/') && !href.startsWith('//')) return href.split(/[?#]/)[0];
  if (!/^https?:\/\//.test(href)) return undefined;
  try {
    return new URL(href).pathname;
  } catch {
    return undefined;
  }
}

/** Removes a run of link-only lines that ends the article (other pages' titles); whether it did. */
function removeTrailingLinkRun(
  remaining: { el: Element; text: string }[],
  report: RemovalReport,
  recipeLists: readonly Element[],
): boolean {
  const inRecipe = (el: Element) => recipeLists.some((list) => list.contains(el) || el.contains(list));
  let start = remaining.length;
  while (start > 0) {
    const { el, text } = remaining[start - 1] as { el: Element; text: string };
    if (!(isLinkOnly(el, text) || isRowOfLinks(el)) || inRecipe(el)) break;
    start--;
  }
  const run = remaining.slice(start);
  // One trailing link may be a real closing line ("Source: …"); two or more in a row are a list.
  const isList =
    run.length >= 2 || run.some(({ el }) => el.tagName === 'UL' || el.tagName === 'OL' || isRowOfLinks(el));
  // Under "References" or "Sources", the links are the article's citations.
  const heading = remaining[start - 1]?.text ?? '';
  const isReferences = heading.length <= 40 && REFERENCES_HEADING.test(heading.replace(LEADING_SYMBOLS, ''));
  if (isList && start > 0 && !isReferences) {
    // (Listing titles in the run were removed already; the container itself is detached.)
    for (const { el } of run) if (el.parentNode) report.remove(STEP, 'trailing link-only run', el);
    return true;
  }
  return false;
}
