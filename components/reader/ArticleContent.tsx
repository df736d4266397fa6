import { memo, type Ref } from 'react';

/**
 * The article's body. Memoized: the reader re-renders on every scroll (progress, current
 * section), and the body, which may be megabytes of HTML, must not be compared or replaced then;
 * replacing it would also lose the reader's focus and selection.
 * `html` is sanitized (DOMPurify) by the extractor or the saved-article loader.
 */
export const ArticleContent = memo(function ArticleContent({ html, ref }: { html: string; ref?: Ref<HTMLDivElement> }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized before it gets here (see above).
  return <div className="folio-content" ref={ref} dangerouslySetInnerHTML={{ __html: html }} />;
});
