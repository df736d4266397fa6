import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultProxy, startFaultProxy, startWebDav, type WebDavServer } from '../support/webdav-server';
import { type FolioBrowser, launchWithFolio } from './support/chromium';
import { openLibraryTools } from './support/library';
import { storeArticle } from './support/stored-articles';

/**
 * Sync between two real Chromium profiles, each with Folio loaded and its own IndexedDB, through a
 * real WebDAV server (rclone serve webdav) behind a proxy that injects faults. Set up as a user
 * does it: the options page's form, Test connection, Save and sync, Sync now; one profile in
 * English, the other in Chinese.
 */
let server: WebDavServer;
let proxy: FaultProxy;
let laptop: FolioBrowser;
let desktop: FolioBrowser;
beforeAll(async () => {
  server = await startWebDav('reader', 'app-password-1');
  proxy = await startFaultProxy(server.url);
  laptop = await launchWithFolio({ locale: 'en-US' });
  desktop = await launchWithFolio({ locale: 'zh-CN' });
}, 60_000);
afterAll(async () => {
  await laptop?.close();
  await desktop?.close();
  await proxy?.stop();
  await server?.stop();
});

type Service = Record<string, (...args: unknown[]) => Promise<unknown>>;

/** Calls the background's service in a profile, as Folio's pages do. */
function call<T>(folio: FolioBrowser, method: string, ...args: unknown[]): Promise<T> {
  return folio.serviceWorker.evaluate(
    ([m, a]) => {
      const { service } = (globalThis as unknown as { folio: { service: Service } }).folio;
      return service[m as string]?.(...(a as unknown[])) as Promise<unknown>;
    },
    [method, args] as const,
  ) as Promise<T>;
}

async function highlightsOf(folio: FolioBrowser): Promise<string[]> {
  const { highlights } = await call<{
    highlights: { note: string; color: string; tags: string[]; target: { selector: { exact?: string }[] } }[];
  }>(folio, 'listLibrary');
  return highlights.map((h) => `${h.target.selector[0]?.exact}|${h.color}|${h.note}|${h.tags.join(',')}`).sort();
}

async function articlesOf(folio: FolioBrowser): Promise<string[]> {
  const { articles } = await call<{ articles: { url: string; tags: string[] }[] }>(folio, 'listLibrary');
  return articles.map((a) => `${a.url} [${a.tags.join(',')}]`).sort();
}

const highlight = (url: string, title: string, exact: string, note = '', tags: string[] = []) =>
  [
    { url, title },
    {
      target: { selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
      color: 'yellow',
      note,
      tags,
    },
  ] as const;

async function openOptions(folio: FolioBrowser): Promise<Page> {
  const page = await folio.context.newPage();
  await page.goto(`chrome-extension://${folio.extensionId}/options.html`);
  return page;
}

const statusText = (page: Page) =>
  page
    .locator('.options-sync-status')
    .textContent()
    .then((text) => text ?? '');
/** The answer to the last button: "Connected…", or what is wrong. */
const notice = (page: Page) =>
  page
    .locator('.options-sync > .options-ok, .options-sync > .options-error')
    .textContent()
    .then((text) => text ?? '');

async function fillSyncForm(page: Page, labels: Record<string, string>, values: Record<string, string>) {
  await page.getByLabel(labels.url as string, { exact: true }).fill(values.url as string);
  await page.getByLabel(labels.user as string, { exact: true }).fill(values.user as string);
  await page.getByLabel(labels.password as string, { exact: true }).fill(values.password as string);
  await page.getByLabel(labels.folder as string, { exact: true }).fill(values.folder as string);
}

const EN = {
  url: 'Server address (WebDAV)',
  user: 'User name',
  password: 'App password',
  folder: 'Folder on the server',
};
const ZH = { url: '服务器地址（WebDAV）', user: '用户名', password: '应用密码', folder: '服务器上的文件夹' };

describe('sync between two browser profiles through a WebDAV server', () => {
  it('set up from the options page in both locales; create, edit, tag, delete and a conflict travel both ways', async () => {
    await call(
      laptop,
      'createHighlight',
      ...highlight('https://essays.example/slow', 'On slow reading', 'Reading slowly is a skill', 'laptop note'),
    );
    await call(
      laptop,
      'createHighlight',
      ...highlight('https://essays.example/zh', '读书的方法', '读书之法，在循序而渐进', '', ['读书']),
    );

    // The laptop: a wrong password first, as people do; the message says what to fix.
    const options = await openOptions(laptop);
    await fillSyncForm(options, EN, { url: proxy.url, user: 'reader', password: 'wrong', folder: 'Folio/library' });
    await options.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => notice(options)).toContain('refused the user name or password (HTTP 401)');
    await options.getByLabel('App password', { exact: true }).fill('app-password-1');
    await options.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => notice(options)).toContain('Connected. The folder does not exist yet');
    await options.getByRole('button', { name: 'Save and sync' }).click();
    await expect.poll(() => statusText(options), { timeout: 15_000 }).toMatch(/Last synced .*Sent 2, received 0/s);
    // The options page fits its window: no part of it (the Markdown preview's long link) widens it.
    expect(await options.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The password never comes back to the page: only that one is saved.
    expect(await options.getByLabel('App password', { exact: true }).inputValue()).toBe('');
    expect(await options.content()).not.toContain('app-password-1');

    // The desktop, in Chinese: the same folder; everything arrives.
    const optionsZh = await openOptions(desktop);
    await fillSyncForm(optionsZh, ZH, {
      url: proxy.url,
      user: 'reader',
      password: 'app-password-1',
      folder: 'Folio/library',
    });
    await optionsZh.getByRole('button', { name: '保存并同步' }).click();
    await expect.poll(() => statusText(optionsZh), { timeout: 15_000 }).toMatch(/上次同步：.*接收 2 篇/s);
    expect(await highlightsOf(desktop)).toEqual(await highlightsOf(laptop));

    // The desktop edits, tags and deletes; the laptop's Sync now brings all of it.
    const { highlights } = await call<{ highlights: { id: string; note: string; articleId: string }[] }>(
      desktop,
      'listLibrary',
    );
    const slow = highlights.find((h) => h.note === 'laptop note') as { id: string; articleId: string };
    const zh = highlights.find((h) => h.note === '') as { id: string; articleId: string };
    await call(desktop, 'updateHighlight', slow.id, { color: 'green', tags: ['method'] });
    await call(desktop, 'setArticleTags', slow.articleId, ['essays']);
    await call(desktop, 'deleteArticle', zh.articleId);
    await optionsZh.getByRole('button', { name: '立即同步' }).click();
    await expect.poll(() => statusText(optionsZh)).toMatch(/上传 1 篇|上传 2 篇/);
    await options.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => highlightsOf(laptop)).toEqual(['Reading slowly is a skill|green|laptop note|method']);
    expect(await articlesOf(laptop)).toEqual(['https://essays.example/slow [essays]']);

    // Both edit the same note before syncing: both texts are kept, on both.
    await call(laptop, 'updateHighlight', slow.id, { note: 'laptop note, revised on the laptop' });
    await call(desktop, 'updateHighlight', slow.id, { note: 'laptop note, revised on the desktop' });
    await call(laptop, 'syncNow');
    await call(desktop, 'syncNow');
    await call(laptop, 'syncNow');
    expect((await highlightsOf(laptop))[0]).toMatch(
      /laptop note, revised on the desktop\n\n—+ 来自另一台设备的冲突副本（.+）—+\nlaptop note, revised on the laptop/,
    );
    expect(await highlightsOf(desktop)).toEqual(await highlightsOf(laptop));

    // The popup says when it last synced.
    const popup = await laptop.context.newPage();
    await popup.goto(`chrome-extension://${laptop.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('.popup-sync').textContent()).toMatch(/^Synced .+/);
  });

  it('the Chinese library answers a bad tag in Chinese, and splits tags typed with ，and 、', async () => {
    const library = await desktop.context.newPage();
    await library.goto(`chrome-extension://${desktop.extensionId}/library.html`);
    const edit = library.locator('.library-tag-edit').first();
    await edit.click();
    const field = library.locator('.library-tag-form input');
    await field.fill('#');
    await field.press('Enter');
    await expect
      .poll(() => library.getByRole('alert').first().textContent())
      .toContain('标签至少要有一个文字、数字或表情');
    await field.fill('读书方法，摘抄、随笔');
    await field.press('Enter');
    await expect.poll(() => library.locator('.library-tag-edit').first().textContent()).toBe('#读书方法 #摘抄 #随笔');
  });

  it('a change syncs by itself a few seconds later, with no button pressed', async () => {
    await call(laptop, 'createHighlight', ...highlight('https://essays.example/later', 'Later', 'made and left alone'));
    const options = await openOptions(laptop);
    await expect.poll(() => statusText(options)).toMatch(/Changes waiting to sync: 1|Sent 1/);
    await expect.poll(() => statusText(options), { timeout: 20_000 }).toMatch(/Sent 1, received \d/);
    // The laptop's status may still read "Sent 1" from the test before: the other profile asks
    // the server until the laptop's own automatic sync has sent the new highlight. The desktop's
    // own automatic sync (its tags, from the test before) may run at the same moment and list the
    // laptop's shard as it was: the laptop's follow-up sync, 10 to 15 s later, mends that.
    await expect
      .poll(
        async () => {
          await call(desktop, 'syncNow');
          return highlightsOf(desktop);
        },
        { timeout: 30_000 },
      )
      .toContain('made and left alone|yellow||')
      .catch(async (error: Error) => {
        // What each profile last did, for whoever reads a failure in CI.
        const statuses = await Promise.all([laptop, desktop].map((f) => call(f, 'getSyncStatus')));
        error.message += `\nlaptop: ${JSON.stringify(statuses[0])}\ndesktop: ${JSON.stringify(statuses[1])}`;
        throw error;
      });
  });

  it('a 401 says so and pauses sync until the settings change; a server down mid-sync loses nothing', async () => {
    const options = await openOptions(laptop);
    proxy.fail({ answer: 401, times: Number.POSITIVE_INFINITY });
    await options.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => statusText(options)).toContain('refused the user name or password (HTTP 401)');
    expect(await statusText(options)).toContain('Automatic sync is paused until the settings are changed.');
    proxy.clear();

    // Changes made meanwhile wait; an alarm does not retry while paused.
    await call(
      laptop,
      'createHighlight',
      ...highlight('https://essays.example/paused', 'Paused', 'written while paused'),
    );
    await laptop.serviceWorker.evaluate(() =>
      (globalThis as unknown as { folio: { sync: { syncNow(t: string): Promise<unknown> } } }).folio.sync.syncNow(
        'alarm',
      ),
    );
    expect(await statusText(options)).toContain('paused');

    // The server fails half way through the next sync: an error, nothing lost, then it completes.
    proxy.fail({ method: 'MOVE', path: 'folio-sync.json', answer: 503, times: 1 });
    await options.getByRole('button', { name: 'Save and sync' }).click();
    await expect.poll(() => statusText(options), { timeout: 15_000 }).toContain('The server failed (HTTP 503)');
    expect(await statusText(options)).not.toContain('paused');
    // The record reached the server before the fault; this sync finishes the index and manifest.
    await options.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => statusText(options), { timeout: 15_000 }).toMatch(/Sent \d, received 0/);
    await call(desktop, 'syncNow');
    expect(await highlightsOf(desktop)).toContain('written while paused|yellow||');
    expect(await highlightsOf(desktop)).toEqual(await highlightsOf(laptop));
  });

  it('the weekly backup on the server restores from the library what was deleted everywhere', async () => {
    const { articles } = await call<{ articles: { id: string; url: string }[] }>(laptop, 'listLibrary');
    // The backup was written at the laptop's first sync, when this article was there.
    const slow = articles.find((a) => a.url.endsWith('/slow')) as { id: string };
    await call(laptop, 'deleteArticle', slow.id);
    await call(laptop, 'syncNow');
    const library = await laptop.context.newPage();
    await library.goto(`chrome-extension://${laptop.extensionId}/library.html`);
    await openLibraryTools(library);
    await library.getByRole('button', { name: 'Show backups on the server' }).click();
    await library
      .getByRole('button', { name: /^Restore the backup of / })
      .first()
      .click();
    await expect
      .poll(() => library.locator('.library-restore-preview').textContent())
      .toContain('Add 2 articles and 2 highlights');
    await library.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(async () => (await articlesOf(laptop)).join('\n')).toContain('https://essays.example/slow');
    // Restored here, it syncs to the desktop as any change does.
    await call(laptop, 'syncNow');
    await call(desktop, 'syncNow');
    expect((await articlesOf(desktop)).join('\n')).toContain('https://essays.example/slow');
  });

  it("where one profile's reader stopped: the other's library says how far, and its reader offers to continue there", async () => {
    // Two new profiles on a folder of their own: the one that reads never writes to the server
    // before (its syncs only receive, and a sync that sends nothing is not followed by another),
    // so that what brings its place across can only be the place itself.
    const reading = await launchWithFolio();
    const other = await launchWithFolio({ locale: 'zh-CN' });
    const settings = {
      serverUrl: proxy.url,
      user: 'reader',
      password: 'app-password-1',
      folder: 'Places',
      enabled: true,
    };
    try {
      const content = Array.from(
        { length: 80 },
        (_, i) => `<p>Paragraph ${i + 1} of a long essay on reading slowly, one thought at a time.</p>`,
      ).join('');
      const id = await storeArticle(other.serviceWorker, {
        url: 'https://essays.example/long-read',
        title: 'A long read',
        content,
        lang: 'en',
      });
      await call(other, 'saveSyncSettings', settings);
      expect(await call(other, 'syncNow')).toMatchObject({ state: 'idle' });
      await call(reading, 'saveSyncSettings', settings);
      await expect
        .poll(() => call<{ last?: { pulled: number; pushed: number } }>(reading, 'getSyncStatus').then((s) => s.last))
        .toEqual({ pushed: 0, pulled: 1 });
      const library = await other.context.newPage();
      await library.goto(`chrome-extension://${other.extensionId}/library.html`);
      const row = library.locator('.library-item', { hasText: 'A long read' });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.locator('.library-meta').textContent()).not.toContain('已读');

      // Read halfway, and leave it there: no button is pressed anywhere.
      const reader = await reading.context.newPage();
      await reader.setViewportSize({ width: 1000, height: 700 });
      await reader.goto(`chrome-extension://${reading.extensionId}/article.html?id=${id}`);
      await reader.locator('.folio-content p').last().waitFor();
      await reader.evaluate(() => {
        const scroller = document.querySelector('.folio-scroll') as HTMLElement;
        scroller.scrollTo({ top: (scroller.scrollHeight - scroller.clientHeight) * 0.5, behavior: 'instant' });
      });
      // Its place goes to the server a little after reading pauses (20 s); the other profile,
      // syncing as it would on its alarm, then shows how far the article was read.
      await expect
        .poll(
          async () => {
            await call(other, 'syncNow');
            return row.locator('.library-meta').textContent();
          },
          { timeout: 45_000, interval: 3000 },
        )
        .toMatch(/已读 (4\d|5\d)%/);
      // The other profile's reader offers to continue there, and goes there.
      const otherReader = await other.context.newPage();
      await otherReader.setViewportSize({ width: 1000, height: 700 });
      await otherReader.goto(`chrome-extension://${other.extensionId}/article.html?id=${id}`);
      await expect.poll(() => otherReader.getByText(/上次读到 (4\d|5\d)%/).count()).toBe(1);
      await otherReader.getByRole('button', { name: '继续阅读' }).click();
      await expect
        .poll(() =>
          otherReader.evaluate(() => {
            const scroller = document.querySelector('.folio-scroll') as HTMLElement;
            const share = scroller.scrollTop / (scroller.scrollHeight - scroller.clientHeight);
            return share > 0.35 && share < 0.65;
          }),
        )
        .toBe(true);
    } finally {
      await reading.close();
      await other.close();
    }
  });

  it('encrypted: the server holds no quote, note or URL, and the other profile reads it with the passphrase', async () => {
    const secretLaptop = await launchWithFolio();
    const secretDesktop = await launchWithFolio({ locale: 'zh-CN' });
    try {
      await call(
        secretLaptop,
        'createHighlight',
        ...highlight('https://diary.example/private', '日记', '只给自己看的句子', 'a private note'),
      );
      const settings = {
        serverUrl: proxy.url,
        user: 'reader',
        password: 'app-password-1',
        folder: 'Secret',
        passphrase: 'correct horse battery staple',
        enabled: true,
      };
      await call(secretLaptop, 'saveSyncSettings', settings);
      const after = await call<{ state: string }>(secretLaptop, 'syncNow');
      expect(after.state, JSON.stringify(after)).toBe('idle');
      const files = filesUnder(join(server.dir, 'Secret'));
      expect(files.length).toBeGreaterThan(2);
      for (const file of files) {
        const text = readFileSync(file).toString('utf8');
        for (const secret of ['只给自己看的句子', 'a private note', 'diary.example', '日记'])
          expect(text).not.toContain(secret);
      }

      // A wrong passphrase: a clear message, and nothing on the server changes.
      const before = files.map((f) => `${f}:${statSync(f).mtimeMs}`);
      await call(secretDesktop, 'saveSyncSettings', { ...settings, passphrase: 'wrong' });
      const refused = await call<{ state: string; lastError: { kind: string } }>(secretDesktop, 'syncNow');
      expect(refused.lastError.kind).toBe('passphrase');
      expect(filesUnder(join(server.dir, 'Secret')).map((f) => `${f}:${statSync(f).mtimeMs}`)).toEqual(before);
      const options = await openOptions(secretDesktop);
      await expect.poll(() => statusText(options)).toContain('该口令无法打开此文件夹中的资料库');

      await call(secretDesktop, 'saveSyncSettings', settings);
      await expect
        .poll(() => highlightsOf(secretDesktop), { timeout: 15_000 })
        .toEqual(await highlightsOf(secretLaptop));
    } finally {
      await secretLaptop.close();
      await secretDesktop.close();
    }
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
