import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FolioBrowser, launchWithFolio } from './support/chromium';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { clickInReader, selectInReader } from './support/reader-actions';
import { registryOf } from './support/reader-dom';
import { inReader, openReaderOn, readerFrame } from './support/reader-frame';

/**
 * The flows a new reader goes through, in a Chromium whose UI is in Chinese (zh-CN): the first-open
 * hint, a highlight and its actions in the reader's panel, tags typed with Chinese separators,
 * search by tag with its count and snippet, delete with Undo from the library, and the offline
 * page's way back. (The same flows in English are in highlights, library and offline.e2e.)
 */

let folio: FolioBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  folio = await launchWithFolio({ locale: 'zh-CN' });
});
afterAll(async () => {
  await folio?.close();
  await server?.close();
});

const QUOTE = '不少青年每天花在手机上的时间超过五个小时';
const TITLE = '关于提升青年读书习惯的几点思考';

describe('Folio in a Chinese browser', () => {
  it('the reader: the hint in Chinese, a highlight, its panel actions, Undo, and Save', async () => {
    const page = await openReaderOn(folio, server.url('zh-essay.html'), { width: 1280, height: 800 });
    const hint = () => inReader(page, (root) => root.querySelector('.folio-first-hint')?.textContent ?? null);
    await expect.poll(hint).toContain('选中任意一段文字，即可用颜色划线');

    await selectInReader(page, QUOTE);
    await clickInReader(page, '.folio-selection-toolbar .folio-swatch:nth-of-type(2)'); // green
    await expect.poll(() => inReader(page, registryOf)).toEqual({ green: [QUOTE] });
    await expect.poll(hint).toBeNull();

    // The highlights panel docks beside the text; each highlight's actions are worded in Chinese.
    const frame = readerFrame(page);
    if (!frame) throw new Error('no reader frame');
    await frame.getByRole('button', { name: '高亮与笔记' }).click();
    const actions = frame.locator('.folio-hl-actions button');
    await expect.poll(() => actions.allTextContents()).toEqual(['添加笔记', '复制', '删除']);
    await frame.getByRole('button', { name: `删除划线“${QUOTE}”` }).click();
    await expect.poll(() => inReader(page, registryOf)).toEqual({});
    await expect.poll(() => frame.locator('.folio-toast').textContent()).toContain('已删除高亮。');
    await frame.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => inReader(page, registryOf)).toEqual({ green: [QUOTE] });

    // Save, worded, and saying it is done.
    const save = frame.locator('button[title="保存文章"]');
    expect(await save.textContent()).toContain('保存');
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    expect(await save.textContent()).toContain('已保存');
    await page.close();
  });

  it('the library: tags split on ，and 、, search by tag with its count and snippet, delete with Undo', async () => {
    const library = await folio.context.newPage();
    await library.goto(`chrome-extension://${folio.extensionId}/library.html`);
    await library.getByRole('link', { name: TITLE }).waitFor();
    // Search is the first thing on the page, and has the keyboard.
    expect(await library.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');

    await library.getByRole('button', { name: '+ 标签' }).click();
    await library.getByLabel('文章标签').fill('读书方法，摘抄、随笔');
    await library.getByLabel('文章标签').press('Enter');
    await expect.poll(() => library.locator('.library-tag-edit').first().textContent()).toBe('#读书方法 #摘抄 #随笔');

    await library.getByLabel('搜索标题、高亮、笔记和标签').fill('摘抄');
    await expect.poll(() => library.locator('.library-found').textContent()).toBe('找到 1 篇文章、0 条高亮。');
    await expect.poll(() => library.locator('.library-snippet').textContent()).toBe('标签 #摘抄');
    await library.getByLabel('搜索标题、高亮、笔记和标签').fill('');

    await library.getByRole('tab', { name: /^高亮与笔记/ }).click();
    const quote = library.locator('.library-quote', { hasText: QUOTE });
    await expect.poll(() => quote.count()).toBe(1);
    await library.getByRole('button', { name: `删除划线“${QUOTE}”` }).click();
    await expect.poll(() => quote.count()).toBe(0);
    await library.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => quote.count()).toBe(1);
    await library.getByRole('tab', { name: /^文章/ }).click();

    // The saved copy opens offline, with the way back to the library.
    await library.getByRole('link', { name: TITLE }).click();
    await library.waitForURL(/article\.html\?id=/);
    await library.getByRole('link', { name: '返回资料库' }).click();
    await library.waitForURL(/library\.html/);
    await library.getByRole('link', { name: TITLE }).waitFor();
    await library.close();
  });
});
