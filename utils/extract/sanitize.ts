import createDOMPurify, { type WindowLike } from 'dompurify';

/**
 * Every HTML string that came from a page goes through here before anything renders it. Scripts,
 * event handlers, styles, forms and frames go; what an article needs (text, headings, lists,
 * figures, tables, code, links and images) stays.
 */
export function sanitizeHtml(html: string, win: WindowLike): string {
  const purify = createDOMPurify(win);
  return purify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'svg', 'math'],
    FORBID_ATTR: ['style', 'class', 'width', 'height', 'align', 'bgcolor', 'color', 'face'],
    ALLOW_DATA_ATTR: false,
  });
}
