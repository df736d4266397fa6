import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_VERSION, buildBackup, toWebAnnotations, validateBackup } from '../../utils/backup';
import { createFolioDb, createHighlight, exportAll, importBackup, saveArticleContent } from '../../utils/db';

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

describe('backup and restore', () => {
  it('backup → wipe → restore gives an identical database', async () => {
    const db = await filledDb();
    const before = await exportAll(db);
    const text = JSON.stringify(buildBackup(before.articles, before.highlights));
    const fresh = openDb();
    const check = validateBackup(text);
    if (!check.ok) throw new Error(check.errors.join('\n'));
    await importBackup(fresh, check.backup);
    const after = await exportAll(fresh);
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after.articles)).toEqual(byId(before.articles));
    expect(byId(after.highlights)).toEqual(byId(before.highlights));
  });

  it('importing the same file twice creates no duplicates', async () => {
    const db = await filledDb();
    const { articles, highlights } = await exportAll(db);
    const check = validateBackup(JSON.stringify(buildBackup(articles, highlights)));
    if (!check.ok) throw new Error('invalid');
    const target = openDb();
    await importBackup(target, check.backup);
    await importBackup(target, check.backup);
    expect(await target.articles.count()).toBe(2);
    expect(await target.highlights.count()).toBe(2);
  });

  it('merges an article already stored under another id, moving its highlights with it', async () => {
    const db = await filledDb();
    const { articles, highlights } = await exportAll(db);
    const target = openDb();
    await saveArticleContent(target, { url: 'https://example.com/b', title: 'Mine', html: '<p>x</p>', text: 'x' });
    const check = validateBackup(JSON.stringify(buildBackup(articles, highlights)));
    if (!check.ok) throw new Error('invalid');
    await importBackup(target, check.backup);
    const stored = await target.articles.where('url').equals('https://example.com/b').toArray();
    expect(stored).toHaveLength(1);
    expect(
      await target.highlights
        .where('articleId')
        .equals((stored[0] as { id: string }).id)
        .count(),
    ).toBe(1);
  });
});

describe('bad backup files change nothing and say what is wrong', () => {
  const valid = async () => {
    const { articles, highlights } = await exportAll(await filledDb());
    return buildBackup(articles, highlights);
  };
  const cases: [string, (b: ReturnType<typeof buildBackup>) => string, RegExp][] = [
    ['truncated', (b) => JSON.stringify(b).slice(0, 200), /not a complete JSON file/],
    ['not a backup', () => JSON.stringify({ hello: 'world' }), /not a Folio backup/],
    ['a newer version', (b) => JSON.stringify({ ...b, version: BACKUP_VERSION + 1 }), /newer Folio/],
    [
      'a wrong type',
      (b) => JSON.stringify({ ...b, articles: [{ ...b.articles[0], createdAt: 'yesterday' }, ...b.articles.slice(1)] }),
      /Article 1: "createdAt"/,
    ],
    [
      'a duplicate id',
      (b) => JSON.stringify({ ...b, highlights: [b.highlights[0], b.highlights[0]] }),
      /Highlight 2: the id .* appears twice/,
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
    [
      'oversized',
      (b) => JSON.stringify({ ...b, articles: Array.from({ length: 200_001 }, () => b.articles[0]) }),
      /Too many articles/,
    ],
  ];
  it.each(cases)('%s', async (_name, corrupt, message) => {
    const text = corrupt(await valid());
    const check = validateBackup(text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.join('\n')).toMatch(message);
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

describe('the import service', () => {
  it('writes nothing when the file is bad, and reports why', async () => {
    const { FolioService } = await import('../../utils/services/folio-service');
    const db = await filledDb();
    const before = await exportAll(db);
    const service = new FolioService(db);
    const result = await service.importBackup(
      '{"format":"folio-backup","version":1,"articles":[{"id":"x"}],"highlights":[]}',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^Article 1:/);
    expect(await exportAll(db)).toEqual(before);
  });
});
