import type { Page, Worker } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { FolioBrowser } from './support/chromium';
import { runFolioCommand } from './support/commands';
import type { FixtureServer } from './support/fixture-server';
import { clickInReader, selectInReader } from './support/reader-actions';
import { inReader, waitForReader } from './support/reader-frame';
import { openFolioAndFixtures } from './support/session';

/**
 * Writes that fail, in real Chromium with real IndexedDB: the database closed under the
 * background, a full disk, the service worker stopped in the middle of a write. Each time the
 * user sees what failed, keeps what they typed, and a retry stores it.
 */

let folio: FolioBrowser;
let server: FixtureServer;

openFolioAndFixtures((launched, started) => {
  folio = launched;
  server = started;
});

interface Background {
  folio: {
    db: {
      close(options?: { disableAutoOpen?: boolean }): void;
      open(): Promise<unknown>;
      highlights: { toArray(): Promise<never[]>; clear(): Promise<void> };
    };
    faults: { failNextWrite?: string; holdWrites?: boolean };
  };
}

/** The extension's service worker now: after a stop, Chromium starts a new one on demand. */
function worker(): Worker {
  const found = folio.context.serviceWorkers().find((w) => w.url().includes(folio.extensionId));
  if (!found) throw new Error('Folio has no service worker running');
  return found;
}

async function storedNotes(): Promise<string[]> {
  return worker().evaluate(async () =>
    (await (globalThis as unknown as Background).folio.db.highlights.toArray()).map((h: { note: string }) => h.note),
  );
}

const QUOTE = '不少青年每天花在手机上的时间超过五个小时';

/** The reader open on the essay, a new highlight's note editor open, `note` typed in it. */
async function noteEditorWith(note: string): Promise<Page> {
  const page = await folio.context.newPage();
  await page.goto(server.url('zh-essay.html'));
  expect(await runFolioCommand(worker(), page, 'toggle-reader')).toEqual({ ok: true });
  await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
  await selectInReader(page, QUOTE);
  await clickInReader(page, '.folio-selection-toolbar .folio-button'); // Note
  await waitForReader(page, (root) => root.activeElement?.tagName === 'TEXTAREA');
  await page.keyboard.type(note);
  return page;
}

const editorState = (page: Page) =>
  inReader(page, (root) => ({
    open: root.querySelector('.folio-editor') !== null,
    text: (root.querySelector('.folio-editor textarea') as HTMLTextAreaElement | null)?.value,
    problem: root.querySelector('.folio-editor [role="alert"]')?.textContent ?? '',
  }));

const SAVE = '.folio-editor-actions .folio-button-primary';

describe('a write that fails loses nothing', () => {
  afterEach(() => worker().evaluate(() => (globalThis as unknown as Background).folio.db.highlights.clear()));

  it('the database closed under the background: the note stays in the editor with a message, and Save again stores it', async () => {
    const page = await noteEditorWith('数据库关闭时写的批注');
    await worker().evaluate(() => (globalThis as unknown as Background).folio.db.close({ disableAutoOpen: true }));
    await clickInReader(page, SAVE);
    await expect.poll(async () => (await editorState(page))?.problem).toContain('database is not available');
    expect(await editorState(page)).toMatchObject({ open: true, text: '数据库关闭时写的批注' });

    await worker().evaluate(() => (globalThis as unknown as Background).folio.db.open());
    await clickInReader(page, SAVE);
    await expect.poll(async () => (await editorState(page))?.open).toBe(false);
    expect(await storedNotes()).toContain('数据库关闭时写的批注');
    await page.close();
  });

  it('a full disk: delete and its Undo each say so and offer Try again, which works', async () => {
    const page = await noteEditorWith('');
    await expect.poll(async () => (await storedNotes()).length).toBe(1);
    const toast = () =>
      inReader(
        page,
        (root) => root.querySelector('.folio-toast[role="alert"], .folio-toast[role="status"]')?.textContent ?? '',
      );
    const failNextWrite = () =>
      worker().evaluate(() => {
        (globalThis as unknown as Background).folio.faults.failNextWrite = 'QuotaExceededError';
      });

    await failNextWrite();
    await clickInReader(page, '.folio-editor .folio-button-danger');
    await expect.poll(toast).toContain('storage for Folio is full');
    expect(await storedNotes()).toHaveLength(1);
    await clickInReader(page, '.folio-toast-action'); // Try again
    await expect.poll(toast).toContain('Highlight deleted');
    await expect.poll(async () => (await storedNotes()).length).toBe(0);

    await failNextWrite();
    await clickInReader(page, '.folio-toast-action'); // Undo
    await expect.poll(toast).toContain('Could not undo');
    expect(await storedNotes()).toHaveLength(0);
    await clickInReader(page, '.folio-toast-action'); // Try again
    await expect.poll(async () => (await storedNotes()).length).toBe(1);
    await page.close();
  });

  it('the service worker stopped in the middle of a write: the editor says so, and Save again stores the note', async () => {
    const page = await noteEditorWith('写到一半时后台停止');
    await worker().evaluate(() => {
      (globalThis as unknown as Background).folio.faults.holdWrites = true;
    });
    await clickInReader(page, SAVE);
    await expect.poll(async () => (await editorState(page))?.open).toBe(true);
    // Stopped as DevTools stops it: the write it was holding never finishes.
    const cdp = await folio.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(async () => (await editorState(page))?.problem, { timeout: 15_000 }).toMatch(/Not saved/);
    expect(await editorState(page)).toMatchObject({ open: true, text: '写到一半时后台停止' });

    await clickInReader(page, SAVE); // a new worker starts for this message, without the fault
    await expect.poll(async () => (await editorState(page))?.open, { timeout: 15_000 }).toBe(false);
    await expect.poll(storedNotes).toContain('写到一半时后台停止');
    await page.close();
  });
});
