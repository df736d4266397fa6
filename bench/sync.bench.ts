/**
 * `npm run bench:sync`: Folio's sync engine (the same code the background runs; fake-indexeddb in
 * Node for the database) against a real local WebDAV server, `rclone serve webdav`, which the
 * run starts (it says so and stops when rclone is missing: apt-get install -y rclone).
 *
 * A generated library of 2,000 articles (each with a saved copy) and 50,000 highlights:
 *   1. the first sync, into an empty folder;
 *   2. a sync with nothing changed;
 *   3. an incremental sync after 10 highlights changed (in 10 articles);
 *   3b. a sync after the reader moved on in one article (where it stopped in 500 articles is
 *       shared: the most a device remembers);
 *   4. the first sync again with end-to-end encryption (PBKDF2 + AES-GCM), into another folder;
 * beside the baseline: a full JSON backup of the same library, built and uploaded to the same
 * server (what "back up by hand" costs). Bytes are what went over the wire both ways (request
 * and response bodies), counted in the fetch the engine is given.
 */
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { startWebDav } from '../tests/support/webdav-server';
import { buildBackup } from '../utils/backup';
import { createFolioDb, type FolioDb, updateHighlight } from '../utils/db';
import { putArticles } from '../utils/db/saved-copies';
import { MAX_REMEMBERED_PAGES, mergeReadingPositions, type ReadingPosition } from '../utils/reading-position/positions';
import { syncLibrary } from '../utils/sync/engine';
import { DavClient } from '../utils/sync/webdav';
import { makeLibrary } from './library-data';

try {
  execFileSync('rclone', ['version'], { stdio: 'ignore' });
} catch {
  console.log('bench:sync needs rclone (apt-get install -y rclone): skipped.');
  process.exit(0);
}

interface Traffic {
  bytes: number;
  requests: number;
}

/** fetch, counting body bytes sent and received. */
function countingFetch(traffic: Traffic): typeof fetch {
  return async (input, init) => {
    traffic.requests++;
    const body = init?.body;
    if (body instanceof Uint8Array) traffic.bytes += body.byteLength;
    const response = await fetch(input, init);
    const bytes = new Uint8Array(await response.arrayBuffer());
    traffic.bytes += bytes.byteLength;
    return new Response(response.status === 204 || response.status === 304 ? null : bytes, {
      status: response.status,
      headers: response.headers,
    });
  };
}

async function libraryDb(name: string): Promise<FolioDb> {
  const db = createFolioDb(name);
  const { articles, highlights } = makeLibrary(2000, 25);
  await db.transaction('rw', db.articles, db.highlights, db.savedCopies, async () => {
    await putArticles(db, articles);
    await db.highlights.bulkPut(highlights);
  });
  return db;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const server = await startWebDav('bench', 'bench-password');
try {
  const db = await libraryDb('bench-sync');
  let places: Record<string, ReadingPosition> = {};
  (await db.articles.limit(MAX_REMEMBERED_PAGES).toArray()).forEach((article, i) => {
    places[article.url] = { fraction: (i % 100) / 100, savedAt: 1_700_000_000_000 + i };
  });
  const run = async (folder: string, passphrase?: string) => {
    const traffic: Traffic = { bytes: 0, requests: 0 };
    const url = `${server.url}${folder}/`;
    const started = performance.now();
    const report = await syncLibrary({
      db,
      dav: new DavClient({ folder: url, user: server.user, password: server.password, fetch: countingFetch(traffic) }),
      folder: url,
      device: 'bench-device',
      passphrase,
      conflictLabel: () => '[conflict]',
      siteRules: { load: async () => [], save: async () => {} },
      readingPlaces: {
        load: async () => places,
        mergeIn: async (newer) => {
          places = mergeReadingPositions(places, newer);
        },
      },
    });
    return { ms: performance.now() - started, ...traffic, pushed: report.pushed };
  };

  const first = await run('plain');
  const idle = await run('plain');
  const ids = (await db.highlights.toArray()).filter((_, i) => i % 5000 === 0).map((h) => h.id);
  for (const id of ids) await updateHighlight(db, id, { note: 'changed for the benchmark' });
  const incremental = await run('plain');
  const someUrl = Object.keys(places)[0] as string;
  places = { ...places, [someUrl]: { fraction: 0.5, savedAt: Date.now() } };
  const movedOn = await run('plain');

  // Baseline: the whole library as one JSON backup, built and uploaded to the same server.
  const traffic: Traffic = { bytes: 0, requests: 0 };
  const backupStarted = performance.now();
  const { exportAll } = await import('../utils/db/library-export');
  const everything = await exportAll(db);
  const json = new TextEncoder().encode(JSON.stringify(buildBackup(everything.articles, everything.highlights)));
  const dav = new DavClient({
    folder: `${server.url}`,
    user: server.user,
    password: server.password,
    fetch: countingFetch(traffic),
  });
  await dav.putAtomic('backup.json', json);
  const backup = { ms: performance.now() - backupStarted, ...traffic };

  await db.syncBase.clear();
  await db.syncState.clear();
  const encrypted = await run('encrypted', 'a passphrase for the benchmark');

  const row = (name: string, r: { ms: number; bytes: number; requests: number; pushed?: number }) =>
    console.log(
      `${name.padEnd(38)} ${`${(r.ms / 1000).toFixed(2)} s`.padStart(9)} ${mb(r.bytes).padStart(11)} ${String(r.requests).padStart(8)}${r.pushed === undefined ? '' : `   ${r.pushed} records written`}`,
    );
  console.log(`\n2,000 articles (saved copies) and 50,000 highlights, rclone serve webdav on loopback\n`);
  console.log(`${'run'.padEnd(38)} ${'time'.padStart(9)} ${'bytes'.padStart(11)} ${'requests'.padStart(8)}`);
  row('full JSON backup uploaded (baseline)', backup);
  row('first sync', first);
  row('sync, nothing changed', idle);
  row('incremental sync, 10 highlights changed', incremental);
  row('the reader moved on in 1 article', movedOn);
  row('first sync, encrypted', encrypted);
  console.log(
    `\nincremental / first sync: ${((incremental.bytes / first.bytes) * 100).toFixed(3)}% of the bytes (target < 1%), ${kb(incremental.bytes)}; nothing changed: ${kb(idle.bytes)} in ${idle.requests} request(s)`,
  );
  console.log(`the reader moved on: ${kb(movedOn.bytes)} in ${movedOn.requests} requests (500 places shared)`);
  console.log(
    `first sync / full backup upload: ${(first.ms / backup.ms).toFixed(1)}× the time, ${(first.bytes / backup.bytes).toFixed(2)}× the bytes`,
  );
  await db.delete();
} finally {
  await server.stop();
}
