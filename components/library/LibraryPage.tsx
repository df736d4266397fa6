import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ArticleRecord } from '../../utils/db';
import { t } from '../../utils/i18n';
import { safeFileName } from '../../utils/markdown/file-name';
import { downloadFile } from '../../utils/pages/download';
import { articleMarkdown } from '../../utils/pages/exports';
import { pageDb } from '../../utils/pages/page-db';
import { ExportBar } from './ExportBar';

function matches(article: ArticleRecord, query: string): boolean {
  if (!query) return true;
  const q = query.toLowerCase();
  return [article.title, article.siteName, article.byline, article.url].some((v) => v?.toLowerCase().includes(q));
}

/** Every article Folio has kept, newest first, with a filter over title, site, author and URL. */
export function LibraryPage() {
  const searchId = useId();
  const [query, setQuery] = useState('');
  const articles = useLiveQuery(() => pageDb().articles.orderBy('updatedAt').reverse().toArray(), []);
  const counts = useLiveQuery(async () => {
    const byArticle = new Map<string, number>();
    await pageDb().highlights.each((h) => byArticle.set(h.articleId, (byArticle.get(h.articleId) ?? 0) + 1));
    return byArticle;
  }, []);
  const shown = (articles ?? []).filter((a) => matches(a, query.trim()));
  const [notice, setNotice] = useState<string>();
  const exportOne = async (article: ArticleRecord) => {
    downloadFile(safeFileName(article.title), await articleMarkdown(article, true), 'text/markdown;charset=utf-8');
  };
  const copyOne = async (article: ArticleRecord) => {
    await navigator.clipboard.writeText(await articleMarkdown(article));
    setNotice(t('copiedMarkdown'));
  };
  return (
    <main className="library">
      <h1>{t('libraryTitle')}</h1>
      <ExportBar />
      {notice ? (
        <p role="status" className="library-ok">
          {notice}
        </p>
      ) : null}
      <label htmlFor={searchId} className="library-search-label">
        {t('librarySearch')}
      </label>
      <input
        id={searchId}
        type="search"
        className="library-search"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      {articles === undefined ? null : shown.length === 0 ? (
        <p className="library-empty">{t(articles.length ? 'libraryNoMatch' : 'libraryEmpty')}</p>
      ) : (
        <ul className="library-list">
          {shown.map((article) => (
            <li key={article.id} className="library-item">
              <a
                href={
                  article.savedContent
                    ? browser.runtime.getURL(`/article.html?id=${encodeURIComponent(article.id)}`)
                    : article.url
                }
              >
                {article.title}
              </a>
              <div className="library-actions">
                <button type="button" onClick={() => void exportOne(article)}>
                  {t('exportMarkdown')}
                </button>
                <button type="button" onClick={() => void copyOne(article)}>
                  {t('copyMarkdown')}
                </button>
              </div>
              <p className="library-meta">
                {[
                  article.siteName,
                  new Date(article.savedContent?.savedAt ?? article.updatedAt).toLocaleDateString(),
                  t('libraryHighlightCount', String(counts?.get(article.id) ?? 0)),
                  article.savedContent ? t('librarySavedOffline') : undefined,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
