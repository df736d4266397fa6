import { browser } from 'wxt/browser';
import type { FetchedImage } from '../../utils/offline/fetch-image';
import {
  type FetchImagesRequest,
  type FixDone,
  type FixRequest,
  type ImagesFetched,
  type PagesMessage,
  PORT_ARTICLE,
  PORT_CLOSE,
  PORT_FETCH_IMAGES,
  PORT_FIX,
  PORT_FIX_DONE,
  PORT_HIDDEN,
  PORT_IMAGES_FETCHED,
  PORT_PAGES,
  PORT_RETRY_PAGES,
  PORT_SHOWN,
  type PortControl,
  READER_KEY_TAKE,
  READER_PORT,
  type ReaderPortMessage,
  type Reply,
  unwrapReply,
} from '../../utils/protocol/messages';
import type { ReaderArticleReply } from '../../utils/reader-host/reader-controller';

/**
 * The reader frame's private line to the reader content script that mounted it: a MessagePort it
 * hands over by window.postMessage, accepted only with the one-time key the background gives this
 * frame for its own tab. Whatever else is posted to this window (a page that found a handle to
 * it) is ignored. The article comes as a structured clone: no JSON, no hop through the background.
 */
export interface FrameChannel {
  getArticle(): Promise<ReaderArticleReply>;
  close(): void;
  /** The content script hid this frame (the reader closed) or showed it again. */
  onControl(listener: (message: PortControl) => void): void;
  /** An essay of several pages: progress, and the merged article. */
  onPages(listener: (message: PagesMessage) => void): void;
  /** Asks the content script to read the page that failed again. */
  retryPages(): void;
  /** "Fix this page": a choice sent to the content script, answered when it is saved. */
  fix(request: FixAction): Promise<FixDone>;
  /** "Save article": the content script fetches these pictures of the page's own site. */
  fetchImages(urls: string[]): Promise<FetchedImage[]>;
}

/** A FixRequest without its envelope (the channel adds the type and an id). */
export type FixAction =
  | { action: 'remove'; text: string; tag: string }
  | { action: 'undo-remove'; selector: string }
  | { action: 'pick-article' }
  | { action: 'undo-pick' };

/** Tries a few times: the content script's registration may still be on its way. */
async function takeKey(tries = 5): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const reply = (await browser.runtime.sendMessage({ type: READER_KEY_TAKE })) as Reply<string> | undefined;
    if (reply?.ok || attempt >= tries) {
      return unwrapReply(reply, 'Folio did not answer; close the reader and open it again.');
    }
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}

/** Starts listening at once (the port may come before the key), then keeps the first valid port. */
export function connectFrameChannel(win: Window): FrameChannel {
  const offered: { key: unknown; port: MessagePort }[] = [];
  let waiting: (() => void) | undefined;
  const onMessage = (event: MessageEvent) => {
    const data = event.data as Partial<ReaderPortMessage> | null;
    const port = event.ports[0];
    if (data?.type !== READER_PORT || !port) return;
    offered.push({ key: data.key, port });
    waiting?.();
  };
  win.addEventListener('message', onMessage);

  const portReady = takeKey().then(async (key) => {
    for (;;) {
      const match = offered.find((o) => o.key === key);
      if (match) {
        win.removeEventListener('message', onMessage);
        for (const other of offered) if (other !== match) other.port.close();
        return match.port;
      }
      await new Promise<void>((resolve) => {
        waiting = resolve;
      });
    }
  });

  let control: ((message: PortControl) => void) | undefined;
  let pages: ((message: PagesMessage) => void) | undefined;
  const pendingPages: PagesMessage[] = [];
  const fixes = new Map<number, (done: FixDone) => void>();
  let nextFixId = 1;
  const imageRequests = new Map<number, (images: FetchedImage[]) => void>();
  let nextImageRequestId = 1;
  const article = portReady.then(
    (port) =>
      new Promise<ReaderArticleReply>((resolve, reject) => {
        port.onmessage = (event) => {
          const message = event.data as { type?: string; reply?: Reply<ReaderArticleReply> };
          if (message?.type === PORT_HIDDEN || message?.type === PORT_SHOWN) {
            control?.(event.data as PortControl);
            return;
          }
          if (message?.type === PORT_PAGES) {
            // The merged pages may come before the reader is on screen to listen: kept till then.
            if (pages) pages(event.data as PagesMessage);
            else pendingPages.push(event.data as PagesMessage);
            return;
          }
          if (message?.type === PORT_FIX_DONE) {
            const done = event.data as FixDone;
            fixes.get(done.id)?.(done);
            fixes.delete(done.id);
            return;
          }
          if (message?.type === PORT_IMAGES_FETCHED) {
            const fetched = event.data as ImagesFetched;
            imageRequests.get(fetched.id)?.(fetched.images);
            imageRequests.delete(fetched.id);
            return;
          }
          if (message?.type !== PORT_ARTICLE || !message.reply) return;
          try {
            resolve(unwrapReply(message.reply, ''));
          } catch (error) {
            reject(error);
          }
        };
      }),
  );
  return {
    getArticle: () => article,
    close: () => void portReady.then((port) => port.postMessage({ type: PORT_CLOSE })).catch(() => {}),
    onControl: (listener) => {
      control = listener;
    },
    onPages: (listener) => {
      pages = listener;
      for (const message of pendingPages.splice(0)) listener(message);
    },
    retryPages: () => void portReady.then((port) => port.postMessage({ type: PORT_RETRY_PAGES })).catch(() => {}),
    fix: async (request) => {
      const port = await portReady;
      const id = nextFixId++;
      return new Promise<FixDone>((resolve) => {
        fixes.set(id, resolve);
        port.postMessage({ type: PORT_FIX, id, ...request } as FixRequest);
      });
    },
    fetchImages: async (urls) => {
      const port = await portReady;
      const id = nextImageRequestId++;
      return new Promise<FetchedImage[]>((resolve) => {
        imageRequests.set(id, resolve);
        const request: FetchImagesRequest = { type: PORT_FETCH_IMAGES, id, urls };
        port.postMessage(request);
      });
    },
  };
}
