import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createFolioDb, exportAll, getArticleById, listLibrary } from '../../utils/db';
import type { ArticleRecord, HighlightRecord } from '../../utils/db/types';

const NAME = 'folio-upgrade-test';
afterEach(async () => {
  await Dexie.delete(NAME);
});

const article = (n: number, saved: boolean): ArticleRecord => ({
  id: `a${n}`,
  url: `https://example.com/${n}`,
  title: `第${n}篇`,
  tags: n % 2 ? ['reading'] : [],
  createdAt: n,
  updatedAt: n + 1,
  ...(saved ? { savedContent: { html: `<p>第${n}篇的正文</p>`, text: `第${n}篇的正文`, savedAt: n + 2 } } : {}),
});
const highlight = (n: number): HighlightRecord => ({
  id: `h${n}`,
  articleId: `a${n}`,
  url: `https://example.com/${n}`,
  target: { selector: [{ type: 'TextQuoteSelector', exact: '正文', prefix: '', suffix: '' }] },
  color: 'yellow',
  note: `批注${n}`,
  tags: [],
  createdAt: n,
  updatedAt: n,
});

describe('schema upgrades keep every record', () => {
  it('version 1 → 2: saved copies move to their own table, every article and highlight stays equal', async () => {
    // A database as version 1 wrote it: saved copies inside the articles.
    const old = new Dexie(NAME);
    old.version(1).stores({
      articles: 'id, &url, *tags, createdAt, updatedAt, siteName',
      highlights: 'id, articleId, url, *tags, color, createdAt, updatedAt',
    });
    const articles = [article(1, true), article(2, false), article(3, true)];
    const highlights = [highlight(1), highlight(2), highlight(3)];
    await old.table('articles').bulkPut(articles);
    await old.table('highlights').bulkPut(highlights);
    old.close();

    const db = createFolioDb(NAME);
    const after = await exportAll(db);
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after.articles)).toEqual(articles);
    expect(byId(after.highlights)).toEqual(highlights);
    expect(await db.savedCopies.count()).toBe(2);
    // The list no longer carries the copies, only when they were saved.
    expect((await listLibrary(db)).articles.map((a) => [a.id, 'savedContent' in a, a.savedAt])).toEqual([
      ['a1', false, 3],
      ['a2', false, undefined],
      ['a3', false, 5],
    ]);
    expect((await getArticleById(db, 'a3'))?.savedContent?.text).toBe('第3篇的正文');
    db.close();
  });

  it('version 3 → 4 (sync): every article, highlight, saved copy and picture stays equal, sync starts empty', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores({
      articles: 'id, &url, *tags, createdAt, updatedAt, siteName',
      highlights: 'id, articleId, url, *tags, color, createdAt, updatedAt',
    });
    old.version(2).stores({ savedCopies: 'articleId' });
    old.version(3).stores({ images: '[articleId+url], articleId' });
    const stored = [1, 2, 3].map((n) => {
      const { savedContent: _copy, ...rest } = article(n, false);
      return n === 2 ? { ...rest, savedAt: 7 } : rest;
    });
    await old.table('articles').bulkPut(stored);
    await old.table('highlights').bulkPut([highlight(1), highlight(2)]);
    await old.table('savedCopies').put({ articleId: 'a2', html: '<p>x</p>', text: 'x', savedAt: 7 });
    await old
      .table('images')
      .put({ articleId: 'a2', url: 'https://example.com/p.png', type: 'image/png', bytes: 3, keptAt: 1 });
    old.close();

    const db = createFolioDb(NAME);
    expect(db.verno).toBe(4);
    expect(await db.articles.orderBy('id').toArray()).toEqual(stored);
    expect(await db.highlights.orderBy('id').toArray()).toEqual([highlight(1), highlight(2)]);
    expect((await db.savedCopies.get('a2'))?.text).toBe('x');
    expect(await db.images.count()).toBe(1);
    expect(await db.syncBase.count()).toBe(0);
    expect(await db.syncState.count()).toBe(0);
    db.close();
  });
});
