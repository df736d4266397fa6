import { browser } from 'wxt/browser';
import type { ArticleSummary } from '../../utils/db';
import { type MessageName, t } from '../../utils/i18n';
import { markTerms, type SnippetField, type SnippetSource, snippetOf } from '../../utils/library';
import { type ReadingPosition, readingProgress } from '../../utils/reading-position';
import { ArticleTags } from './ArticleTags';
import { Marked } from './Marked';
import { RowMenu } from './RowMenu';

/** Where an article opens: its saved copy (offline) when there is one, else its page. */
const articleUrl = (a: ArticleSummary) =>
  a.savedAt !== undefined ? browser.runtime.getURL(`/article.html?id=${encodeURIComponent(a.id)}`) : a.url;

/** The words beside a snippet that say where in the article the search found it. */
const SNIPPET_SOURCE: Record<SnippetSource, MessageName> = {
  highlight: 'snippetFromHighlight',
  note: 'snippetFromNote',
  tag: 'snippetFromTag',
  byline: 'snippetFromByline',
  site: 'snippetFromSite',
  excerpt: 'snippetFromExcerpt',
  address: 'snippetFromAddress',
};

export const countOf = (n: number, one: MessageName, many: MessageName) => (n === 1 ? t(one) : t(many, String(n)));

export interface RowActions {
  exportOne: (article: ArticleSummary) => void;
  exportNotesOnly: (article: ArticleSummary) => void;
  copyOne: (article: ArticleSummary) => void;
  sendToObsidian: (article: ArticleSummary) => void;
  deleteOne: (article: ArticleSummary) => void;
}

/**
 * One article in the list (inside its <li>): its title (the searched words marked), where and
 * when, its highlights and tags, then why it matched (a snippet) or, with no search, its summary;
 * its actions in a menu.
 */
export function ArticleRow({
  article,
  count,
  knownTags,
  actions,
  terms = [],
  snippetFields = [],
  position,
}: {
  article: ArticleSummary;
  count: number;
  /** Where the reader stopped in it, if it was read in Folio. */
  position?: ReadingPosition;
  knownTags: string[];
  actions: RowActions;
  terms?: string[];
  snippetFields?: SnippetField[];
}) {
  const snippet = snippetOf(snippetFields, terms);
  return (
    <>
      <RowMenu
        label={t('articleActionsNamed', article.title)}
        items={[
          { label: t('exportMarkdown'), run: () => actions.exportOne(article) },
          { label: t('exportNotesOnly'), run: () => actions.exportNotesOnly(article) },
          { label: t('copyMarkdown'), run: () => actions.copyOne(article) },
          { label: t('sendToObsidian'), run: () => actions.sendToObsidian(article) },
          { label: t('deleteHighlight'), run: () => actions.deleteOne(article), danger: true },
        ]}
      />
      <ArticleLink article={article} terms={terms} />
      <p className="library-meta">
        {[
          article.siteName,
          new Date(article.savedAt ?? article.updatedAt).toLocaleDateString(),
          countOf(count, 'libraryHighlightCountOne', 'libraryHighlightCount'),
          progressText(position),
          article.savedAt !== undefined ? t('librarySavedOffline') : undefined,
        ]
          .filter(Boolean)
          .join(' · ')}{' '}
        <ArticleTags article={article} knownTags={knownTags} />
      </p>
      {snippet ? (
        <p className="library-snippet">
          <span className="library-snippet-source">{t(SNIPPET_SOURCE[snippet.source])}</span>{' '}
          <Marked parts={snippet.parts} />
        </p>
      ) : !terms.length && article.excerpt ? (
        <p className="library-excerpt">{article.excerpt}</p>
      ) : null}
    </>
  );
}

/**
 * An article's title, linked to its saved copy or its page. A book imported from Kindle or
 * Readwise has neither (its name is a `urn:folio:book:`): its title is plain text.
 */
export function ArticleLink({ article, terms = [] }: { article: ArticleSummary; terms?: string[] }) {
  const href = articleUrl(article);
  const title = terms.length ? <Marked parts={markTerms(article.title, terms)} /> : article.title;
  return /^(?:https?|chrome-extension|moz-extension):/.test(href) ? <a href={href}>{title}</a> : <span>{title}</span>;
}

/** "42% read", "Read to the end", or nothing for an article not begun. */
function progressText(position: ReadingPosition | undefined): string | undefined {
  const { state, percent } = readingProgress(position);
  return state === 'finished'
    ? t('libraryReadToEnd')
    : state === 'reading'
      ? t('libraryReadPercent', String(percent))
      : undefined;
}
