import type { WindowLike } from 'dompurify';
import { sanitizeElement } from '../../utils/extract/sanitize';

/**
 * An HTML string that came from a page, as nodes ready to show: parsed in an inert document (no
 * browsing context: nothing in it runs or loads), sanitized there, then adopted. The extractor
 * sanitized it already, in the page's tab; this frame does not take that on trust.
 */
export function sanitizedNodes(html: string, win: Window): Node[] {
  const inert = win.document.implementation.createHTMLDocument('');
  const container = inert.createElement('div');
  container.innerHTML = html;
  sanitizeElement(container, win as unknown as WindowLike);
  return [...container.childNodes].map((node) => win.document.adoptNode(node));
}
