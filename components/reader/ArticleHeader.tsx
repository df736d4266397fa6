import type { Article } from '../../utils/extract';
import { t } from '../../utils/i18n';
import { formatArticleDate } from './format-date';
import { sourceFacts } from './source-facts';

/**
 * Title, the page's standfirst under it (its summary, when the text does not open with it), then
 * a quiet line of site · byline · date · reading time · link to the original.
 */
export function ArticleHeader({ article, url }: { article: Article; url?: string }) {
  const facts = [
    ...sourceFacts(article.siteName, article.byline),
    article.publishedTime ? formatArticleDate(article.publishedTime, t) : undefined,
    t('readerMinutes', String(article.readingTimeMinutes)),
  ].filter(Boolean);
  return (
    <header className="folio-article-header">
      <h1 className="folio-title">{article.title}</h1>
      {article.standfirst ? <p className="folio-standfirst">{article.standfirst}</p> : null}
      <p className="folio-meta">
        {facts.join(' · ')}
        {url ? (
          <>
            {' · '}
            <a href={url} className="folio-original" target="_top" rel="noreferrer">
              {t('readerOriginal')}
            </a>
          </>
        ) : null}
      </p>
    </header>
  );
}
