import { afterEach, describe, expect, it } from 'vitest';
import {
  type Clock,
  countHighlightsForUrl,
  createFolioDb,
  createHighlight,
  getArticleByUrl,
  listHighlightsForUrl,
  normalizeUrl,
  upsertArticle,
} from '../../utils/db';

function fixedClock(start = 1_700_000_000_000): Clock {
  let t = start;
  let n = 0;
  return { now: () => t++, uuid: () => `id-${++n}` };
}

let dbName = 0;
const openDb = () => createFolioDb(`folio-test-${++dbName}`);
const opened: ReturnType<typeof openDb>[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('normalizeUrl', () => {
  it.each([
    ['https://Example.com/a?id=3#section-2', 'https://example.com/a?id=3'],
    ['https://example.com/a?utm_source=x&id=3&UTM_Medium=y', 'https://example.com/a?id=3'],
    ['https://example.com/a#:~:text=hello', 'https://example.com/a'],
    ['https://example.com/a?fbclid=abc', 'https://example.com/a'],
    ['https://example.com/a?p=2&id=3', 'https://example.com/a?p=2&id=3'],
    ['not a url', 'not a url'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });
});

describe('articles', () => {
  it('stores one article per normalized URL and keeps its id, tags and creation time on refresh', async () => {
    const db = openDb();
    opened.push(db);
    const clock = fixedClock();
    const first = await upsertArticle(db, { url: 'https://example.com/a?utm_source=x', title: 'Old title' }, clock);
    await db.articles.update(first.id, { tags: ['reading'] });
    const second = await upsertArticle(
      db,
      { url: 'https://example.com/a#top', title: 'New title', byline: 'Ann' },
      clock,
    );
    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(second).toMatchObject({
      url: 'https://example.com/a',
      title: 'New title',
      byline: 'Ann',
      tags: ['reading'],
    });
    expect(await db.articles.count()).toBe(1);
    expect((await getArticleByUrl(db, 'https://example.com/a?utm_campaign=z'))?.id).toBe(first.id);
  });

  it('refuses a second article with the same URL written directly (unique index)', async () => {
    const db = openDb();
    opened.push(db);
    const base = { title: 't', tags: [], createdAt: 1, updatedAt: 1 };
    await db.articles.add({ ...base, id: 'a', url: 'https://example.com/' });
    await expect(db.articles.add({ ...base, id: 'b', url: 'https://example.com/' })).rejects.toThrow();
  });
});

describe('highlights', () => {
  it('finds a page’s highlights by its normalized URL, oldest first, and by tag', async () => {
    const db = openDb();
    opened.push(db);
    const clock = fixedClock();
    const target = {
      selector: [{ type: 'TextQuoteSelector' as const, exact: '读书', prefix: '', suffix: '' }],
    };
    // The same page reached by two URLs (a fragment, a campaign parameter): one article.
    await createHighlight(
      db,
      { url: 'https://example.com/essay#p2', title: 'Essay' },
      { target, color: 'yellow', note: '', tags: ['学习', 'to read'] },
      clock,
    );
    await createHighlight(
      db,
      { url: 'https://example.com/essay?utm_x=1', title: 'Essay' },
      { target, color: 'blue', note: 'n', tags: [] },
      clock,
    );
    expect(await db.articles.count()).toBe(1);
    const list = await listHighlightsForUrl(db, 'https://example.com/essay');
    expect(list.map((h) => h.color)).toEqual(['yellow', 'blue']);
    expect(await countHighlightsForUrl(db, 'https://example.com/essay#x')).toBe(2);
    expect(await db.highlights.where('tags').equals('学习').count()).toBe(1);
  });
});
