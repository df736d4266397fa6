/**
 * `npm run screenshots`: every screen of Folio in both UI languages, saved to docs/screenshots/
 * as `<screen>-<locale>.png` (look at them before committing). Each locale gets a fresh profile
 * whose Chromium UI is in that language; the reader opens over the repo's own fixture pages
 * (the Chinese essay for zh-CN, the English article for en-US), and highlights are made the way
 * a reader makes them: a selection, the toolbar, the note editor.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type FolioBrowser, launchWithFolio } from '../tests/e2e/support/chromium';
import { runFolioCommand } from '../tests/e2e/support/commands';
import { type FixtureServer, startFixtureServer } from '../tests/e2e/support/fixture-server';
import { clickInReader, selectInReader, setReaderTheme } from '../tests/e2e/support/reader-actions';
import { waitForReader } from '../tests/e2e/support/reader-frame';

const LOCALES = {
  'en-US': {
    page: 'en-article.html',
    quotes: ['Slow reading is not about reading fewer words per minute.', 'A reader view removes the clutter'],
    note: 'Worth quoting in the workshop handout.',
    search: 'reading',
  },
  'zh-CN': {
    page: 'zh-essay.html',
    quotes: ['读书是一个人精神成长的重要途径', '不少青年每天花在手机上的时间超过五个小时'],
    note: '可以放进读书会的讲稿。',
    search: '读书',
  },
} as const;
type Locale = keyof typeof LOCALES;

if (!process.env.FOLIO_SKIP_BUILD) {
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, FOLIO_E2E: '1', NODE_ENV: 'production' },
  });
}
const out = resolve('docs/screenshots');
await mkdir(out, { recursive: true });

async function shoot(page: Page, name: string, locale: Locale) {
  await page.waitForTimeout(300); // let transitions and fonts settle
  const file = resolve(out, `${name}-${locale}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

async function newPage(folio: FolioBrowser, width = 1280, height = 800) {
  const page = await folio.context.newPage();
  await page.setViewportSize({ width, height });
  return page;
}

async function openReader(folio: FolioBrowser, server: FixtureServer, path: string, width?: number) {
  const page = await newPage(folio, width);
  await page.goto(server.url(path));
  await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
  await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
  return page;
}

async function readerScreens(folio: FolioBrowser, server: FixtureServer, locale: Locale) {
  const { page: path, quotes, note } = LOCALES[locale];
  await setReaderTheme(folio.serviceWorker, 'light');
  // A fresh profile: the first-open hint, then the first highlight made from the toolbar.
  const page = await openReader(folio, server, path);
  await waitForReader(page, (root) => root.querySelector('.folio-first-hint') !== null);
  await shoot(page, 'reader-first-open', locale);
  await selectInReader(page, quotes[0]);
  await shoot(page, 'reader-selection-toolbar', locale);
  await clickInReader(page, '.folio-selection-toolbar .folio-swatch:nth-of-type(2)');
  await selectInReader(page, quotes[1]);
  await clickInReader(page, '.folio-selection-toolbar .folio-button'); // Note: highlight and open the editor
  await waitForReader(page, (root) => root.querySelector('.folio-anchored-editor textarea') !== null);
  await page.keyboard.type(note);
  await shoot(page, 'reader-note-editor', locale);
  await clickInReader(page, '.folio-editor-actions .folio-button-primary');
  await waitForReader(page, (root) => root.querySelector('.folio-anchored-editor') === null);
  for (const [index, name] of [
    [1, 'outline'],
    [2, 'settings'],
    [3, 'highlights'],
  ] as const) {
    await clickInReader(page, `button[aria-controls="folio-panel"]:nth-of-type(${index})`);
    await waitForReader(page, (root) => root.querySelector('.folio-panel') !== null);
    await shoot(page, `reader-panel-${name}`, locale);
    await clickInReader(page, `button[aria-controls="folio-panel"]:nth-of-type(${index})`);
  }
  await page.close();
  for (const theme of ['light', 'sepia', 'dark']) {
    await setReaderTheme(folio.serviceWorker, theme);
    const themed = await openReader(folio, server, path);
    await shoot(themed, `reader-${theme}`, locale);
    await themed.close();
  }
  await setReaderTheme(folio.serviceWorker, 'light');
  // A narrow window: the panel takes the lower half, the text the upper one.
  const narrow = await openReader(folio, server, path, 600);
  await clickInReader(narrow, 'button[aria-controls="folio-panel"]:nth-of-type(3)');
  await waitForReader(narrow, (root) => root.querySelector('.folio-panel') !== null);
  await shoot(narrow, 'reader-narrow-highlights', locale);
  await narrow.close();
  // Save it, so the library and the offline page have an article.
  const saving = await openReader(folio, server, path);
  await clickInReader(saving, '.folio-toolbar button[aria-pressed]');
  await waitForReader(saving, (root) => root.querySelector('.folio-toolbar button[aria-pressed="true"]') !== null);
  await saving.close();
}

async function extensionScreens(folio: FolioBrowser, locale: Locale) {
  const base = `chrome-extension://${folio.extensionId}`;
  const library = await newPage(folio);
  await library.goto(`${base}/library.html`);
  await library.locator('.library-item').first().waitFor();
  await shoot(library, 'library', locale);
  await library.locator('input[type="search"]').fill(LOCALES[locale].search);
  await library.waitForTimeout(200);
  await shoot(library, 'library-search', locale);
  // In the dark, with a row's menu open.
  await library.emulateMedia({ colorScheme: 'dark' });
  await library
    .getByRole('button', { name: /⋯|More actions|更多操作/ })
    .first()
    .click();
  await shoot(library, 'library-search-dark', locale);
  await library.keyboard.press('Escape');
  await library.emulateMedia({ colorScheme: 'light' });
  await library.locator('input[type="search"]').fill('');
  await library.getByRole('tab').nth(1).click();
  await shoot(library, 'library-highlights', locale);
  const offline = await library.evaluate(
    () => (document.querySelector('.library-item a[href*="article.html"]') as HTMLAnchorElement | null)?.href,
  );
  await library.close();
  if (offline) {
    const page = await newPage(folio);
    await page.goto(offline);
    await page.locator('.folio-title').waitFor();
    await shoot(page, 'offline-article', locale);
    await page.close();
  }
  for (const [path, name, height] of [
    ['options.html', 'options', 1400],
    ['popup.html', 'popup', 500],
  ] as const) {
    const page = await newPage(folio, name === 'popup' ? 360 : 1280, height);
    await page.goto(`${base}/${path}`);
    await page.locator('main').waitFor();
    await shoot(page, name, locale);
    await page.close();
  }
}

const server = await startFixtureServer();
try {
  for (const locale of Object.keys(LOCALES) as Locale[]) {
    const folio = await launchWithFolio({ locale });
    try {
      await readerScreens(folio, server, locale);
      await extensionScreens(folio, locale);
    } finally {
      await folio.close();
    }
  }
} finally {
  await server.close();
}
