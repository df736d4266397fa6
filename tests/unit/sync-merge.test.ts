import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../utils/db/schema';
import type { HighlightRecord } from '../../utils/db/types';
import { type ArticleBundle, type SyncedHighlight, TOMBSTONE_MS, versionOf } from '../../utils/sync/bundle';
import { type MergeContext, mergeArticleBundle, mergeSets, mergeSiteRules } from '../../utils/sync/merge';

const NOW = 1_800_000_000_000;
const context = (device = 'device-b'): MergeContext => ({
  now: NOW,
  device,
  conflictLabel: (loser) => `[Conflict copy from ${loser.device ?? '?'}]`,
});

const article = (changes: Partial<StoredArticle> = {}): StoredArticle => ({
  id: 'a1',
  url: 'https://example.com/essay',
  title: '读书的方法',
  tags: ['读书'],
  createdAt: 1000,
  updatedAt: 1000,
  ...changes,
});
const highlight = (id: string, changes: Partial<SyncedHighlight> = {}): SyncedHighlight => ({
  id,
  articleId: 'a1',
  url: 'https://example.com/essay',
  target: { selector: [{ type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' }] },
  color: 'yellow',
  note: '',
  tags: [],
  createdAt: 2000,
  updatedAt: 2000,
  ...changes,
});
const bundle = (a: StoredArticle | undefined, highlights: HighlightRecord[], removed = []): ArticleBundle => ({
  kind: 'article',
  id: 'a1',
  v: versionOf(a, highlights),
  ...(a ? { article: a } : {}),
  highlights,
  removed,
});

describe('merging one article bundle three ways', () => {
  const base = bundle(article(), [highlight('h1'), highlight('h2')]);

  it('takes the other side where only one side changed, in both directions', () => {
    const local = {
      article: article(),
      highlights: [highlight('h1', { color: 'green', updatedAt: 3000 }), highlight('h2')],
    };
    const remote = bundle(article({ title: 'New title', updatedAt: 2500 }), [
      highlight('h1'),
      highlight('h2', { note: 'remote note', updatedAt: 3100 }),
    ]);
    const merged = mergeArticleBundle('a1', base, local, remote, context());
    expect(merged.article?.title).toBe('New title');
    expect(merged.highlights.map((h) => [h.id, h.color, h.note])).toEqual([
      ['h1', 'green', ''],
      ['h2', 'yellow', 'remote note'],
    ]);
    expect(merged.v).toBe(versionOf(merged.article, merged.highlights));
  });

  it('a record both changed: the newer wins, ties go to the larger device id', () => {
    const local = {
      article: article(),
      highlights: [highlight('h1', { color: 'green', updatedAt: 3000 }), highlight('h2')],
    };
    const remote = bundle(article(), [
      highlight('h1', { color: 'pink', updatedAt: 3500, device: 'device-a' }),
      highlight('h2'),
    ]);
    expect(mergeArticleBundle('a1', base, local, remote, context()).highlights[0]?.color).toBe('pink');
    const tie = bundle(article(), [
      highlight('h1', { color: 'pink', updatedAt: 3000, device: 'device-a' }),
      highlight('h2'),
    ]);
    // device-b > device-a: this device's green wins here, and device-a's merge picks it too.
    expect(mergeArticleBundle('a1', base, local, tie, context('device-b')).highlights[0]?.color).toBe('green');
    const fromA = {
      article: article(),
      highlights: [highlight('h1', { color: 'pink', updatedAt: 3000 }), highlight('h2')],
    };
    const remoteFromB = bundle(article(), [
      highlight('h1', { color: 'green', updatedAt: 3000, device: 'device-b' }),
      highlight('h2'),
    ]);
    expect(mergeArticleBundle('a1', base, fromA, remoteFromB, context('device-a')).highlights[0]?.color).toBe('green');
  });

  it('a note both devices edited keeps both texts, the other marked as a conflict copy, and merging again adds nothing', () => {
    const withNote = bundle(article(), [highlight('h1', { note: 'first thought' }), highlight('h2')]);
    const local = {
      article: article(),
      highlights: [highlight('h1', { note: 'first thought, revised here', updatedAt: 3000 }), highlight('h2')],
    };
    const remote = bundle(article(), [
      highlight('h1', { note: 'first thought, revised there', updatedAt: 3200, device: 'device-a' }),
      highlight('h2'),
    ]);
    const merged = mergeArticleBundle('a1', withNote, local, remote, context());
    const note = merged.highlights[0]?.note;
    expect(note).toBe('first thought, revised there\n\n[Conflict copy from device-b]\nfirst thought, revised here');
    // Newer than both sides, so the other device takes it whole rather than merging again.
    expect(merged.highlights[0]?.updatedAt).toBe(3201);
    const onA = mergeArticleBundle(
      'a1',
      withNote,
      { article: article(), highlights: [remote.highlights[0] as HighlightRecord, highlight('h2')] },
      merged,
      context('device-a'),
    );
    expect(onA.highlights[0]?.note).toBe(note);
  });

  it('a note changed on one side and a colour on the other: both changes, no conflict copy', () => {
    const withNote = bundle(article(), [highlight('h1', { note: 'kept' }), highlight('h2')]);
    const local = {
      article: article(),
      highlights: [highlight('h1', { note: 'kept and extended', updatedAt: 3000 }), highlight('h2')],
    };
    const remote = bundle(article(), [
      highlight('h1', { note: 'kept', color: 'blue', updatedAt: 3500, device: 'device-a' }),
      highlight('h2'),
    ]);
    const merged = mergeArticleBundle('a1', withNote, local, remote, context());
    expect(merged.highlights[0]).toMatchObject({ note: 'kept and extended', color: 'blue' });
  });

  it('tags merge as sets: additions on either side stay, a removal on either side goes', () => {
    expect(mergeSets(['a', 'b', 'c'], ['a', 'b', 'c', 'local'], ['a', 'c', 'remote'])).toEqual([
      'a',
      'c',
      'local',
      'remote',
    ]);
    const local = { article: article({ tags: ['读书', '摘抄'], updatedAt: 3000 }), highlights: base.highlights };
    const remote = bundle(article({ tags: ['方法'], updatedAt: 3100 }), base.highlights);
    expect(mergeArticleBundle('a1', base, local, remote, context()).article?.tags).toEqual(['摘抄', '方法']);
  });

  it('a highlight deleted here goes from the server too, as a tombstone', () => {
    const local = { article: article(), highlights: [highlight('h1')] };
    const merged = mergeArticleBundle('a1', base, local, base, context());
    expect(merged.highlights.map((h) => h.id)).toEqual(['h1']);
    expect(merged.removed).toEqual([{ id: 'h2', deletedAt: NOW, device: 'device-b' }]);
  });

  it('a tombstone from the server deletes an unchanged highlight here, but an edit made after the delete survives', () => {
    const local = { article: article(), highlights: [highlight('h1'), highlight('h2')] };
    const remote = {
      ...bundle(article(), [highlight('h1')]),
      removed: [{ id: 'h2', deletedAt: 5000, device: 'device-a' }],
    };
    expect(mergeArticleBundle('a1', base, local, remote, context()).highlights.map((h) => h.id)).toEqual(['h1']);

    const editedLater = {
      article: article(),
      highlights: [highlight('h1'), highlight('h2', { note: 'edited after', updatedAt: 6000 })],
    };
    const kept = mergeArticleBundle('a1', base, editedLater, remote, context());
    expect(kept.highlights.map((h) => [h.id, h.note])).toEqual([
      ['h1', ''],
      ['h2', 'edited after'],
    ]);
    expect(kept.removed).toEqual([]);

    const editedBefore = {
      article: article(),
      highlights: [highlight('h1'), highlight('h2', { note: 'edited before', updatedAt: 4000 })],
    };
    expect(mergeArticleBundle('a1', base, editedBefore, remote, context()).highlights.map((h) => h.id)).toEqual(['h1']);
  });

  it('an article deleted on one device is deleted on the other unless edited there after the delete', () => {
    const local = { article: article(), highlights: base.highlights };
    const tombstone: ArticleBundle = {
      kind: 'article',
      id: 'a1',
      v: 'x5000',
      deletedAt: 5000,
      deletedBy: 'device-a',
      highlights: [],
      removed: [],
    };
    const gone = mergeArticleBundle('a1', base, local, tombstone, context());
    expect(gone.article).toBeUndefined();
    expect(gone.deletedAt).toBe(5000);

    const edited = { article: article({ tags: ['还要'], updatedAt: 7000 }), highlights: base.highlights };
    expect(mergeArticleBundle('a1', base, edited, tombstone, context()).article?.tags).toEqual(['还要']);

    // Deleted here: the server's unchanged article becomes a tombstone.
    const deletedHere = mergeArticleBundle('a1', base, { highlights: [] }, base, context());
    expect(deletedHere).toMatchObject({ deletedAt: NOW, deletedBy: 'device-b', highlights: [] });
  });

  it('a device that never had the article takes it whole; one that never had a deleted article keeps the tombstone', () => {
    const remote = bundle(article(), [highlight('h1')]);
    expect(mergeArticleBundle('a1', undefined, { highlights: [] }, remote, context()).highlights).toHaveLength(1);
    const tombstone: ArticleBundle = {
      kind: 'article',
      id: 'a1',
      v: 'x5000',
      deletedAt: 5000,
      highlights: [],
      removed: [],
    };
    expect(mergeArticleBundle('a1', undefined, { highlights: [] }, tombstone, context()).article).toBeUndefined();
  });

  it('tombstones older than 90 days are dropped from the bundle', () => {
    const old = NOW - TOMBSTONE_MS - 1;
    const remote = { ...bundle(article(), [highlight('h1')]), removed: [{ id: 'h2', deletedAt: old }] };
    const before = bundle(article(), [highlight('h1')]);
    const merged = mergeArticleBundle(
      'a1',
      before,
      { article: article(), highlights: [highlight('h1')] },
      remote,
      context(),
    );
    expect(merged.removed).toEqual([]);
  });

  it('merging is symmetric: both devices reach the same bundle from each other', () => {
    const onA = {
      article: article({ tags: ['读书', 'A'], updatedAt: 3000 }),
      highlights: [
        highlight('h1', { note: 'A', updatedAt: 3300 }),
        highlight('h3', { createdAt: 2500, updatedAt: 2500 }),
      ],
    };
    const onB = {
      article: article({ tags: ['B'], updatedAt: 3100 }),
      highlights: [highlight('h1'), highlight('h2', { color: 'blue', updatedAt: 3200 })],
    };
    // A syncs first: the server gets A's merge with the base.
    const afterA = mergeArticleBundle('a1', base, onA, base, context('device-a'));
    // Then B merges with it, and A takes B's result.
    const afterB = mergeArticleBundle('a1', base, onB, afterA, context('device-b'));
    const backOnA = mergeArticleBundle('a1', afterA, afterA as never, afterB, context('device-a'));
    expect(backOnA.v).toBe(afterB.v);
    expect(afterB.article?.tags).toEqual(['B', 'A']);
    expect(afterB.highlights.map((h) => h.id)).toEqual(['h1', 'h3']);
    expect(afterB.removed.map((t) => t.id)).toEqual(['h2']);
  });
});

describe('site rules', () => {
  const rule = (name: string, content: string) => ({ name, match: [`https://${name}/*`], content });
  it('merge by name three ways: additions from both, a deletion on one side, a change on the other', () => {
    const base = mergeSiteRules(undefined, [rule('a.com', '.post'), rule('b.com', '.story')], undefined);
    const local = [rule('a.com', '.article'), rule('c.com', '.c')];
    const remote = mergeSiteRules(base, [rule('a.com', '.post'), rule('b.com', '.story'), rule('d.com', '.d')], base);
    expect(mergeSiteRules(base, local, remote).rules).toEqual([
      rule('a.com', '.article'),
      rule('c.com', '.c'),
      rule('d.com', '.d'),
    ]);
  });
});

describe('records brought back after a deletion was synced', () => {
  it('an article restored from a backup on a device that had applied its tombstone stays, with its old dates', () => {
    const tombstone: ArticleBundle = {
      kind: 'article',
      id: 'a1',
      v: 'x5000',
      deletedAt: 5000,
      highlights: [],
      removed: [],
    };
    const restored = { article: article({ updatedAt: 1000 }), highlights: [highlight('h1')] };
    const merged = mergeArticleBundle('a1', tombstone, restored, tombstone, context());
    expect(merged.article?.id).toBe('a1');
    expect(merged.highlights.map((h) => h.id)).toEqual(['h1']);
    // A device that never saw the deletion through this sync still loses to a newer tombstone.
    expect(mergeArticleBundle('a1', undefined, restored, tombstone, context()).article).toBeUndefined();
  });

  it('a highlight restored after its tombstone was synced here stays', () => {
    const before = { ...bundle(article(), [highlight('h1')]), removed: [{ id: 'h2', deletedAt: 5000 }] };
    const merged = mergeArticleBundle(
      'a1',
      before,
      { article: article(), highlights: [highlight('h1'), highlight('h2')] },
      before,
      context(),
    );
    expect(merged.highlights.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(merged.removed).toEqual([]);
  });
});
