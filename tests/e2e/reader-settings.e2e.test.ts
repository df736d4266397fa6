import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FolioBrowser } from './support/chromium';
import { runFolioCommand } from './support/commands';
import type { FixtureServer } from './support/fixture-server';
import { drawnPixels } from './support/pixels';
import { chooseSetting, clickInReader, readerStyle, setRange } from './support/reader-actions';
import { inReader, readerOpen, waitForReader } from './support/reader-frame';
import { openFolioAndFixtures } from './support/session';

let folio: FolioBrowser;
let server: FixtureServer;

openFolioAndFixtures((launched, started) => {
  folio = launched;
  server = started;
});

beforeEach(async () => {
  // Each test starts from the default settings, whatever the one before it left.
  await folio.serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
    ).chrome.storage.local.clear(),
  );
});

async function openReader(path: string) {
  const page = await folio.context.newPage();
  await page.goto(server.url(path));
  expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
  await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
  return page;
}

describe('reading settings', () => {
  it('start with CJK-first defaults: justified, 2em indent for Chinese; ragged, no indent for English', async () => {
    const zh = await openReader('zh-essay.html');
    expect(await readerStyle(zh)).toMatchObject({ fontSize: '19px', textAlign: 'justify', textIndent: '38px' });
    await zh.close();
    const en = await openReader('en-article.html');
    expect(await readerStyle(en)).toMatchObject({ fontSize: '19px', textAlign: 'start', textIndent: '0px' });
    await en.close();
  });

  it('apply every change live and keep it after a reload', async () => {
    const page = await openReader('zh-essay.html');
    await clickInReader(page, 'button[aria-controls="folio-panel"]:nth-of-type(2)');
    await waitForReader(page, (root) => root.querySelector('.folio-settings') !== null);
    await chooseSetting(page, 'sepia', 0);
    await chooseSetting(page, 'sans', 1);
    await setRange(page, 0, 24); // font size
    await setRange(page, 1, 2.2); // line height
    await setRange(page, 2, 30); // width in em
    await chooseSetting(page, 'start', 2);
    await chooseSetting(page, 'off', 3);
    const changed = {
      theme: 'sepia',
      background: 'rgb(244, 236, 216)',
      fontSize: '24px',
      lineHeight: '52.8px',
      maxWidth: `${30 * 24}px`,
      textAlign: 'start',
      textIndent: '0px',
    };
    await expect.poll(() => readerStyle(page)).toMatchObject(changed);
    expect((await readerStyle(page))?.fontFamily).toContain('Noto Sans CJK SC');

    await page.reload();
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
    await expect.poll(() => readerStyle(page)).toMatchObject(changed);

    // "Reset to defaults" undoes it all.
    await clickInReader(page, 'button[aria-controls="folio-panel"]:nth-of-type(2)');
    await clickInReader(page, '.folio-settings > button');
    await expect.poll(async () => (await readerStyle(page))?.fontSize).toBe('19px');
    await page.close();
  });

  it('follow the system theme by default, light or dark', async () => {
    const page = await openReader('en-article.html');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await readerStyle(page))?.theme).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => (await readerStyle(page))?.theme).toBe('light');
    await page.close();
  });

  it('the options page is in the theme chosen there, to the window’s edges', async () => {
    const page = await folio.context.newPage();
    await page.setViewportSize({ width: 1200, height: 600 });
    await page.goto(`chrome-extension://${folio.extensionId}/options.html`);
    await page.getByRole('radio', { name: 'Dark' }).check();
    // A pixel at the window's left edge, beside the settings' column, and one inside it.
    const drawn = await drawnPixels({ screenshot: () => page.screenshot() });
    const [edge, column] = [drawn.at(8, 300), drawn.at(600, 8)];
    expect(Math.max(...edge)).toBeLessThan(60);
    expect(edge).toEqual(column);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    await page.close();
  });

  it('the library, the popup and the pictures page follow the theme chosen for the reader, and the system’s under "System"', async () => {
    const setTheme = (theme: string) =>
      folio.serviceWorker.evaluate(
        (chosen) =>
          (
            globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
          ).chrome.storage.local.set({ readerSettings: { theme: chosen } }),
        theme,
      );
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const DARK = /^rgb\([1-5]\d, [1-5]\d, [1-5]\d\)$/; // #1b1c1e, #1f1f1f: each channel under 60
    await setTheme('dark');
    const library = await folio.context.newPage();
    await library.emulateMedia({ colorScheme: 'light' });
    await library.goto(`chrome-extension://${folio.extensionId}/library.html`);
    const popup = await folio.context.newPage();
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.goto(`chrome-extension://${folio.extensionId}/popup.html`);
    expect(await background(library)).toMatch(DARK);
    expect(await background(popup)).toMatch(DARK);
    // The page that asks to allow another site's pictures wears the library's styles.
    const allow = await folio.context.newPage();
    await allow.emulateMedia({ colorScheme: 'light' });
    await allow.goto(`chrome-extension://${folio.extensionId}/allow-images.html?id=none`);
    expect(await background(allow)).toMatch(DARK);
    await allow.close();
    // Changed in the options or the reader: the open library follows.
    await setTheme('light');
    await expect.poll(() => background(library)).toBe('rgb(251, 250, 247)');
    await setTheme('system');
    await library.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => background(library)).toMatch(DARK);
    await library.close();
    await popup.close();
  });
});

describe('keyboard', () => {
  it('Esc closes an open panel first, then the reader; the outline moves to a section', async () => {
    const page = await openReader('zh-essay.html');
    await clickInReader(page, 'button[aria-controls="folio-panel"]'); // contents
    const entries = await waitForReader(page, (root) =>
      [...root.querySelectorAll('.folio-outline button')].map((a) => a.textContent),
    );
    expect(entries).toEqual([
      '一、当前青年读书中存在的问题',
      '（一）阅读时间碎片化',
      '（二）阅读内容浅表化',
      '（三）阅读方法单一化',
      '二、提升青年读书习惯的几点建议',
      '一是营造良好的读书氛围',
      '二是引导青年掌握读书方法',
      '三是发挥榜样的示范作用',
    ]);
    await clickInReader(page, '.folio-outline li:nth-child(5) button');
    await expect
      .poll(() => inReader(page, (root) => root.querySelector('.folio-outline button[aria-current]')?.textContent))
      .toBe('二、提升青年读书习惯的几点建议');
    // The section it moved to has the focus, without a lasting focus ring around the text.
    const target = await inReader(page, (root) => {
      const el = root.activeElement as HTMLElement;
      return { text: el.textContent, ring: getComputedStyle(el).outlineStyle };
    });
    expect(target).toEqual({ text: '二、提升青年读书习惯的几点建议。', ring: 'none' });
    await page.keyboard.press('Escape');
    await expect.poll(() => inReader(page, (root) => root.querySelector('.folio-panel') === null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => readerOpen(page)).toBe(false);
    await page.close();
  });
});

describe('copy blockers', () => {
  it('the page blocks copying, the reader does not', async () => {
    await folio.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await folio.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(server.url('zh-essay.html'));
    // On the page itself the fixture's blocker works: nothing reaches the clipboard.
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.evaluate(() => {
      // (The page indents it with ideographic spaces, which trim() takes too.)
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.trim().startsWith('读书是'));
      getSelection()?.selectAllChildren(p as Node);
    });
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
    expect(dialogs).toHaveLength(1);

    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
    await inReader(page, (root) => {
      const p = [...root.querySelectorAll('.folio-content p')].find((el) => el.textContent?.startsWith('读书是'));
      getSelection()?.selectAllChildren(p as Node);
    });
    await page.keyboard.press('Control+C');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^读书是一个人精神成长的重要途径。/);
    expect(dialogs).toHaveLength(1);
    await page.close();
  });
});
