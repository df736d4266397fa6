import { browser } from 'wxt/browser';
import { type Article, extractArticle, type SiteRule } from '../extract';
import { mergePages, type PagesStatus } from '../extract/merge-pages';
import { firstPage, type PagesRead, readFollowingPages } from '../extract/read-pages';
import { t } from '../i18n';
import {
  type FetchImagesRequest,
  type FixRequest,
  type ImagesFetched,
  type PagesMessage,
  PORT_ARTICLE,
  PORT_CLOSE,
  PORT_FETCH_IMAGES,
  PORT_FIX,
  PORT_HIDDEN,
  PORT_IMAGES_FETCHED,
  PORT_PAGES,
  PORT_RETRY_PAGES,
  PORT_SHOWN,
  type PortControl,
  READER_KEY_REGISTER,
  READER_PORT,
  type ReaderPortMessage,
  type Reply,
} from '../protocol/messages';
import { READER_REQUEST_GLOBAL, READER_STATE_GLOBAL } from '../protocol/test-hooks';
import { loadSiteRules } from '../settings/site-rules-storage';
import { pickArticleElement } from './article-picker';
import { fetchOwnSiteImages } from './fetch-own-images';
import { pageFetcher } from './fetch-page';
import { mountReaderHost, type ReaderHost } from './mount';
import { handleFix } from './page-fix';
import { keepFocusIn, lockPageScroll } from './page-guards';

/** The frame's file, built from entrypoints/reader-frame/ and web-accessible to pages. */
export const READER_FRAME_PATH = '/reader-frame.html';

/** What the reader frame is given: the article (or why there is none) and where it came from. */
export interface ReaderArticleReply {
  article?: Article;
  error?: string;
  /** Without an article: the page's title, for the notice to say which page it read. */
  pageTitle?: string;
  url: string;
  /** A highlight clicked on the live page, to open in the editor. */
  openHighlightId?: string;
  /** How long extraction took here, for the reader benchmark (0 when it was cached). */
  extractMs: number;
  /** An essay of several pages: how reading its other pages goes (updates follow on PORT_PAGES). */
  pages?: PagesStatus;
  /** Read anew from the element the user just chose on the page (the reader offers Undo). */
  articleChosen?: boolean;
}

/** Why the page has no article, and the page's own title to name it by. */
interface NoArticle {
  error: string;
  pageTitle?: string;
}

/** What the background asks of one injection (set in this world just before it). */
export interface ReaderRequest {
  openHighlightId?: string;
}

/** The reader's frame, mounted once per page: shown while the reader is open, hidden after. */
interface MountedFrame {
  host: ReaderHost;
  /** The page URL it shows the article of: a single-page app may have moved on since. */
  url: string;
  /** Its end of the private channel, once handed over. */
  port?: MessagePort;
}

/** What opening changed on the page, undone on close. */
interface OpenReader {
  restore: (() => void)[];
  previousFocus: Element | null;
  /** A highlight to open in the editor, for the frame's first request. */
  openHighlightId?: string;
}

/**
 * The reader's life on one page, in the content script's isolated world (no page script sees it).
 * Kept on this world's global so that the next injection finds it: the same command toggles the
 * reader, and a second open shows the same frame again, at once.
 */
interface ReaderState {
  article?: Article | NoArticle;
  extractMs?: number;
  /** The URL the extraction was made for. */
  extractedUrl?: string;
  /** Started at first open, awaited by the frame's request: extraction runs while the frame loads. */
  extracting?: Promise<Article | NoArticle>;
  frame?: MountedFrame;
  open?: OpenReader;
  /** An essay's pages, when it has more than one. */
  pages?: PagesRead;
  siteRules?: SiteRule[];
  /** The user just chose the article on the page: the next reply says so, once. */
  articleChosen?: boolean;
}

function state(): ReaderState {
  const global = globalThis as unknown as Record<string, ReaderState | undefined>;
  global[READER_STATE_GLOBAL] ??= {};
  return global[READER_STATE_GLOBAL] as ReaderState;
}

function takeRequest(): ReaderRequest {
  const global = globalThis as unknown as Record<string, ReaderRequest | undefined>;
  const request = global[READER_REQUEST_GLOBAL] ?? {};
  global[READER_REQUEST_GLOBAL] = undefined;
  return request;
}

export async function toggleReader(): Promise<void> {
  const request = takeRequest();
  const s = state();
  // A page may have removed the frame: then the reader is closed, whatever we remember.
  if (s.open && !s.frame?.host.host.isConnected) closeReader();
  if (s.open && request.openHighlightId === undefined) closeReader();
  else if (!s.open) await openReader(request);
}

async function extract(siteRulesLoading: Promise<SiteRule[]>): Promise<Article | NoArticle> {
  const s = state();
  const siteRules = await siteRulesLoading;
  s.siteRules = siteRules;
  const started = performance.now();
  // extractArticle works on a clone of the document, which has no browsing context: nothing in it
  // runs or loads, and it sanitizes the article there (DOMPurify). Only that HTML string leaves
  // this world, on a port no page script can reach.
  const result = extractArticle(document, { url: location.href, siteRules });
  s.extractMs = performance.now() - started;
  s.article = result.ok
    ? result.article
    : { error: t('errorNoArticle'), ...(result.title ? { pageTitle: result.title } : {}) };
  s.extractedUrl = location.href;
  s.pages = undefined;
  return s.article;
}

export async function openReader(request: ReaderRequest = {}): Promise<void> {
  const s = state();
  if (s.open) return;
  // A frame kept from an earlier open is shown again, unless the page removed it or moved on.
  if (s.frame && (!s.frame.host.host.isConnected || s.frame.url !== location.href)) discardFrame();
  const reused = s.frame;
  const host = reused ? reused.host : mountFrame(s);
  if (reused) host.show();
  const previousFocus = document.activeElement;
  const restore = [lockPageScroll(document)];
  s.open = { restore, previousFocus, openHighlightId: request.openHighlightId };
  host.frame.focus({ preventScroll: true });
  restore.push(keepFocusIn(document, host.host, host.frame));
  // Esc closes the reader even when focus is still on the page (right after the shortcut, say);
  // inside the frame the reader handles Esc itself. Only the user's own key press counts.
  const onKey = (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape') closeReader();
  };
  document.addEventListener('keydown', onKey, true);
  restore.push(() => document.removeEventListener('keydown', onKey, true));
  if (reused) tellFrame({ type: PORT_SHOWN, openHighlightId: request.openHighlightId });
}

/** Mounts a new frame, gives it its key, and starts the extraction it will ask for. */
function mountFrame(s: ReaderState): ReaderHost {
  // The channel's one-time key, registered for this tab; the frame asks for it once it runs, well
  // after this message is on its way (and asks again if it got there first).
  const key = crypto.randomUUID();
  const registered = browser.runtime.sendMessage({ type: READER_KEY_REGISTER, key }).catch(() => {});
  const frameUrl = browser.runtime.getURL(READER_FRAME_PATH);
  const host = mountReaderHost(document, frameUrl, t('readerRegionLabel'));
  s.frame = { host, url: location.href };
  // Extraction once the frame has committed (it then loads in its own process meanwhile), not
  // before. The same page's extraction is reused.
  s.extractMs = 0;
  const cached = s.article && s.extractedUrl === location.href ? s.article : undefined;
  s.extracting = Promise.all([registered, frameCommitted(host.frame)]).then(
    () => cached ?? extract(loadSiteRules().catch(() => [])),
  );
  // The frame's first load: hand it the port. A later load is the page navigating the frame (its
  // parent may): that is not Folio's reader any more.
  let loads = 0;
  host.frame.addEventListener('load', () => {
    if (++loads > 1) {
      closeReader();
      discardFrame();
    } else {
      handOverPort(host.frame, frameOrigin(frameUrl), key);
    }
  });
  return host;
}

function discardFrame(): void {
  const s = state();
  s.frame?.port?.close();
  s.frame?.host.remove();
  s.frame = undefined;
}

function tellFrame(message: PortControl): void {
  state().frame?.port?.postMessage(message);
}

/** Longest wait for the frame's navigation to commit before extraction starts anyway. */
const COMMIT_WAIT_MS = 150;

/**
 * Resolves once the frame has committed its navigation to the extension's page (its window turns
 * cross-origin to this one), or after COMMIT_WAIT_MS. Extraction holds the page's thread, and the
 * commit needs that thread: started at once, it made the frame wait the whole extraction before
 * it could even begin to load (1 MB article: the frame's script ran 270 ms after the command);
 * started after the commit, the frame loads its script in its own process while extraction runs.
 */
function frameCommitted(frame: HTMLIFrameElement): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      let crossOrigin = false;
      try {
        void frame.contentWindow?.document;
      } catch {
        crossOrigin = true;
      }
      if (crossOrigin || !frame.isConnected || performance.now() - started > COMMIT_WAIT_MS) resolve();
      else setTimeout(check, 2);
    };
    check();
  });
}

/**
 * The origin the frame's document has, to address the port to it and no one else. Chrome loads a
 * web-accessible page by its per-session dynamic URL but gives the document the extension's own
 * origin; Firefox's per-install origin is the URL's.
 */
function frameOrigin(frameUrl: string): string {
  return import.meta.env.BROWSER === 'firefox' ? new URL(frameUrl).origin : `chrome-extension://${browser.runtime.id}`;
}

/** Gives the frame its end of a private channel, then the article on it once extracted. */
function handOverPort(frame: HTMLIFrameElement, frameOrigin: string, key: string): void {
  const channel = new MessageChannel();
  const message: ReaderPortMessage = { type: READER_PORT, key };
  frame.contentWindow?.postMessage(message, frameOrigin, [channel.port2]);
  const port = channel.port1;
  port.onmessage = (event) => {
    const type = (event.data as { type?: string })?.type;
    if (type === PORT_CLOSE) closeReader();
    if (type === PORT_RETRY_PAGES) void readMorePages(port);
    if (type === PORT_FIX) void fixPage(event.data as FixRequest, port);
    if (type === PORT_FETCH_IMAGES) void sendPageImages(event.data as FetchImagesRequest, port);
  };
  const s = state();
  if (s.frame?.host.frame === frame) s.frame.port = port;
  void articleReply().then((reply) => {
    port.postMessage({ type: PORT_ARTICLE, reply });
    // The article is on its way first; only then is the page's pager looked for.
    const article = reply.ok ? reply.value.article : undefined;
    if (article && !s.pages) s.pages = firstPage(document, location.href, article);
    if (s.pages?.next) void readMorePages(port);
  });
}

/**
 * Closes the reader: the page gets back its scroll, its focus and its keys. The frame stays,
 * hidden (display: none, out of the top layer) and inert, so that the next open is instant.
 */
export function closeReader(): void {
  const s = state();
  const open = s.open;
  if (!open) return;
  s.open = undefined;
  s.frame?.host.hide();
  tellFrame({ type: PORT_HIDDEN });
  for (const undo of open.restore.reverse()) undo();
  if (open.previousFocus instanceof HTMLElement) open.previousFocus.focus({ preventScroll: true });
}

async function articleReply(): Promise<Reply<ReaderArticleReply>> {
  const s = state();
  if (!s.open || !s.extracting) return { ok: false, error: t('errorNoArticle') };
  const article = await s.extracting;
  const reply: ReaderArticleReply = {
    url: location.href,
    extractMs: s.extractMs ?? 0,
    ...('error' in article ? article : { article }),
    ...(s.open?.openHighlightId ? { openHighlightId: s.open.openHighlightId } : {}),
    ...(s.pages && s.pages.pages.length > 1 ? { pages: s.pages.status } : {}),
    ...(s.articleChosen ? { articleChosen: true } : {}),
  };
  s.articleChosen = undefined;
  if (s.open) s.open.openHighlightId = undefined;
  return { ok: true, value: reply };
}

/**
 * Reads the essay's following pages (or retries the one that failed) and sends the frame the
 * merged article. The merged article replaces the first page's here too, so that a second open
 * and Save article have every page.
 */
async function readMorePages(port: MessagePort): Promise<void> {
  const s = state();
  if (!s.pages) return;
  port.postMessage({ type: PORT_PAGES, pages: { ...s.pages.status, loading: true, failed: undefined } });
  const read = await readFollowingPages(s.pages, pageFetcher(s.siteRules ?? []));
  s.pages = read;
  // Merged in a document of its own: nothing is made in the page's.
  const inert = document.implementation.createHTMLDocument('');
  const article = mergePages(read.pages, inert, (n) => t('readerPageMarker', String(n)));
  if (read.pages.length > 1) s.article = article;
  const message: PagesMessage = { type: PORT_PAGES, pages: read.status, ...(read.pages.length > 1 ? { article } : {}) };
  port.postMessage(message);
}

/**
 * "Save article": the article's pictures from the page's own site, fetched here with the page's
 * access (its cookies; no permission the page does not already give). Any other address is
 * refused: the frame asks the background for those, with the user's permission.
 */
async function sendPageImages(request: FetchImagesRequest, port: MessagePort): Promise<void> {
  const images = await fetchOwnSiteImages(Array.isArray(request.urls) ? request.urls : [], location.href);
  const reply: ImagesFetched = { type: PORT_IMAGES_FETCHED, id: request.id, images };
  port.postMessage(
    reply,
    images.flatMap((image) => (image.ok ? [image.bytes.buffer as ArrayBuffer] : [])),
  );
}

/**
 * "Fix this page": a block left out, or taken back, is saved as a site rule at once. Choosing the
 * article closes the reader while the user picks on the page; then the reader opens again, read
 * anew with the site's new rule (or as it was, when the user cancelled).
 */
async function fixPage(request: FixRequest, port: MessagePort): Promise<void> {
  const picking = request.action === 'pick-article';
  const rereading = picking || request.action === 'undo-pick';
  if (picking) closeReader();
  const done = await handleFix(request, () => pickArticleElement(document));
  port.postMessage(done);
  if (!rereading) return;
  const s = state();
  if (done.ok) {
    // Read again by the site's new rule, in a new frame.
    if (s.open) closeReader();
    s.article = undefined;
    s.pages = undefined;
    s.articleChosen = picking;
    discardFrame();
  }
  await openReader();
}
