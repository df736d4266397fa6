// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { SyncController } from '../../utils/background/sync-controller';
import { createFolioDb, createHighlight, type FolioDb } from '../../utils/db';
import { READING_POSITIONS_KEY } from '../../utils/protocol/storage-keys';
import { loadReadingPositions, saveReadingPosition, watchReadingPositions } from '../../utils/reading-position';
import { loadSyncStatus, saveSyncStatus } from '../../utils/sync/sync-storage';
import { type FaultProxy, startFaultProxy, startWebDav, type WebDavServer } from '../support/webdav-server';

/** The background's sync scheduling, on WXT's fake browser storage and a real WebDAV server. */
let server: WebDavServer;
let proxy: FaultProxy;
beforeAll(async () => {
  server = await startWebDav('reader', 'pw');
  proxy = await startFaultProxy(server.url);
});
afterAll(async () => {
  await proxy.stop();
  await server.stop();
});

let db: FolioDb;
let count = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  proxy.clear();
  db = createFolioDb(`controller-${++count}`);
});

/** `followUpMs`: off unless a test is about it (a late follow-up would sync into the next test's folder). */
function controller(allowed = true, followUpMs: number | false = false) {
  const alarms: number[] = [];
  const sync = new SyncController({
    db,
    hasPermission: async () => allowed,
    setAlarm: async (minutes) => {
      alarms.push(minutes);
    },
    onPulled: () => {},
    conflictLabel: () => '[conflict]',
    debounceMs: 20,
    readingDebounceMs: 50,
    followUpMs,
  });
  return { sync, alarms };
}

/** Until the sync that Save started has finished. */
const synced = () => expect.poll(async () => (await loadSyncStatus()).lastSyncAt, { timeout: 5000 }).toBeDefined();

const settings = () => ({
  serverUrl: proxy.url,
  user: 'reader',
  password: 'pw',
  folder: `lib-${count}`,
  enabled: true,
});

async function addHighlight(exact: string) {
  await createHighlight(
    db,
    { url: `https://example.com/${exact}`, title: exact },
    {
      target: { selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
      color: 'yellow',
      note: '',
      tags: [],
    },
  );
}

// Each test polls for a sync over a real HTTP server (up to 5 s apiece): Vitest's 5 s for the
// whole test was reached on a loaded two-core machine. The bound is on waiting; nothing is timed.
describe('sync in the background', { timeout: 30_000 }, () => {
  it('saving the settings sets the alarm and syncs; the view never holds the password', async () => {
    const { sync, alarms } = controller();
    await addHighlight('one');
    const view = await sync.saveSettings(settings());
    expect(view).toMatchObject({ enabled: true, hasPassword: true });
    expect(JSON.stringify(view)).not.toContain('"pw"');
    expect(alarms).toEqual([15]);
    await synced();
    expect((await loadSyncStatus()).last?.pushed).toBe(1);
  });

  it('a sync cut short (the worker stopped while "syncing") is resumed when the background starts again', async () => {
    const first = controller();
    await first.sync.saveSettings({ ...settings(), enabled: true });
    await synced();
    await addHighlight('two');
    // What a stopped worker leaves behind: the status still says it was syncing.
    await saveSyncStatus({ ...(await loadSyncStatus()), state: 'syncing', pending: 1 });
    const restarted = controller();
    const after = await restarted.sync.resumeIfUnfinished();
    expect(after).toMatchObject({ state: 'idle', pending: 0, last: { pushed: 1 } });
    // Nothing waiting: a start does not sync.
    expect(await controller().sync.resumeIfUnfinished()).toBeUndefined();
  });

  it('changes in a burst make one sync, a few moments later', async () => {
    const { sync } = controller();
    await sync.saveSettings(settings());
    await synced();
    proxy.log.length = 0;
    for (const word of ['a', 'b', 'c']) {
      await addHighlight(word);
      sync.changed();
    }
    await expect.poll(async () => (await loadSyncStatus()).last?.pushed, { timeout: 5000 }).toBe(3);
    expect(proxy.log.filter((l) => l.startsWith('MOVE') && l.includes('folio-sync.json'))).toHaveLength(1);
  });

  it('where the reader stopped is shared by a sync a little after reading pauses, not as a change waiting', async () => {
    const { sync } = controller();
    await addHighlight('long-read');
    await sync.saveSettings(settings());
    await synced();
    const before = await loadSyncStatus();
    proxy.log.length = 0;
    // The reader saves its place as the page scrolls: a burst of moves makes one sync.
    for (const fraction of [0.2, 0.3, 0.4]) {
      await saveReadingPosition('https://example.com/long-read', fraction);
      sync.readingPlaceChanged();
      expect((await loadSyncStatus()).pending).toBe(0);
    }
    const placesWritten = () => proxy.log.filter((l) => l.startsWith('MOVE') && l.includes('reading-places'));
    await expect.poll(placesWritten, { timeout: 5000 }).toHaveLength(1);
    await expect.poll(async () => (await loadSyncStatus()).lastSyncAt).toBeGreaterThan(before.lastSyncAt as number);
    // The status still says what the last sync of the library moved.
    expect((await loadSyncStatus()).last).toEqual(before.last);
    await new Promise((r) => setTimeout(r, 200));
    expect(placesWritten()).toHaveLength(1);
  });

  it('places a sync takes in from another device do not start another sync; reading on here does', async () => {
    const page = 'https://example.com/shared-read';
    const laptop = controller();
    await addHighlight('shared-read');
    await laptop.sync.saveSettings(settings());
    await synced();
    await saveReadingPosition(page, 0.4);
    await laptop.sync.syncNow('user');
    // The desktop: its own library and places, the same folder; the background's watch wired.
    db = createFolioDb(`controller-${count}-desktop`);
    await storage.removeItem(READING_POSITIONS_KEY);
    expect(await loadReadingPositions()).toEqual({});
    const desktop = controller();
    const unwatch = watchReadingPositions((after, before) => desktop.sync.readingPlaceChanged(after, before));
    try {
      await desktop.sync.syncNow('user');
      expect((await loadReadingPositions())[page]?.fraction).toBe(0.4);
      proxy.log.length = 0;
      await new Promise((r) => setTimeout(r, 300));
      expect(proxy.log).toEqual([]);
      await saveReadingPosition(page, 0.6);
      const placesWritten = () => proxy.log.filter((l) => l.startsWith('MOVE') && l.includes('reading-places'));
      await expect.poll(placesWritten, { timeout: 5000 }).toHaveLength(1);
    } finally {
      unwatch();
    }
  });

  it('after a sync that sent something, it looks at the server once more a little later', async () => {
    const { sync } = controller(true, 100);
    await sync.saveSettings(settings());
    await synced();
    await addHighlight('sent');
    proxy.log.length = 0;
    const sent = await sync.syncNow('user');
    expect(sent.last).toMatchObject({ pushed: 1, pulled: 0 });
    const manifestReads = () => proxy.log.filter((l) => l.startsWith('GET') && l.includes('folio-sync.json')).length;
    const afterSync = manifestReads();
    await expect.poll(manifestReads, { timeout: 5000 }).toBe(afterSync + 1);
    await expect.poll(async () => (await loadSyncStatus()).lastSyncAt).toBeGreaterThan(sent.lastSyncAt as number);
    // It found nothing to do: the status still says what the sync before it sent.
    expect((await loadSyncStatus()).last).toEqual(sent.last);
    // A sync that sent nothing is not followed up.
    proxy.log.length = 0;
    await sync.syncNow('user');
    await new Promise((r) => setTimeout(r, 300));
    expect(manifestReads()).toBe(1);
  });

  it('a refused password pauses automatic syncs until the settings change; Sync now still tries', async () => {
    const { sync } = controller();
    proxy.fail({ answer: 401, times: Number.POSITIVE_INFINITY });
    await sync.saveSettings(settings());
    await expect.poll(async () => (await loadSyncStatus()).paused, { timeout: 5000 }).toBe(true);
    expect((await loadSyncStatus()).lastError).toMatchObject({ kind: 'auth', status: 401 });
    proxy.log.length = 0;
    await sync.syncNow('alarm');
    expect(proxy.log).toEqual([]);
    proxy.clear();
    expect((await sync.syncNow('user')).state).toBe('idle');
  });

  it('without the server’s permission, or with a bad address, it says which and syncs nothing', async () => {
    const { sync } = controller(false);
    await expect(sync.saveSettings(settings())).rejects.toMatchObject({ kind: 'settings', problem: 'no-permission' });
    const test = await controller().sync.testConnection({ ...settings(), serverUrl: 'ftp://example.com/' });
    expect(test).toMatchObject({ ok: false, error: { kind: 'settings', problem: 'bad-address' } });
    const missing = await controller().sync.testConnection(settings());
    expect(missing).toMatchObject({ ok: true, folderMissing: true });
  });
});
