import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { imagesOf } from '../../utils/db/images';
import { t } from '../../utils/i18n';
import { byOrigin, imageUrlsOf, sitePermissionOf } from '../../utils/offline/article-images';
import { libraryDb } from '../../utils/pages/library-db';
import { getFolioService } from '../../utils/services/client';
import type { KeepImagesOutcome } from '../../utils/services/keep-images';
import { notKeptReason, otherSitesSentence } from '../reader/SaveReport';

interface Waiting {
  title: string;
  urls: string[];
  hosts: string[];
}

/** The article's pictures from other sites that are not kept yet. */
async function waitingPictures(articleId: string): Promise<Waiting | undefined> {
  const article = await getFolioService().getArticleById(articleId);
  if (!article?.savedContent) return undefined;
  const html = new DOMParser().parseFromString(`<body>${article.savedContent.html}`, 'text/html');
  const kept = new Set((await imagesOf(libraryDb(), articleId)).map((i) => i.url));
  const urls = [...byOrigin(imageUrlsOf(html.body), article.url).others.values()].flat().filter((u) => !kept.has(u));
  return { title: article.title, urls, hosts: [...new Set(urls.map((u) => new URL(u).host))] };
}

/**
 * "Allow and keep them", asked in a Folio tab: where the reader (a frame inside the web page)
 * has no permissions API to ask with (Firefox). It names the sites, asks for exactly those, and
 * keeps the article's pictures from them.
 */
export function AllowImagesPage({ articleId }: { articleId: string }) {
  const [waiting, setWaiting] = useState<Waiting | null>();
  const [state, setState] = useState<
    | { step: 'ask' }
    | { step: 'keeping' }
    | { step: 'refused' }
    | { step: 'done'; outcome: KeepImagesOutcome }
    | { step: 'failed'; message: string }
  >({ step: 'ask' });
  useEffect(() => {
    void waitingPictures(articleId).then(
      (found) => setWaiting(found ?? null),
      () => setWaiting(null),
    );
  }, [articleId]);
  if (waiting === undefined) return null;
  if (!waiting) {
    return (
      <main className="library allow-images">
        <p role="alert">{t('articleNotSaved')}</p>
      </main>
    );
  }
  const allow = async () => {
    // Asked first, in the click: the browser asks only during a user's action.
    const granted = await browser.permissions
      .request({ origins: [...new Set(waiting.urls.map(sitePermissionOf))] })
      .catch(() => false);
    if (!granted) {
      setState({ step: 'refused' });
      return;
    }
    setState({ step: 'keeping' });
    try {
      setState({ step: 'done', outcome: await getFolioService().keepOtherSitesImages(articleId, waiting.urls) });
    } catch (error) {
      setState({ step: 'failed', message: (error as Error).message });
    }
  };
  return (
    <main className="library allow-images">
      <h1>{t('allowImagesTitle')}</h1>
      <p>
        <strong>{waiting.title}</strong>
      </p>
      {waiting.urls.length === 0 ? (
        <p role="status">{t('allowImagesNothing')}</p>
      ) : (
        <p>{otherSitesSentence(waiting.urls.length, waiting.hosts.join(', '))}</p>
      )}
      {state.step === 'ask' && waiting.urls.length ? (
        <p>
          <button type="button" className="library-primary" onClick={() => void allow()}>
            {t('imagesAllow')}
          </button>{' '}
          <button type="button" onClick={() => window.close()}>
            {t('allowImagesNotNow')}
          </button>
        </p>
      ) : null}
      {state.step === 'keeping' ? <p role="status">{t('allowImagesKeeping')}</p> : null}
      {state.step === 'refused' ? <p role="alert">{t('imagesAllowRefused')}</p> : null}
      {state.step === 'failed' ? <p role="alert">{state.message}</p> : null}
      {state.step === 'done' ? (
        <>
          <p role="status">{t('allowImagesDone', [String(state.outcome.kept.length), String(waiting.urls.length)])}</p>
          {state.outcome.notKept.length ? (
            <ul>
              {state.outcome.notKept.map((item) => (
                <li key={item.url}>
                  {item.url}: {notKeptReason(item.reason, item.status)}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </main>
  );
}
