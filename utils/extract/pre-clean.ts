import { markCaption } from './captions';
import { checklistLabels, isCheckbox } from './checklists';
import { isClosedDialog, isClosedModal, unlinkDialogOpeners } from './closed-dialogs';
import { foldedPanelOf, isToggledPart, openPanel, unfoldPanel } from './collapsed-panels';
import {
  classAndId,
  descendantsWithTag,
  firstDescendant,
  HEADING_TAGS,
  hasClassName,
  hasTextLongerThan,
  headsAList,
  holdsText,
  isHeading,
  linksNowhere,
  someChild,
  walkElements,
} from './dom';
import { isEmbeddedPost, MAX_EMBEDDED_POSTS, unwrapEmbeddedPost } from './embedded-posts';
import { liftVideosInFigures } from './figure-videos';
import { liftHeadingsOutOfCards } from './heading-cards';
import { breakStyledHeadingLines } from './heading-lines';
import { keepInArticleNotes } from './in-article-notes';
import { headingName, headingOfNamedBox, pointLinksToHeadings, setNameAside } from './jump-links';
import { dropStylingHiddenNames, holdsArticleText, unmask, unmaskProseHolders } from './masked-prose';
import type { PageMetadata } from './metadata';
import { parseMetaLine } from './metadata';
import { hostWithoutWww } from './page-metadata';
import {
  ABOUT_THE_AUTHOR_MARK,
  BOILERPLATE_TOKEN,
  HAS_LETTER,
  isCallToAction,
  isMetaLine,
  isPromptLine,
  isUnlikelyOnlyFor,
  isUnlikelyToReadability,
  LEADING_SYMBOLS,
  MAX_RELATED_HEADING,
  RELATED_HEADING,
  TEASER_HEADING,
} from './patterns';
import type { RemovalReport } from './report';
import { isHiddenUntilScript, MAX_HIDDEN_BOXES, revealIfProse } from './script-hidden';
import { putWordsInPlace, sentenceStartingButton } from './sentence-buttons';
import { labelsACheckbox, removeSwitchDescriptions } from './switch-descriptions';
import { linkDensity, normalizeSpace, weightedLength } from './text';
import { removeTwinBlocks } from './twin-blocks';
import type { ExtractStep } from './types';
import { frameForPlayerPlaceholder, videoPage } from './video-embeds';

const STEP: ExtractStep = 'pre-clean';

/** Never article text, and in the way of scoring (form controls, not forms: ASP.NET pages wrap
 * the whole page in one <form>). Inline SVG (icons, mostly: a twentieth of a page's elements)
 * is never shown either: the sanitizer removes it. Its tag name keeps its case. */
export const NON_CONTENT = new Set([
  'svg',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SELECT',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
]);

const FORM_CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * A form control's label ("First Name", "Email" before their fields): without its control it
 * would read as a line of the article. A label bound to one by `for`, or holding one; a label
 * with neither (a tag's name, say) stays, and so does a CSS-only accordion's or tab's label,
 * which holds the heading or the question of the panel it opens.
 */
function isControlLabel(el: Element): boolean {
  if (el.tagName !== 'LABEL') return false;
  if (!el.hasAttribute('for') && !firstDescendant(el, (d) => FORM_CONTROLS.has(d.tagName))) return false;
  return !firstDescendant(el, isHeading) && !(el.textContent ?? '').trim().endsWith('?');
}

/**
 * An icon drawn by a ligature font: Google's Material Icons and Material Symbols write the icon's
 * name as the element's text ("chevron_right", "expand_more") and the font draws it. Without the
 * font the name reads as a word ("What is performance tuning? chevron_right"), and a FAQ's
 * question no longer ends with its question mark.
 */
const LIGATURE_ICON_CLASS = /^material-(?:icons|symbols)(?:-[a-z]+)?$/;

const isLigatureIcon = (el: Element): boolean => hasClassName(el, 'material-', LIGATURE_ICON_CLASS);

/**
 * Shown only on paper: a newspaper's print header (its logo and the page's address, in Hearst's
 * `print-header`), Bootstrap 3's `visible-print-*`, Foundation's `show-for-print`. Not on the
 * screen, so not in the reader: the address stood as a line of text above the story.
 */
const PRINT_ONLY_CLASS = /^(?:print-(?:header|only|logo)|printonly|visible-print(?:-[a-z-]+)?|show-for-print)$/;

const isPrintOnly = (el: Element): boolean => hasClassName(el, 'print', PRINT_ONLY_CLASS);

/** Page landmarks that are never the article, unless one holds real paragraphs (some sites
 * misuse <aside> for a pull quote, or <footer> for the article's end). Removing them early also
 * spares Readability from scoring them. */
const LANDMARKS = new Set(['NAV', 'FOOTER', 'ASIDE']);

/** Elements that can be a line of their own (a breadcrumb, a 时间 line, a prompt, a heading). */
const LINE_TAGS = new Set([
  'P',
  'DIV',
  'SPAN',
  'LI',
  'DD',
  'DT',
  'TD',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'HEADER',
]);
const BLOCK_CHILD = new Set([
  'P',
  'DIV',
  'UL',
  'OL',
  'LI',
  'TABLE',
  'SECTION',
  'ARTICLE',
  'IMG',
  'FIGURE',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

interface Line {
  el: Element;
  text: string;
}

/**
 * Removes, from the working copy, what is never the article, before Readability scores it:
 * blocks whose class or id names clutter in pinyin or English (xgwz, tuijian, gg, ad…), which
 * Readability's English rules miss, the breadcrumb and the 时间/来源 line (after reading them
 * into `meta`), prompts, and headed blocks of related links. A block that holds real paragraphs
 * is kept whatever its name: layout classes such as "has-sidebar" wrap articles too. What it
 * keeps whole for Readability too: programs (<pre>) and videos in figures (liftVideosInFigures).
 *
 * One walk over the elements collects the candidates, so the cost stays linear in the page.
 */
export function preClean(doc: Document, meta: PageMetadata, report: RemovalReport): void {
  const body = doc.body;
  if (!body) return;
  const lines: Line[] = [];
  const named: { el: Element; token: string }[] = [];
  const landmarks: Element[] = [];
  // A page repeats its class names: each is tested once.
  const tokens = new Map<string, string | undefined>();
  const wrappers: Element[] = [];
  // Buttons whose words begin a sentence that goes on after them: kept as text (sentence-buttons.ts).
  const sentenceStarts: { button: Element; place: Element }[] = [];
  const posts: Element[] = [];
  let hiddenBoxes = 0;
  const videos: Element[] = [];
  const headerBlocks: Element[] = [];
  const headingOfName = new Map<string, Element>();
  const switchBoxes = new Set<Element>();
  const checkboxIds = new Set<string>();
  // Found before the walk, which removes the checkboxes before it reaches their labels.
  const checklist = checklistLabels(body);
  const dialogIds = new Set<string>();
  walkElements(body, (el) => {
    if (isClosedDialog(el) || isClosedModal(el)) {
      if (el.id) dialogIds.add(el.id);
      report.remove(STEP, 'closed dialog', el);
      return false;
    }
    if (el.tagName === 'VIDEO') videos.push(el);
    // A program is kept whole: its highlighter's spans are named for what they mark ("comment",
    // "related", "share" in the code's own words), not for the page's furniture. Their classes go
    // here (the sanitizer drops every class anyway), so that Readability's class rules pass them too.
    if (el.tagName === 'PRE') {
      for (const named of el.querySelectorAll('[class]')) named.removeAttribute('class');
      return false;
    }
    // A disclosure toggle's folded panel opens before the walk reaches it (Readability would
    // skip it as hidden); the toggle's label is then the panel's title, kept like a FAQ's question.
    const disclosed = el.hasAttribute('aria-expanded') ? foldedPanelOf(el) : undefined;
    if (disclosed) openPanel(disclosed);
    // Kept a link for Readability to score as one, but to "#": Readability makes a script's link
    // plain text, and post-clean could no longer tell the command from the article's words.
    if (el.tagName === 'A' && isDeadLinkCommand(el)) el.setAttribute('href', '#');
    const control = el.tagName === 'BUTTON' || isScriptButton(el);
    if (control && (disclosed || isContentWrapper(el))) {
      // Unwrapped after the walk, its heading or question entered like any block.
      wrappers.push(el);
      return true;
    }
    const sentenceStart = control ? sentenceStartingButton(el, MAX_BUTTON_TEXT) : undefined;
    if (sentenceStart) {
      sentenceStarts.push({ button: el, place: sentenceStart });
      return false;
    }
    // A video's player stays, for Readability (which keeps videos' frames) and then
    // linkVideoEmbeds, which makes it a link to the video.
    if (el.tagName === 'IFRAME' && videoPage(el)) return false;
    // A player a script would draw into its placeholder: its frame, kept as above.
    const frame = frameForPlayerPlaceholder(el);
    if (frame) {
      // A picture standing for the player (Vidyard's) stays, the video's link after it.
      if (el.tagName === 'IMG') el.after(frame);
      else el.replaceWith(frame);
      return false;
    }
    if (el.id && isCheckbox(el)) checkboxIds.add(el.id);
    const controlLabel = isControlLabel(el) && !checklist.has(el);
    if (controlLabel && el.parentElement && labelsACheckbox(el, checkboxIds)) switchBoxes.add(el.parentElement);
    if (control || NON_CONTENT.has(el.tagName) || controlLabel || isLigatureIcon(el) || isPrintOnly(el)) {
      // Not entered: an icon's hundred paths, or a form control's options, are not walked.
      report.remove(STEP, 'non-content element', el);
      return false;
    }
    if (LINE_TAGS.has(el.tagName) && !hasBlockChild(el)) {
      const text = shortLineText(el);
      if (text) lines.push({ el, text });
    }
    if (isHeading(el)) breakStyledHeadingLines(el);
    if (el.hasAttributes()) {
      dropStylingHiddenNames(el);
      // Words of a sentence ("presented in <span class="footers"><a>Table 1</a></span>.") are
      // kept from Readability's first pass, which removes them for a name like "footer".
      if (isWithinSentence(el) && isUnlikelyToReadability(classAndId(el))) unmask(el);
      // An author's description or picture is no byline (Readability takes any "author" class for one).
      if (ABOUT_THE_AUTHOR_MARK.test(el.getAttribute('class') ?? '')) el.removeAttribute('class');
      unfoldPanel(el);
      if (hiddenBoxes < MAX_HIDDEN_BOXES && isHiddenUntilScript(el)) {
        hiddenBoxes++;
        revealIfProse(el);
      }
      markCaption(el);
      if (posts.length < MAX_EMBEDDED_POSTS && isEmbeddedPost(el)) posts.push(el);
      if (isHeading(el)) unmaskHeading(el);
      else if (isNamedHeaderOnly(el)) headerBlocks.push(el);
      else if (el.id) unmaskHeadingBox(el, headingOfName);
    }
    const token = LANDMARKS.has(el.tagName) ? el.tagName.toLowerCase() : boilerplateToken(el, tokens);
    if (token) named.push({ el, token });
    if (isArticleLandmark(el)) landmarks.push(el);
    return true;
  });
  unlinkDialogOpeners(body, dialogIds);
  pointLinksToHeadings(body, headingOfName);
  removeSwitchDescriptions(switchBoxes, report);
  for (const wrapper of wrappers) unwrapInteractive(wrapper);
  for (const { button, place } of sentenceStarts) putWordsInPlace(place, normalizeSpace(textOnScreen(button)));
  // A quoted post's boxes are named for it ("social-media-embed"): the post stays, without them.
  for (const post of posts) unwrapEmbeddedPost(post);
  // Breadcrumb and meta line first: they are read into `meta` before their blocks can go.
  removeBreadcrumbAndMetaLines(lines, meta, report);
  // Before the named blocks go: an <aside> is one of them, and a one-paragraph note among the
  // article's paragraphs is not the page's sidebar.
  keepInArticleNotes(body, report);
  removeNamedBoilerplate(named, report);
  removeRelatedBlocks(lines, report);
  removePrompts(lines, report);
  unmaskArticleLandmarks(landmarks, report);
  for (const block of headerBlocks) {
    if (!block.isConnected) continue;
    // An accordion pane's header ("kt-accordion-header-wrap") holds its question or title.
    if (
      isSectionHeader(block, meta.title) ||
      isBoxLabelHeader(block) ||
      namesOnlyAHeaderStyle(block) ||
      isToggledPart(block)
    )
      unmask(block);
  }
  liftHeadingsOutOfCards(body, doc.URL, report);
  liftVideosInFigures(videos.filter((video) => video.isConnected));
  unmaskProseHolders(body, report);
  removeTwinBlocks(body, report);
}

/**
 * A button that wraps article content rather than being a control: an accordion's question (a
 * FAQ's "How do I…?", often an <h3> inside the <button>, the answer in the panel it opens). Its
 * answer stays in the page, so its question must too.
 */
function isContentWrapper(button: Element): boolean {
  if (firstDescendant(button, isHeading)) return true;
  // An icon button's words are for screen readers only (a caption's "Show caption", hidden by
  // the class): on the page it is an icon, and its label is no line of the article.
  const text = textOnScreen(button).trim();
  const controlsPanel = button.hasAttribute('aria-expanded') || button.hasAttribute('aria-controls');
  if (controlsPanel) return text.length >= 12;
  // A FAQ card's question whose page keeps the state in its script (NBC's "faqCardQuestion"):
  // named for a toggle, and asking.
  const named = isToggledPart(button) || (button.parentElement !== null && isToggledPart(button.parentElement));
  return named && text.length >= 12 && text.endsWith('?');
}

/**
 * Classes that hide text from sight but not from screen readers: Bootstrap's and Tailwind's
 * `sr-only`, WordPress's `screen-reader-text`, `visually-hidden` and their variants.
 */
export const SCREEN_READER_ONLY_CLASS = /sr-only|visually-?hidden|screen-?reader/i;

/** The element's text less what only a screen reader says. (It recurses: Folio reads no page
 * nested deeper than 1,500 elements.) */
function textOnScreen(el: Element): string {
  let text = '';
  for (const child of el.childNodes) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1 && !SCREEN_READER_ONLY_CLASS.test((child as Element).getAttribute('class') ?? ''))
      text += textOnScreen(child as Element);
  }
  return text;
}

/**
 * An element made a button for a script ("Cookie settings", "ACCEPT" as `<a role="button">`
 * without an address): a control like a <button>, though its tag is a link's or a box's. A link
 * with an address is still a link, whatever role it says it plays; a box that opens its picture
 * larger (a figure with its credit and caption, all `role="button"`) is the figure.
 */
export function isScriptButton(el: Element): boolean {
  if (!el.hasAttributes() || el.getAttribute('role') !== 'button' || MEDIA_TAGS.has(el.tagName)) return false;
  if ((el.getAttribute('href')?.trim() ?? '') !== '' && !linksNowhere(el)) return false;
  return isSmallControl(el);
}

/**
 * A link that goes nowhere (`href="#"`, a script's) and works as a button: it stands alone and
 * says a command ("Print", "Save this recipe", "US Customary"). Not a placeholder link in a
 * sentence ("click <a href="#">here</a> to…"), a heading's words (a tab's "Ingredients of…"), a
 * toggle's or a question that opens its answer, or a title. Removed from the article Readability chose
 * (post-clean) and from a recipe card's copy, not before Readability: a page's "Bookmark" and "Add
 * To Collection" links taken away beside its summary changed which block Readability chose.
 */
export function isDeadLinkCommand(el: Element): boolean {
  if (el.tagName !== 'A' || el.hasAttribute('role')) return false;
  // A toggle's words title the panel it opens (an accordion's "Shipping policy").
  if (el.hasAttribute('aria-expanded') || el.hasAttribute('aria-controls')) return false;
  if (!linksNowhere(el)) return false;
  if (!isSmallControl(el) || isWithinSentence(el) || el.closest(HEADING_SELECTOR)) return false;
  const text = normalizeSpace(textOnScreen(el));
  return text !== '' && !text.includes('?') && text.split(' ').length <= MAX_COMMAND_WORDS;
}

/** Not a footnote's number, a picture that opens larger, or a passage. */
function isSmallControl(el: Element): boolean {
  // A footnote's number, its note shown on a press ("modern footnotes"), is the text's own mark.
  if (el.closest('sup')) return false;
  return !firstDescendant(el, (d) => MEDIA_TAGS.has(d.tagName)) && !hasTextLongerThan(el, MAX_BUTTON_TEXT);
}

const HEADING_SELECTOR = HEADING_TAGS.join(',');
/** A command's words at most: "Print", "Save this recipe", "Jump to the video". */
const MAX_COMMAND_WORDS = 4;

/** What a lightbox's button shows: the picture itself, which stays. */
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'FIGURE']);

/** A button's words at most: "Cookie settings", "Show all 12 comments"; longer is a passage. */
const MAX_BUTTON_TEXT = 60;

/**
 * The button's content in its place: headings as they are, a bare question as a bold line, and
 * inside a heading (an accordion's `<h2><button>Which is the best EV?</button></h2>`) its words
 * alone: a line there would set a paragraph inside the heading, which the Markdown export wrote
 * as an empty heading over a bold line.
 */
function unwrapInteractive(button: Element): void {
  const doc = button.ownerDocument;
  const headings = descendantsWithTag(button, ...HEADING_TAGS);
  if (headings.length) {
    // Icons and labels beside the heading ("+", "Show") go with the button.
    button.replaceWith(...headings);
    return;
  }
  if (button.parentElement?.closest(HEADING_SELECTOR)) {
    button.replaceWith(doc.createTextNode(normalizeSpace(textOnScreen(button))));
    return;
  }
  const line = doc.createElement('p');
  const strong = doc.createElement('strong');
  strong.textContent = normalizeSpace(textOnScreen(button));
  line.append(strong);
  button.replaceWith(line);
}

/** Elements that say "this is the article" whatever their class: <article>, <main>, and the
 * ARIA and schema.org markers. */
function isArticleLandmark(el: Element): boolean {
  if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN') return true;
  return el.hasAttributes() && (el.getAttribute('role') === 'main' || el.getAttribute('itemprop') === 'articleBody');
}

/**
 * Readability's first pass removes an element for its class or id alone, and a layout name on
 * the article's own wrapper trips it: <article class="full-width-template-with-sidebar"> went
 * with the whole article, and a cookie notice was read instead. An article landmark that holds
 * real paragraphs loses the names that would remove it (the sanitizer drops classes anyway).
 */
function unmaskArticleLandmarks(landmarks: Element[], report: RemovalReport): void {
  for (const el of landmarks) {
    if (!el.isConnected) continue;
    const names = classAndId(el);
    if (!isUnlikelyToReadability(names) || !holdsArticleText(el)) continue;
    unmask(el);
    report.note(STEP, `kept <${el.tagName.toLowerCase()}> "${names.trim()}" from Readability's unlikely-name rule`);
  }
}

/**
 * A heading is never removed for its name alone (see removableByName), but Readability's first
 * pass removes one whose class says "header": a recipe card's "Ingredients" and "Instructions"
 * (`wprm-recipe-header`), a section's `section-header`. Its list or its paragraphs stayed, under
 * no heading. The names go (the sanitizer drops classes anyway); a heading in the page's own
 * header or sidebar still goes with its block.
 */
function unmaskHeading(heading: Element): void {
  if (!isUnlikelyToReadability(classAndId(heading))) return;
  // Its name may be where the article's contents link to: set aside, given back after Readability.
  if (isUnlikelyToReadability(heading.id)) setNameAside(heading);
  unmask(heading);
}

/**
 * A box that holds only a heading and is named after its words loses the name, which its
 * heading takes where it has none (the contents' links are pointed at the heading's own name
 * otherwise): Readability's first pass removed the box, heading and all, for a word of the
 * heading in it ("…-growing-the-coffee-community-in-the-u-s"). Only a name that trips
 * Readability where the class does not.
 */
function unmaskHeadingBox(box: Element, headingOfName: Map<string, Element>): void {
  if (!isUnlikelyToReadability(box.id) || isUnlikelyToReadability(box.getAttribute('class') ?? '')) return;
  const heading = headingOfNamedBox(box);
  if (!heading) return;
  const name = box.id;
  box.removeAttribute('id');
  if (headingName(heading)) headingOfName.set(name, heading);
  else setNameAside(heading, name);
}

/** Named "header" and nothing else Readability removes for ("listicle-item-header", not "sidebar-header"). */
function isNamedHeaderOnly(el: Element): boolean {
  const names = classAndId(el);
  return isUnlikelyToReadability(names) && isUnlikelyOnlyFor(names, /header/gi);
}

/** A class that says how a block's header is set ("kt-pane-header-alignment-left"), not that it is one. */
const HEADER_STYLE_CLASS = /header-(?:alignment|align|position|spacing|style|layout|size|icon|colou?r|bg|background)/i;

/**
 * Named "header" only in a class that styles a header inside it: Kadence's accordion
 * (`kt-accordion-wrap … kt-pane-header-alignment-left`), whose panes hold a guide's rubric and
 * its FAQ, was removed whole by Readability for it.
 */
function namesOnlyAHeaderStyle(block: Element): boolean {
  const names = classAndId(block).split(/\s+/);
  const others = names.filter((name) => !HEADER_STYLE_CLASS.test(name));
  return others.length < names.length && !isUnlikelyToReadability(others.join(' '));
}

/**
 * A block named "header" that heads a section of the article: one short line around an <h2>–<h6>
 * (a listicle's "Navee GT3 · Best Overall Under $500", a comparison's "#1. Wix: Best All-in-One
 * Builder"), where Readability removed the product's name with its label. The article's own header,
 * around the <h1> with its byline and dates, is left to Readability to remove (its metadata is read
 * apart), and so are the page's own bars outside the article and a gallery's header over the
 * title's copy.
 */
function isSectionHeader(block: Element, title: string | undefined): boolean {
  const line = firstDescendant(block, isHeading) && shortLineText(block);
  if (!line || line === title || firstDescendant(block, (d) => d.tagName === 'H1')) return false;
  return isInsideArticleLandmark(block);
}

/** Longer than this, a header's line is more than a box's label. */
const MAX_BOX_LABEL = 40;
/** A box whose first item is mostly links is a list of links (related pages), whose label goes with it. */
const MAX_LABELLED_LINKS = 0.5;

/**
 * A block named "header" that labels the box it opens: a review's "PROS", "CONS" and "Product
 * Specifications" over their lists (IGN's), one short line without a link, first in its box and
 * followed by what it labels, inside the article. Without it the pros and the cons read as one list.
 */
function isBoxLabelHeader(block: Element): boolean {
  // A block of its own: a <span> "header" runs into the line after it, a recipe card's call to
  // action ("Tried this recipe? Mention @…").
  const labelled = block.nextElementSibling;
  if (block.tagName === 'SPAN' || block.previousElementSibling || !labelled) return false;
  const line = shortLineText(block);
  if (!line || line.length > MAX_BOX_LABEL || !HAS_LETTER.test(line)) return false;
  if (firstDescendant(block, (d) => d.tagName === 'A' || isHeading(d)) || !isInsideArticleLandmark(block)) return false;
  // What it labels is words, not links: "Related Pages", "Short link:" over their links would be
  // left alone when their links go. (Read last: what follows may be long.)
  return holdsText(labelled) && linkDensity(labelled) < MAX_LABELLED_LINKS;
}

/** Inside an <article>, a <main> or their ARIA and schema.org markers. */
function isInsideArticleLandmark(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (isArticleLandmark(up)) return true;
  return false;
}

/** Longer than this, a line of text is a paragraph: no breadcrumb, meta line, heading or prompt. */
const MAX_LINE = 160;

/**
 * The element's text, space normalized, when it is short enough to be a line. A long paragraph is
 * not normalized whole to learn that it is long: normalizing only collapses space, so when the
 * start of it is already too long, all of it is.
 */
function shortLineText(el: Element): string | undefined {
  const raw = el.textContent ?? '';
  if (raw.length > MAX_LINE * 4 && normalizeSpace(raw.slice(0, MAX_LINE * 4)).length > MAX_LINE) return undefined;
  const text = normalizeSpace(raw);
  return text && text.length <= MAX_LINE ? text : undefined;
}

function hasBlockChild(el: Element): boolean {
  return someChild(el, (child) => BLOCK_CHILD.has(child.tagName));
}

function boilerplateToken(el: Element, known: Map<string, string | undefined>): string | undefined {
  if (!el.hasAttributes()) return undefined;
  const names = classAndId(el);
  if (known.has(names)) return known.get(names);
  const token = BOILERPLATE_TOKEN.exec(names)?.[0].replace(/^[\s_-]/, '');
  known.set(names, token);
  return token;
}

/** The page's and the article's own frame, and headings ("kt-adv-heading" is an advanced
 * heading, not an ad), never go for their class alone. */
function removableByName(tag: string): boolean {
  return !/^(?:BODY|ARTICLE|MAIN|H[1-6])$/.test(tag);
}

function removeNamedBoilerplate(named: { el: Element; token: string }[], report: RemovalReport): void {
  for (const { el, token } of named) {
    if (!el.isConnected || !removableByName(el.tagName) || isWithinSentence(el)) continue;
    if (firstDescendant(el, (d) => d.tagName === 'H1') || holdsArticleText(el)) continue;
    report.remove(STEP, `class/id "${token}"`, el);
  }
}

/** Elements that set words inside a line of text. */
const PHRASING_TAGS = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'CITE', 'Q', 'MARK', 'ABBR', 'SMALL', 'TIME']);

/**
 * Set inside a sentence, with words right before or after it: "Avoid the urge to <a
 * class="recommendation-inline-link">overfertilize</a>; you'll get…" is a word of the article,
 * whatever its class says (Southern Living names its in-text links for the recommendations they
 * earn from). Removing it for its name left "Avoid the urge to ; you'll get…"; Readability's
 * first pass, removing a citation's <span class="footers">, left "[-]" for "[1-3]".
 */
function isWithinSentence(el: Element): boolean {
  if (!PHRASING_TAGS.has(el.tagName)) return false;
  const around = [el.previousSibling, el.nextSibling];
  return around.some((node) => node?.nodeType === 3 && HAS_LETTER.test(node.textContent ?? ''));
}

/** Split on the mark alone and trimmed after: `\s*>\s*` would rescan every run of spaces. */
const BREADCRUMB_SEPARATOR = /[>›»＞→]/;

/**
 * A breadcrumb leads up its own site; a row of links to other sites with arrows between them
 * ("Discord→Matrix→Report an issue→" in a blog's footer) is not one, and its first link is not
 * the site's name. Most of the links going to other hosts (a subdomain is the same site).
 */
function leadsOffSite(el: Element, host: string | undefined): boolean {
  if (!host) return false;
  const links = descendantsWithTag(el, 'A');
  const away = links.filter((link) => {
    const href = link.getAttribute('href') ?? '';
    if (!/^(?:https?:)?\/\//i.test(href)) return false;
    const to = hostWithoutWww(href.startsWith('//') ? `https:${href}` : href);
    return to !== undefined && to !== host && !to.endsWith(`.${host}`) && !host.endsWith(`.${to}`);
  });
  return away.length * 2 > links.length;
}

/**
 * A line of `parts` read as a trail of the site's own links. Buttons that each end in an arrow
 * ("Sign up for free →", "Contact Sales →") are a row of calls to action, not a trail: a
 * breadcrumb's marks stand between its links, not at the end of each.
 */
function isLinkTrail(el: Element, parts: number, host: string | undefined): boolean {
  const links = descendantsWithTag(el, 'A');
  if (links.length < parts - 1 || linkDensity(el) <= 0.5 || leadsOffSite(el, host)) return false;
  return !links.every((link) => BREADCRUMB_SEPARATOR.test((link.textContent ?? '').trim().slice(-1)));
}

function removeBreadcrumbAndMetaLines(lines: Line[], meta: PageMetadata, report: RemovalReport): void {
  for (const { el, text } of lines) {
    if (!el.isConnected) continue;
    // Most lines have no separator: they are not split to learn that.
    const parts = BREADCRUMB_SEPARATOR.test(text)
      ? text
          .split(BREADCRUMB_SEPARATOR)
          .map((p) => p.trim())
          .filter(Boolean)
      : [text];
    const isBreadcrumb =
      parts.length >= 2 &&
      parts.length <= 8 &&
      parts.every((p) => p.length <= 30) &&
      (/(?:^|\s)(?:正文|内容|首页|当前位置|您的位置)/.test(text) || isLinkTrail(el, parts.length, meta.host));
    if (isBreadcrumb) {
      const crumbs = parts
        .map((p) => p.replace(/^(?:当前位置|您的位置|位置)\s*[:：]\s*/, ''))
        .filter((p) => !/^(?:正文|首页|内容)$/.test(p));
      // A trail names the site and its sections; a line that opens with another label is the
      // page's note of where a post came from ("+1来自：江南烟雨客 > 人生感悟", a user and their
      // folder), which goes too but names no site.
      if (meta.breadcrumb.length === 0 && !/[:：]/.test(crumbs[0] ?? '')) meta.breadcrumb = crumbs;
      report.remove(STEP, 'breadcrumb', el);
    } else if (isMetaLine(text)) {
      const fields = parseMetaLine(text);
      meta.publishedTime ??= fields.publishedTime;
      meta.byline ??= fields.byline;
      if (fields.source) meta.siteName ??= fields.source;
      report.remove(STEP, 'meta line (时间/来源/作者)', el);
    }
  }
}

function removeRelatedBlocks(lines: Line[], report: RemovalReport): void {
  for (const { el: heading, text } of lines) {
    if (!heading.isConnected || text.length > MAX_RELATED_HEADING) continue;
    const teaser = TEASER_HEADING.test(text);
    if (!teaser && !RELATED_HEADING.test(text)) continue;
    const head = headerBoxOf(heading);
    // "DON'T MISS" over the Express's links among the article's paragraphs; not over a guide's
    // paragraph on what to see. (Nor a sidebar's: taking it out before Readability made CTV's
    // column of videos score over the article, for the links it no longer held.)
    const teaserLinks = head.nextElementSibling && linkDensity(head.nextElementSibling) > 0.6;
    if (teaser && !(teaserLinks && head.parentElement && holdsArticleText(head.parentElement))) continue;
    // The links follow the heading as its next siblings, or the heading's parent holds both.
    const parent = head.parentElement;
    if (
      parent &&
      parent !== heading.ownerDocument.body &&
      (linkDensity(parent) > 0.5 || isStoryCard(parent)) &&
      weightedLength(parent.textContent ?? '') < 3000 &&
      !holdsArticleText(parent)
    ) {
      report.remove(STEP, 'related-links block', parent);
      continue;
    }
    let next = head.nextElementSibling;
    while (
      next &&
      (linkDensity(next) > 0.6 || /^(UL|OL)$/.test(next.tagName) || isRowOfStoryCards(next)) &&
      !holdsArticleText(next)
    ) {
      const after = next.nextElementSibling;
      report.remove(STEP, 'related link after heading', next);
      next = after;
    }
    report.remove(STEP, 'related-links heading', head);
  }
}

/**
 * The box a heading is set alone in, when nothing follows the heading inside it: The Sun's
 * `rail__header` around "Most read in world news", whose cards are the box's next sibling.
 */
function headerBoxOf(heading: Element): Element {
  let head = heading;
  for (let level = 0; level < MAX_HEADER_BOX_LEVELS && !head.nextElementSibling; level++) {
    const box = head.parentElement;
    if (!box || box === heading.ownerDocument.body || box.childElementCount !== 1) break;
    head = box;
  }
  return head;
}

/** Wrappers a heading is climbed out of, at most. */
const MAX_HEADER_BOX_LEVELS = 3;

/**
 * A row of other stories' cards: two or more boxes, each short and each linking to a story. A
 * card's words may sit outside its links (The Sun's headline and blurb, under an empty link
 * stretched over the card), so that the row is not "mostly links" by its text.
 */
function isRowOfStoryCards(row: Element): boolean {
  const cards = [...row.children];
  return (
    cards.length >= 2 &&
    cards.every(
      (card) =>
        weightedLength(normalizeSpace(card.textContent ?? '')) <= MAX_STORY_CARD &&
        descendantsWithTag(card, 'A').some((link) => !linksNowhere(link) && link.hasAttribute('href')),
    )
  );
}

/** Longest card of one other story: its headline, a line or two of its blurb, its author. */
const MAX_STORY_CARD = 400;
/** A headline is a few words at least: "Read more" or a count is not one. */
const MIN_HEADLINE_WORDS = 4;

/**
 * A card of one other story under a "Related" label, set among the article's paragraphs (XDA's
 * "Related / 4 automation tools that save time for Windows users / Save time and streamline your
 * workflow… / By Sumukh Rao"): the blurb makes it more words than links, but it is short and its
 * headline is a link.
 */
function isStoryCard(card: Element): boolean {
  if (weightedLength(normalizeSpace(card.textContent ?? '')) > MAX_STORY_CARD) return false;
  return descendantsWithTag(card, 'A').some(
    (link) => normalizeSpace(link.textContent ?? '').split(' ').length >= MIN_HEADLINE_WORDS,
  );
}

/** Lines, not links: a prompt's link sits inside a line of its own (a <p>, <div> or <li>). */
function removePrompts(lines: Line[], report: RemovalReport): void {
  for (const { el, text } of lines) {
    if (!el.isConnected || text.length > 100) continue;
    // "🚀 Sign up…": the words are matched, not the emoji in front of them (as in post-clean).
    const prompt = isPromptLine(text) || isCallToAction(text.replace(LEADING_SYMBOLS, ''));
    if (prompt && isWholeLine(el, text) && !headsAList(el)) {
      const box = signUpBox(el);
      if (box) report.remove(STEP, 'sign-up box', box);
      else report.remove(STEP, 'prompt', el);
    }
  }
}

/** A sign-up box says little: its pitch is a line or two ("Delivered once a week, it's your…"). */
const MAX_SIGN_UP_BOX = 600;

/**
 * The box a prompt heads when it holds a form too: a newsletter's "🚀 Sign up for The Replay"
 * over two lines of pitch and the form, set between an article's paragraphs. The prompt alone
 * went, and its pitch stayed as the article's words. Two levels up at most, a short block that
 * does not hold the page's title.
 */
function signUpBox(prompt: Element): Element | undefined {
  let box = prompt.parentElement;
  for (let level = 0; box && level < 2; level++, box = box.parentElement) {
    if (/^(?:BODY|MAIN|ARTICLE)$/.test(box.tagName)) return undefined;
    if (weightedLength(normalizeSpace(box.textContent ?? '')) > MAX_SIGN_UP_BOX) return undefined;
    const form = firstDescendant(
      box,
      (d) => d.tagName === 'FORM' || d.getAttribute('role') === 'form' || d.tagName === 'H1',
    );
    if (form) return form.tagName === 'H1' ? undefined : box;
  }
  return undefined;
}

/**
 * A <span> is a line of its own only when the block around it says nothing more: "Get a free
 * consultation" linked in the middle of a sentence ("…from the start. Get a free consultation
 * with Block, match with…") is the sentence's, and a highlighted "login" in a code block the
 * program's.
 */
function isWholeLine(el: Element, text: string): boolean {
  // A program's words are never a prompt ("login" highlighted in `def login(…)`).
  if (el.closest('pre, code')) return false;
  if (el.tagName !== 'SPAN') return true;
  const block = el.parentElement?.closest('p, div, li, dd, dt, td, h2, h3, h4, h5, h6, section, header');
  return !block || normalizeSpace(block.textContent ?? '') === text;
}
