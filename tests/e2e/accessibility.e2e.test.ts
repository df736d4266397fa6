import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { type FolioBrowser, launchWithFolio } from './support/chromium';
import { setReaderTheme } from './support/reader-actions';
import { storeArticle } from './support/stored-articles';

let folio: FolioBrowser;
let articleId: string;

beforeAll(async () => {
  folio = await launchWithFolio();
  // A saved article with a highlight and a note, made through the background's own service.
  articleId = await storeArticle(folio.serviceWorker, {
    url: 'https://fanwen.example/a.html',
    title: '关于提升青年读书习惯的几点思考',
    siteName: '范文天地',
    byline: '李明',
    publishedTime: '2023-04-18',
    content: [
      '<h2>一、当前青年读书中存在的问题</h2>',
      '<p>读书是一个人精神成长的重要途径。近年来，随着手机阅读和短视频的普及，青年获取信息的方式发生了深刻变化。</p>',
      '<p>Slow reading is not about reading fewer words per minute. <a href="https://example.org/">A link</a>.</p>',
      '<table><tr><th>Habit</th><th>Minutes</th></tr><tr><td>Reading</td><td>30</td></tr></table>',
      // The page's markup asks for the first Tab stop and makes its text unselectable.
      '<p tabindex="1" inert>A paragraph that wants to come before the reader’s own buttons.</p>',
    ].join(''),
    highlights: [
      { exact: '重要途径', prefix: '精神成长的', suffix: '。近年来', color: 'green', note: '笔记', tags: ['读书'] },
    ],
  });
});

afterAll(async () => {
  await folio?.close();
});

const setTheme = (theme: string) => setReaderTheme(folio.serviceWorker, theme);

describe('accessibility (axe-core, WCAG 2 AA): no serious or critical violations', () => {
  it.each(['light', 'sepia', 'dark'])('the reader in the %s theme, with every panel open', async (theme) => {
    await setTheme(theme);
    const page = await folio.context.newPage();
    await page.goto(`chrome-extension://${folio.extensionId}/article.html?id=${articleId}`);
    await page.locator('.folio-title').waitFor();
    await expect.poll(() => page.locator('.folio-reader').getAttribute('data-theme')).toBe(theme);
    expect(await seriousViolations(page)).toEqual([]);
    for (const name of ['Contents', 'Reading settings', 'Listen', 'Highlights']) {
      await page.getByRole('button', { name }).first().click();
      expect(await seriousViolations(page), `${name} panel`).toEqual([]);
    }
    // The note editor, opened from the docked highlights panel as a card under its highlight.
    await page.getByRole('button', { name: 'Edit the note of “重要途径”' }).click();
    await page.locator('.folio-anchored-editor textarea').waitFor();
    expect(await seriousViolations(page), 'note editor').toEqual([]);
    await page.close();
  });

  it.each(['popup.html', 'options.html', 'library.html'])('%s', async (path) => {
    await setTheme('system');
    const page = await folio.context.newPage();
    await page.goto(`chrome-extension://${folio.extensionId}/${path}`);
    await page.locator('main').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    if (path === 'library.html') {
      // A search with its count, snippets and marks; a row's actions menu open; the tools unfolded.
      await page.getByLabel('Search titles, highlights, notes and tags').fill('途径');
      await page.locator('.library-snippet mark').first().waitFor();
      await page
        .getByRole('button', { name: /^More actions for/ })
        .first()
        .click();
      await page.getByRole('menu').waitFor();
      await page.locator('details.library-tools > summary').click();
      expect(await seriousViolations(page), 'library with a search, a menu, the tools').toEqual([]);
      // The same in the dark: the library follows the system's scheme.
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(page), 'the same, dark').toEqual([]);
    } else {
      // Dark chosen for the reader: these pages follow it too.
      await setTheme('dark');
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              document.documentElement.dataset.theme ??
              document.querySelector('.folio-options')?.getAttribute('data-theme'),
          ),
        )
        .toBe('dark');
      expect(await seriousViolations(page), 'dark').toEqual([]);
    }
    await page.close();
  });

  it('the reader can be used from the keyboard alone: the article has focus, the tools are a Shift+Tab away', async () => {
    await setTheme('light');
    // From the start of the article: the panels opened above may have scrolled it far enough to be
    // remembered, and a "Continue reading" banner would be the first Tab stop.
    await folio.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }
      ).chrome.storage.local.remove('readingPositions'),
    );
    const page = await folio.context.newPage();
    await page.goto(`chrome-extension://${folio.extensionId}/article.html?id=${articleId}`);
    await page.locator('.folio-title').waitFor();
    // Focus starts in the article, so the arrow keys and Space scroll it; Tab goes on to its links.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('folio-scroll');
    // The article's markup sets no Tab stop of its own and leaves all of its text selectable.
    await expect.poll(() => page.locator('.folio-content p').last().textContent()).toContain('own buttons');
    expect(await page.locator('.folio-content [tabindex], .folio-content [inert]').count()).toBe(0);
    const focused = async () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return {
          name: el.getAttribute('title') ?? el.textContent?.trim(),
          ring: getComputedStyle(el).outlineStyle !== 'none',
        };
      });
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ name: 'Original page', ring: true });
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toEqual({ name: 'Send to Obsidian', ring: true });
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toEqual({
      name: 'Download this article and its highlights as a Markdown note',
      ring: true,
    });
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toEqual({ name: 'Listen', ring: true });
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toEqual({ name: 'Highlights', ring: true });
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toEqual({ name: 'Reading settings', ring: true });
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toEqual({ name: 'Contents', ring: true });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // open the highlights panel
    await expect.poll(() => page.locator('.folio-hl-quote').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.folio-panel').count()).toBe(0);
    await page.close();
  });

  it('? lists the reader’s keyboard shortcuts, with the browser’s own key for opening it; ? again hides them', async () => {
    await setTheme('light');
    const page = await folio.context.newPage();
    await page.goto(`chrome-extension://${folio.extensionId}/article.html?id=${articleId}`);
    await page.locator('.folio-title').waitFor();
    const keysOf = (action: string) =>
      page.locator('.folio-keys > div', { hasText: action }).locator('kbd').allTextContents();
    await page.keyboard.press('?');
    await page.getByRole('complementary', { name: 'Keyboard shortcuts' }).waitFor();
    // The command's key as the browser has it (chrome.commands), not a copy of the manifest's:
    // Chromium gives an extension loaded from a folder on its command line none, and it says so.
    const reported = await page.evaluate(async () => {
      const chrome = (
        globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }
      ).chrome;
      return (await chrome.commands.getAll()).find((c) => c.name === 'toggle-reader')?.shortcut;
    });
    const toggleRow = page.locator('.folio-keys > div', { hasText: 'Open or close the reader' }).locator('dd');
    await expect.poll(() => toggleRow.textContent()).toBe(reported || 'Not set');
    expect(await keysOf('Print the article')).toEqual(['Ctrl+P']);
    expect(await keysOf('Highlight the selected text')).toEqual(['Alt+Shift+H']);
    expect(await seriousViolations(page), 'shortcuts panel').toEqual([]);
    await page.keyboard.press('?');
    await expect.poll(() => page.locator('.folio-panel').count()).toBe(0);
    // From the reading settings too.
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
    await page.getByRole('complementary', { name: 'Keyboard shortcuts' }).waitFor();
    await page.close();
  });
});
