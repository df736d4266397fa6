import type { WindowLike } from 'dompurify';
import { removeAuthorCard } from './author-card';
import { bylineInOpening, dropBylineLine, dropDateLine, dropSiteNameLine } from './byline-line';
import { figureCaptions } from './captions';
import { removeLineNumberGutters } from './code-gutters';
import { descendantsWithTag, firstDescendant, flattenDeepNesting, isHeading } from './dom';
import { restoreFaq } from './faq';
import { showNotesOnHover } from './footnote-links';
import { restoreInArticleNotes } from './in-article-notes';
import { moveInlineNotesToEnd } from './inline-notes';
import { keepJumpTargets, nameJumpTargets } from './jump-links';
import { restoreLeadPicture } from './lead-picture';
import { removeLinkLists } from './link-lists';
import { moveSpacesOutOfLinks } from './link-spaces';
import { standardizeMath } from './math';
import type { PageMetadata } from './metadata';
import { cleanByline, cleanDescription, cleanTitle, detectLanguage, siteNameFromTitle } from './metadata';
import { isReadInWrongCharset, repairDocumentText, repairDoubleEncodedText, repairDoubleEncoding } from './mojibake';
import { undoOldLayouts } from './old-layouts';
import { numberParagraphs, restoreOpening } from './opening';
import { buildOutline } from './outline';
import { readPageMetadata, surveyPage } from './page-metadata';
import {
  findProseRegion,
  flattenLayout,
  keptShare,
  proseMass,
  removeFarFromProse,
  removeNonArticle,
} from './paragraph-mass';
import { blocksAfterHeadings, putBackPassedHeadings } from './passed-headings';
import { HOME_CRUMB } from './patterns';
import { clearMeaninglessAlts } from './picture-alts';
import { oneLineText, toPlainText } from './plain-text';
import { postClean, removeStrays } from './post-clean';
import { preClean } from './pre-clean';
import { revealProtectedEmails } from './protected-emails';
import { withBylineReadAsNames } from './readability-byline';
import { withFullerPhrasing } from './readability-phrasing';
import { withProseBlocksKept } from './readability-prose-blocks';
import { fasterReadability } from './readability-speedups';
import { withTitleHeadingMatchedBothWays } from './readability-title-heading';
import { withWriteUpsKept } from './readability-write-ups';
import { readingTimeMinutes } from './reading-time';
import { listStart, type RecipePart, recipeListsIn, restoreRecipeParts, takeRecipeParts } from './recipe';
import { type RecipeFact, restoreRecipeFacts, takeRecipeFacts } from './recipe-facts';
import { RemovalReport } from './report';
import { absolutizeUrls, resolveLazyImages, unlinkScriptAddresses } from './resolve-urls';
import { sanitizeElement } from './sanitize';
import { applySiteRule, findSiteRule } from './site-rules';
import { standfirstToShow } from './standfirst';
import { completeStreamedHtml } from './streamed-html';
import {
  demoteHeadingsThatHeadNothing,
  promoteHeadingLines,
  readStandfirstAsParagraph,
  repairOverlongHeadings,
} from './structure';
import { linkDensity, MAX_TITLE_LENGTH, namesSomething, normalizeSpace, weightedLength } from './text';
import type { ExtractOptions, ExtractResult } from './types';
import { linkVideoEmbeds, VIDEO_PLAYER } from './video-embeds';

export const NO_ARTICLE = 'No article found on this page.';

/**
 * Deeper than this, a page is not read at all. Browsers' parsers cap nesting at 512, so only
 * pages parsed elsewhere (jsdom, in the CLI) get here; unwrapping them costs time that grows
 * with the square of the depth there.
 */
export const MAX_READABLE_DEPTH = 1500;

/** Wrappers deeper than this are unwrapped before the steps read the page (see flattenDeepNesting). */
const UNWRAP_DEPTH = 200;

/** Below this (weighted) length what Readability found is a fragment, not an article. */
const MIN_ARTICLE_LENGTH = 250;
/**
 * What is left of an article that was mostly links once its link lists are gone must be longer
 * (a site's mega-menu, its lists gone, leaves a few blurbs of about 700).
 */
const MIN_SALVAGED_LENGTH = 1000;

/**
 * A recipe shown alone must hold at least this much (weighted) text: a few ingredients and steps.
 * Its links may be most of it (a shop links each ingredient to its product): the lists are those
 * the page's data names, not a menu.
 */
const MIN_RECIPE_LENGTH = 150;
const RECIPE_ALONE_NOTE = 'found no article; shows the recipe the page describes';
const RECIPE_OVER_LINKS_NOTE = 'took a block of links, not the recipe; shows the recipe the page describes';
/** More of its words linked than this, the article is a block of links (cards, a menu). */
const MAX_ARTICLE_LINK_DENSITY = 0.5;

/** Whether Readability took a block of links that holds none of the page's recipe lists. */
function isLinkCardsBesideRecipe(container: Element, parts: readonly RecipePart[]): boolean {
  if (!parts.length || parts.some((part) => listStart(container, part))) return false;
  return linkDensity(container) > MAX_ARTICLE_LINK_DENSITY;
}

/**
 * The one extractor: the reader, the library, the exporter and the CLI all call it.
 *
 * Works on a clone (the live page is never changed) in named steps: site rules → pre-clean →
 * Readability → post-clean → metadata → sanitize → outline. Never throws for a bad page: the
 * result says "no article found" instead.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const report = new RemovalReport(Boolean(options.debug));
  try {
    return run(doc, options, report);
  } catch (error) {
    return { ok: false, reason: `${NO_ARTICLE} (${(error as Error).message})`, removals: report.removals };
  }
}

function run(doc: Document, options: ExtractOptions, report: RemovalReport): ExtractResult {
  // Once the page's metadata is read, a failure still names the page (the reader's notice does).
  const failure = (meta?: PageMetadata, readabilityTitle?: string | null): ExtractResult => {
    const title = meta && articleTitle(meta, readabilityTitle);
    return { ok: false, reason: NO_ARTICLE, removals: report.removals, ...(title ? { title } : {}) };
  };
  // The HTML parser puts a <frameset> only in the body's place (a query for it walked the page).
  if (!doc.body || doc.body.tagName === 'FRAMESET') return failure();
  const url = options.url ?? (doc.URL && !doc.URL.startsWith('about:') ? doc.URL : undefined);
  const win = (doc.defaultView ?? (globalThis as { window?: unknown }).window) as WindowLike;

  // A page the browser read in the wrong charset (UTF-8 taken for Windows-1252: a Russian page
  // that declares none shows "Ð”Ð¸ÐµÑ‚Ð°"): its words are put back on a copy before any step
  // judges them, so the title, the headings and the boilerplate are read as the page wrote them.
  const misread = isReadInWrongCharset(doc);
  const page = misread && !options.consumeDocument ? (doc.cloneNode(true) as Document) : doc;
  if (misread) repairDocumentText(page);

  // 1. Site rules and metadata, read before anything changes.
  const rule = findSiteRule(options.siteRules, url);
  const survey = surveyPage(page);
  const meta = readPageMetadata(page, survey, rule);
  const work = options.consumeDocument || misread ? page : (doc.cloneNode(true) as Document);
  // Before any step removes the empty anchors the article's own in-page links lead to.
  keepJumpTargets(work);
  // Before anything else: the steps after them drop what a formula's MathML hides in, and judge
  // tables (a code block's line numbers make one).
  standardizeMath(work.body as HTMLElement);
  removeLineNumberGutters(work.body as HTMLElement);
  const chosen = rule ? applySiteRule(work, rule, report) : undefined;

  // 2. Pre-clean, 3. Readability (handing back its element, not a string to parse again).
  // The survey measured from <html>, one level above the body: a page no deeper than the limit
  // there has nothing to unwrap, and is not walked again.
  const { deepest, unwrapped } =
    survey.depth > UNWRAP_DEPTH
      ? flattenDeepNesting(work.body as HTMLElement, UNWRAP_DEPTH, MAX_READABLE_DEPTH)
      : { deepest: 0, unwrapped: 0 };
  if (deepest > MAX_READABLE_DEPTH) {
    return {
      ok: false,
      reason: `${NO_ARTICLE} (Its elements are nested ${deepest} deep; Folio reads pages up to ${MAX_READABLE_DEPTH}.)`,
      removals: report.removals,
    };
  }
  if (unwrapped) report.note('pre-clean', `unwrapped ${unwrapped} wrappers nested deeper than ${UNWRAP_DEPTH}`);
  completeStreamedHtml(work, report);
  resolveLazyImages(work.body as HTMLElement);
  // Before the other steps: they, and Readability, read paragraphs, not <br><br> in a table cell.
  undoOldLayouts(work.body as HTMLElement, report, (tag) => (survey.byTag.get(tag)?.length ?? 1) > 0);
  // Copied before the cleaning steps, which each have a rule a recipe card's lists fall under.
  const recipeParts = meta.recipe ? takeRecipeParts(work.body as HTMLElement, meta.recipe) : [];
  const recipeFacts = meta.recipe ? takeRecipeFacts(work.body as HTMLElement, meta.recipe, recipeParts) : [];
  preClean(work, meta, report);
  // Where the prose is, by mass. Blocks far from it that hold no prose go before Readability
  // scores them; a copy of the region is kept when Readability may take only a piece.
  const region = findProseRegion(work.body as HTMLElement);
  if (region) removeFarFromProse(work.body as HTMLElement, region, report);
  const fragmented =
    region &&
    region.element !== work.body &&
    region.largestParentShare < FRAGMENTED_SHARE &&
    // Several <article>s: a list of stories (a news front), not one article in pieces.
    region.element.getElementsByTagName('article').length < 2
      ? region
      : undefined;
  // Paragraphs numbered, so that an opening Readability passes over can be found after it
  // (the region's copy carries the numbers too).
  const titleAt = numberParagraphs(work.body as HTMLElement, meta.title);
  // Kept as HTML, not as a clone: Readability changes the region, and it is read again only
  // when Readability missed most of it (1 page in 6 of those that keep it). jsdom serializes an
  // element about six times faster than it clones one.
  const regionHtml = fragmented?.element.outerHTML;
  const parsed = readability(work);
  let container = parsed?.content;
  if (fragmented && regionHtml && (!container || keptShare(fragmented, container) < MISSED_SHARE)) {
    const whole = readRegion(regionHtml, work);
    const better = whole && (!container || proseMass(whole) > keptShare(fragmented, container) * fragmented.mass);
    if (whole && better && linkDensity(whole) < MAX_REGION_LINK_DENSITY) {
      report.note('readability', 'took one piece of an article laid out in rows; read the whole prose region instead');
      container = whole;
    }
  }
  if (!container) {
    // No article in the page's text: a recipe card of lists alone (Readability scores paragraphs,
    // and may find none) is still the recipe.
    container = recipeParts.length ? recipeAlone(work, recipeParts, recipeFacts) : undefined;
    if (!container) return failure(meta);
    report.note('readability', RECIPE_ALONE_NOTE);
  } else if (isLinkCardsBesideRecipe(container, recipeParts)) {
    // A recipe page of lists alone, whose largest block is its cards of other recipes.
    container = recipeAlone(work, recipeParts, recipeFacts) ?? container;
    report.note('readability', RECIPE_OVER_LINKS_NOTE);
  }
  const restored = restoreOpening(container, work.body, titleAt);
  if (restored) report.note('readability', `put back the ${restored} paragraphs of the opening it passed over`);
  restoreInArticleNotes(container);
  const siteNames = [meta.siteName, meta.host].filter((s): s is string => Boolean(s));
  const faqs = restoreFaq(
    container,
    work.body,
    [meta.title, meta.ogTitle, meta.jsonLdHeadline, meta.docTitle].filter((s): s is string => Boolean(s)),
    siteNames,
  );
  if (faqs) report.note('readability', `put back ${faqs} FAQ it left out`);
  const recipeLists = restoreRecipeParts(container, recipeParts);
  if (recipeLists) report.note('readability', `put back ${recipeLists} of the recipe's lists the article lost`);
  const facts = restoreRecipeFacts(container, recipeFacts, recipeParts);
  if (facts) report.note('readability', `put back ${facts} of the recipe card's facts (yield, times, summary)`);

  // 4. Post-clean, 5. metadata.
  nameJumpTargets(container);
  const captions = figureCaptions(container);
  if (captions) report.note('post-clean', `set ${captions} captions under their pictures`);
  // Text a site encoded twice, put back before post-clean judges it: a spacer's joiner read as
  // "â\u0080\u008d" is a word to post-clean, and the reader drew an empty line for each.
  repairDoubleEncodedText(container);
  postClean(container, report, url, recipeListsIn(container, recipeParts));
  // (Before script links are unwrapped: a footnote's number is one, naming its note.)
  const notes = moveInlineNotesToEnd(container);
  if (notes) report.note('post-clean', `moved ${notes} notes shown on demand inside sentences to the end`);
  showNotesOnHover(container);
  revealProtectedEmails(container);
  unlinkScriptAddresses(container);
  absolutizeUrls(container, url);
  // (After the repair: "Â" and the no-break space after it are one double-encoded character.)
  moveSpacesOutOfLinks(container);
  const title = articleTitle(meta, parsed?.title);
  dropLeadingTitle(container, title, meta.docTitle, report);
  const foundByline = cleanByline(meta.byline) ?? cleanByline(parsed?.byline) ?? bylineInOpening(container);
  const byline = foundByline && repairDoubleEncoding(foundByline);
  dropBylineLine(container, byline, report);
  const foundSiteName =
    meta.siteName ??
    // A trail's root link says "Home" more often than the site's name.
    (meta.breadcrumb[0] && !HOME_CRUMB.test(meta.breadcrumb[0]) ? meta.breadcrumb[0] : undefined) ??
    (parsed?.siteName && namesSomething(parsed.siteName) ? parsed.siteName : undefined) ??
    siteNameFromTitle(meta.docTitle, title) ??
    meta.logoName;
  // Repaired as the title is: a <title> encoded twice ends in "JOHNSONâ€™SÂ®" for "JOHNSON’S®".
  const siteName = foundSiteName && repairDoubleEncoding(foundSiteName);
  dropSiteNameLine(container, [siteName ?? '', ...siteNames], report);
  dropDateLine(container, meta.publishedTime, report);
  removeAuthorCard(container, byline, report);
  removeStrays(container, report);
  // After the steps that remove stray link lines, which a video's link would look like.
  const embeds = linkVideoEmbeds(container, url);
  if (embeds) report.note('post-clean', `linked ${embeds} embedded videos or posts to their pages`);
  let textContent = toPlainText(container);
  // Where the user chose the article (a site rule's content: a poem of short lines, a list, a
  // table), what Readability found in it is the article, however short or linked.
  if (!isProse(container, textContent) && !(chosen && textContent.trim())) {
    // Menus and link lists Readability took with the article (link-lists.ts): without them, what
    // is left is the article if it is one by a wider margin than the usual minimum.
    const salvaged =
      removeLinkLists(container, report) && isProse(container, toPlainText(container), MIN_SALVAGED_LENGTH);
    // Else, on a recipe page, the recipe alone (a shop's page whose "article" was its login form
    // and the recipe's lists of links to its products).
    const recipe = salvaged ? undefined : recipeAlone(work, recipeParts, recipeFacts);
    if (recipe) {
      unlinkScriptAddresses(recipe);
      absolutizeUrls(recipe, url);
      report.note('readability', RECIPE_ALONE_NOTE);
    }
    container = recipe ?? container;
    textContent = toPlainText(container);
    if (!salvaged && !(recipe && weightedLength(textContent) >= MIN_RECIPE_LENGTH)) return failure(meta, parsed?.title);
  }

  // 6. Headings, 7. sanitize, 8. outline (ids on headings and numbered paragraphs).
  repairOverlongHeadings(container, report);
  demoteHeadingsThatHeadNothing(container, report);
  readStandfirstAsParagraph(container, report);
  promoteHeadingLines(container, title, report);
  const leadFigure = restoreLeadPicture(container, meta.leadPicture);
  if (leadFigure) {
    absolutizeUrls(leadFigure, url);
    report.note('post-clean', 'put back the lead picture the page set in the article’s header');
  }
  // Last: the author card and the logo rules read pictures' descriptions, file names among them.
  clearMeaninglessAlts(container);
  sanitizeElement(container, win);
  // After the sanitizer, which prefixes the page's ids: the outline's entries go by them.
  const outline = buildOutline(container, title);
  const lang = meta.lang ?? parsed?.lang ?? detectLanguage(textContent);
  const standfirst = standfirstToShow(meta.standfirst && repairDoubleEncoding(meta.standfirst), title, textContent);
  const leadImage =
    meta.leadImage ??
    firstDescendant(container, (el) => el.tagName === 'IMG' && el.hasAttribute('src'))?.getAttribute('src') ??
    undefined;

  return {
    ok: true,
    removals: report.removals,
    contentNodes: [...container.childNodes],
    article: {
      title: title || textContent.slice(0, 60),
      ...(byline ? { byline } : {}),
      ...(siteName ? { siteName } : {}),
      ...(meta.publishedTime ? { publishedTime: meta.publishedTime } : {}),
      ...(lang ? { lang } : {}),
      dir: parsed?.dir === 'rtl' || meta.dir === 'rtl' ? 'rtl' : 'ltr',
      excerpt: (meta.excerpt && cleanDescription(repairDoubleEncoding(meta.excerpt))) || excerptOf(textContent),
      ...(standfirst ? { standfirst } : {}),
      content: container.innerHTML,
      textContent,
      outline,
      readingTimeMinutes: readingTimeMinutes(textContent),
      ...(leadImage ? { leadImage } : {}),
    },
  };
}

/** Below this share of its region's prose in one parent's paragraphs, an article is in pieces. */
const FRAGMENTED_SHARE = 0.4;
/** Readability's pick holding less than this share of the region's prose missed the rest. */
const MISSED_SHARE = 0.6;
/**
 * A region read whole that is more links than this is a page of links, not the article. (A
 * changelog that credits each change with a link is about 0.29; measured on the corpus, 0.35
 * changed no other page.)
 */
const MAX_REGION_LINK_DENSITY = 0.35;

function readability(doc: Document) {
  // JSON-LD was read with the metadata already; Readability need not parse it again.
  return withProseBlocksKept(
    withWriteUpsKept(
      withTitleHeadingMatchedBothWays(
        withBylineReadAsNames(
          withFullerPhrasing(
            fasterReadability<Element>(doc, {
              charThreshold: 500,
              disableJSONLD: true,
              // The players linkVideoEmbeds links to, beyond Readability's own (YouTube, Vimeo…).
              allowedVideoRegex: VIDEO_PLAYER,
              serializer: (el) => el as Element,
            }),
          ),
        ),
      ),
    ),
  ).parse();
}

/** The recipe's lists as the page shows them (recipe.ts), as the whole article; none without a recipe. */
function recipeAlone(work: Document, parts: readonly RecipePart[], facts: readonly RecipeFact[]): Element | undefined {
  if (!parts.length) return undefined;
  const container = work.createElement('div');
  restoreRecipeParts(container, parts);
  restoreRecipeFacts(container, facts, parts);
  return container;
}

/**
 * Readability again, on the prose region alone, without its post teasers and with its layout
 * rows and columns unwrapped, so that it takes the article whole, and still cleans it (forms,
 * share bars, link lists).
 */
function readRegion(regionHtml: string, work: Document): Element | undefined {
  const doc = work.implementation.createHTMLDocument('');
  // A template parses any element in place (a <td> region stays a cell), and inertly.
  const template = doc.createElement('template');
  template.innerHTML = regionHtml;
  const copy = template.content.firstElementChild;
  if (!copy) return undefined;
  removeNonArticle(copy);
  flattenLayout(copy);
  doc.body.append(copy);
  const headingOf = blocksAfterHeadings(copy);
  const content = readability(doc)?.content ?? undefined;
  if (content) putBackPassedHeadings(content, headingOf);
  return content;
}

/**
 * The article's title from the page's metadata (its <h1>s, og:title, JSON-LD, <title>), without
 * the site's name; Readability's own reading of the <title> where those give none.
 */
function articleTitle(meta: PageMetadata, readabilityTitle?: string | null): string {
  const siteNames = [meta.siteName, meta.host].filter((s): s is string => Boolean(s));
  // The trail's crumb for the page itself ("Recipes › Desserts › Strawberry Buckle") names the
  // article, not a channel to strip from its titles; its root may be the site's name, even as the
  // page's logo heading.
  const channels = meta.breadcrumb.filter((part, i) => i === 0 || part.toLowerCase() !== meta.title?.toLowerCase());
  return repairDoubleEncoding(
    cleanTitle({
      h1: meta.title,
      h1IsOnlyHeading: meta.titleIsOnlyHeading,
      markedHeadline: meta.markedHeadline,
      subheadings: meta.subheadings,
      ogTitle: meta.ogTitle,
      jsonLdHeadline: meta.jsonLdHeadline,
      docTitle: meta.docTitle || readabilityTitle || undefined,
      siteNames: [...siteNames, ...channels].filter(Boolean),
    }) || normalizeSpace(readabilityTitle ?? ''),
  ).slice(0, MAX_TITLE_LENGTH);
}

/**
 * Readability often repeats the title as the content's first heading; the reader shows it once.
 * Essay sites also print it as the first paragraph with the first section's number run on
 * ("…几点思考一", the "一" of "一、…" split off by their markup): that line goes too. So does a
 * first line that is the page's whole <title>, site name and all ("The Ultimate Car Maintenance
 * Checklist | Bridgestone Tires" set over the article as a heading, in whatever tag).
 */
function dropLeadingTitle(
  container: Element,
  title: string,
  docTitle: string | undefined,
  report: RemovalReport,
): void {
  if (!title) return;
  // Both may be there, the heading and then the run-on line: up to two leading blocks.
  for (let round = 0; round < 2; round++) {
    // A paragraph without words before it (a picture's, a spacer) does not hide the title, nor
    // does one a page's script built around headings (a kicker's <h5>s in a <p>), nor a kicker
    // set as a bigger heading (AP's "BREAKING NEWS" <h2> over the story's title).
    const first = firstDescendant(
      container,
      (el) =>
        (/^H[1-3]$/.test(el.tagName) || (el.tagName === 'P' && !el.querySelector('h1, h2, h3, h4, h5, h6'))) &&
        (el.textContent ?? '').trim() !== '' &&
        !isKicker(el, title),
    );
    if (!first) return;
    const text = normalizeSpace(oneLineText(first));
    const heading = /^H[1-3]$/.test(first.tagName);
    // A heading may set the title in its own case ("How To Replace Brake Pads" under "How to
    // replace brake pads"): the same words are the same title.
    const isTitle =
      (heading && text.toLowerCase() === title.toLowerCase()) ||
      text === docTitle ||
      (text.startsWith(title) && isSectionNumber(text.slice(title.length)));
    if (!isTitle) return;
    if (heading) dropKickerAbove(container, first, title, report);
    report.remove('post-clean', 'title repeated in content', first);
  }
}

/**
 * A heading of a word or three before the title's copy and before any text ("Blog", "Guides" in
 * an <h5>, "BREAKING NEWS" in an <h2>): the section the site files the article under, or a
 * widget's name, a label over its title.
 */
function dropKickerAbove(container: Element, titleHeading: Element, title: string, report: RemovalReport): void {
  const kicker = firstDescendant(container, (el) => isHeading(el) && (el.textContent ?? '').trim() !== '');
  if (!kicker || kicker === titleHeading || !isKicker(kicker, title)) return;
  if (!((kicker.compareDocumentPosition(titleHeading) & 4) /* Node.DOCUMENT_POSITION_FOLLOWING */)) return;
  report.remove('post-clean', 'label above the title', kicker);
}

/** A heading of a word or three that is not the title: it may be a label over the title. */
function isKicker(el: Element, title: string): boolean {
  if (!isHeading(el)) return false;
  const text = normalizeSpace(el.textContent ?? '');
  return text !== title && text.split(' ').length <= 3;
}

/** Characters a section number is written with: Chinese numerals, digits, and the marks around them. */
const SECTION_NUMBER_CHARS = new Set('一二三四五六七八九十0123456789０１２３４５６７８９()（）.、');

/** "一", "1", "（一）": a short run of numbering characters, nothing else (nor empty). */
function isSectionNumber(tail: string): boolean {
  const chars = [...tail.trim()];
  return chars.length > 0 && chars.length <= 4 && chars.every((c) => SECTION_NUMBER_CHARS.has(c));
}

/**
 * An article is prose: enough text that is not link text. A home page or a search page is mostly
 * links, and what Readability makes of it is a list, not an article.
 */
function isProse(container: Element, text: string, minLength = MIN_ARTICLE_LENGTH): boolean {
  let linkText = 0;
  for (const a of descendantsWithTag(container, 'A')) linkText += weightedLength(normalizeSpace(a.textContent ?? ''));
  const total = weightedLength(text);
  return total - linkText >= minLength && linkText / Math.max(1, total) < 0.5;
}

function excerptOf(text: string): string {
  const first = text.split('\n').find((line) => weightedLength(line) > 60) ?? text.split('\n')[0] ?? '';
  return first.length > 200 ? `${first.slice(0, 200)}…` : first;
}
