import { descendantsWithTag } from './dom';
import type { RemovalReport } from './report';
import { normalizeSpace } from './text';

/** A form's own words: labels, instructions, a pitch, its small print. */
const MAX_FORM_TEXT = 800;
/** Half the article or more in one form is the article set in a form (ASP.NET wraps whole pages in one). */
const MAX_FORM_SHARE = 0.5;
/** A list or a table in a form is the article's: a recipe's ingredients to tick off, a checklist. */
const CONTENT_IN_FORM = 'ul, ol, table';

/**
 * What is left of a form in the article: Readability takes out its fields and buttons and keeps
 * their words, which mean nothing in the reader: a review form's "To keep up the quality content
 * on our website, we only accept user reviews…", "Name", "Email", "By clicking the button below, I
 * acknowledge…". A form is its own block, so it goes whole, by structure rather than by its
 * words; the line rules catch what a page sets outside one. A form that holds much of the article
 * is the page's wrapper, and stays; so does one that holds a list or a table (a checklist).
 */
export function removeFormLeftovers(content: Element, report: RemovalReport): void {
  const forms = descendantsWithTag(content, 'FORM');
  // Most articles hold none: the article's whole text is read only when one does.
  if (forms.length === 0) return;
  const total = normalizeSpace(content.textContent ?? '').length;
  for (const form of forms) {
    if (!content.contains(form) || form.querySelector(CONTENT_IN_FORM)) continue;
    const length = normalizeSpace(form.textContent ?? '').length;
    if (length <= MAX_FORM_TEXT && length <= total * MAX_FORM_SHARE) {
      report.remove('post-clean', 'what is left of a form', form);
    }
  }
}
