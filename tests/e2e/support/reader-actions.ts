import type { Page, Worker } from 'playwright-core';
import { clickIn, selectQuote } from './reader-dom';
import { inReader, waitForReader } from './reader-frame';

/**
 * Acting inside the reader frame (Chromium): these run in the frame through Playwright (see
 * reader-frame.ts) and fire real DOM events, which the reader's React handlers receive.
 */
export async function clickInReader(page: Page, selector: string): Promise<void> {
  if (!(await inReader(page, clickIn, selector))) throw new Error(`Nothing in the reader matches ${selector}`);
}

/** Chooses a radio option of a settings group by its value. */
export async function chooseSetting(page: Page, value: string, groupIndex: number): Promise<void> {
  await inReader(
    page,
    (root, [v, i]) => {
      const group = root.querySelectorAll('.folio-settings fieldset')[i as number];
      (group?.querySelector(`input[value="${v}"]`) as HTMLInputElement | null)?.click();
    },
    [value, groupIndex] as const,
  );
}

/** Moves the n-th range slider of the settings panel to `value`, as a drag would. */
export async function setRange(page: Page, index: number, value: number): Promise<void> {
  await inReader(
    page,
    (root, [i, v]) => {
      const input = root.querySelectorAll('.folio-settings input[type="range"]')[i as number] as HTMLInputElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(input, String(v));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [index, value] as const,
  );
}

/** The reader's applied typography, as the browser computed it. */
export function readerStyle(page: Page) {
  return inReader(page, (root) => {
    const reader = root.querySelector('.folio-reader') as HTMLElement;
    const content = root.querySelector('.folio-content') as HTMLElement;
    const paragraph = content.querySelector('p') as HTMLElement;
    const article = root.querySelector('.folio-article') as HTMLElement;
    const css = getComputedStyle(reader);
    return {
      theme: reader.dataset.theme,
      background: css.backgroundColor,
      fontSize: css.fontSize,
      lineHeight: css.lineHeight,
      fontFamily: css.fontFamily,
      maxWidth: getComputedStyle(article).maxWidth,
      textAlign: getComputedStyle(content).textAlign,
      textIndent: getComputedStyle(paragraph).textIndent,
    };
  });
}

/** Selects `quote` in the reader's article, as a drag would, and waits for the selection toolbar. */
export async function selectInReader(page: Page, quote: string): Promise<void> {
  // The article must be shown (a reader just opened may still be reading the page); a toolbar
  // still up is the last selection's, whose highlight is still being saved.
  await waitForReader(
    page,
    (root, text) =>
      root.querySelector('.folio-content')?.textContent?.includes(text) === true &&
      root.querySelector('.folio-selection-toolbar') === null,
    quote,
  );
  if (!(await inReader(page, selectQuote, quote))) throw new Error(`not in the article: ${quote}`);
  await waitForReader(page, (root) => root.querySelector('.folio-selection-toolbar') !== null);
}

/** Stores reader settings (defaults, with `theme`) as the options page would. */
export async function setReaderTheme(serviceWorker: Worker, theme: string): Promise<void> {
  await serviceWorker.evaluate(
    (value) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({
        readerSettings: {
          theme: value,
          fontFamily: 'serif',
          fontSize: 19,
          lineHeight: 1.8,
          contentWidth: 38,
          textAlign: 'auto',
          paragraphIndent: 'auto',
        },
      }),
    theme,
  );
}
