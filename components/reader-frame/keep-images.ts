import { browser } from 'wxt/browser';
import { byOrigin, imageUrlsOf, sitePermissionOf } from '../../utils/offline/article-images';
import { bytesToBase64 } from '../../utils/offline/base64';
import type { FetchedImage } from '../../utils/offline/fetch-image';
import type { KeepImagesOutcome } from '../../utils/services/keep-images';
import type { ExtensionPageService } from '../../utils/services/service-methods';
import type { SavedImages } from '../reader/saved-images';

/** Base64 sent to the background per message (well under what one message may carry). */
const BATCH_CHARS = 8 * 1024 * 1024;

interface KeepDeps {
  service: Pick<ExtensionPageService, 'keepPageImages' | 'keepOtherSitesImages'>;
  fetchOwnSiteImages: (urls: string[]) => Promise<FetchedImage[]>;
  /** Opens Folio's page that asks for the other sites (see entrypoints/allow-images). */
  openAllowPage: (articleId: string) => Promise<void>;
}

/**
 * "Save article", second half: the article's pictures kept for offline reading. The page's own
 * site's pictures come through the content script (the page's access); other sites' through the
 * background, for the sites the user has allowed. Those not yet allowed wait for the user's
 * click on "Allow" (a permission can only be asked in a click), see SavedImages.allowOtherSites.
 */
export async function keepArticleImages(
  articleId: string,
  pageUrl: string,
  html: string,
  deps: KeepDeps,
): Promise<SavedImages> {
  const inert = new DOMParser().parseFromString(`<body>${html}`, 'text/html');
  const urls = imageUrlsOf(inert.body);
  const { own, others } = byOrigin(urls, pageUrl);
  const outcomes: KeepImagesOutcome[] = [];
  if (own.length) outcomes.push(await sendOwnSiteImages(articleId, await deps.fetchOwnSiteImages(own), deps));
  // The background fetches those of sites the user allowed, and names the others.
  const otherUrls = [...others.values()].flat();
  const fromOthers = otherUrls.length ? await deps.service.keepOtherSitesImages(articleId, otherUrls) : undefined;
  const waiting = fromOthers?.notKept.filter((n) => n.reason === 'no-permission').map((n) => n.url) ?? [];
  if (fromOthers) {
    outcomes.push({ kept: fromOthers.kept, notKept: fromOthers.notKept.filter((n) => n.reason !== 'no-permission') });
  }
  const report = summarize(urls.length, outcomes, waiting);
  if (!waiting.length) return report;
  return {
    ...report,
    allowOtherSites: async () => {
      // Firefox gives a frame inside a web page no permissions API: a Folio tab asks instead.
      if (!browser.permissions?.request) {
        await deps.openAllowPage(articleId);
        return { ...report, askedInTab: true };
      }
      const origins = [...new Set(waiting.map(sitePermissionOf))];
      // Asked first, in the click: anything awaited before it would lose the user's gesture.
      const granted = await browser.permissions.request({ origins });
      if (!granted) throw new Error('not allowed');
      const more = await deps.service.keepOtherSitesImages(articleId, waiting);
      return summarize(urls.length, [...outcomes, more], []);
    },
  };
}

/** The fetched bytes to the background, in batches of at most BATCH_CHARS of base64. */
async function sendOwnSiteImages(articleId: string, fetched: FetchedImage[], deps: KeepDeps) {
  const outcome: KeepImagesOutcome = { kept: [], notKept: [] };
  let batch: { url: string; base64: string }[] = [];
  let size = 0;
  const flush = async () => {
    if (!batch.length) return;
    const done = await deps.service.keepPageImages(articleId, batch);
    outcome.kept.push(...done.kept);
    outcome.notKept.push(...done.notKept);
    batch = [];
    size = 0;
  };
  for (const image of fetched) {
    if (!image.ok) {
      outcome.notKept.push({ url: image.url, reason: image.reason, ...(image.status ? { status: image.status } : {}) });
      continue;
    }
    const base64 = bytesToBase64(image.bytes);
    if (size + base64.length > BATCH_CHARS) await flush();
    batch.push({ url: image.url, base64 });
    size += base64.length;
  }
  await flush();
  return outcome;
}

function summarize(total: number, outcomes: KeepImagesOutcome[], waiting: string[]): SavedImages {
  return {
    total,
    kept: outcomes.reduce((sum, o) => sum + o.kept.length, 0),
    notKept: outcomes.flatMap((o) => o.notKept),
    otherSites: { hosts: [...new Set(waiting.map((u) => new URL(u).host))], count: waiting.length },
  };
}
