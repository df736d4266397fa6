import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { connectFrameChannel } from '../../components/reader-frame/frame-channel';
import { PORT_ARTICLE, PORT_CLOSE, PORT_PAGES, READER_PORT } from '../../utils/protocol/messages';

const KEY = 'a-one-time-key-of-thirty-six-chars!!';

/** A window stand-in that delivers "message" events with ports, as postMessage would. */
function fakeWindow() {
  const target = new EventTarget();
  return {
    win: target as unknown as Window,
    post(data: unknown, port: MessagePort) {
      const event = new Event('message') as Event & { data: unknown; ports: MessagePort[] };
      Object.assign(event, { data, ports: [port] });
      target.dispatchEvent(event);
    },
  };
}

afterEach(() => vi.restoreAllMocks());

describe('the reader frame’s channel', () => {
  it('takes the article only from the port offered with its key, whatever came first', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: KEY } as never);
    const { win, post } = fakeWindow();
    const channel = connectFrameChannel(win);
    const forged = new MessageChannel();
    const real = new MessageChannel();
    const forgedGotClose = vi.fn();
    forged.port1.onmessage = forgedGotClose;
    // A forged offer (a page that found this window) comes first, with a guessed key and with none.
    post({ type: READER_PORT, key: 'guess' }, forged.port2);
    post({ type: READER_PORT }, new MessageChannel().port2);
    post({ type: READER_PORT, key: KEY }, real.port2);
    const article = channel.getArticle();
    forged.port1.postMessage({ type: PORT_ARTICLE, reply: { ok: true, value: { url: 'https://evil.example/' } } });
    real.port1.postMessage({
      type: PORT_ARTICLE,
      reply: { ok: true, value: { url: 'https://example.com/a', extractMs: 3 } },
    });
    await expect(article).resolves.toEqual({ url: 'https://example.com/a', extractMs: 3 });

    // "Close" goes back on the real port only.
    const closed = new Promise((resolve) => {
      real.port1.onmessage = (event) => resolve(event.data);
    });
    channel.close();
    await expect(closed).resolves.toEqual({ type: PORT_CLOSE });
    expect(forgedGotClose).not.toHaveBeenCalled();
    for (const port of [forged.port1, real.port1]) port.close();
  });

  it('says why when no reader was opened in this tab', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({
      ok: false,
      error: 'no reader was opened in this tab',
    } as never);
    const channel = connectFrameChannel(fakeWindow().win);
    await expect(channel.getArticle()).rejects.toThrow('no reader was opened in this tab');
  });

  it('keeps the merged pages that arrive before the reader listens, and hands them over in order', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: KEY } as never);
    const { win, post } = fakeWindow();
    const channel = connectFrameChannel(win);
    const real = new MessageChannel();
    post({ type: READER_PORT, key: KEY }, real.port2);
    real.port1.postMessage({
      type: PORT_ARTICLE,
      reply: { ok: true, value: { url: 'https://example.com/a', extractMs: 1 } },
    });
    real.port1.postMessage({ type: PORT_PAGES, pages: { loaded: 1, loading: true } });
    real.port1.postMessage({ type: PORT_PAGES, pages: { loaded: 3 } });
    await channel.getArticle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const seen: unknown[] = [];
    channel.onPages((message) => seen.push(message.pages));
    expect(seen).toEqual([{ loaded: 1, loading: true }, { loaded: 3 }]);
    real.port1.close();
  });
});
