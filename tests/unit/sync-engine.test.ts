// @vitest-environment node
// Node's own fetch and WebCrypto, against a real WebDAV server (rclone serve webdav).

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type Clock,
  createFolioDb,
  createHighlight,
  deleteArticle,
  deleteHighlight,
  type FolioDb,
  saveArticleContent,
  setArticleTags,
  updateHighlight,
  upsertArticle,
} from '../../utils/db';
import type { SiteRule } from '../../utils/extract/types';
import { mergeReadingPositions, type ReadingPosition } from '../../utils/reading-position/positions';
import { type SyncEngineDeps, syncLibrary } from '../../utils/sync/engine';
import { isSyncError } from '../../utils/sync/errors';
import { DavClient } from '../../utils/sync/webdav';
import { type FaultProxy, startFaultProxy, startWebDav, type WebDavServer } from '../support/webdav-server';

let server: WebDavServer;
let proxy: FaultProxy;
beforeAll(async () => {
  server = await startWebDav();
  proxy = await startFaultProxy(server.url);
});
afterAll(async () => {
  await proxy.stop();
  await server.stop();
});

let folderCount = 0;
let dbCount = 0;
const opened: FolioDb[] = [];
afterEach(async () => {
  proxy.clear();
  for (const db of opened.splice(0)) await db.delete();
});

let time = 1_800_000_000_000;
const clock: Clock = { now: () => ++time, uuid: () => crypto.randomUUID() };

interface Device {
  db: FolioDb;
  rules: SiteRule[];
  /** Where the reader stopped on each page (storage.local in Folio). */
  places: Record<string, ReadingPosition>;
  sync(): ReturnType<typeof syncLibrary>;
}

function device(
  name: string,
  folder: string,
  options: { passphrase?: string; viaProxy?: boolean; timeoutMs?: number; fetch?: typeof fetch } = {},
): Device {
  const db = createFolioDb(`sync-${name}-${++dbCount}`);
  opened.push(db);
  const state: Device = {
    db,
    rules: [],
    places: {},
    sync: () => syncLibrary(deps),
  };
  const base = options.viaProxy === false ? server.url : proxy.url;
  const folderUrl = new URL(`${folder}/`, base).href;
  const deps: SyncEngineDeps = {
    db,
    dav: new DavClient({
      folder: folderUrl,
      user: server.user,
      password: server.password,
      timeoutMs: options.timeoutMs ?? 5000,
      fetch: options.fetch,
    }),
    folder: folderUrl,
    device: name,
    passphrase: options.passphrase,
    now: () => ++time,
    conflictLabel: (loser) => `[Conflict copy from ${loser.device}]`,
    siteRules: {
      load: async () => state.rules,
      save: async (rules) => {
        state.rules = rules;
      },
    },
    readingPlaces: {
      load: async () => state.places,
      mergeIn: async (places) => {
        state.places = mergeReadingPositions(state.places, places);
      },
    },
  };
  return state;
}

const newFolder = () => `library-${++folderCount}`;

async function addHighlight(db: FolioDb, url: string, exact: string, note = '') {
  return createHighlight(
    db,
    { url, title: `Title of ${url}` },
    {
      target: { selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
      color: 'yellow',
      note,
      tags: [],
    },
    clock,
  );
}

async function library(db: FolioDb) {
  const articles = (await db.articles.toArray()).map((a) => `${a.url} [${a.tags.join(',')}]`).sort();
  const highlights = (await db.highlights.toArray())
    .map(
      (h) =>
        `${h.target.selector[0]?.type === 'TextQuoteSelector' ? h.target.selector[0].exact : ''}|${h.color}|${h.note}|${h.tags.join(',')}`,
    )
    .sort();
  return { articles, highlights };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

interface OrderRule {
  method: string;
  /** Part of the URL. */
  path: string;
  /** Which matching request the rule is for (1 = the first; default: every one). */
  nth?: number;
  /** The request is sent only once this settles. */
  waitFor?: Promise<void>;
  /** Called once the answer has come. */
  onAnswer?: () => void;
}

/** A fetch that holds some requests until others have been answered: a chosen interleaving. */
function orderedFetch(rules: OrderRule[]): typeof fetch {
  const seen = new Map<OrderRule, number>();
  return async (input, init) => {
    const url = String(input);
    const matching = rules.filter((rule) => {
      if (rule.method !== init?.method || !url.includes(rule.path)) return false;
      const count = (seen.get(rule) ?? 0) + 1;
      seen.set(rule, count);
      return rule.nth === undefined || rule.nth === count;
    });
    for (const rule of matching) await rule.waitFor;
    const response = await fetch(input, init);
    for (const rule of matching) rule.onAnswer?.();
    return response;
  };
}

function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** A record id whose file name (SHA-256, unencrypted) falls in the given shard ("3f"). */
function idInShard(shard: string, tag: string): string {
  for (let n = 0; ; n++) {
    const id = `${tag}-${n}`;
    if (createHash('sha256').update(id).digest('hex').startsWith(shard)) return id;
  }
}

/** A clock whose next id is the one given. */
const withId = (id: string): Clock => ({ now: () => ++time, uuid: () => id });

const ALL_THREE = ['https://example.com/a []', 'https://example.com/b []', 'https://example.com/first []'];

/**
 * After a race that hid A's new record: B's next sync does not find it; A's next sync (the
 * controller's follow-up) sees it missing from the index and puts it back, and B then has it.
 */
async function expectMendedByWritersNextSync(a: Device, b: Device) {
  await b.sync();
  expect((await library(b.db)).articles).not.toContain('https://example.com/a []');
  await a.sync();
  await b.sync();
  for (const d of [a, b]) expect((await library(d.db)).articles).toEqual(ALL_THREE);
}

/**
 * Two devices on one folder, in sync with one record, then each with a new record of its own
 * (A's in shard "5a", B's in `shardOfB`), not synced yet; each device's requests go through
 * rules a test adds (orderedFetch).
 */
async function twoDevicesWithNewRecords(shardOfB: string) {
  const folder = newFolder();
  const rulesA: OrderRule[] = [];
  const rulesB: OrderRule[] = [];
  const a = device('device-a', folder, { fetch: orderedFetch(rulesA) });
  const b = device('device-b', folder, { fetch: orderedFetch(rulesB) });
  await addHighlight(a.db, 'https://example.com/first', 'first');
  await a.sync();
  await b.sync();
  await upsertArticle(a.db, { url: 'https://example.com/a', title: 'A' }, withId(idInShard('5a', 'a')));
  await upsertArticle(b.db, { url: 'https://example.com/b', title: 'B' }, withId(idInShard(shardOfB, 'b')));
  return { a, b, rulesA, rulesB };
}

describe('sync through a real WebDAV server', () => {
  it('two devices share one library both ways: create, edit, tag, delete, saved copies, site rules', async () => {
    const folder = newFolder();
    const a = device('device-a', folder);
    const b = device('device-b', folder);
    const first = await addHighlight(a.db, 'https://example.com/one', '读书之法，在循序而渐进', 'A 的批注');
    await addHighlight(a.db, 'https://example.com/two', 'the second article');
    await saveArticleContent(
      a.db,
      { url: 'https://example.com/one', title: 'One', html: '<p>读书之法</p>', text: '读书之法' },
      clock,
    );
    a.rules = [{ name: 'example.com', match: ['https://example.com/*'], content: '.post' }];
    expect((await a.sync()).pushed).toBe(3);

    await b.sync();
    expect(await library(b.db)).toEqual(await library(a.db));
    expect((await b.db.savedCopies.toArray()).map((c) => c.text)).toEqual(['读书之法']);
    expect(b.rules).toEqual(a.rules);

    // B edits, tags and deletes; A gets all of it.
    const onB = (await b.db.highlights.get(first.id)) as { id: string };
    await updateHighlight(b.db, onB.id, { color: 'green', tags: ['摘抄'] }, clock);
    const two = await b.db.articles.where('url').equals('https://example.com/two').first();
    await deleteArticle(b.db, two?.id as string);
    const one = await b.db.articles.where('url').equals('https://example.com/one').first();
    await setArticleTags(b.db, one?.id as string, ['读书方法'], clock);
    await b.sync();
    await a.sync();
    expect(await library(a.db)).toEqual({
      articles: ['https://example.com/one [读书方法]'],
      highlights: ['读书之法，在循序而渐进|green|A 的批注|摘抄'],
    });
    expect(await library(a.db)).toEqual(await library(b.db));

    // A deletes the highlight: B deletes it too (a tombstone, not a missing file).
    await deleteHighlight(a.db, first.id);
    await a.sync();
    await b.sync();
    expect((await library(b.db)).highlights).toEqual([]);
    expect((await library(b.db)).articles).toEqual(['https://example.com/one [读书方法]']);
  });

  /** Two devices of one folder, both holding a highlight made on A (with `note`) and synced. */
  async function sharedHighlight(url: string, note: string) {
    const folder = newFolder();
    const a = device('device-a', folder);
    const b = device('device-b', folder);
    const h = await addHighlight(a.db, url, 'a passage', note);
    await a.sync();
    await b.sync();
    return { a, b, h };
  }

  it('a note edited on both devices before either synced keeps both texts', async () => {
    const { a, b, h } = await sharedHighlight('https://example.com/note', 'first');
    await updateHighlight(a.db, h.id, { note: 'first, as A sees it' }, clock);
    await updateHighlight(b.db, h.id, { note: 'first, as B sees it' }, clock);
    await a.sync();
    await b.sync();
    await a.sync();
    const noteOnA = (await a.db.highlights.get(h.id))?.note;
    expect(noteOnA).toBe('first, as B sees it\n\n[Conflict copy from device-a]\nfirst, as A sees it');
    expect((await b.db.highlights.get(h.id))?.note).toBe(noteOnA);
    // Nothing more to do: a second sync on each moves no record.
    expect((await a.sync()).pushed + (await b.sync()).pushed).toBe(0);
  });

  it('the same page saved on two devices before they synced becomes one article with both highlights', async () => {
    const folder = newFolder();
    const a = device('device-a', folder);
    const b = device('device-b', folder);
    await addHighlight(a.db, 'https://example.com/same', 'from A');
    await addHighlight(b.db, 'https://example.com/same', 'from B');
    await a.sync();
    await b.sync();
    await a.sync();
    for (const d of [a, b]) {
      expect(await d.db.articles.count()).toBe(1);
      expect((await library(d.db)).highlights).toEqual(['from A|yellow||', 'from B|yellow||']);
    }
  });

  it('an unchanged library costs one conditional request; ten changed highlights move a few small files', async () => {
    const folder = newFolder();
    const a = device('device-a', folder);
    for (let i = 0; i < 30; i++) await addHighlight(a.db, `https://example.com/${i % 10}`, `passage ${i}`);
    await a.sync();
    // The first sync after a write reads the manifest it wrote once, for its ETag.
    await a.sync();
    proxy.log.length = 0;
    await a.sync();
    expect(proxy.log, proxy.log.join('\n')).toEqual([
      expect.stringMatching(/^GET \/library-\d+\/folio-sync\.json 304$/),
    ]);
    const all = await a.db.highlights.toArray();
    for (const h of all.slice(0, 2)) await updateHighlight(a.db, h.id, { note: 'changed' }, clock);
    proxy.log.length = 0;
    expect((await a.sync()).pushed).toBeLessThanOrEqual(2);
    expect(proxy.log.filter((l) => l.startsWith('PUT')).length).toBeLessThanOrEqual(2 * 2 + 1);
  });

  it("reading places: each article's newer place reaches every device; pages never saved stay on theirs", async () => {
    const folder = newFolder();
    const a = device('device-a', folder);
    const b = device('device-b', folder);
    const saved = 'https://example.com/saved';
    const unsaved = 'https://example.com/read-but-not-saved';
    await addHighlight(a.db, saved, 'a passage');
    a.places = { [saved]: { fraction: 0.4, savedAt: 1000 }, [unsaved]: { fraction: 0.7, savedAt: 1001 } };
    await a.sync();
    // The server learns no address it did not hold: the unsaved page is in no file.
    for (const file of filesUnder(join(server.dir, folder))) {
      expect(readFileSync(file, 'utf8'), file).not.toContain('read-but-not-saved');
    }
    await b.sync();
    expect(b.places).toEqual({ [saved]: { fraction: 0.4, savedAt: 1000 } });

    // Both read on before syncing: B later and further. A's older place does not win on either.
    a.places = { ...a.places, [saved]: { fraction: 0.5, savedAt: 2000 } };
    b.places = { ...b.places, [saved]: { fraction: 0.85, savedAt: 3000 } };
    await a.sync();
    await b.sync();
    await a.sync();
    expect(a.places[saved]).toEqual({ fraction: 0.85, savedAt: 3000 });
    expect(b.places[saved]).toEqual({ fraction: 0.85, savedAt: 3000 });
    expect(a.places[unsaved]).toEqual({ fraction: 0.7, savedAt: 1001 });

    // In step, a sync costs the one conditional request: the places file is not read again.
    await b.sync();
    proxy.log.length = 0;
    await b.sync();
    expect(proxy.log, proxy.log.join('\n')).toEqual([expect.stringMatching(/folio-sync\.json 304$/)]);

    // The article deleted: its place leaves the server, and stays on the device that read it.
    const article = await a.db.articles.where('url').equals(saved).first();
    await deleteArticle(a.db, article?.id as string);
    await a.sync();
    const placesFile = filesUnder(join(server.dir, folder)).find((f) => f.endsWith('reading-places.json'));
    expect(JSON.parse(readFileSync(placesFile as string, 'utf8'))).toEqual({});
    await b.sync();
    expect(b.places[saved]).toEqual({ fraction: 0.85, savedAt: 3000 });
  });

  it('a damaged reading places file does not stop the sync, and is written again whole', async () => {
    const folder = newFolder();
    const a = device('device-a', folder);
    const url = 'https://example.com/long-read';
    await addHighlight(a.db, url, 'a passage');
    a.places = { [url]: { fraction: 0.3, savedAt: 1000 } };
    await a.sync();
    // Damaged through the server (as another program would; rclone keeps its own idea of the
    // files in its folder, so writing the folder behind its back is not what a user meets).
    const dav = new DavClient({
      folder: new URL(`${folder}/`, server.url).href,
      user: server.user,
      password: server.password,
    });
    const damaged = '{"javascript:alert(1)": {"fraction": 0.5, "savedAt": 1}, "trunc';
    await dav.putAtomic('reading-places.json', new TextEncoder().encode(damaged), 'application/json');
    const placesFile = join(server.dir, folder, 'reading-places.json');

    // A new device reads the damaged file as no places: its library arrives all the same.
    const b = device('device-b', folder);
    await b.sync();
    expect(await library(b.db)).toEqual(await library(a.db));
    expect(b.places).toEqual({});
    expect(() => JSON.parse(readFileSync(placesFile, 'utf8'))).not.toThrow();
    // A, seeing the file changed, shares its places again; B then has them.
    await a.sync();
    await b.sync();
    expect(b.places).toEqual({ [url]: { fraction: 0.3, savedAt: 1000 } });
  });

  it('end-to-end encryption: the server holds no quote, note or URL, and a wrong passphrase changes nothing', async () => {
    const folder = newFolder();
    const a = device('device-a', folder, { passphrase: 'correct horse battery staple' });
    await addHighlight(a.db, 'https://secret.example.org/diary', '只给自己看的句子', 'private note');
    a.places = { 'https://secret.example.org/diary': { fraction: 0.6, savedAt: 1000 } };
    await saveArticleContent(
      a.db,
      { url: 'https://secret.example.org/diary', title: 'Diary', html: '<p>全文</p>', text: '全文秘密' },
      clock,
    );
    await a.sync();
    const files = filesUnder(join(server.dir, folder));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = readFileSync(file).toString('utf8');
      for (const secret of ['只给自己看的句子', 'private note', 'secret.example.org', '全文秘密', 'Diary']) {
        expect(text, file).not.toContain(secret);
      }
    }
    // Names are opaque: no article id appears in any file name.
    const ids = (await a.db.articles.toArray()).map((x) => x.id);
    expect(files.some((f) => ids.some((id) => f.includes(id)))).toBe(false);

    const wrong = device('device-b', folder, { passphrase: 'wrong passphrase' });
    await addHighlight(wrong.db, 'https://example.com/mine', 'mine');
    const before = filesUnder(join(server.dir, folder)).map((f) => [f, statSync(f).mtimeMs]);
    const error = await wrong.sync().catch((e) => e);
    expect(isSyncError(error, 'passphrase')).toBe(true);
    expect(filesUnder(join(server.dir, folder)).map((f) => [f, statSync(f).mtimeMs])).toEqual(before);
    expect(await wrong.db.highlights.count()).toBe(1);

    const none = device('device-c', folder);
    expect(isSyncError(await none.sync().catch((e) => e), 'needs-passphrase')).toBe(true);

    const right = device('device-d', folder, { passphrase: 'correct horse battery staple' });
    await right.sync();
    expect(await library(right.db)).toEqual(await library(a.db));
    expect((await right.db.savedCopies.toArray())[0]?.text).toBe('全文秘密');
    expect(right.places).toEqual(a.places);
  });

  it('faults: server down, a timeout, 507, 401 mid-sync lose nothing, and the next sync finishes without duplicates', async () => {
    const folder = newFolder();
    const a = device('device-a', folder, { timeoutMs: 800 });
    const b = device('device-b', folder);
    for (let i = 0; i < 12; i++) await addHighlight(a.db, `https://example.com/f${i}`, `passage ${i}`);

    proxy.fail({ method: 'PUT', path: 'records/', answer: 503, after: 4, times: Number.POSITIVE_INFINITY });
    expect(isSyncError(await a.sync().catch((e) => e), 'server')).toBe(true);
    proxy.clear();
    proxy.fail({ method: 'MOVE', answer: 'hang', after: 2 });
    const timedOut = await a.sync().catch((e) => e);
    expect(isSyncError(timedOut, 'timeout'), JSON.stringify(timedOut) + proxy.log.slice(-30).join('\n')).toBe(true);
    proxy.clear();
    proxy.fail({ method: 'PUT', answer: 507, after: 3 });
    const full = await a.sync().catch((e) => e);
    expect(isSyncError(full, 'full')).toBe(true);
    proxy.clear();
    proxy.fail({ method: 'GET', answer: 401 });
    expect(isSyncError(await a.sync().catch((e) => e), 'auth')).toBe(true);
    proxy.clear();
    expect(await a.db.highlights.count()).toBe(12);

    await a.sync();
    await b.sync();
    expect(await library(b.db)).toEqual(await library(a.db));
    // One record file per article, no temporary file left behind by the interrupted uploads.
    const records = filesUnder(join(server.dir, folder, 'records'));
    expect(records.filter((f) => f.endsWith('.json'))).toHaveLength(12);
    // Each sync after the first, cut short before any manifest was written, waits 1.5 s to be
    // sure the manifest is missing (readManifestUnlessMissing).
  }, 20_000);

  it('412 or 409 from the server, or another device writing meanwhile: read again, merge, retry', async () => {
    const folder = newFolder();
    const a = device('device-a', folder);
    const b = device('device-b', folder);
    await addHighlight(a.db, 'https://example.com/x', 'x');
    await addHighlight(b.db, 'https://example.com/y', 'y');
    await a.sync();
    proxy.fail({ method: 'MOVE', path: 'folio-sync.json', answer: 412 });
    const report = await b.sync();
    expect(report.rounds).toBe(2);
    await a.sync();
    expect(await library(a.db)).toEqual(await library(b.db));
    expect((await library(a.db)).highlights).toHaveLength(2);
  });

  it('a manifest gone for a moment (another device replacing it) does not start the library afresh', async () => {
    const folder = newFolder();
    const a = device('device-a', folder, { passphrase: 'one passphrase' });
    const b = device('device-b', folder, { passphrase: 'one passphrase' });
    await addHighlight(a.db, 'https://example.com/a', 'from a');
    await a.sync();
    await addHighlight(b.db, 'https://example.com/b', 'from b');
    await b.sync();
    const manifestFile = join(server.dir, folder, 'folio-sync.json');
    const salt = JSON.parse(readFileSync(manifestFile, 'utf8')).encryption.salt;
    // A MOVE over the manifest is a DELETE then a rename on rclone's and Nextcloud's servers: a
    // read between the two finds nothing, twice here.
    proxy.fail({ method: 'GET', path: 'folio-sync.json', answer: 404, times: 2 });
    const report = await a.sync();
    expect(report).toMatchObject({ pushed: 0, pulled: 1 });
    expect(JSON.parse(readFileSync(manifestFile, 'utf8')).encryption.salt).toBe(salt);
    expect(await library(a.db)).toEqual(await library(b.db));
  }, 20_000);

  /** Two devices sharing a highlight whose note B has revised and synced, A not yet. */
  async function noteRevisedOnB() {
    const { a, b, h } = await sharedHighlight('https://example.com/a', 'first note');
    await updateHighlight(b.db, h.id, { note: 'revised on B' }, clock);
    await b.sync();
    return { a, b };
  }

  it('a record file gone for a moment (another device replacing it) is not written over with an older version', async () => {
    const { a, b } = await noteRevisedOnB();
    // A reads B's new record just as B writes it again (a DELETE then a rename on the server).
    proxy.fail({ method: 'GET', path: 'records/', answer: 404, times: 1 });
    await a.sync();
    await b.sync();
    for (const d of [a, b]) expect((await library(d.db)).highlights).toEqual(['a passage|yellow|revised on B|']);
  });

  it('a saved copy gone for a moment is taken at the next sync', async () => {
    const folder = newFolder();
    const a = device('device-a', folder);
    const b = device('device-b', folder);
    const page = { url: 'https://example.com/essay', title: 'An essay' };
    await saveArticleContent(a.db, { ...page, html: '<p>First version</p>', text: 'First version' }, clock);
    await a.sync();
    await b.sync();
    await saveArticleContent(a.db, { ...page, html: '<p>Second version</p>', text: 'Second version' }, clock);
    await a.sync();
    proxy.fail({ method: 'GET', path: 'copies/', answer: 404, times: 1 });
    await b.sync();
    await b.sync();
    expect((await b.db.savedCopies.toArray()).map((c) => c.text)).toEqual(['Second version']);
    await a.sync();
    expect((await a.db.savedCopies.toArray()).map((c) => c.text)).toEqual(['Second version']);
  });

  it('a shard gone for a moment loses nothing: what it lists comes at the next sync, and what is new is kept', async () => {
    const { a, b } = await noteRevisedOnB();
    await addHighlight(a.db, 'https://example.com/b', 'another passage', 'new on A');
    // A reads the shard B rewrote just as B writes it again (a DELETE then a rename on the server).
    proxy.fail({ method: 'GET', path: 'shards/', answer: 404, times: 1 });
    await a.sync();
    expect(proxy.log.some((line) => /^GET \S*shards\/\S* 404$/.test(line))).toBe(true);
    await a.sync();
    await b.sync();
    const both = ['a passage|yellow|revised on B|', 'another passage|yellow|new on A|'];
    for (const d of [a, b]) expect((await library(d.db)).highlights.sort()).toEqual(both);
  });

  it('two devices writing the same shard at once: the one written over puts its record back at its next sync', async () => {
    // New records on each device whose files share shard "5a".
    const { a, b, rulesA, rulesB } = await twoDevicesWithNewRecords('5a');
    // Each device reads a shard again just before writing it, keeping what another wrote; what
    // is left is A writing between B's read and B's write. Then A writes the manifest, B sees it,
    // and writes one for the shard as B wrote it: A's record is in no index.
    const bRead = signal();
    const aShard = signal();
    const aManifest = signal();
    rulesA.push(
      { method: 'MOVE', path: '/shards/5a', waitFor: bRead.promise, onAnswer: aShard.resolve },
      { method: 'MOVE', path: '/folio-sync.json', onAnswer: aManifest.resolve },
    );
    rulesB.push(
      { method: 'GET', path: '/shards/5a', onAnswer: bRead.resolve },
      { method: 'MOVE', path: '/shards/5a', waitFor: aShard.promise },
      // B's second read of the manifest is its check before writing one.
      { method: 'GET', path: '/folio-sync.json', nth: 2, waitFor: aManifest.promise },
    );
    await Promise.all([a.sync(), b.sync()]);
    await expectMendedByWritersNextSync(a, b);
  });

  it('two devices writing one shard moments apart: the second keeps what the first wrote', async () => {
    const { a, b, rulesB } = await twoDevicesWithNewRecords('5a');
    // B has read the manifest and the shards before A syncs, and writes its record after A.
    const aDone = signal();
    rulesB.push({ method: 'PUT', path: '/records/', waitFor: aDone.promise });
    const syncB = b.sync();
    await a.sync();
    aDone.resolve();
    await syncB;
    // No follow-up needed: the shard B wrote lists A's record too, so B's next sync brings it.
    await b.sync();
    expect((await library(b.db)).articles).toEqual(ALL_THREE);
  });

  it('two devices writing their manifests at once: the one written over puts its shard back at its next sync', async () => {
    // In different shards ("5a", "b7"): this is the manifest's race, not the shard's.
    const { a, b, rulesA, rulesB } = await twoDevicesWithNewRecords('b7');
    // Both check the manifest before either writes one; B's, written last, lists A's shard as it
    // was before. B's cache agrees with that, so B's later syncs never read A's new shard.
    const aChecked = signal();
    const bChecked = signal();
    const aWrote = signal();
    rulesA.push(
      { method: 'GET', path: '/folio-sync.json', nth: 2, onAnswer: aChecked.resolve },
      { method: 'MOVE', path: '/folio-sync.json', waitFor: bChecked.promise, onAnswer: aWrote.resolve },
    );
    rulesB.push(
      { method: 'GET', path: '/folio-sync.json', nth: 2, waitFor: aChecked.promise, onAnswer: bChecked.resolve },
      { method: 'MOVE', path: '/folio-sync.json', waitFor: aWrote.promise },
    );
    await Promise.all([a.sync(), b.sync()]);
    await expectMendedByWritersNextSync(a, b);
  });

  it('tombstones are purged from the server after 90 days', async () => {
    const folder = newFolder();
    const a = device('device-a', folder);
    const b = device('device-b', folder);
    const h = await addHighlight(a.db, 'https://example.com/gone', 'soon gone');
    await a.sync();
    await b.sync();
    await deleteArticle(a.db, h.articleId);
    await a.sync();
    await b.sync();
    expect(await b.db.articles.count()).toBe(0);
    expect(filesUnder(join(server.dir, folder, 'records'))).toHaveLength(1); // the tombstone
    time += 91 * 24 * 60 * 60 * 1000;
    await a.sync();
    expect(filesUnder(join(server.dir, folder, 'records'))).toHaveLength(0);
    await b.sync();
    expect(await b.db.articles.count()).toBe(0);
    // The other device forgets it too, rather than writing the tombstone again.
    expect(filesUnder(join(server.dir, folder, 'records'))).toHaveLength(0);
    expect(await b.db.syncBase.count()).toBe(0);
  });

  it('a folder that does not exist yet is created', async () => {
    const folder = `${newFolder()}/nested/deeper`;
    const a = device('device-a', folder);
    await addHighlight(a.db, 'https://example.com/z', 'z');
    // A MKCOL whose parent is missing answers 409: each missing level is made.
    expect((await a.sync()).pushed).toBe(1);
    expect(filesUnder(join(server.dir, folder, 'records'))).toHaveLength(1);
  });
});
