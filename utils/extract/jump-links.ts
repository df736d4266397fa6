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

/** A paragraph or list item with no text and nothing but line breaks left in it. */
function isEmptyBlock(el: Element): boolean {
  if (!/^(?:P|LI|DIV|SPAN)$/.test(el.tagName) || (el.textContent ?? '').trim() !== '') return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.tagName !== 'BR') return false;
  return true;
}
