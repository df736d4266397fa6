import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { inProgressNewestFirst, loadReadingPositions, readingProgress } from '../../utils/reading-position';
import { getFolioService } from '../../utils/services/client';
import type { ArticleToContinue } from '../../utils/services/folio-service';

/**
 * "Continue reading": the article of the library last left half-read (on this computer, or on
 * another when sync is on), one click away. It opens as the saved article page when it has a
 * saved copy, else at its address; either way the reader offers to go back to where it stopped.
 * Nothing is shown until there is such an article, or if it cannot be found out.
 */
export function ContinueReading() {
  const [found, setFound] = useState<{ article: ArticleToContinue; percent: number }>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const positions = await loadReadingPositions();
      const article = await getFolioService().articleToContinue(inProgressNewestFirst(positions));
      const position = article ? positions[article.url] : undefined;
      if (live && article && position) setFound({ article, percent: readingProgress(position).percent });
    })().catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  if (!found) return null;
  const { article, percent } = found;
  const open = async () => {
    // Only a web address is opened as it is (an imported record could carry any other scheme).
    const url =
      article.offline || !/^https?:\/\//i.test(article.url)
        ? browser.runtime.getURL(`/article.html?id=${encodeURIComponent(article.id)}`)
        : article.url;
    await browser.tabs.create({ url });
    window.close();
  };
  return (
    <section className="popup-continue" aria-label={t('popupContinueReading')}>
      <p className="popup-hint">{t('popupContinueReading')}</p>
      <button type="button" className="popup-secondary popup-continue-article" onClick={open}>
        <span className="popup-continue-title">{article.title}</span>
        <span className="popup-continue-percent">{t('libraryReadPercent', String(percent))}</span>
      </button>
    </section>
  );
}
