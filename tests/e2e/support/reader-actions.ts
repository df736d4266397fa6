import type { Page } from 'playwright-core';
import { inReader } from './shadow';

/**
 * Acting inside the closed shadow root: these run in the page through the DevTools protocol (see
 * shadow.ts) and fire real DOM events, which the reader's React handlers receive.
 */
export async function clickInReader(page: Page, selector: string): Promise<void> {
  const found = await inReader(
    page,
    (root, sel) => {
      const el = root.querySelector(sel) as HTMLElement | null;
      el?.click();
      return Boolean(el);
    },
    selector,
  );
  if (!found) throw new Error(`Nothing in the reader matches ${selector}`);
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
