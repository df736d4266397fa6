import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_VERSION, buildBackup, toWebAnnotations, validateBackup } from '../../utils/backup';
import {
  applyRestore,
  createFolioDb,
  createHighlight,
  exportAll,
  getArticleById,
  planRestore,
  saveArticleContent,
  updateHighlight,
} from '../../utils/db';

let n = 0;
const dbs: ReturnType<typeof createFolioDb>[] = [];
function openDb() {
  const db = createFolioDb(`folio-backup-test-${++n}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const quote = (exact: string, start: number) => ({
  selector: [
    { type: 'TextQuoteSelector' as const, exact, prefix: 'pre', suffix: 'suf' },
    { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  ],
});

async function filledDb() {
  const db = openDb();
  await saveArticleContent(db, {
    url: 'https://fanwen.example/a.html',
    title: '关于读书 "引号" #标签',
    siteName: '范文天地',
    standfirst: '谈谈读书的方法。',
    html: '<p>读书是一个人精神成长的重要途径。</p>',
    text: '读书是一个人精神成长的重要途径。',
  });
  const article = { url: 'https://example.com/b', title: 'Slow reading' };
  await createHighlight(db, article, {
    target: quote('Slow reading', 0),
    color: 'blue',
    note: '<b>note</b>',
    tags: ['📚', 'slow reading'],
  });
  await createHighlight(
    db,
    { url: 'https://fanwen.example/a.html', title: '关于读书' },
    { target: quote('读书', 0), color: 'yellow', note: '', tags: [] },
  );
  return db;
}

/** The backup of `db`, as a file would hold it, checked as restore checks it. */
async function backupOf(
  db: ReturnType<typeof createFolioDb>,
  edit: (b: ReturnType<typeof buildBackup>) => unknown = (b) => b,
) {
  const { articles, highlights } = await exportAll(db);
  const check = validateBackup(JSON.stringify(edit(buildBackup(articles, highlights))));
  if (!check.ok) throw new Error(check.errors.join('\n'));
  return check;
}
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('backup and restore', () => {
  it('backup → wipe → restore gives back every record equal', async () => {
    const db = await filledDb();
    const before = await exportAll(db);
    const { backup, rejected } = await backupOf(db);
    const fresh = openDb();
    expect(await planRestore(fresh, backup, rejected)).toEqual({
      added: { articles: 2, highlights: 2 },
      updated: { articles: 0, highlights: 0 },
      kept: { articles: 0, highlights: 0 },
      images: 0,
      rejected: [],
    });
    await applyRestore(fresh, backup, rejected);
    const after = await exportAll(fresh);
    expect(byId(after.articles)).toEqual(byId(before.articles));
    expect(byId(after.highlights)).toEqual(byId(before.highlights));
  });

  it('restoring the same file twice keeps everything once, and says so', async () => {
    const { backup } = await backupOf(await filledDb());
    const target = openDb();
    await applyRestore(target, backup);
    const second = await applyRestore(target, backup);
    expect(second.kept).toEqual({ articles: 2, highlights: 2 });
    expect(second.added).toEqual({ articles: 0, highlights: 0 });
    expect(await target.articles.count()).toBe(2);
    expect(await target.highlights.count()).toBe(2);
  });

  it('an older backup never undoes newer work; a newer one updates, record by record', async () => {
    const db = await filledDb();
    const old = await backupOf(db);
    const [blue] = (await db.highlights.toArray()).filter((h) => h.color === 'blue');
    await updateHighlight(db, blue?.id as string, { note: 'written after the backup' });
    const plan = await planRestore(db, old.backup);
    expect(plan.kept).toEqual({ articles: 2, highlights: 2 });
    await applyRestore(db, old.backup);
    expect((await db.highlights.get(blue?.id as string))?.note).toBe('written after the backup');

    // The other way: the backup holds the newer note.
    const newer = await backupOf(db);
    const target = openDb();
    await applyRestore(target, old.backup);
    const summary = await applyRestore(target, newer.backup);
    expect(summary.updated.highlights).toBe(1);
    expect((await target.highlights.get(blue?.id as string))?.note).toBe('written after the backup');
  });

  it('merges an article already stored under another id (by its URL), moving its highlights with it', async () => {
    const { backup } = await backupOf(await filledDb());
    const target = openDb();
    await saveArticleContent(target, { url: 'https://example.com/b', title: 'Mine', html: '<p>x</p>', text: 'x' });
    await applyRestore(target, backup);
    const stored = await target.articles.where('url').equals('https://example.com/b').toArray();
    expect(stored).toHaveLength(1);
    expect(
      await target.highlights
        .where('articleId')
        .equals((stored[0] as { id: string }).id)
        .count(),
    ).toBe(1);
  });

  it('an article whose id is taken by another page comes in beside it, never replacing it or its saved copy', async () => {
    const db = openDb();
    await saveArticleContent(db, {
      url: 'https://fanwen.example/a.html',
      title: '关于读书',
      html: '<p>读书是一个人精神成长的重要途径。</p>',
      text: '读书是一个人精神成长的重要途径。',
    });
    const mine = (await db.articles.toArray())[0] as { id: string };
    const { backup } = await backupOf(await filledDb(), (b) => ({
      ...b,
      articles: b.articles.map((a) => (a.url === 'https://example.com/b' ? { ...a, id: mine.id } : a)),
      highlights: b.highlights.map((h) =>
        h.url === 'https://example.com/b' ? { ...h, articleId: mine.id } : { ...h, articleId: 'gone' },
      ),
    }));
    await applyRestore(db, backup);
    const kept = await getArticleById(db, mine.id);
    expect(kept?.url).toBe('https://fanwen.example/a.html');
    expect(kept?.savedContent?.text).toBe('读书是一个人精神成长的重要途径。');
    const other = await db.articles.where('url').equals('https://example.com/b').first();
    expect(other?.id).not.toBe(mine.id);
    expect(
      await db.highlights
        .where('articleId')
        .equals(other?.id as string)
        .count(),
    ).toBe(1);
  });

  it('keeps only the fields Folio knows, and normalizes URLs', async () => {
    const { backup } = await backupOf(await filledDb(), (b) => ({
      ...b,
      articles: b.articles.map((a) => ({ ...a, url: `${a.url}?utm_source=x#top`, constructor: 'x', isAdmin: true })),
      highlights: b.highlights.map((h) => ({ ...h, url: `${h.url}?utm_source=x`, prototype: {}, extra: 1 })),
    }));
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, "id": "x"}`);
    expect(Object.keys(hostile)).toContain('__proto__');
    const target = openDb();
    await applyRestore(target, backup);
    for (const article of await target.articles.toArray()) {
      expect(Object.keys(article).sort()).toEqual(
        [
          'createdAt',
          'id',
          'tags',
          'title',
          'updatedAt',
          'url',
          ...Object.keys(article).filter((k) => ['savedAt', 'siteName', 'standfirst'].includes(k)),
        ].sort(),
      );
      expect(article.url).not.toContain('utm_source');
    }
    for (const h of await target.highlights.toArray()) {
      expect(Object.keys(h).sort()).toEqual([
        'articleId',
        'color',
        'createdAt',
        'id',
        'note',
        'tags',
        'target',
        'updatedAt',
        'url',
      ]);
      expect(h.url).not.toContain('utm_source');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves out each bad record with its reason and restores the rest', async () => {
    const check = await backupOf(await filledDb(), (b) => ({
      ...b,
      articles: [...b.articles, { id: 'bad', url: 'https://x.test/' }, { ['__proto__']: { polluted: true } }],
      highlights: [...b.highlights, { ...b.highlights[0], id: 'h-bad', color: 'red' }],
    }));
    expect(check.rejected.map((r) => `${r.item}: ${r.reason}`)).toEqual([
      'Article 3: "title" must be text; "tags" must be a list of tags; "createdAt" and "updatedAt" must be times.',
      'Article 4: "id" must be an id; "url" is missing or too long; "title" must be text; "tags" must be a list of tags; "createdAt" and "updatedAt" must be times.',
      'Highlight 3: "color" must be one of yellow, green, blue, pink, purple.',
    ]);
    const target = openDb();
    const summary = await applyRestore(target, check.backup, check.rejected);
    expect(summary.added).toEqual({ articles: 2, highlights: 2 });
    expect(summary.rejected).toHaveLength(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes all or nothing: a failure half way leaves the library as it was', async () => {
    const { backup } = await backupOf(await filledDb());
    const target = openDb();
    await target.open();
    const before = await exportAll(target);
    const failing = { ...backup, highlights: [...backup.highlights, { ...backup.highlights[0], id: undefined }] };
    await expect(applyRestore(target, failing as typeof backup)).rejects.toThrow();
    expect(await exportAll(target)).toEqual(before);
  });
});

describe('bad backup files change nothing and say what is wrong', () => {
  const valid = async () => {
    const { articles, highlights } = await exportAll(await filledDb());
    return buildBackup(articles, highlights);
  };
  const fileCases: [string, (b: ReturnType<typeof buildBackup>) => string, RegExp][] = [
    ['truncated', (b) => JSON.stringify(b).slice(0, 200), /not a complete JSON file/],
    ['not a backup', () => JSON.stringify({ hello: 'world' }), /not a Folio backup/],
    ['a newer version', (b) => JSON.stringify({ ...b, version: BACKUP_VERSION + 1 }), /newer Folio/],
    [
      'oversized',
      (b) => JSON.stringify({ ...b, articles: Array.from({ length: 200_001 }, () => b.articles[0]) }),
      /Too many articles/,
    ],
  ];
  it.each(fileCases)('%s: refused whole', async (_name, corrupt, message) => {
    const check = validateBackup(corrupt(await valid()));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.join('\n')).toMatch(message);
  });

  const recordCases: [string, (b: ReturnType<typeof buildBackup>) => string, RegExp][] = [
    [
      'a wrong type',
      (b) => JSON.stringify({ ...b, articles: [{ ...b.articles[0], createdAt: 'yesterday' }, ...b.articles.slice(1)] }),
      /Article 1 .*"createdAt"/,
    ],
    [
      'a duplicate id',
      (b) => JSON.stringify({ ...b, highlights: [b.highlights[0], b.highlights[0]] }),
      /Highlight 2: its id .* appears twice/,
    ],
    [
      'a dangling highlight',
      (b) => JSON.stringify({ ...b, articles: b.articles.slice(0, 1), highlights: b.highlights }),
      /is not in the file/,
    ],
    [
      'a hostile id',
      (b) => JSON.stringify({ ...b, highlights: [{ ...b.highlights[0], id: '<img src=x onerror=alert(1)>' }] }),
      /"id" must be an id/,
    ],
    [
      'a bad colour',
      (b) => JSON.stringify({ ...b, highlights: [{ ...b.highlights[0], color: 'red; background: url(x)' }] }),
      /"color" must be one of/,
    ],
  ];
  it.each(recordCases)('%s: that record left out, with the reason', async (_name, corrupt, message) => {
    const check = validateBackup(corrupt(await valid()));
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.rejected.map((r) => `${r.item}: ${r.reason}`).join('\n')).toMatch(message);
  });
});

describe('W3C Web Annotations', () => {
  it('exports each highlight with its selectors, note and tags', async () => {
    const { articles, highlights } = await exportAll(await filledDb());
    const doc = toWebAnnotations(articles, highlights);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const blue = doc.first.items.find((i) => i['folio:color'] === 'blue');
    expect(blue).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      target: { source: 'https://example.com/b' },
      body: [
        { type: 'TextualBody', value: '<b>note</b>', purpose: 'commenting' },
        { value: '📚', purpose: 'tagging' },
        { value: 'slow reading', purpose: 'tagging' },
      ],
    });
  });
});
