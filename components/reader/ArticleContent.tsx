import { memo, type Ref, useCallback } from 'react';
import { chunkLongContent } from './chunk-content';

/**
 * The article's body. Memoized: the reader re-renders on every scroll (progress, current
 * section), and the body, which may be megabytes of HTML, must not be compared or replaced then;
 * replacing it would also lose the reader's focus and selection.
 * `html` is sanitized (DOMPurify) by the extractor or the saved-article loader.
 */
export const ArticleContent = memo(function ArticleContent({ html, ref }: { html: string; ref?: Ref<HTMLDivElement> }) {
  // Chunked as soon as React has put the HTML in, before the first layout.
  const setContent = useCallback(
    (el: HTMLDivElement | null) => {
      if (el) chunkLongContent(el);
      if (typeof ref === 'function') ref(el);
      else if (ref) ref.current = el;
    },
    [ref],
  );
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized before it gets here (see above).
  return <div className="folio-content" ref={setContent} dangerouslySetInnerHTML={{ __html: html }} />;
});
