import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFolioDb, type FolioDb } from '../../utils/db';
import { READER_KEY_REGISTER, READER_KEY_TAKE, RUN_COMMAND, SERVICE_CALL } from '../../utils/protocol/messages';
import { FolioService, type RouterDeps, routeMessage, type Sender } from '../../utils/services';
import { CONTENT_SCRIPT_METHODS, EXTENSION_PAGE_METHODS } from '../../utils/services/service-methods';

const EXTENSION_ID = 'folio-id';
const ORIGIN = 'chrome-extension://folio-id/';
const PAGE_URL = 'https://example.com/essay';

const senders = {
  library: { id: EXTENSION_ID, url: `${ORIGIN}library.html` },
  readerFrame: { id: EXTENSION_ID, url: `${ORIGIN}reader-frame.html`, frameId: 3, tab: { id: 5, url: PAGE_URL } },
  contentScript: { id: EXTENSION_ID, url: PAGE_URL, frameId: 0, tab: { id: 5, url: PAGE_URL } },
  contentScriptInSubframe: { id: EXTENSION_ID, url: 'https://ads.example/x', frameId: 2, tab: { id: 5 } },
  otherExtension: { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' },
} satisfies Record<string, Sender>;

let n = 0;
const dbs: FolioDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function setUp() {
  const db = createFolioDb(`folio-router-${++n}`);
  dbs.push(db);
  const service = new FolioService(db);
  const deps: RouterDeps = {
    extensionId: EXTENSION_ID,
    extensionOrigin: ORIGIN,
    service,
    runCommand: vi.fn(async () => ({ ok: true as const })),
    getTab: vi.fn(async (id: number) => ({ id, url: 'https://popup-tab.example/' })),
    readerKeys: new Map(),
  };
  return { db, service, deps };
}

const call = (method: string, ...args: unknown[]) => ({ type: SERVICE_CALL, method, args });
const draft = (exact: string) => ({
  target: { selector: [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }] },
  color: 'yellow' as const,
  note: '',
  tags: [],
});

describe('routeMessage: who may call what', () => {
  it('answers every extension-page method for an extension page, and nothing else', async () => {
    const { deps } = setUp();
    for (const method of EXTENSION_PAGE_METHODS) {
      // Called with no arguments some methods fail inside; what matters is that none is refused.
      const reply = await routeMessage(call(method), senders.library, deps);
      expect(reply?.ok === false && /not a service method/.test(reply.error)).toBe(false);
    }
    for (const method of ['constructor', 'db', 'onDataChanged', 'changed', 'listHighlightsHere', '__proto__']) {
      expect(await routeMessage(call(method), senders.library, deps)).toEqual({
        ok: false,
        error: `${method} is not a service method`,
      });
    }
  });

  it('gives a content script only its own page: no library, no other URL, no method path', async () => {
    const { service, deps } = setUp();
    await service.createHighlight({ url: 'https://other.example/secret', title: 'Other' }, draft('a private note'));
    for (const method of [...EXTENSION_PAGE_METHODS, 'db.constructor.delete', 'constructor', 'exportBackup']) {
      expect(await routeMessage(call(method, 'https://other.example/secret'), senders.contentScript, deps)).toEqual({
        ok: false,
        error: `${method} is not allowed from a page`,
      });
    }
    // Its own page's highlights only, whatever URL the message names.
    expect(
      await routeMessage(call('listHighlightsHere', 'https://other.example/secret'), senders.contentScript, deps),
    ).toEqual({ ok: true, value: [] });
    const made = await routeMessage(call('createHighlightHere', 'Essay', draft('一段话')), senders.contentScript, deps);
    expect(made).toMatchObject({ ok: true, value: { url: PAGE_URL } });
    expect(await service.listHighlights('https://other.example/secret')).toHaveLength(1);
    expect(await service.listHighlights(PAGE_URL)).toHaveLength(1);
    expect(CONTENT_SCRIPT_METHODS).toEqual(['listHighlightsHere', 'createHighlightHere']);
  });

  it('finds the article to continue: the first page of the list in the library, saved copy or not', async () => {
    const { service, deps } = setUp();
    await service.createHighlight({ url: 'https://essays.example/marked', title: 'Marked only' }, draft('a line'));
    await service.saveArticle('https://essays.example/saved', {
      title: 'Saved whole',
      lang: 'en',
      dir: 'ltr',
      excerpt: '',
      content: '<p>Text</p>',
      textContent: 'Text',
      outline: [],
      readingTimeMinutes: 1,
    } as never);
    const continueWith = async (urls: unknown) => {
      const reply = await routeMessage(call('articleToContinue', urls), senders.library, deps);
      return reply?.ok ? reply.value : reply;
    };
    expect(
      await continueWith([
        'https://never-saved.example/',
        'https://essays.example/saved',
        'https://essays.example/marked',
      ]),
    ).toMatchObject({ title: 'Saved whole', url: 'https://essays.example/saved', offline: true });
    expect(await continueWith(['https://essays.example/marked'])).toMatchObject({
      title: 'Marked only',
      offline: false,
    });
    expect(await continueWith(['https://never-saved.example/'])).toBeNull();
    // A list that is not one answers nothing rather than failing.
    expect(await continueWith('https://essays.example/saved')).toBeNull();
    expect(await continueWith([42, { url: 'https://essays.example/saved' }])).toBeNull();
  });

  it('refuses senders that are not Folio, and Folio scripts in subframes', async () => {
    const { deps } = setUp();
    for (const sender of [senders.otherExtension, senders.contentScriptInSubframe, {} as Sender]) {
      expect(await routeMessage(call('listTags'), sender, deps)).toEqual({ ok: false, error: 'unknown sender' });
      expect(await routeMessage(call('listHighlightsHere'), sender, deps)).toEqual({
        ok: false,
        error: 'unknown sender',
      });
    }
  });

  it('leaves messages that are not its own to other listeners', async () => {
    const { deps } = setUp();
    expect(await routeMessage({ type: 'folio:data-changed', url: '*' }, senders.library, deps)).toBeUndefined();
    expect(await routeMessage('folio:call', senders.library, deps)).toBeUndefined();
    expect(await routeMessage(null, senders.library, deps)).toBeUndefined();
  });

  it('turns a failing service call into an error reply, not a thrown one', async () => {
    const { deps } = setUp();
    const reply = await routeMessage(call('updateHighlight', 'no-such-id', { note: 'x' }), senders.library, deps);
    expect(reply?.ok).toBe(true); // an unknown id is "nothing changed", answered as null
    const bad = await routeMessage(call('createHighlight', null, null), senders.library, deps);
    expect(bad?.ok).toBe(false);
  });
});

describe('routeMessage: commands', () => {
  it('runs the popup’s command on the tab it names', async () => {
    const { deps } = setUp();
    await routeMessage({ type: RUN_COMMAND, command: 'show-highlights', tabId: 9 }, senders.library, deps);
    expect(deps.getTab).toHaveBeenCalledWith(9);
    expect(deps.runCommand).toHaveBeenCalledWith(
      'show-highlights',
      { id: 9, url: 'https://popup-tab.example/' },
      { highlightId: undefined },
    );
  });

  it('lets a content script only open the reader on its own tab, whatever tabId it sends', async () => {
    const { deps } = setUp();
    const reply = await routeMessage(
      { type: RUN_COMMAND, command: 'toggle-reader', tabId: 99, highlightId: 'h1' },
      senders.contentScript,
      deps,
    );
    expect(reply).toEqual({ ok: true, value: { ok: true } });
    expect(deps.getTab).not.toHaveBeenCalled();
    expect(deps.runCommand).toHaveBeenCalledWith('toggle-reader', { id: 5, url: PAGE_URL }, { highlightId: 'h1' });
    for (const command of ['show-highlights', 'highlight-selection']) {
      expect(await routeMessage({ type: RUN_COMMAND, command }, senders.contentScript, deps)).toEqual({
        ok: false,
        error: `${command} is not allowed from a page`,
      });
    }
    expect(deps.runCommand).toHaveBeenCalledTimes(1);
  });

  it('hands the reader channel’s key from a page’s reader to the frame in the same tab, once', async () => {
    const { deps } = setUp();
    const key = 'k'.repeat(36);
    // Only a content script registers, and only for its own tab, whatever the message says.
    expect(await routeMessage({ type: READER_KEY_REGISTER, key, tabId: 9 }, senders.library, deps)).toMatchObject({
      ok: false,
    });
    expect(await routeMessage({ type: READER_KEY_REGISTER, key: 'short' }, senders.contentScript, deps)).toEqual({
      ok: false,
      error: 'no key',
    });
    expect(await routeMessage({ type: READER_KEY_REGISTER, key }, senders.contentScript, deps)).toEqual({
      ok: true,
      value: null,
    });
    expect([...deps.readerKeys]).toEqual([[5, key]]);
    // A content script, or a page outside any tab, never gets it.
    expect(await routeMessage({ type: READER_KEY_TAKE }, senders.contentScript, deps)).toEqual({
      ok: false,
      error: 'not in a tab',
    });
    expect(await routeMessage({ type: READER_KEY_TAKE }, senders.library, deps)).toEqual({
      ok: false,
      error: 'not in a tab',
    });
    // The frame in tab 5 gets it once; a frame in another tab gets nothing.
    const otherTabFrame = { ...senders.readerFrame, tab: { id: 6, url: 'https://b.example/' } };
    expect(await routeMessage({ type: READER_KEY_TAKE }, otherTabFrame, deps)).toMatchObject({ ok: false });
    expect(await routeMessage({ type: READER_KEY_TAKE }, senders.readerFrame, deps)).toEqual({ ok: true, value: key });
    expect(await routeMessage({ type: READER_KEY_TAKE }, senders.readerFrame, deps)).toMatchObject({ ok: false });
  });
});
