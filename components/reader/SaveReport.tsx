import { useState } from 'react';
import { decodeUriOrAsWritten } from '../../utils/decode-uri';
import { t } from '../../utils/i18n';
import type { NotKeptReason } from '../../utils/offline/fetch-image';
import type { SavedImages } from './saved-images';

/** "Save article"'s outcome: saving, saved, failed; then how many pictures were kept. */
export type SaveState =
  | { phase: 'saving' }
  | { phase: 'saved'; images?: SavedImages; keepingImages?: boolean }
  | { phase: 'failed'; message: string };

/** Reasons in the user's words (the caps are IMAGE_LIMITS). */
export function notKeptReason(reason: NotKeptReason, status?: number): string {
  switch (reason) {
    case 'http':
      return t('imageReasonHttp', String(status ?? ''));
    case 'unreachable':
      return t('imageReasonUnreachable');
    case 'timeout':
      return t('imageReasonTimeout');
    case 'too-large':
      return t('imageReasonTooLarge');
    case 'not-an-image':
      return t('imageReasonNotImage');
    case 'article-full':
      return t('imageReasonFull');
    case 'no-permission':
      return t('imageReasonPermission');
  }
}

/** "3 pictures come from other sites (…)", or the one picture's sentence (i18n has no plurals). */
export function otherSitesSentence(count: number, hosts: string): string {
  return count === 1 ? t('imagesOtherSitesOne', hosts) : t('imagesOtherSites', [String(count), hosts]);
}

/**
 * The address shortened for a list line: host and file name. A picture's name may hold a stray
 * "%" ("100%-cotton.jpg"): shown as written, where decoding it threw and took the reader down.
 */
export function shortAddress(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.slice(0, 80);
  }
  const file = parsed.pathname.split('/').filter(Boolean).pop() ?? '';
  return file ? `${parsed.host}/…/${decodeUriOrAsWritten(file).slice(0, 60)}` : parsed.host;
}

/**
 * The report at the reader's foot after "Save article". Stays until dismissed when there is
 * something to read or to do (pictures not kept, the permission to ask); a plain "Saved" is a
 * status line.
 */
export function SaveReport({
  state,
  onChange,
  onDismiss,
}: {
  state: SaveState;
  onChange: (state: SaveState) => void;
  onDismiss: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const [refused, setRefused] = useState(false);
  if (state.phase === 'failed') {
    return (
      <p className="folio-toast folio-toast-error" role="alert">
        {state.message}
      </p>
    );
  }
  if (state.phase === 'saving') {
    return (
      <p className="folio-toast" role="status">
        {t('readerSaving')}
      </p>
    );
  }
  const images = state.images;
  const status = state.keepingImages
    ? t('imagesKeeping')
    : images?.total
      ? t('imagesKept', [String(images.kept), String(images.total)])
      : t('readerSaved');
  const notKept = images?.notKept ?? [];
  const waiting = images?.otherSites.count && !images.askedInTab ? images.otherSites : undefined;
  if (!notKept.length && !waiting && !refused && !images?.askedInTab) {
    return (
      <p className="folio-toast" role="status">
        {status}
      </p>
    );
  }
  const allow = async () => {
    if (!images?.allowOtherSites) return;
    setAsking(true);
    setRefused(false);
    try {
      onChange({ phase: 'saved', images: await images.allowOtherSites() });
    } catch {
      setRefused(true);
    } finally {
      setAsking(false);
    }
  };
  return (
    <section className="folio-toast folio-save-report" aria-label={t('readerSave')}>
      <p role="status">{status}</p>
      {notKept.length ? (
        <details>
          <summary>{t('imagesNotKept', String(notKept.length))}</summary>
          <ul>
            {notKept.map((item) => (
              <li key={item.url}>
                <span className="folio-save-report-url" title={item.url}>
                  {shortAddress(item.url)}
                </span>
                {': '}
                {notKeptReason(item.reason, item.status)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {waiting ? (
        <p>
          {otherSitesSentence(waiting.count, waiting.hosts.slice(0, 3).join(', '))}{' '}
          <button type="button" className="folio-toast-action" disabled={asking} onClick={() => void allow()}>
            {t('imagesAllow')}
          </button>
        </p>
      ) : null}
      {images?.askedInTab ? <p>{t('imagesAskedInTab')}</p> : null}
      {refused ? <p role="alert">{t('imagesAllowRefused')}</p> : null}
      <button type="button" className="folio-toast-action folio-save-report-close" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </section>
  );
}
