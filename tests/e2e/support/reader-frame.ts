import type { Frame, Page, Worker } from 'playwright-core';
/**
 * The reader is an extension page in a frame over the article (reader-frame.html), cross-origin
 * to the page. Playwright reaches into it as the browser's automation can (page scripts cannot):
 * these helpers find the frame and run a function on its document, returning a JSON value.
 */
import { HOST_SELECTOR } from '../../../utils/reader-host/mount';
import { runFolioCommand } from './commands';
import { pollFor } from './poll';

export { HOST_SELECTOR as READER_HOST };
export const READER_FRAME_FILE = 'reader-frame.html';

/**
 * Whether the reader is open on the page: its host is there and shown. (Closed, the frame stays
 * in the page, hidden, so that the next open is instant.) For Playwright's and puppeteer's pages.
 */
export async function readerOpen(page: { evaluate(expression: string): Promise<unknown> }): Promise<boolean> {
  return Boolean(
    await page.evaluate(
      `(() => { const host = document.querySelector(${JSON.stringify(HOST_SELECTOR)}); return Boolean(host) && getComputedStyle(host).display !== 'none'; })()`,
    ),
  );
}

/** The reader's frame on this page (shown, or kept hidden after a close). */
export function readerFrame(page: Page): Frame | undefined {
  return page.frames().find((frame) => frame.url().includes(READER_FRAME_FILE) && !frame.isDetached());
}

/**
 * Runs `fn(document, arg)` in the reader frame; `undefined` when the reader is not open. Given as
 * source text, since the function runs in the frame, whatever this file's closure holds.
 */
export async function inReader<T, A = undefined>(
  page: Page,
  fn: (root: Document, arg: A) => T,
  arg?: A,
): Promise<T | undefined> {
  return evaluateInReader(readerFrame(page), page, fn, arg, (frame) => frame.isDetached());
}

/**
 * The one way both browsers' helpers run `fn(document, arg)` in the reader frame: only when the
 * reader is open; given as source text, since it runs in the frame whatever this file's closure
 * holds; `undefined` when the frame goes away meanwhile (the reader closing) or does not answer.
 */
export async function evaluateInReader<F extends { evaluate(expression: string): Promise<unknown> }, T, A>(
  frame: F | undefined,
  page: { evaluate(expression: string): Promise<unknown> },
  fn: (root: Document, arg: A) => T,
  arg: A | undefined,
  isDetached: (frame: F) => boolean,
): Promise<T | undefined> {
  if (!frame || !(await readerOpen(page))) return undefined;
  try {
    const answer = frame.evaluate(`(${fn.toString()})(document, ${JSON.stringify(arg ?? null)})`);
    const gone = new Promise<undefined>((done) => setTimeout(() => done(undefined), 5_000));
    return (await Promise.race([answer, gone])) as T | undefined;
  } catch (error) {
    if (isDetached(frame) || /detached|destroyed|discarded|navigat|no such frame/i.test(String(error))) {
      return undefined;
    }
    throw new Error(`In the reader: ${(error as Error).message}`);
  }
}

/** Waits until the reader is open and `fn` returns a truthy value; returns it. */
export function waitForReader<T, A = undefined>(
  page: Page,
  fn: (root: Document, arg: A) => T,
  arg?: A,
  timeoutMs = 10_000,
): Promise<T> {
  return pollFor(() => inReader(page, fn, arg), timeoutMs);
}

/**
 * A new tab on `url` (in a window of `viewport`, when given) with the reader opened on it by the
 * toolbar's command, once the article's first paragraph is in the reader.
 */
export async function openReaderOn(
  folio: { context: { newPage(): Promise<Page> }; serviceWorker: Worker },
  url: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await folio.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(url);
  const outcome = await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
  if (JSON.stringify(outcome) !== '{"ok":true}')
    throw new Error(`The reader did not open on ${url}: ${JSON.stringify(outcome)}`);
  await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
  return page;
}
