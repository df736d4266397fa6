import { memo, type Ref, useCallback } from 'react';
import { chunkLongContent } from './chunk-content';

/**
 * The article's body. Memoized: the reader re-renders on every scroll (progress, current
 * section), and the body, which may be megabytes of HTML, must not be compared or replaced then;
 * replacing it would also lose the reader's focus and selection.
 * Given as `nodes` (the extractor's own sanitized nodes, moved in: no second parse) or as `html`
 * (a saved article); both were sanitized with DOMPurify before they get here.
 */
export const ArticleContent = memo(function ArticleContent({
  html,
  nodes,
  ref,
}: {
  html: string;
  nodes?: Node[];
  ref?: Ref<HTMLDivElement>;
}) {
  // Filled and chunked as soon as React has made the element, before the first layout.
  const setContent = useCallback(
    (el: HTMLDivElement | null) => {
      if (el && nodes) el.replaceChildren(...nodes);
      if (el) chunkLongContent(el);
      if (typeof ref === 'function') ref(el);
      else if (ref) ref.current = el;
    },
    [ref, nodes],
  );
  if (nodes) return <div className="folio-content" ref={setContent} />;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized before it gets here (see above).
  return <div className="folio-content" ref={setContent} dangerouslySetInnerHTML={{ __html: html }} />;
});
