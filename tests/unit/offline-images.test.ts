import { afterEach, describe, expect, it } from 'vitest';
import { buildBackup, checkBackupData } from '../../utils/backup';
import { applyRestore, createFolioDb, planRestore, upsertArticle } from '../../utils/db';
import { deleteOrphanImages, imagesOf, keepImages } from '../../utils/db/images';
import { assetNames } from '../../utils/markdown/asset-names';
import { htmlToMarkdown } from '../../utils/markdown/html-to-markdown';
import { byOrigin, imageUrlsOf } from '../../utils/offline/article-images';
import { base64ToBytes, bytesToBase64 } from '../../utils/offline/base64';
import { fetchImage } from '../../utils/offline/fetch-image';
import { IMAGE_LIMITS } from '../../utils/offline/limits';
import { showOnlyKeptImages } from '../../utils/offline/offline-html';
import { sniffImageType } from '../../utils/offline/sniff-image';
import { fetchAndKeepImages, keepSentImages } from '../../utils/services/keep-images';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const HTML = new TextEncoder().encode('<!DOCTYPE html><title>Not found</title>');

const element = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('which bytes are kept as a picture', () => {
  it('knows raster images by their first bytes and refuses SVG and HTML served as images', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('GIF89a\x01\x00'))).toBe('image/gif');
    expect(sniffImageType(new TextEncoder().encode('RIFF\x00\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('\x00\x00\x00\x1cftypavif'))).toBe('image/avif');
    expect(sniffImageType(SVG)).toBeUndefined();
    expect(sniffImageType(HTML)).toBeUndefined();
    expect(sniffImageType(new Uint8Array())).toBeUndefined();
  });

  it('carries bytes through base64 unchanged, also past one chunk of 32 kB', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(() => base64ToBytes('not base64!')).toThrow();
  });
});

describe('an article’s pictures', () => {
  it('are its images’ web addresses, once each, in order, without data: ones or fragments', () => {
    const html = `<img src="https://a.example/1.png#x"><p><img src="https://a.example/1.png"></p>
      <img src="data:image/gif;base64,R0lGOD"><img src="javascript:alert(1)"><img src="http://cdn.example/2.jpg"><img>`;
    expect(imageUrlsOf(element(html))).toEqual(['https://a.example/1.png', 'http://cdn.example/2.jpg']);
    expect(imageUrlsOf(element('<img src="https://a.example/1.png"><img src="https://a.example/2.png">'), 1)).toEqual([
      'https://a.example/1.png',
    ]);
  });

  it('are grouped as the page’s own site and each other site', () => {
    const { own, others } = byOrigin(
      [
        'https://a.example/1.png',
        'https://cdn.example/2.png',
        'https://a.example:8443/3.png',
        'https://cdn.example/4.png',
      ],
      'https://a.example/post/1',
    );
    expect(own).toEqual(['https://a.example/1.png']);
    expect([...others]).toEqual([
      ['https://cdn.example', ['https://cdn.example/2.png', 'https://cdn.example/4.png']],
      ['https://a.example:8443', ['https://a.example:8443/3.png']],
    ]);
  });

  it('offline: kept ones point at their copies, the others become a line of text, and no source is left to fetch', () => {
    const root =
      element(`<picture><source srcset="https://a.example/big.webp"><img src="https://a.example/1.png" srcset="https://a.example/1@2x.png 2x" alt="Kept"></picture>
      <img src="https://cdn.example/2.png" alt="Not kept"><img src="data:image/gif;base64,R0lGOD" alt="Inline"><img src="/relative.png">`);
    const counts = showOnlyKeptImages(
      root,
      (url) => (url === 'https://a.example/1.png' ? 'blob:folio/1' : undefined),
      (alt) => `[not kept: ${alt}]`,
    );
    expect(counts).toEqual({ kept: 1, notKept: 1 });
    expect(root.querySelectorAll('source')).toHaveLength(0);
    expect(
      [...root.querySelectorAll('img')].map((img) => [img.getAttribute('src'), img.getAttribute('srcset')]),
    ).toEqual([
      ['blob:folio/1', null],
      ['data:image/gif;base64,R0lGOD', null],
      [null, null],
    ]);
    expect(root.querySelector('.folio-image-missing')?.textContent).toBe('[not kept: Not kept]');
  });
});

/** A fetch answering from a table of address → Response (or an error to throw). */
function fakeFetch(table: Record<string, () => Response | Promise<Response>>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const answer = table[String(input)];
    if (!answer) throw new TypeError('Failed to fetch');
    return answer();
  }) as typeof fetch;
}

describe('fetching one picture', () => {
  const options = (table: Record<string, () => Response | Promise<Response>>) => ({
    fetcher: fakeFetch(table),
    credentials: 'omit' as const,
    maxBytes: 1000,
    timeoutMs: 200,
  });

  it('keeps a picture and says why it did not for each way one fails', async () => {
    const o = options({
      'https://x/ok.png': () => new Response(PNG),
      'https://x/404.png': () => new Response('gone', { status: 404 }),
      'https://x/page.png': () => new Response(HTML, { headers: { 'content-type': 'image/png' } }),
      'https://x/says-big.png': () => new Response(PNG, { headers: { 'content-length': '5000' } }),
      // A server that sends no length and more bytes than the cap: cut off at the cap.
      'https://x/endless.png': () =>
        new Response(
          new ReadableStream({
            pull(controller) {
              controller.enqueue(new Uint8Array(400).fill(0x89));
            },
          }),
        ),
      'https://x/slow.png': () => new Promise<Response>(() => {}),
    });
    const results = await Promise.all(
      ['ok', '404', 'page', 'says-big', 'endless', 'unknown'].map((name) => fetchImage(`https://x/${name}.png`, o)),
    );
    expect(results.map((r) => (r.ok ? r.type : r.reason))).toEqual([
      'image/png',
      'http',
      'not-an-image',
      'too-large',
      'too-large',
      'unreachable',
    ]);
    expect(results[1]).toMatchObject({ status: 404 });
  });

  it('gives up on a server that does not answer (timeout, not a hang)', async () => {
    const hanging: typeof fetch = ((_: unknown, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as typeof fetch;
    const result = await fetchImage('https://x/slow.png', { fetcher: hanging, credentials: 'omit', timeoutMs: 50 });
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
  });
});

let dbName = 0;
const opened: ReturnType<typeof createFolioDb>[] = [];
const openDb = () => {
  const db = createFolioDb(`folio-images-${++dbName}`);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function savedArticle(db: ReturnType<typeof createFolioDb>, url = 'https://a.example/post') {
  return upsertArticle(db, { url, title: 'A post' });
}

describe('keeping an article’s pictures in the database', () => {
  it('stores them as Blobs under the article, replaces a picture kept again, and stops at the article’s cap', async () => {
    const db = openDb();
    const article = await savedArticle(db);
    const big = new Uint8Array(IMAGE_LIMITS.maxArticleBytes / 2 - 10);
    big.set(PNG);
    const first = await keepImages(db, article.id, [
      { url: 'https://a.example/1.png', type: 'image/png', bytes: big },
      { url: 'https://a.example/2.png', type: 'image/png', bytes: big },
      { url: 'https://a.example/3.png', type: 'image/png', bytes: big },
    ]);
    expect(first).toEqual({
      kept: ['https://a.example/1.png', 'https://a.example/2.png'],
      full: ['https://a.example/3.png'],
    });
    // Saved again: the same two replace themselves rather than count twice.
    const again = await keepImages(db, article.id, [{ url: 'https://a.example/1.png', type: 'image/png', bytes: big }]);
    expect(again.full).toEqual([]);
    const stored = await imagesOf(db, article.id);
    expect(stored.map((s) => [s.url, s.type, s.bytes])).toEqual([
      ['https://a.example/1.png', 'image/png', big.length],
      ['https://a.example/2.png', 'image/png', big.length],
    ]);
    // (fake-indexeddb's clone of a Blob is not a whole Blob: the browser test shows the bytes.)
    expect(stored.every((s) => s.blob)).toBe(true);
  });

  it('checks what the reader frame sends: base64 of raster bytes within the caps, for a saved article', async () => {
    const db = openDb();
    const article = await savedArticle(db);
    const outcome = await keepSentImages(db, article.id, [
      { url: 'https://a.example/1.png', base64: bytesToBase64(PNG) },
      { url: 'https://a.example/evil.svg', base64: bytesToBase64(SVG) },
      { url: 'https://a.example/junk.png', base64: '%%%' },
      { url: 'javascript:alert(1)', base64: bytesToBase64(PNG) },
    ]);
    expect(outcome.kept).toEqual(['https://a.example/1.png']);
    expect(outcome.notKept).toEqual([
      { url: 'https://a.example/evil.svg', reason: 'not-an-image' },
      { url: 'https://a.example/junk.png', reason: 'not-an-image' },
    ]);
    await expect(keepSentImages(db, 'no-such-article', [])).rejects.toThrow(/Save the article/);
  });

  it('fetches other sites’ pictures only from origins the user allowed, without asking the others', async () => {
    const db = openDb();
    const article = await savedArticle(db);
    const asked: string[] = [];
    const outcome = await fetchAndKeepImages(
      db,
      {
        hasPermission: async (origin) => origin === 'https://cdn.example',
        fetcher: (async (input: RequestInfo | URL) => {
          asked.push(String(input));
          return new Response(JPEG);
        }) as typeof fetch,
      },
      article.id,
      ['https://cdn.example/a.jpg', 'https://tracker.example/b.jpg'],
    );
    expect(outcome).toEqual({
      kept: ['https://cdn.example/a.jpg'],
      notKept: [{ url: 'https://tracker.example/b.jpg', reason: 'no-permission' }],
    });
    expect(asked).toEqual(['https://cdn.example/a.jpg']);
  });

  it('sweeps the pictures of deleted articles, and only theirs', async () => {
    const db = openDb();
    const kept = await savedArticle(db, 'https://a.example/kept');
    const gone = await savedArticle(db, 'https://a.example/gone');
    for (const id of [kept.id, gone.id]) {
      await keepImages(db, id, [{ url: 'https://a.example/1.png', type: 'image/png', bytes: PNG }]);
    }
    await db.articles.delete(gone.id);
    expect(await deleteOrphanImages(db)).toBe(1);
    expect((await db.images.toArray()).map((i) => i.articleId)).toEqual([kept.id]);
  });
});

describe('pictures in exports', () => {
  it('link to their files in assets/, named after the note, encoded as a Markdown destination', () => {
    const names = assetNames('Notes (draft) it’s', [
      { url: 'https://a.example/1.png', type: 'image/png' },
      { url: 'https://a.example/2.jpg', type: 'image/jpeg' },
    ]);
    expect(names.get('https://a.example/1.png')).toEqual({
      path: 'assets/Notes (draft) it’s-1.png',
      link: 'assets/Notes%20%28draft%29%20it%E2%80%99s-1.png',
    });
    expect(names.get('https://a.example/2.jpg')?.path).toBe('assets/Notes (draft) it’s-2.jpg');
  });

  it('in the article’s Markdown: exported ones link relatively, others to the web, none from data: or script', () => {
    const html =
      '<p>Text</p><img src="https://a.example/1.png" alt="A [red] *lamp*"><img src="https://cdn.example/2 x.png" alt="Two"><img src="data:image/gif;base64,R0lG" alt="Inline"><img src="javascript:alert(1)" alt="Evil">';
    const markdown = htmlToMarkdown(html, {
      imageLink: (src) => (src === 'https://a.example/1.png' ? 'assets/Note-1.png' : undefined),
    });
    expect(markdown).toContain('![A \\[red\\] \\*lamp\\*](assets/Note-1.png)');
    expect(markdown).toContain('![Two](https://cdn.example/2%20x.png)');
    expect(markdown).not.toMatch(/data:|javascript:|Inline|Evil/);
  });
});

describe('pictures in a backup', () => {
  const article = {
    id: 'a1',
    url: 'https://a.example/post',
    title: 'A post',
    tags: [],
    createdAt: 1,
    updatedAt: 2,
  };
  const picture = (over: Record<string, unknown> = {}) => ({
    articleId: 'a1',
    url: 'https://a.example/1.png',
    type: 'image/png',
    data: bytesToBase64(PNG),
    ...over,
  });

  it('are checked one by one: a bad one is left out with its reason, the rest come in', () => {
    const check = checkBackupData({
      ...buildBackup([article], []),
      images: [
        picture(),
        picture({ url: 'https://a.example/evil.svg', data: bytesToBase64(SVG), type: 'image/png' }),
        picture({ articleId: 'elsewhere', url: 'https://a.example/2.png' }),
        picture({ url: 'javascript:alert(1)' }),
        picture(),
      ],
    });
    if (!check.ok) throw new Error(check.errors.join());
    expect(check.backup.images).toEqual([picture()]);
    expect(check.rejected).toEqual([
      { item: 'Picture 2', reason: 'its data is not a PNG, JPEG, GIF, WebP, AVIF or BMP picture.' },
      { item: 'Picture 3', reason: 'its article elsewhere is not in the file, or was left out.' },
      { item: 'Picture 4', reason: 'it needs "articleId", an http(s) "url" and base64 "data".' },
      { item: 'Picture 5', reason: 'it appears twice.' },
    ]);
  });

  it('are restored under the id their article has here, once: the same file again adds none', async () => {
    const db = openDb();
    const here = await upsertArticle(db, { url: article.url, title: article.title });
    const check = checkBackupData({ ...buildBackup([article], []), images: [picture()] });
    if (!check.ok) throw new Error(check.errors.join());
    expect((await planRestore(db, check.backup)).images).toBe(1);
    expect((await applyRestore(db, check.backup)).images).toBe(1);
    expect((await db.images.toArray()).map((i) => [i.articleId, i.url, i.type])).toEqual([
      [here.id, 'https://a.example/1.png', 'image/png'],
    ]);
    expect((await planRestore(db, check.backup)).images).toBe(0);
  });
});
