import { describe, expect, it, vi } from 'vitest';
import { type CommandEffects, restrictionOf, runCommand } from '../../utils/commands';

function effects(overrides: Partial<CommandEffects> = {}) {
  return {
    injectReader: vi.fn(async () => {}),
    injectHighlighter: vi.fn(async () => ({ shown: 2, notFound: 1 })),
    reportProblem: vi.fn(async () => {}),
    message: (name: string) => `msg:${name}`,
    ...overrides,
  } satisfies CommandEffects;
}

describe('restrictionOf', () => {
  it.each([
    ['chrome://settings', 'browser-page'],
    ['chrome-extension://abc/page.html', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['view-source:https://example.com', 'browser-page'],
    ['file:///home/me/page.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['https://example.com/paper.pdf', 'pdf'],
    ['https://example.com/paper.pdf?download=1', 'pdf'],
    ['https://example.com/article', undefined],
    ['http://127.0.0.1:8080/zh-essay.html', undefined],
  ])('%s → %s', (url, reason) => {
    expect(restrictionOf(url)).toBe(reason);
  });
});

describe('runCommand toggle-reader', () => {
  it('injects the reader into an ordinary page', async () => {
    const fx = effects();
    await expect(runCommand('toggle-reader', { id: 7, url: 'https://example.com/a' }, fx)).resolves.toEqual({
      ok: true,
    });
    expect(fx.injectReader).toHaveBeenCalledWith(7);
    expect(fx.reportProblem).not.toHaveBeenCalled();
  });

  it('explains instead of injecting on a browser page', async () => {
    const fx = effects();
    const outcome = await runCommand('toggle-reader', { id: 7, url: 'chrome://extensions' }, fx);
    expect(outcome).toEqual({ ok: false, reason: 'browser-page', message: 'msg:errorBrowserPage' });
    expect(fx.injectReader).not.toHaveBeenCalled();
    expect(fx.reportProblem).toHaveBeenCalledWith({ id: 7, url: 'chrome://extensions' }, 'msg:errorBrowserPage');
  });

  it('tries a page whose URL is hidden, and explains when the browser refuses', async () => {
    const fx = effects({
      injectReader: vi.fn(async () => {
        throw new Error('Cannot access contents of the page');
      }),
    });
    const outcome = await runCommand('toggle-reader', { id: 3 }, fx);
    expect(outcome).toMatchObject({ ok: false, reason: 'injection-failed' });
    expect(fx.reportProblem).toHaveBeenCalledOnce();
  });

  it('shows highlights on the live page and reports how many were placed', async () => {
    const fx = effects();
    const outcome = await runCommand('show-highlights', { id: 4, url: 'https://example.com/a' }, fx);
    expect(outcome).toEqual({ ok: true, report: { shown: 2, notFound: 1 } });
    expect(fx.injectHighlighter).toHaveBeenCalledWith(4, 'show');
    expect(fx.injectReader).not.toHaveBeenCalled();
  });

  it('explains when there is no tab at all', async () => {
    const fx = effects();
    expect(await runCommand('toggle-reader', {}, fx)).toMatchObject({ ok: false, reason: 'no-page' });
  });
});
