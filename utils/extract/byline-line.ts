import { firstDescendant, HEADING_TAGS, holdsText, isHeading, walkElements } from './dom';
import { cleanByline } from './metadata';
import type { RemovalReport } from './report';
import { normalizeSpace } from './text';
import { parseMonthAndDay, parseWrittenDate, writtenDayOf } from './written-date';

/**
 * The byline as a line of the article's own opening: "By Md Aynal Haque" under a wire story's
 * photo, "03/01/2017 by Agatha Caleo", and the same line dropped from the text once it is the
 * byline (the reader shows it in the header).
 */

/** How many of the article's first blocks may hold its byline line (a photo and its caption may come first). */
const OPENING_BLOCKS = 4;
/** A byline line is short: a name, perhaps a date or a role; not a sentence. */
const MAX_BYLINE_LINE = 120;
const MAX_NAME_WORDS = 5;
/** "03/01/2017", "12.19.2025": a date in figures, whichever order its day and month are in. */
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

const OPENING_TAGS = new Set(['P', 'DIV', 'SPAN', ...HEADING_TAGS]);

/** The article's first blocks that hold text directly (no block inside them) and have words. A
 * heading is one: some themes set the byline in an <h6> ("By Rick Steves"). A block's own spans
 * are its line, not blocks of their own ("<p><a><span>By Arlene Marturano</span></a><br><span>…
 * </span></p>" is one). The walk enters nothing past the last of them: four steps read them on
 * every page, and the article may be long. */
function openingBlocks(container: Element): Element[] {
  const blocks: Element[] = [];
  walkElements(container, (el) => {
    if (blocks.length === OPENING_BLOCKS) return false;
    if (!OPENING_TAGS.has(el.tagName)) return true;
    if (firstDescendant(el, (d) => d.tagName === 'P' || d.tagName === 'DIV' || isHeading(d))) return true;
    // A picture's block is no line of the opening: a fact-check's rating badge and the speaker's
    // photo stand over the quote, its attribution and then the byline.
    if (!holdsText(el)) return false;
    blocks.push(el);
    return false;
  });
  return blocks;
}

/** The article's first block with words (openingBlocks keeps only those): its first line. */
function firstLineOfOpening(container: Element): Element | undefined {
  return openingBlocks(container)[0];
}

/**
 * "By <name>" alone in one of the article's first blocks, or after a date ("03/01/2017 by …"):
 * the byline, when the page said it nowhere else. Only there, since a bare "by" elsewhere is as
 * often "Powered by WordPress"; and only a name (five words at most before a comma, no digits,
 * capitalized or one word: "by ibby"), so "By 2030, half of…" or "By clicking here…" are not.
 */
export function bylineInOpening(container: Element): string | undefined {
  for (const block of openingBlocks(container)) {
    const whole = normalizeSpace(block.textContent ?? '');
    // Or its first line alone: "By Md Aynal Haque" over the author's affiliation, after a <br>.
    const first = firstLineOf(block);
    for (const text of first === whole ? [whole] : [whole, first]) {
      const name = bylineIn(text);
      if (name) return name;
    }
  }
  return undefined;
}

/** The name in a line that says "By <name>", alone or after a date. */
function bylineIn(text: string): string | undefined {
  if (text.length > MAX_BYLINE_LINE) return undefined;
  const at = text.search(/(?:^|\s)by\s/i);
  if (at < 0) return undefined;
  const before = text.slice(0, at).trim();
  if (before && !parseWrittenDate(before) && !NUMERIC_DATE.test(before)) return undefined;
  const rest = text.slice(at).trim().slice(3).trim();
  const name = cleanByline(rest);
  const firstName = (name ?? '').split(',')[0]?.trim() ?? '';
  const words = firstName.split(' ');
  const named =
    words.length === 1 || words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|van|von|der|da|di|le|la)$/.test(w));
  if (name && firstName && words.length <= MAX_NAME_WORDS && named && !/\d/.test(name)) return name;
  return undefined;
}

/** A block's words up to its first line break (<br>), wherever in its inline elements that is. */
function firstLineOf(block: Element): string {
  let text = '';
  // True when a <br> ended the line.
  const read = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === child.TEXT_NODE) text += child.nodeValue ?? '';
      else if (child.nodeName === 'BR') return true;
      else if (read(child)) return true;
    }
    return false;
  };
  read(block);
  return normalizeSpace(text);
}

/**
 * The line that says the byline, among the article's first blocks, goes (it is in the header):
 * in the first three, any short line with the name and a "By", a date or a separator; in the
 * fourth, only the byline line itself (a photo's caption with its © credit may stand there).
 */
export function dropBylineLine(container: Element, byline: string | undefined, report: RemovalReport): void {
  if (!byline) return;
  for (const [index, el] of openingBlocks(container).entries()) {
    // A template's space before the comma between names ("By Matthew Digby , Minh Do on …"),
    // which the byline has closed up.
    const text = normalizeSpace(el.textContent ?? '').replace(/ ,/g, ',');
    if (text.length > MAX_BYLINE_LINE || !text.includes(byline)) continue;
    // A photo's caption credits the photo ("Pennine Way (UK) | © 2019 Jon Norris"), by the author or not.
    if (el.closest('figcaption')) continue;
    const saysByline =
      index < OPENING_BLOCKS - 1
        ? /^(?:by|written by|作者|文\s*[/|:：])|·|\||\d{4}/i.test(text)
        : /^by\s/i.test(text) && cleanByline(text) === byline;
    if (saysByline) {
      report.remove('post-clean', 'byline line', el);
      return;
    }
  }
}

/**
 * The site's name as the article's first line, where the page sets its author as the site itself
 * under the date ("December 15, 2025" / "Ai2" over Ai2's posts): the date line goes as a date,
 * and the name would open the text alone. The reader's header names the site already.
 */
export function dropSiteNameLine(container: Element, siteNames: string[], report: RemovalReport): void {
  const names = new Set(siteNames.map((name) => normalizeSpace(name).toLowerCase()).filter(Boolean));
  const first = firstLineOfOpening(container);
  if (first && names.has(normalizeSpace(first.textContent ?? '').toLowerCase())) {
    report.remove('post-clean', "the site's name as the first line", first);
  }
}

/**
 * The article's day without its year as its first line ("November 20" over a wire story dated
 * 2019-11-20): the header shows the date. Only the article's own day: a diary whose first entry
 * is dated otherwise keeps it.
 */
export function dropDateLine(container: Element, publishedTime: string | undefined, report: RemovalReport): void {
  const written = writtenDayOf(publishedTime ?? '');
  if (!written) return;
  const first = firstLineOfOpening(container);
  const shown = first && parseMonthAndDay(normalizeSpace(first.textContent ?? ''));
  if (first && shown?.month === written.month && shown.day === written.day) {
    report.remove('post-clean', "the article's date as its first line", first);
  }
}
