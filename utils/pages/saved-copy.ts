import type { WindowLike } from 'dompurify';
import { toPlainText } from '../extract/plain-text';
import { sanitizeElement } from '../extract/sanitize';

/**
 * An imported article's HTML (Omnivore's saved copy) made a saved copy as Folio keeps them:
 * parsed in an inert document (nothing in it runs or loads), sanitized, and its text read.
 */
export function savedCopyOf(html: string): { html: string; text: string } | undefined {
  const inert = document.implementation.createHTMLDocument('');
  const container = inert.createElement('div');
  container.innerHTML = html;
  sanitizeElement(container, window as unknown as WindowLike);
  const text = toPlainText(container).trim();
  return text ? { html: container.innerHTML, text } : undefined;
}
