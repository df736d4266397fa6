import type { PagesStatus } from '../../utils/extract/merge-pages';
import { t } from '../../utils/i18n';

/**
 * Below an essay of several pages: that its pages are being read, how many were merged, which one
 * could not be read (with Try again), or that a cap stopped the reading. Nothing for one page.
 */
export function PagesNote({ pages, onRetry }: { pages?: PagesStatus; onRetry?: () => void }) {
  if (!pages) return null;
  const { loaded, loading, failed, limit } = pages;
  if (!loading && !failed && !limit && loaded < 2) return null;
  return (
    <aside className="folio-pages-note" role={failed ? 'alert' : 'status'}>
      {loading ? (
        <p>{t('readerPagesLoading')}</p>
      ) : (
        <>
          {loaded > 1 ? <p>{t('readerPagesMerged', String(loaded))}</p> : null}
          {failed ? (
            <p>
              {t('readerPageFailed', [String(failed.page), failed.reason])}{' '}
              {onRetry ? (
                <button type="button" className="folio-button" onClick={onRetry}>
                  {t('tryAgain')}
                </button>
              ) : null}
            </p>
          ) : null}
          {limit ? <p>{t(limit === 'pages' ? 'readerPagesLimitPages' : 'readerPagesLimitBytes')}</p> : null}
        </>
      )}
    </aside>
  );
}
