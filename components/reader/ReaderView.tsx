import { useEffect, useRef } from 'react';
import type { Article } from '../../utils/extract';
import { t } from '../../utils/i18n';
import { ArticleHeader } from './ArticleHeader';

export interface ReaderViewProps {
  article: Article;
  /** The original page, linked from the header. */
  url?: string;
  /** Closes the reader (the ✕ button and Esc). */
  onClose?: () => void;
}

/**
 * The reading view, used over a live page and on the offline article page alike.
 * `article.content` is sanitized HTML from the extractor (DOMPurify), so it may be rendered.
 */
export function ReaderView({ article, url, onClose }: ReaderViewProps) {
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    scroller.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div
      className="folio-reader"
      role="dialog"
      aria-modal="true"
      aria-label={t('readerRegionLabel')}
      lang={article.lang}
      dir={article.dir}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onClose) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {onClose ? (
        <button
          type="button"
          className="folio-close"
          onClick={onClose}
          aria-label={t('readerClose')}
          title={t('readerClose')}
        >
          ✕
        </button>
      ) : null}
      <div className="folio-scroll" ref={scroller} tabIndex={-1}>
        <article className="folio-article">
          <ArticleHeader article={article} url={url} />
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by the extractor (DOMPurify). */}
          <div className="folio-content" dangerouslySetInnerHTML={{ __html: article.content }} />
        </article>
      </div>
    </div>
  );
}
