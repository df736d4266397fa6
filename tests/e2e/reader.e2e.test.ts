import { describe, expect, it } from 'vitest';
import type { FolioBrowser } from './support/chromium';
import { runFolioCommand } from './support/commands';
import type { FixtureServer } from './support/fixture-server';
import { clickInReader } from './support/reader-actions';
import { savedInReader } from './support/reader-dom';
import { inReader, READER_HOST, readerFrame, readerOpen, waitForReader } from './support/reader-frame';
import { openFolioAndFixtures } from './support/session';
import { storedArticleId } from './support/stored-articles';

let folio: FolioBrowser;
let server: FixtureServer;

openFolioAndFixtures((launched, started) => {
  folio = launched;
  server = started;
});

// innerText, not textContent: what is rendered, one block a line.
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point.
const readerText = (root: Document) => (root.querySelector('.folio-reader') as HTMLElement | null)?.innerText ?? '';

describe('the reader over a Chinese content-farm essay', () => {
  it('shows the title and the first paragraph, and none of the related links', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('zh-essay.html'));
    const outcome = await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    expect(outcome).toEqual({ ok: true });

    const text = await waitForReader(page, readerText);
    const title = await inReader(page, (root) => root.querySelector('h1')?.textContent);
    expect(title).toBe('关于提升青年读书习惯的几点思考');
    expect(text).toContain('读书是一个人精神成长的重要途径。');
    // The page indents it with two ideographic spaces; the reader indents it itself, once.
    const first = await inReader(page, (root) => root.querySelector('.folio-content p')?.textContent);
    expect(first).toMatch(/^读书是一个人/);
    for (const clutter of [
      '青年读书习惯调查报告【汇总】',
      '读书角建设方案范文',
      '广告',
      '下载全文',
      '上一篇',
      '热门文章',
      'ICP',
      '转载请注明出处',
    ]) {
      expect(text).not.toContain(clutter);
    }
    await page.close();
  });

  it('reads a blog platform’s post it hides until its script runs: its author in the header, its caption under its picture, none of the platform around it', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('zh-platform.html'));
    expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
    const text = await waitForReader(page, readerText);
    const shown = await inReader(page, (root) => ({
      meta: root.querySelector('.folio-meta')?.textContent ?? '',
      first: root.querySelector('.folio-content p')?.textContent ?? '',
      caption: root.querySelector('.folio-content figure figcaption')?.textContent ?? '',
    }));
    expect(shown?.meta).toContain('山风书简 · 青禾 · ');
    expect(shown?.first).toMatch(/^去年秋天/);
    expect(shown?.caption).toBe('洱海边的黄昏');
    expect(text).toContain('有些东西已经不一样了');
    for (const clutter of [
      '字数',
      '阅读 3,402',
      '点赞、收藏',
      '著作权',
      '平台声明',
      'APP',
      '赞赏',
      '总资产',
      '评论',
      '推荐作者',
    ])
      expect(text).not.toContain(clutter);
    await page.close();
  });

  it('shows all three essays of a page that holds three, each one in the outline', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('zh-essays-three.html'));
    expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
    const text = await waitForReader(page, readerText);
    for (const kept of ['近年来，社区志愿服务队伍不断壮大', '社区居民张*明反映', '三是打造品牌'])
      expect(text).toContain(kept);
    for (const clutter of ['共2页', '下一页', '志愿服务存在问题及整改措施', '【汇总】', '广告']) {
      expect(text).not.toContain(clutter);
    }
    await clickInReader(page, 'button[aria-controls="folio-panel"]'); // contents
    const essays = await waitForReader(page, (root) =>
      [...root.querySelectorAll('.folio-outline button')]
        .map((b) => b.textContent ?? '')
        .filter((t) => t.startsWith('社区志愿服务工作中存在的问题')),
    );
    expect(essays).toEqual([
      '社区志愿服务工作中存在的问题一',
      '社区志愿服务工作中存在的问题二',
      '社区志愿服务工作中存在的问题三',
    ]);
    await page.close();
  });

  it('reads the GBK-encoded variant with its date and author', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('zh-essay-gbk.html'));
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    const meta = await waitForReader(page, (root) => root.querySelector('.folio-meta')?.textContent);
    expect(meta).toContain('李明');
    expect(meta).toContain('2023');
    expect(await inReader(page, readerText)).toContain('（一）阅读时间碎片化');
    await page.close();
  });

  it('toggles closed with the same command and leaves the page as it was', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('zh-essay.html'));
    await page.evaluate(() => window.scrollTo(0, 300));
    const before = await page.evaluate(() => ({ html: document.body.innerHTML, y: window.scrollY }));
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    await waitForReader(page, readerText);
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    await expect.poll(() => readerOpen(page)).toBe(false);
    const after = await page.evaluate(() => ({ html: document.body.innerHTML, y: window.scrollY }));
    expect(after).toEqual(before);
    await page.close();
  });

  it('keeps its content out of reach of page scripts', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('zh-essay.html'));
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    await waitForReader(page, readerText);
    const seenByPage = await page.evaluate((tag) => {
      const host = document.querySelector(tag);
      return { shadowRoot: host?.shadowRoot ?? null, text: host?.textContent ?? '' };
    }, READER_HOST);
    expect(seenByPage).toEqual({ shadowRoot: null, text: '' });
    await page.close();
  });
});

describe('the reader over an English blog post cut into editor widgets', () => {
  it('shows every section, and not the comments or the other posts', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('en-widgets.html'));
    expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
    const text = await waitForReader(page, readerText);
    for (const kept of [
      'A reading journal is nothing more than a notebook',
      'Start every entry with the date',
      'Copying a sentence by hand',
      'When you finish the book, read your questions in order',
    ]) {
      expect(text).toContain(kept);
    }
    for (const clutter of ['3 comments', 'I started a reading journal last winter', 'Latest posts', 'Ten libraries']) {
      expect(text).not.toContain(clutter);
    }
    await page.close();
  });
});

describe('the reader over a magazine page whose standfirst is in its header', () => {
  const STANDFIRST =
    'Winter is the time to plant the evergreens that give a garden its shape all year round: yew, holly and box, and how to keep each one healthy.';

  it('shows the standfirst under the title and the lead picture atop the text; the saved copy shows both', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('en-magazine.html'));
    // Which frame asks for the lead picture: the page's own document, or the reader's.
    const askedBy: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('yew-hedge')) askedBy.push(request.frame() === page.mainFrame() ? 'page' : 'reader');
    });
    expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
    expect(await waitForReader(page, (root) => root.querySelector('.folio-standfirst')?.textContent)).toBe(STANDFIRST);
    const header = await inReader(page, (root) =>
      [...(root.querySelector('.folio-article-header')?.children ?? [])].map((el) => el.className),
    );
    expect(header).toEqual(['folio-title', 'folio-standfirst', 'folio-meta']);
    const text = await inReader(page, (root) => root.querySelector('.folio-content')?.textContent ?? '');
    expect(text).toContain('These are the shortest days of the year');
    expect(text).not.toContain('Winter is the time to plant');
    // The header's picture, the page's og:image, opens the text: loaded, at the size the page gave.
    const lead = await waitForReader(page, (root) => {
      const img = root.querySelector<HTMLImageElement>('.folio-content > figure:first-child img');
      return img?.complete && img.naturalWidth ? { alt: img.alt, width: img.naturalWidth } : undefined;
    });
    expect(lead).toEqual({ alt: 'A clipped yew hedge in frost', width: 600 });
    // Loaded by the reader, in its own frame: never by a copy made in the page's document.
    expect(askedBy).toEqual(['reader']);

    await clickInReader(page, 'button[title="Save article"]');
    await waitForReader(page, savedInReader);
    const articleId = await storedArticleId(folio.serviceWorker, 'Three Evergreens for Your Plot');
    const saved = await folio.context.newPage();
    await saved.goto(`chrome-extension://${folio.extensionId}/article.html?id=${articleId}`);
    await expect.poll(() => saved.locator('.folio-standfirst').textContent()).toBe(STANDFIRST);
    expect(await saved.locator('.folio-content figure img').first().getAttribute('alt')).toBe(
      'A clipped yew hedge in frost',
    );
    await saved.close();
    await page.close();
  });
});

describe('Send to Obsidian from the reader', () => {
  it('sends an article not saved yet, with its text, and the page stays, its scripts seeing nothing', async () => {
    await folio.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({
        obsidianSettings: { vault: '', folder: 'Clippings', includeArticle: true },
      }),
    );
    const page = await folio.context.newPage();
    await page.goto(server.url('zh-table-layout.html'));
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    const title = await waitForReader(page, (root) =>
      root.querySelector('.folio-content p') ? root.querySelector('h1')?.textContent : undefined,
    );
    // Where the reader's frame is sent: seen as Chromium is asked to navigate it, before it looks
    // for the app.
    const frame = readerFrame(page);
    if (!frame) throw new Error('no reader frame');
    const cdp = await folio.context.newCDPSession(frame);
    await cdp.send('Page.enable');
    const asked: string[] = [];
    cdp.on('Page.frameStartedNavigating', (event: { url: string }) => asked.push(event.url));
    cdp.on('Page.frameRequestedNavigation', (event: { url: string }) => asked.push(event.url));
    // The page's own script listens for its unloading and for pagehide.
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      for (const type of ['beforeunload', 'pagehide', 'unload', 'visibilitychange'])
        addEventListener(type, () => w.seen.push(type));
    });
    await clickInReader(page, 'button[title="Send to Obsidian"]');
    const said = await waitForReader(page, (root) => {
      const text = root.querySelector('.folio-toast')?.textContent ?? '';
      return text.includes('Obsidian') ? text : undefined;
    });
    expect(said).toContain(`Sent to Obsidian as Clippings/${title}.md.`);
    await expect.poll(() => asked.length).toBeGreaterThan(0);
    const uri = new URL(asked[0] as string);
    expect(uri.protocol).toBe('obsidian:');
    expect(uri.searchParams.get('file')).toBe(`Clippings/${title}`);
    expect(uri.searchParams.has('clipboard')).toBe(true);
    // The page is where it was, the reader still open over it.
    await page.waitForTimeout(500);
    expect(page.url()).toBe(server.url('zh-table-layout.html'));
    expect(await readerOpen(page)).toBe(true);
    // The page's scripts saw nothing: no unloading, nothing hidden.
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    // The note, read back where a page may read the clipboard: the article's text in it.
    await folio.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const note = await page.evaluate(() => navigator.clipboard.readText());
    expect(note).toContain(`title: "${title}"`);
    const firstParagraph = await inReader(page, (root) => root.querySelector('.folio-content p')?.textContent ?? '');
    expect(note).toContain((firstParagraph ?? '').slice(0, 12));
    await page.close();
  });
});

describe('pages Folio cannot enter', () => {
  it('says so in words instead of failing silently', async () => {
    const page = await folio.context.newPage();
    await page.goto('chrome://version');
    const outcome = await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/doesn't let Folio into this page|can't run on this page/);
    await page.close();
  });
});

describe('pages that are empty, huge or absurdly nested', () => {
  const openReaderOn = async (path: string) => {
    const page = await folio.context.newPage();
    await page.goto(server.url(path));
    expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
    return page;
  };

  it.each([
    ['generated/deep-5000.html', '深层嵌套的文章'],
    ['generated/many-100000.html', '十万个元素的页面'],
    ['generated/big-5mb.html', '五兆字节的长文'],
  ])('%s opens in the reader with its article', async (path, title) => {
    const page = await openReaderOn(path);
    expect(
      await waitForReader(page, (root) => root.querySelector('.folio-title')?.textContent, undefined, 30_000),
    ).toBe(title);
    // Laid out: a long article's blocks are skipped by layout (content-visibility) until then.
    expect(
      await waitForReader(
        page,
        (root) =>
          // biome-ignore lint/performance/useDomNodeTextContent: what is laid out is the point.
          ((root.querySelector('.folio-reader') as HTMLElement | null)?.innerText ?? '').includes(
            '这是一段用于测试的中文文字',
          ),
        undefined,
        30_000,
      ),
    ).toBe(true);
    await page.close();
  });

  it('a 3,000-paragraph article is whole, and its outline reaches a section near the end', async () => {
    const page = await openReaderOn('generated/article-1mb.html');
    const text = await waitForReader(page, (root) => root.querySelector('.folio-content')?.textContent);
    expect(text).toContain('第1段。');
    expect(text).toContain('第3000段。');
    await clickInReader(page, 'button[aria-controls="folio-panel"]'); // contents
    await clickInReader(page, '.folio-outline li:nth-child(28) button');
    // The heading is in view, though the blocks above it were never laid out (content-visibility).
    await expect
      .poll(() =>
        inReader(page, (root) => {
          const scroller = root.querySelector('.folio-scroll') as HTMLElement;
          const heading = [...root.querySelectorAll('.folio-content h2')].find((h) => h.textContent === '第28部分');
          const top = (heading?.getBoundingClientRect().top ?? -1e6) - scroller.getBoundingClientRect().top;
          return top >= 0 && top < scroller.clientHeight;
        }),
      )
      .toBe(true);

    // Closed and opened again: the same article, whole, from the first extraction.
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    const again = await waitForReader(page, (root) => {
      const content = root.querySelector('.folio-content');
      return (
        content && {
          text: content.textContent ?? '',
          nested: content.querySelectorAll('.folio-chunk .folio-chunk').length,
        }
      );
    });
    expect(again?.text).toContain('第1段。');
    expect(again?.text).toContain('第3000段。');
    expect(again?.nested).toBe(0);
    await page.close();
  });

  it('a second open shows the same reader at once, where the reader left it; closed, it is hidden and inert', async () => {
    const page = await openReaderOn('generated/article-1mb.html');
    await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
    await inReader(page, (root) => {
      (root.querySelector('.folio-scroll') as HTMLElement).scrollTo({ top: 5000, behavior: 'instant' });
    });
    // The paragraph at the top of the view, and where it stands there.
    const topParagraph = (root: Document) => {
      const view = (root.querySelector('.folio-scroll') as HTMLElement).getBoundingClientRect();
      for (let dy = 10; dy < 200; dy += 10) {
        const at = root.elementFromPoint(view.left + view.width / 2, view.top + dy)?.closest('p');
        if (at)
          return { text: at.textContent?.slice(0, 40), offset: Math.round(at.getBoundingClientRect().top - view.top) };
      }
      return undefined;
    };
    const before = await waitForReader(page, topParagraph);
    expect(before?.text).toBeTruthy();
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader'); // close
    await expect.poll(() => readerOpen(page)).toBe(false);
    // Kept in the page, out of sight, and nothing in it can be used.
    expect(await readerFrame(page)?.evaluate(() => document.body.inert)).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe('hidden');

    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader'); // open again
    const again = await waitForReader(page, (root) => {
      const scroller = root.querySelector('.folio-scroll') as HTMLElement | null;
      return scroller && { scrollTop: scroller.scrollTop, inert: root.body.inert };
    });
    expect(again).toEqual({ scrollTop: 5000, inert: false });
    // The same line at the top: nothing above it moved while the reader was hidden.
    await expect.poll(() => inReader(page, topParagraph)).toEqual(before);
    await page.close();
  });

  it('opens on a page whose Content-Security-Policy forbids frames, scripts and styles', async () => {
    const page = await openReaderOn('generated/strict-csp.html');
    expect(await waitForReader(page, (root) => root.querySelector('.folio-title')?.textContent)).toBe(
      '严格安全策略下的文章',
    );
    // The reader's own stylesheet applies in its frame, whatever the page's policy.
    expect(
      await inReader(page, (root) => getComputedStyle(root.querySelector('.folio-reader') as Element).position),
    ).toBe('absolute');
    await page.close();
  });

  it('an empty page gets a clear message, and Esc closes it', async () => {
    const page = await openReaderOn('generated/empty.html');
    const notice = await waitForReader(page, (root) => root.querySelector('[role="alert"]')?.textContent);
    expect(notice).toMatch(/found no article/);
    await page.keyboard.press('Escape');
    await expect.poll(() => readerOpen(page)).toBe(false);
    await page.close();
  });
});
