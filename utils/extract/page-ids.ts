/**
 * The page's ids in Folio's documents. The sanitizer (DOMPurify's SANITIZE_NAMED_PROPS) puts this
 * prefix before every id and name a page gave its elements, so that none can take the id of one
 * of Folio's controls; the page's links keep saying the ids as it wrote them. Apart from the
 * sanitizer, so that what reads the article (the reader's links, the Markdown export) need not
 * load it.
 */
export const PAGE_ID_PREFIX = 'user-content-';

/** The id the sanitizer gives an element the page gave `id`: what the article's `#id` links reach. */
export const pageId = (id: string) => (id.startsWith(PAGE_ID_PREFIX) ? id : PAGE_ID_PREFIX + id);
