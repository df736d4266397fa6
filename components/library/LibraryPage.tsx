import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import type { ArticleSummary, DeletedArticle, HighlightRecord } from '../../utils/db';
import { highlightAsText } from '../../utils/db/highlight-quote';
import { t } from '../../utils/i18n';
import {
  buildSearchIndex,
  filterArticles,
  filterHighlights,
  type LibraryFilter,
  queryTerms,
} from '../../utils/library';
import { type ReadingState, readingProgress } from '../../utils/reading-position';
import { getFolioService } from '../../utils/services/client';
import { copyText } from '../common/copy-text';
import { FilterSelect } from '../common/FilterSelect';
import { UndoNotice, useNotice, useReportedWrite } from '../common/UndoNotice';
import { useServiceQuery } from '../common/useServiceQuery';
import { colorChoices } from '../highlights/colors';
import { ArticleRow, countOf } from './ArticleRow';
import { ExportBar } from './ExportBar';
import { HighlightRow } from './HighlightRow';
import { TagManager } from './TagManager';
import { useReadingPositions } from './useReadingPositions';
import { VirtualList } from './VirtualList';

type View = 'articles' | 'highlights';
type Period = 'any' | 'week' | 'month' | 'year';

const DAY = 24 * 60 * 60 * 1000;
function sinceOf(period: Period): number | undefined {
  const days = { any: 0, week: 7, month: 30, year: 365 }[period];
  return days ? Date.now() - days * DAY : undefined;
}
type Sort = 'newest' | 'oldest' | 'title';

/** How many articles the first screen shows before the whole library has come. */
const FIRST_SCREEN = 50;

/**
 * Every article and highlight Folio keeps, live (Dexie liveQuery): search over titles, highlight
 * text and notes (substring, so Chinese works), filters by tag, colour and site, sort, export,
 * and delete with undo.
 */
export function LibraryPage() {
  const ids = { search: useId(), date: useId(), sort: useId(), reading: useId() };
  const [period, setPeriod] = useState<Period>('any');
  const [view, setView] = useState<View>('articles');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [filter, setFilter] = useState<Omit<LibraryFilter, 'query'>>({});
  const [sort, setSort] = useState<Sort>('newest');
  const [reading, setReading] = useState<ReadingState | 'any'>('any');
  const positions = useReadingPositions();
  const [notice, setNotice] = useNotice();
  // Bumped after a restore written here: a page does not receive its own DATA_CHANGED broadcast.
  const [restores, setRestores] = useState(0);
  const first = useServiceQuery(() => getFolioService().libraryFirstScreen(FIRST_SCREEN), `first-${restores}`);
  // Asked for once the first screen is in: the background answers one at a time, and the whole
  // library (every article read whole from IndexedDB) would hold the first screen back.
  const data = useServiceQuery(
    () => (first ? getFolioService().listLibrary() : new Promise<never>(() => {})),
    first ? `library-${restores}` : 'after-first-screen',
  );
  const [toolsOpen, setToolsOpen] = useState(false);
  const emptyLibrary = first?.totals.articles === 0;
  useEffect(() => {
    if (emptyLibrary) setToolsOpen(true);
  }, [emptyLibrary]);
  const index = useMemo(() => data && buildSearchIndex(data.articles, data.highlights), [data]);
  const tags = useMemo(
    () =>
      [
        ...new Set(
          (data?.highlights ?? []).flatMap((h) => h.tags).concat((data?.articles ?? []).flatMap((a) => a.tags)),
        ),
      ].sort(),
    [data],
  );
  const sites = useMemo(
    () => [...new Set((data?.articles ?? []).map((a) => a.siteName).filter(Boolean) as string[])].sort(),
    [data],
  );
  const counts = useMemo(() => {
    const byArticle = new Map<string, number>();
    for (const h of data?.highlights ?? []) byArticle.set(h.articleId, (byArticle.get(h.articleId) ?? 0) + 1);
    return byArticle;
  }, [data]);

  const current = { ...filter, query: deferredQuery, since: sinceOf(period) };
  const terms = queryTerms(deferredQuery);
  const narrowed = terms.length > 0 || Object.values(filter).some(Boolean) || period !== 'any' || reading !== 'any';
  const order = <T,>(list: T[], time: (x: T) => number, title: (x: T) => string) =>
    [...list].sort((a, b) =>
      sort === 'title' ? title(a).localeCompare(title(b)) : sort === 'oldest' ? time(a) - time(b) : time(b) - time(a),
    );
  const articles = index
    ? order(
        filterArticles(index, current).filter(
          (a) => reading === 'any' || readingProgress(positions[a.url]).state === reading,
        ),
        (a) => a.updatedAt,
        (a) => a.title,
      )
    : [];
  const highlights = index
    ? order(
        filterHighlights(index, current),
        (h) => h.record.createdAt,
        (h) => h.article?.title ?? '',
      )
    : [];

  const exportOne = async (article: ArticleSummary, includeArticle: boolean) => {
    const { downloadArticleMarkdown } = await import('../../utils/pages/exports');
    setNotice({ message: t('exportSavedFile', await downloadArticleMarkdown(article, includeArticle)) });
  };
  const copyOne = async (article: ArticleSummary) => {
    const { articleMarkdown } = await import('../../utils/pages/exports');
    await navigator.clipboard.writeText(await articleMarkdown(article));
    setNotice({ message: t('copiedMarkdown') });
  };
  const sendToObsidian = async (article: ArticleSummary) => {
    const { sendToObsidian: send } = await import('../../utils/pages/send-to-obsidian');
    try {
      setNotice({ message: await send(article, copyText) });
    } catch (error) {
      setNotice({ message: t('obsidianFailed', (error as Error).message), error: true });
    }
  };
  const reportedWrite = useReportedWrite(setNotice);
  const rowActions = {
    exportOne: (a: ArticleSummary) => void exportOne(a, true),
    exportNotesOnly: (a: ArticleSummary) => void exportOne(a, false),
    copyOne: (a: ArticleSummary) => void copyOne(a),
    sendToObsidian: (a: ArticleSummary) => void sendToObsidian(a),
    deleteOne: (a: ArticleSummary) => deleteOne(a),
  };
  /** The passage (and its note under it), as plain text: what a reader pastes into a draft. */
  const copyHighlight = async (record: HighlightRecord) => {
    await copyText(highlightAsText(record));
    setNotice({ message: t('copiedHighlight') });
  };
  /** Deletes, then offers Undo, which puts back exactly what the delete handed back. */
  const deleteWithUndo = <T,>(remove: () => Promise<T | null>, restore: (gone: T) => Promise<void>, done: string) =>
    reportedWrite(
      remove,
      (reason) => t('deleteFailed', reason),
      (gone) => {
        if (!gone) return;
        const undo = () =>
          reportedWrite(
            () => restore(gone),
            (reason) => t('undoFailed', reason),
          );
        setNotice({ message: done, action: { label: t('undo'), run: undo } });
      },
    );
  const deleteHighlightRow = (record: HighlightRecord) =>
    deleteWithUndo(
      () => getFolioService().deleteHighlight(record.id),
      (gone) => getFolioService().restoreHighlight(gone),
      t('highlightDeleted'),
    );
  const deleteOne = (article: ArticleSummary) =>
    deleteWithUndo<DeletedArticle>(
      () => getFolioService().deleteArticle(article.id),
      (gone) => getFolioService().restoreArticle(gone),
      t('articleDeleted'),
    );

  return (
    <main className="library">
      <header className="library-header">
        <h1>{t('libraryTitle')}</h1>
        {/* Export, backup, restore and import: at hand, folded away, so search comes first; open
            in an empty library, where restoring or importing is what there is to do. */}
        <details
          className="library-tools"
          open={toolsOpen}
          onToggle={(event) => setToolsOpen(event.currentTarget.open)}
        >
          <summary>{t('exportTitle')}</summary>
          <ExportBar onRestored={() => setRestores((n) => n + 1)} />
        </details>
      </header>
      <label htmlFor={ids.search} className="library-search-label">
        {t('librarySearch')}
      </label>
      <input
        id={ids.search}
        type="search"
        className="library-search"
        value={query}
        // biome-ignore lint/a11y/noAutofocus: the library is opened to find something; search is its first control.
        autoFocus
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      <UndoNotice
        notice={notice}
        onDone={() => setNotice(undefined)}
        className="library-ok"
        actionClassName="library-undo"
      />
      <div className="library-tabs" role="tablist" aria-label={t('libraryTitle')}>
        {(['articles', 'highlights'] as const).map((v) => (
          <button key={v} type="button" role="tab" aria-selected={view === v} onClick={() => setView(v)}>
            {t(v === 'articles' ? 'libraryArticles' : 'readerHighlights')}
            {data ? (
              <span className="library-tab-count">{v === 'articles' ? articles.length : highlights.length}</span>
            ) : null}
          </button>
        ))}
      </div>
      <div className="library-filters">
        <span className="library-filter">
          <FilterSelect
            label={t('filterTag')}
            value={filter.tag ?? ''}
            options={tags}
            onChange={(tag) => setFilter({ ...filter, tag: tag || undefined })}
          />
        </span>
        <span className="library-filter">
          <FilterSelect
            label={t('filterColor')}
            value={filter.color ?? ''}
            options={colorChoices(t)}
            onChange={(color) => setFilter({ ...filter, color: color || undefined })}
          />
        </span>
        <span className="library-filter">
          <FilterSelect
            label={t('filterSite')}
            value={filter.site ?? ''}
            options={sites}
            onChange={(site) => setFilter({ ...filter, site: site || undefined })}
          />
        </span>
        <span className="library-filter">
          <label htmlFor={ids.date}>{t('filterDate')}</label>
          <select id={ids.date} value={period} onChange={(e) => setPeriod(e.currentTarget.value as Period)}>
            <option value="any">{t('filterAll')}</option>
            <option value="week">{t('filterWeek')}</option>
            <option value="month">{t('filterMonth')}</option>
            <option value="year">{t('filterYear')}</option>
          </select>
        </span>
        <span className="library-filter">
          <label htmlFor={ids.reading}>{t('filterReading')}</label>
          <select
            id={ids.reading}
            value={reading}
            onChange={(e) => setReading(e.currentTarget.value as ReadingState | 'any')}
          >
            <option value="any">{t('filterAll')}</option>
            <option value="reading">{t('filterReadingStarted')}</option>
            <option value="unread">{t('filterReadingNotStarted')}</option>
            <option value="finished">{t('filterReadingFinished')}</option>
          </select>
        </span>
        <span className="library-filter">
          <label htmlFor={ids.sort}>{t('sortBy')}</label>
          <select id={ids.sort} value={sort} onChange={(e) => setSort(e.currentTarget.value as Sort)}>
            <option value="newest">{t('sortNewest')}</option>
            <option value="oldest">{t('sortOldest')}</option>
            <option value="title">{t('sortTitle')}</option>
          </select>
        </span>
      </div>
      <TagManager tags={tags} />
      {data && narrowed ? (
        <p className="library-found" aria-live="polite">
          {t('libraryFound', [
            countOf(articles.length, 'libraryCountArticleOne', 'libraryCountArticles'),
            countOf(highlights.length, 'libraryHighlightCountOne', 'libraryHighlightCount'),
          ])}
        </p>
      ) : null}
      {!data ? (
        first?.articles.length ? (
          // The first screen, painted from a few small reads while the whole library comes.
          <>
            <ul className="library-list">
              {first.articles.map((article) => (
                <li key={article.id} className="library-item">
                  <ArticleRow
                    article={article}
                    count={first.counts[article.id] ?? 0}
                    knownTags={[]}
                    actions={rowActions}
                    position={positions[article.url]}
                  />
                </li>
              ))}
            </ul>
            {first.totals.articles > first.articles.length ? (
              <p className="library-empty" role="status">
                {t('libraryLoadingRest', String(first.totals.articles))}
              </p>
            ) : null}
          </>
        ) : first ? (
          <p className="library-empty">{t('libraryEmpty')}</p>
        ) : null
      ) : view === 'articles' ? (
        articles.length === 0 ? (
          <p className="library-empty">{t(data.articles.length ? 'libraryNoMatch' : 'libraryEmpty')}</p>
        ) : (
          <VirtualList items={articles} keyOf={(article) => article.id}>
            {(article) => (
              <ArticleRow
                article={article}
                count={counts.get(article.id) ?? 0}
                knownTags={tags}
                actions={rowActions}
                terms={terms}
                snippetFields={index?.snippetFields.get(article.id)}
                position={positions[article.url]}
              />
            )}
          </VirtualList>
        )
      ) : highlights.length === 0 ? (
        <p className="library-empty">{t('libraryNoMatch')}</p>
      ) : (
        <VirtualList items={highlights} keyOf={({ record }) => record.id}>
          {({ record, article }) => (
            <HighlightRow
              record={record}
              article={article}
              terms={terms}
              onCopy={() => void copyHighlight(record)}
              onDelete={() => deleteHighlightRow(record)}
            />
          )}
        </VirtualList>
      )}
    </main>
  );
}
