import { descendantsWithTag, firstDescendant, walkElements } from './dom';
import { isNonArticleBlock } from './paragraph-mass';
import { oneLineText } from './plain-text';
import { isSameWord, subjectWords } from './subject-words';
import { linkDensity, normalizeSpace } from './text';

/**
 * The article's FAQ, when Readability left it out. Guides end with "Frequently asked questions"
 * set in a block of their own (an accordion, a CMS's list of cards), beside the body rather than
 * in it, and Readability kept the body alone: the reader lost every question and answer (wcxb-dev
 * 0183, 0206, 0291, 0334, 4363).
 *
 * After Readability, what is left of the page is searched for question lines (a short line of
 * its own that ends with "?"). The lowest block holding two or more of them is a FAQ when its
 * other text answers them (not links), its questions are set alike and most lines set that way
 * are questions (not a thread's replies), and it is neither a form nor a copy of the article; it
 * goes at the article's end with the heading just above it. Questions in a sidebar, comments or
 * an aside (Readability's own names for them) stay out, and so do linked questions ("People also
 * ask"). Measured on the corpus (docs/benchmarks.md, session 25): 6 pages read their FAQ again,
 * 2 gain one the annotation leaves out.
 *
 * A site sets its own FAQ under every post as well ("Can you help me grow Instagram followers?",
 * "What photos or videos do you use?" under a post on marketing services, wcxb-dev 0342): it
 * speaks as the company ("We partner with…", "we can use…": 23 times in 6 answers, against at
 * most one in the corpus's 8 other FAQs), and its questions are about the company rather than the
 * article's subject: half of them share a word with the article's title or headings, against 2 in
 * 3 or more in the others. Both together make it the site's; either alone is a company writing
 * about its own subject, or questions worded apart from the title.
 */

/** A question line is this long (characters). */
const MIN_QUESTION = 10;
const MAX_QUESTION = 250;
/** Half of it in links or more, and it is a link to a question ("People also ask"). */
const LINKED_QUESTION = 0.5;
/** Its own tags: a heading, a term, a summary, or a line set in a paragraph or box. */
const QUESTION_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'SUMMARY', 'P', 'DIV', 'SPAN', 'STRONG', 'B']);
/** Tags that make an element more than one line. */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'UL',
  'OL',
  'DL',
  'LI',
  'TABLE',
  'BLOCKQUOTE',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);
/** Answers: at least this many characters per question, on average… */
const MIN_ANSWER = 40;
/** …and the FAQ no more links than this. */
const MAX_LINK_DENSITY = 0.3;
/** A paragraph this long that the article already holds makes a block a copy of it… */
const MIN_COPIED = 60;
/** …looked for among a block's first paragraphs. */
const MAX_COPY_CHECKS = 5;
/**
 * A FAQ has dozens of questions at most. The search stops at this many, so that a page of
 * thousands (each looked for in the article's text) costs no more than a FAQ.
 */
const MAX_QUESTIONS = 100;
/** More than this share of a FAQ's questions shares a word with the title or headings: it is the article's. */
const ABOUT_THE_ARTICLE = 0.5;
/** "We", "us", "our": the site speaking of itself. (Capital "US" is the country.) */
const FIRST_PERSON_PLURAL = /\b(?:[Ww]e|us|[Oo]urs?)\b/g;
/** A FAQ that says "we" this many times per question, or more, speaks as the site. */
const SITE_VOICE = 1;
/** Climbing to the FAQ's heading: parents that add more text than this add more than a heading. */
const MAX_HEADING = 120;

function isQuestionLine(el: Element): boolean {
  if (!QUESTION_TAGS.has(el.tagName)) return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(c.tagName)) return false;
  // Most lines do not end with a question mark: the cheap test first.
  const raw = (el.textContent ?? '').trimEnd();
  if (!raw.endsWith('?') && !raw.endsWith('？')) return false;
  const text = normalizeSpace(oneLineText(el));
  return (
    text.length >= MIN_QUESTION &&
    text.length <= MAX_QUESTION &&
    (text.endsWith('?') || text.endsWith('？')) &&
    linkDensity(el) < LINKED_QUESTION
  );
}

/** The page's question lines, outside asides and the like, that the article does not hold. */
function questionLines(page: Element, articleText: () => string): Element[] {
  const found: Element[] = [];
  walkElements(page, (el) => {
    if (found.length >= MAX_QUESTIONS || isNonArticleBlock(el)) return false;
    if (!isQuestionLine(el)) return true;
    if (!articleText().includes(normalizeSpace(oneLineText(el)))) found.push(el);
    // A line's own parts ("<p><strong>Why?</strong></p>") are the same question.
    return false;
  });
  return found;
}

/** The lowest blocks that hold two question lines or more. */
function questionBlocks(questions: Element[], page: Element): Map<Element, Element[]> {
  const held = new Map<Element, Element[]>();
  for (const q of questions) {
    for (let a = q.parentElement; a && a !== page.parentElement; a = a.parentElement) {
      const list = held.get(a);
      if (list) list.push(q);
      else held.set(a, [q]);
    }
  }
  const lowest = new Map<Element, Element[]>();
  for (const [block, qs] of held) {
    if (qs.length < 2) continue;
    let childHoldsTwo = false;
    for (let c = block.firstElementChild; c && !childHoldsTwo; c = c.nextElementSibling)
      childHoldsTwo = (held.get(c)?.length ?? 0) >= 2;
    if (!childHoldsTwo) lowest.set(block, qs);
  }
  return lowest;
}

function answersItsQuestions(block: Element, questions: Element[]): boolean {
  const total = normalizeSpace(block.textContent ?? '').length;
  let asked = 0;
  for (const q of questions) asked += normalizeSpace(q.textContent ?? '').length;
  return total - asked >= MIN_ANSWER * questions.length && linkDensity(block) <= MAX_LINK_DENSITY;
}

/** How a line is set: its tag and class ("H3", "DIV title"). */
const settingOf = (el: Element) => `${el.tagName} ${el.getAttribute('class') ?? ''}`;

/**
 * A FAQ sets its questions alike, and sets nothing else that way: most lines set like its
 * questions are questions. In a comment thread or a post, a question is one paragraph among many
 * set the same way. (A third, at least: Readability makes paragraphs of a FAQ's
 * question and answer boxes alike.)
 */
function isSetAsQuestions(block: Element, questions: Element[]): boolean {
  const settings = new Map<string, number>();
  for (const q of questions) settings.set(settingOf(q), (settings.get(settingOf(q)) ?? 0) + 1);
  const [setting, asked] = [...settings].sort((a, b) => b[1] - a[1])[0] as [string, number];
  if (asked < 2) return false;
  const tag = setting.slice(0, setting.indexOf(' '));
  let alike = 0;
  for (const el of descendantsWithTag(block, tag)) if (settingOf(el) === setting) alike++;
  return asked * 3 >= alike;
}

/**
 * A FAQ is not a form ("Are you an accredited investor?" over its fields) nor a copy of the
 * article (the page's own, when Readability read a copy of it): none of its paragraphs is in the
 * article already.
 */
function isNewContent(block: Element, articleText: string): boolean {
  // (Not a form around it: ASP.NET pages set the whole page in one.)
  if (block.tagName === 'FORM' || firstDescendant(block, (el) => el.tagName === 'FORM') !== undefined) return false;
  let checked = 0;
  for (const p of descendantsWithTag(block, 'P')) {
    const text = normalizeSpace(p.textContent ?? '');
    if (text.length < MIN_COPIED) continue;
    if (articleText.includes(text)) return false;
    // A copy shows at its first paragraphs; each test reads the whole article.
    if (++checked >= MAX_COPY_CHECKS) break;
  }
  return true;
}

/** The block with the heading set just above it ("Frequently Asked Questions"), when there is one. */
function withItsHeading(block: Element, page: Element): Element {
  const length = (el: Element) => normalizeSpace(el.textContent ?? '').length;
  const own = length(block);
  let faq = block;
  while (faq.parentElement && faq.parentElement !== page && length(faq.parentElement) - own <= MAX_HEADING) {
    faq = faq.parentElement;
  }
  return faq;
}

/**
 * Most of the FAQ's questions share a word with the article's title or headings. A title with no
 * word to compare (CJK, each character a word) says nothing against it.
 */
function isAboutTheArticle(questions: Element[], subject: string[]): boolean {
  if (!subject.length) return true;
  let about = 0;
  for (const q of questions) {
    const words = subjectWords(oneLineText(q));
    if (words.some((w) => subject.some((t) => isSameWord(w, t)))) about++;
  }
  return about > questions.length * ABOUT_THE_ARTICLE;
}

/** The FAQ says "we" as often as it asks, or more: the company answering for itself. */
function speaksAsTheSite(block: Element, questions: Element[]): boolean {
  const said = (block.textContent ?? '').match(FIRST_PERSON_PLURAL)?.length ?? 0;
  return said >= questions.length * SITE_VOICE;
}

/** The words the article is about: its titles' and headings', less the site's name. */
function subjectOf(container: Element, titles: string[], siteNames: string[]): string[] {
  const siteWords = new Set(siteNames.flatMap(subjectWords));
  const lines = [...titles];
  for (const heading of descendantsWithTag(container, 'H2', 'H3', 'H4')) lines.push(oneLineText(heading));
  return [...new Set(lines.flatMap(subjectWords))].filter((w) => !siteWords.has(w));
}

/** Tags that set a question apart already. */
const SET_APART = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'SUMMARY', 'STRONG', 'B']);

/**
 * A question in a plain box (its accordion's toggle, which Readability made a paragraph) in
 * bold, so that it reads as the question over its answer rather than as a line of it.
 */
function setAsQuestion(question: Element): void {
  if (SET_APART.has(question.tagName) || firstDescendant(question, (el) => SET_APART.has(el.tagName))) return;
  const strong = question.ownerDocument.createElement('strong');
  strong.append(...question.childNodes);
  question.append(strong);
}

/**
 * Moves the FAQs Readability left in `page` to the end of `container`; returns how many.
 * `titles` are the article's (its heading, its metadata); `siteNames` words are not the subject.
 */
export function restoreFaq(container: Element, page: Element | null, titles: string[], siteNames: string[]): number {
  if (!page) return 0;
  // Read only once a question is found: on most pages none is, and a long article's text is
  // megabytes to copy and normalize.
  let text: string | undefined;
  const articleText = () => {
    text ??= normalizeSpace(container.textContent ?? '');
    return text;
  };
  const questions = questionLines(page, articleText);
  if (questions.length < 2) return 0;
  let subject: string[] | undefined;
  let restored = 0;
  for (const [block, held] of questionBlocks(questions, page)) {
    if (block === page || !answersItsQuestions(block, held) || !isSetAsQuestions(block, held)) continue;
    if (speaksAsTheSite(block, held)) {
      subject ??= subjectOf(container, titles, siteNames);
      if (!isAboutTheArticle(held, subject)) continue;
    }
    if (!isNewContent(block, articleText())) continue;
    for (const question of held) setAsQuestion(question);
    container.append(withItsHeading(block, page));
    restored++;
  }
  return restored;
}
