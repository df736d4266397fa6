import { afterEach, describe, expect, it } from 'vitest';
import { createFolioDb, createHighlight, listTags, normalizeTag, parseTagList, renameTag } from '../../utils/db';

describe('tags', () => {
  it.each([
    ['  #读书笔记 ', { ok: true, tag: '读书笔记' }],
    ['to   read', { ok: true, tag: 'to read' }],
    ['📚', { ok: true, tag: '📚' }],
    ['＃全角', { ok: true, tag: '全角' }],
    ['###', { ok: false }],
    ['   ', { ok: false }],
    ['长'.repeat(65), { ok: false }],
    ['长'.repeat(64), { ok: true }],
  ])('%j', (raw, expected) => {
    expect(normalizeTag(raw)).toMatchObject(expected);
  });

  it('parses a typed list, commas of either script, without duplicates, and says what it refused', () => {
    const { tags, refused } = parseTagList('读书, #读书，ideas、to read,, #, x'.concat(','.concat('y'.repeat(201))));
    expect(tags).toEqual(['读书', 'ideas', 'to read', 'x']);
    // Reasons as codes: the page says them in its own language.
    expect(refused).toEqual([
      { typed: '#', reason: 'empty' },
      { typed: 'y'.repeat(20), reason: 'too-long' },
    ]);
  });
});

describe('tag rename and merge', () => {
  const dbs: ReturnType<typeof createFolioDb>[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });

  it('renames across highlights and articles in one go, merging into an existing tag once', async () => {
    const db = createFolioDb('folio-tags-test');
    dbs.push(db);
    const target = { selector: [{ type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' }] };
    const a = { url: 'https://e.test/a', title: 'A' };
    await createHighlight(db, a, { target, color: 'yellow', note: '', tags: ['reading', 'books'] });
    await createHighlight(db, a, { target, color: 'yellow', note: '', tags: ['reading'] });
    await db.articles.toCollection().modify((x) => {
      x.tags = ['reading'];
    });
    expect(await renameTag(db, 'reading', 'books')).toBe(3);
    const highlightTags = (await db.highlights.toArray()).map((h) => h.tags);
    expect(highlightTags).toEqual(expect.arrayContaining([['books'], ['books']]));
    expect((await db.articles.toArray())[0]?.tags).toEqual(['books']);
    expect(await listTags(db)).toEqual(['books']);
  });
});
