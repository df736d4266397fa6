import type { ArticleSummary, HighlightRecord } from '../../utils/db';
import { quoteOf } from '../../utils/db/highlight-quote';
import { t } from '../../utils/i18n';
import { foldText, markTerms } from '../../utils/library';
import { SWATCH } from '../highlights/colors';
import { ArticleLink } from './ArticleRow';
import { Marked } from './Marked';
import { NoteEditor } from './NoteEditor';

/**
 * A highlight listed only because its article's title has the searched words (none are in its
 * own text, note or tags): the row says so, or it would look like a wrong result.
 */
function foundByTitleOnly(record: HighlightRecord, article: ArticleSummary | undefined, terms: string[]): boolean {
  if (!terms.length || !article) return false;
  const own = [quoteOf(record), record.note, ...record.tags].join('\n');
  const [ownText, title] = [foldText(own), foldText(article.title)];
  return terms.some((term) => !ownText.includes(term) && title.includes(term));
}

/**
 * One highlight in the library's Highlights view (inside its <li>): Copy and Delete, the passage
 * and its note with the searched words marked, the note edited in place, its tags and article.
 */
export function HighlightRow({
  record,
  article,
  terms,
  onCopy,
  onDelete,
}: {
  record: HighlightRecord;
  article: ArticleSummary | undefined;
  terms: string[];
  onCopy: () => void;
  onDelete: () => void;
}) {
  return (
    <>
      <div className="library-actions">
        <button type="button" onClick={onCopy} title={t('copyHighlightTitle')}>
          {t('copyHighlight')}
        </button>
        <button
          type="button"
          className="library-danger"
          onClick={onDelete}
          aria-label={t('deleteHighlightNamed', quoteOf(record).slice(0, 40))}
          title={t('deleteHighlightNamed', quoteOf(record).slice(0, 40))}
        >
          {t('deleteHighlight')}
        </button>
      </div>
      <blockquote className="library-quote" style={{ borderColor: SWATCH[record.color] }}>
        <Marked parts={markTerms(quoteOf(record), terms)} />
      </blockquote>
      {record.note ? (
        <p className="library-note">
          <span className="library-snippet-source">{t('snippetFromNote')}</span>{' '}
          <Marked parts={markTerms(record.note, terms)} />
        </p>
      ) : null}
      <NoteEditor key={record.id} record={record} />
      <p className="library-meta">
        {record.tags.map((tag) => `#${tag}`).join(' ')}
        {record.tags.length ? ' · ' : ''}
        {article ? <ArticleLink article={article} terms={terms} /> : null}
        {foundByTitleOnly(record, article, terms) ? (
          <span className="library-found-by"> · {t('libraryFoundByTitle')}</span>
        ) : null}
      </p>
    </>
  );
}
