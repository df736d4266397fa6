import { useEffect, useMemo } from 'react';
import { t } from '../../utils/i18n';
import { articleFromRecord } from '../../utils/pages/saved-article';
import { getFolioService } from '../../utils/services/client';
import type { ReaderSettings } from '../../utils/settings';
import { copyText } from '../common/copy-text';
import { useServiceQuery } from '../common/useServiceQuery';
import { ReaderView } from '../reader/ReaderView';
import { useKeptImages } from './useKeptImages';

/**
 * A saved article, read offline from the library with the same reader. It loads nothing from the
 * network: its pictures are the copies "Save article" kept, and the others say they were not kept.
 */
export function ArticlePage({ id, settings }: { id: string | null; settings?: ReaderSettings }) {
  const record = useServiceQuery(async () => (id ? getFolioService().getArticleById(id) : null), id ?? '');
  const images = useKeptImages(id);
  const article = useMemo(
    () =>
      record && images
        ? articleFromRecord(record, document, {
            keptUrl: (url) => images.get(url),
            notKeptText: (description) =>
              description ? t('imageNotKeptOffline', description) : t('imageNotKeptOfflinePlain'),
          })
        : undefined,
    [record, images],
  );
  useEffect(() => {
    if (article) document.title = article.title;
  }, [article]);
  if (record === undefined || (record && !images)) return null; // still loading: one frame, no flash of a message
  if (!record || !article) {
    return (
      <div className="folio-notice" role="alert">
        <p>{t('articleNotSaved')}</p>
      </div>
    );
  }
  return (
    <ReaderView
      article={article}
      url={record.url}
      initialSettings={settings}
      libraryHref="/library.html"
      onExport={async () => (await import('../../utils/pages/exports')).downloadArticleMarkdown(record, true)}
      onSendToObsidian={async () =>
        (await import('../../utils/pages/send-to-obsidian')).sendToObsidian(record, copyText)
      }
    />
  );
}
