import { descendantsWithTag, standsAlone } from './dom';
import type { RemovalReport } from './report';
import type { ExtractStep } from './types';

const STEP: ExtractStep = 'post-clean';

/** A jump link's own words: "Skip to main content", "Skip Course introduction block", "Back to top". */
const JUMP_WORDS = /^(?:skip\b|(?:back|return|scroll) to (?:the )?top\b|跳到|跳转到|跳过|返回顶部|回到顶部)/i;

/**
 * Removes the original page's own jump links from the article: "Skip to main content", a Moodle
 * block's "Skip … block", "Back to top". They move that page's focus or scroll, and the reader
 * has no use for them. Only a link to a place on the same page, with these words, standing on
 * its own: "…already set up? <a href="#step-3">Skip to step 3</a>." is part of a sentence. A
 * block left with nothing in it goes too.
 *
 * After Readability, not before: removing them from the page changed which container it chose
 * (a course page lost its introduction and its list of activities).
 */
export function removeInPageJumps(content: Element, report: RemovalReport): void {
  for (const link of descendantsWithTag(content, 'A')) {
    if (!isInPageJump(link)) continue;
    const parent = link.parentElement;
    report.remove(STEP, 'jump link', link);
    if (parent && parent !== content && isEmptyBlock(parent)) parent.remove();
  }
}

function isInPageJump(link: Element): boolean {
  const href = link.getAttribute('href');
  if (href === null || !(href.startsWith('#') || href === '')) return false;
  if (!JUMP_WORDS.test((link.textContent ?? '').trim())) return false;
  return standsAlone(link);
}

/** A permalink's mark beside a heading: Sphinx's and MkDocs' ¶, a "#", §, a chain, or words saying so. */
const PERMALINK_MARK = /^(?:[¶#§🔗]|link|permalink|anchor)?$/iu;

const HEADINGS = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'];

/**
 * A heading's link to its own place on the page, there so that readers can copy its address:
 * Sphinx's and MkDocs' "¶" after the text, a "#" before it, or the heading's whole text made a
 * link to itself. In the reader it read as part of the title ("Installation¶", in the outline
 * too) or showed the heading as a blue link that goes nowhere, and the Markdown export wrote it
 * as a link. The mark goes; a link around the heading's words leaves its words. Ids stay, so the
 * article's own table of contents still reaches the heading.
 */
export function unwrapHeadingPermalinks(content: Element, report: RemovalReport): void {
  for (const heading of descendantsWithTag(content, ...HEADINGS)) {
    for (const link of descendantsWithTag(heading, 'A')) {
      if (!(link.getAttribute('href') ?? '').startsWith('#')) continue;
      const text = (link.textContent ?? '').trim();
      if (PERMALINK_MARK.test(text)) {
        // Its anchor may be the link itself (<a id="x" href="#x">¶</a>): the id moves to the heading.
        if (link.id && !heading.id) heading.id = link.id;
        report.remove(STEP, 'heading permalink', link);
      } else {
        // Its icon ("share", a chain) goes with it: a heading's own link holds no picture of the article.
        for (const icon of descendantsWithTag(link, 'IMG')) icon.remove();
        link.replaceWith(...link.childNodes);
      }
    }
  }
}

/** A paragraph or list item with no text and nothing but line breaks left in it. */
function isEmptyBlock(el: Element): boolean {
  if (!/^(?:P|LI|DIV|SPAN)$/.test(el.tagName) || (el.textContent ?? '').trim() !== '') return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.tagName !== 'BR') return false;
  return true;
}
