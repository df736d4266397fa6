/**
 * Every message that crosses between Folio's contexts (background, extension pages, the reader
 * frame, content scripts), in one place: the names, and the shape of each request.
 *
 * Who may send what is decided in the background by `utils/services/route-message.ts`, from the
 * sender the browser reports, never from anything the message says about itself. Web pages cannot
 * send runtime messages at all (Folio declares no `externally_connectable`).
 */
import type { FolioCommand } from '../commands/router';
import type { PagesStatus } from '../extract/merge-pages';
import type { Article } from '../extract/types';
import type { FetchedImage } from '../offline/fetch-image';

/** A call of one of the background's service methods (see `utils/services/service-methods.ts`). */
export const SERVICE_CALL = 'folio:call';
/** A user command (open the reader, show highlights…) for the sender's tab, or the popup's tab. */
export const RUN_COMMAND = 'folio:run-command';
/**
 * The reader's private channel: the content script makes a MessageChannel and hands one port to
 * the frame it mounted, with a one-time key. The key goes to the frame through the background
 * (the content script registers it for its tab; the frame in that tab takes it), so a port from
 * anyone else, a page script included, is refused. The article and "close" travel on the port.
 */
export const READER_KEY_REGISTER = 'folio:reader-key-register';
export const READER_KEY_TAKE = 'folio:reader-key-take';
/** window.postMessage from the content script to the frame, carrying the port. */
export const READER_PORT = 'folio:reader-port';
/** On the port: content script → frame, the article (a ReaderArticleReply in a Reply). */
export const PORT_ARTICLE = 'article';
/** On the port: frame → content script, close the reader (✕, Esc). */
export const PORT_CLOSE = 'close';
/**
 * On the port: content script → frame. A closed reader's frame stays in the page, hidden and
 * inert, so that opening it again is instant; these say when it is hidden and shown again (with
 * a highlight to open, after a click on one on the live page).
 */
export const PORT_HIDDEN = 'hidden';
export const PORT_SHOWN = 'shown';

export type PortControl = { type: typeof PORT_HIDDEN } | { type: typeof PORT_SHOWN; openHighlightId?: string };

/**
 * On the port: content script → frame, an essay of several pages: how reading its following
 * pages goes, and the merged article once there is more than the first page.
 */
export const PORT_PAGES = 'pages';
/** On the port: frame → content script, try the page that failed again. */
export const PORT_RETRY_PAGES = 'retry-pages';

/**
 * On the port: "Fix this page". Frame → content script: leave this block out on this site from
 * now on (by its text, found on the page and made a selector), take that back, or let the user
 * pick the article on the page. Content script → frame: FIX_DONE with the same `id`.
 */
export const PORT_FIX = 'fix';
export const PORT_FIX_DONE = 'fix-done';

export type FixRequest =
  | { type: typeof PORT_FIX; id: number; action: 'remove'; text: string; tag: string }
  | { type: typeof PORT_FIX; id: number; action: 'undo-remove'; selector: string }
  | { type: typeof PORT_FIX; id: number; action: 'pick-article' }
  | { type: typeof PORT_FIX; id: number; action: 'undo-pick' };

export interface FixDone {
  type: typeof PORT_FIX_DONE;
  id: number;
  ok: boolean;
  selector?: string;
  error?: string;
}

/**
 * On the port: "Save article" keeps the article's pictures. Frame → content script: fetch these
 * addresses of the page's own site (with the page's own access; other sites' are refused there);
 * content script → frame: IMAGES_FETCHED with the same `id`, the bytes as transferred buffers.
 */
export const PORT_FETCH_IMAGES = 'fetch-images';
export const PORT_IMAGES_FETCHED = 'images-fetched';

export interface FetchImagesRequest {
  type: typeof PORT_FETCH_IMAGES;
  id: number;
  urls: string[];
}

export interface ImagesFetched {
  type: typeof PORT_IMAGES_FETCHED;
  id: number;
  images: FetchedImage[];
}

export interface PagesMessage {
  type: typeof PORT_PAGES;
  pages: PagesStatus;
  article?: Article;
}

export interface ReaderPortMessage {
  type: typeof READER_PORT;
  key: string;
}

/**
 * Background → extension pages (never content scripts): the database changed. `url` is the page
 * whose highlights changed, or ALL_PAGES after a restore or a tag rename.
 */
export const DATA_CHANGED = 'folio:data-changed';
export const ALL_PAGES = '*';

export interface ServiceCallMessage {
  type: typeof SERVICE_CALL;
  method: string;
  args: unknown[];
}

export interface RunCommandMessage {
  type: typeof RUN_COMMAND;
  command: FolioCommand;
  /** The popup names the tab it was opened over; ignored when a content script sends it. */
  tabId?: number;
  /** A click on a highlight painted on the page: open the reader on it. */
  highlightId?: string;
}

export interface DataChangedMessage {
  type: typeof DATA_CHANGED;
  url: string;
}

/** What every routed request answers: a value, or an error in words (never a thrown object). */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

/** The value of a reply; a refusal, a failure or no answer at all becomes an Error in words. */
export function unwrapReply<T>(reply: Reply<T> | undefined, noAnswer: string): T {
  if (!reply) throw new Error(noAnswer);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export function isMessage<T extends { type: string }>(message: unknown, type: T['type']): message is T {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}
