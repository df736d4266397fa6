import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FolioBrowser } from './support/chromium';
import { runFolioCommand } from './support/commands';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { OFFLINE_PICTURES } from './support/generated-pages';
import { openLibraryTools } from './support/library';
import { clickInReader } from './support/reader-actions';
import { savedInReader } from './support/reader-dom';
import { inReader, waitForReader } from './support/reader-frame';
import { openFolioAndFixtures } from './support/session';
import { storedArticleId } from './support/stored-articles';

/**
 * "Save article" keeps the article's pictures, and the saved article then reads offline: its
 * pictures from the stored copies, nothing asked of the network.
 */

let folio: FolioBrowser;
let server: FixtureServer;
/** Another origin (another port) serving pictures: one Folio may read (the e2e build's 127.0.0.1). */
let imageSite: FixtureServer;

openFolioAndFixtures((launched, started) => {
  folio = launched;
  server = started;
});
beforeAll(async () => {
  imageSite = await startFixtureServer();
});
afterAll(async () => {
  await imageSite?.close();
});

type KeptImages = { url: string; type: string; bytes: number }[];

describe('an article saved with its pictures', () => {
  it('keeps its own site’s pictures and allowed sites’, lists the rest with reasons, and asks for the others', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url(`generated/offline-images.html?other=${encodeURIComponent(imageSite.origin)}`));
    // The page watches every request it makes (Resource Timing): Folio's fetches must not show.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.name);
      }).observe({ type: 'resource', buffered: true });
    });
    expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
    await waitForReader(page, (root) => root.querySelector('.folio-content img') !== null);
    const seenBefore = await page.evaluate(() => (window as unknown as { seen: string[] }).seen.length);
    await clickInReader(page, 'button[title="Save article"]');
    await waitForReader(page, savedInReader);
    const report = await inReader(page, (root) => {
      const section = root.querySelector('.folio-save-report');
      return {
        status: section?.querySelector('[role=status]')?.textContent,
        reasons: [...(section?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? ''),
        text: section?.textContent ?? '',
        allow: [...(section?.querySelectorAll('button') ?? [])].map((b) => b.textContent),
        pressed: root.querySelector('button[title="Save article"]')?.getAttribute('aria-pressed'),
      };
    });
    expect(report?.status).toBe('Saved to your library. 3 of 7 pictures kept for offline reading.');
    expect(report?.reasons).toEqual([
      expect.stringContaining('drawing.svg: not a picture Folio keeps'),
      expect.stringContaining('gone-100%-cotton.png: the site answered HTTP 404'),
      expect.stringContaining('huge.png: larger than 5 MB'),
    ]);
    expect(report?.text).toContain(`1 picture comes from another site (localhost:${new URL(server.origin).port})`);
    expect(report?.allow).toContain('Allow and keep them');
    expect(report?.pressed).toBe('true');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen.length)).toBe(seenBefore);

    const kept = (await folio.serviceWorker.evaluate(async () => {
      const { db } = (globalThis as unknown as { folio: { db: { images: { toArray(): Promise<KeptImages> } } } }).folio;
      return (await db.images.toArray()).map(({ url, type, bytes }) => ({ url, type, bytes }));
    })) as KeptImages;
    expect(kept.map((k) => new URL(k.url).pathname).sort()).toEqual([
      '/pictures/blue.png',
      '/pictures/green.png',
      '/pictures/red.png',
    ]);
    expect(new Set(kept.map((k) => k.type))).toEqual(new Set(['image/png']));
    await page.close();
  });

  it('reads offline: the kept pictures from their copies, the others as a line saying so, and no request leaves', async () => {
    const articleId = await storedArticleId(folio.serviceWorker, 'Pictures of the reading room');
    expect(articleId).toBeTruthy();
    const requests: string[] = [];
    folio.context.on('request', (request) => {
      if (/^https?:/.test(request.url())) requests.push(request.url());
    });
    await folio.context.setOffline(true);
    try {
      const article = await folio.context.newPage();
      await article.goto(`chrome-extension://${folio.extensionId}/article.html?id=${articleId}`);
      await article.locator('.folio-content img').first().waitFor();
      await expect
        .poll(() =>
          article.evaluate(() =>
            [...document.querySelectorAll<HTMLImageElement>('.folio-content img')].map((img) => ({
              alt: img.alt,
              blob: img.src.startsWith('blob:'),
              loaded: img.complete && img.naturalWidth > 0,
            })),
          ),
        )
        .toEqual([...OFFLINE_PICTURES.own, OFFLINE_PICTURES.other].map((alt) => ({ alt, blob: true, loaded: true })));
      const missing = await article.locator('.folio-image-missing').allTextContents();
      expect(missing).toEqual(
        [...OFFLINE_PICTURES.notKept, OFFLINE_PICTURES.waiting].map(
          (alt) => `[Picture not kept for offline reading: ${alt}]`,
        ),
      );
      expect(await article.locator('.folio-content').textContent()).toContain('Paragraph 8.');
      // The way back to the library, from the page itself.
      expect(await article.getByRole('link', { name: 'Back to the library' }).getAttribute('href')).toBe(
        '/library.html',
      );
      // Its note, downloaded from the page itself, offline, and said so.
      const [note] = await Promise.all([
        article.waitForEvent('download'),
        article.getByRole('button', { name: 'Download .md' }).click(),
      ]);
      expect(note.suggestedFilename()).toBe('Pictures of the reading room.md');
      expect(await readFile((await note.path()) as string, 'utf8')).toContain('Paragraph 8.');
      await expect
        .poll(() => article.locator('.folio-toast').textContent())
        .toBe('Saved “Pictures of the reading room.md” to your downloads.');
      expect(requests).toEqual([]);
      await article.close();
    } finally {
      await folio.context.setOffline(false);
    }
  });

  it('go with the Markdown zip, in assets/ linked from the note, and with a backup: restored, they read offline again', async () => {
    const library = await folio.context.newPage();
    await library.goto(`chrome-extension://${folio.extensionId}/library.html`);
    await library.locator('.library-item').first().waitFor();
    await openLibraryTools(library);
    const [zipped] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export all as Markdown (.zip)' }).click(),
    ]);
    const files = unzipSync(new Uint8Array(await readFile((await zipped.path()) as string)));
    const note = strFromU8(files['Pictures of the reading room.md'] as Uint8Array);
    const [red] = OFFLINE_PICTURES.own;
    expect(note).toContain(`![${red}](assets/Pictures%20of%20the%20reading%20room-`);
    const links = [...note.matchAll(/!\[[^\]\n]*\]\((assets\/[^)\n]+)\)/g)].map((m) =>
      decodeURIComponent(m[1] as string),
    );
    expect(links).toHaveLength(3);
    for (const link of links) {
      // Each link names a file in the zip, and the file is the PNG that was kept.
      expect([...(files[link] as Uint8Array).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    }
    // Pictures not kept stay links to the web.
    expect(note).toContain(`](http://localhost:${new URL(server.origin).port}/pictures/shelf.png`);

    const [backup] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Back up everything (JSON)' }).click(),
    ]);
    const backupFile = (await backup.path()) as string;
    expect(JSON.parse(await readFile(backupFile, 'utf8')).images).toHaveLength(3);
    // Another device: nothing of it here.
    await folio.serviceWorker.evaluate(async () => {
      const { db } = (globalThis as unknown as { folio: { db: Record<string, { clear(): Promise<void> }> } }).folio;
      for (const table of ['articles', 'highlights', 'savedCopies', 'images']) await db[table]?.clear();
    });
    await library.reload();
    await library.locator('.library-empty').first().waitFor();
    await openLibraryTools(library);
    await library.getByLabel('Restore from a backup:').setInputFiles(backupFile);
    const preview = library.getByRole('region', { name: 'Restore preview' });
    await expect.poll(() => preview.textContent()).toContain('3 pictures of saved articles will be added');
    await preview.getByRole('button', { name: 'Restore' }).click();
    await library.locator('.library-item').first().waitFor();
    await library.close();

    const articleId = await storedArticleId(folio.serviceWorker);
    await folio.context.setOffline(true);
    try {
      const article = await folio.context.newPage();
      await article.goto(`chrome-extension://${folio.extensionId}/article.html?id=${articleId}`);
      await expect
        .poll(() =>
          article.evaluate(
            () =>
              [...document.querySelectorAll<HTMLImageElement>('.folio-content img')].filter(
                (img) => img.src.startsWith('blob:') && img.naturalWidth > 0,
              ).length,
          ),
        )
        .toBe(3);
      await article.close();
    } finally {
      await folio.context.setOffline(false);
    }
  });
});
