import { browser } from 'wxt/browser';
import { type Reply, SERVICE_CALL, type ServiceCallMessage, unwrapReply } from '../protocol/messages';
import {
  CONTENT_SCRIPT_METHODS,
  type ContentScriptService,
  EXTENSION_PAGE_METHODS,
  type ExtensionPageService,
} from './service-methods';

/**
 * Callers' side of the background's services. Imports only types and names, so Dexie stays out
 * of these bundles (Chrome requires a content script to be plain UTF-8 text, which Dexie's U+FFFF
 * sentinel is not).
 */

/** Sends one service call and unwraps the reply: a refusal or a failure becomes an Error. */
export async function callService<T>(method: string, args: unknown[]): Promise<T> {
  const message: ServiceCallMessage = { type: SERVICE_CALL, method, args };
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  return unwrapReply(reply, 'Folio did not answer; reload the page and try again.');
}

function serviceOf<S>(methods: readonly string[]): S {
  return Object.fromEntries(methods.map((m) => [m, (...args: unknown[]) => callService(m, args)])) as S;
}

let pageService: ExtensionPageService | undefined;

/** The library's services, for Folio's extension pages (the background refuses them to pages). */
export function getFolioService(): ExtensionPageService {
  pageService ??= serviceOf<ExtensionPageService>(EXTENSION_PAGE_METHODS);
  return pageService;
}

/** What a content script may ask: its own page's highlights (the URL is the browser's). */
export const contentScriptService: ContentScriptService = serviceOf<ContentScriptService>(CONTENT_SCRIPT_METHODS);
