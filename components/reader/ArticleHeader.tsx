import type { Article } from '../../utils/extract';
import { t } from '../../utils/i18n';

function formatDate(iso: string, lang: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang || undefined, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** Title, then a quiet line of site · byline · date · reading time · link to the original. */
export function ArticleHeader({ article, url }: { article: Article; url?: string }) {
  const facts = [
    article.siteName,
    article.byline,
    article.publishedTime ? formatDate(article.publishedTime, article.lang) : undefined,
    t('readerMinutes', String(article.readingTimeMinutes)),
  ].filter(Boolean);
  return (
    <header className="folio-article-header">
      <h1 className="folio-title">{article.title}</h1>
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
