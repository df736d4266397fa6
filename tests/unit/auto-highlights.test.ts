import { describe, expect, it, vi } from 'vitest';
import { maybeOpenReader } from '../../utils/background/always-open';
import { maybeShowHighlights } from '../../utils/background/auto-highlights';

const deps = (permission: boolean, count: number) => ({
  hasPermission: vi.fn(async () => permission),
  countHighlights: vi.fn(async () => count),
  show: vi.fn(async () => {}),
});

describe('showing highlights on revisits', () => {
  it('shows them when the user allowed it and the page has some', async () => {
    const d = deps(true, 3);
    expect(await maybeShowHighlights(5, 'https://e.test/a', d)).toBe(true);
    expect(d.show).toHaveBeenCalledWith(5);
  });

  it.each([
    ['without the permission', deps(false, 3), 'https://e.test/a'],
    ['on a page with no highlights', deps(true, 0), 'https://e.test/a'],
    ['on a browser page', deps(true, 3), 'chrome://settings'],
    ['with no URL', deps(true, 3), undefined],
  ])('does nothing %s', async (_name, d, url) => {
    expect(await maybeShowHighlights(5, url, d)).toBe(false);
    expect(d.show).not.toHaveBeenCalled();
  });
});

describe('always open on this site', () => {
  const deps = (sites: string[], granted: boolean) => {
    const opened: string[] = [];
    return {
      opened,
      deps: {
        sites: async () => sites,
        hasPermission: async () => granted,
        open: async () => void opened.push('open'),
      },
    };
  };
  it('opens the reader on a page of a chosen site with its permission, and nowhere else', async () => {
    const on = deps(['https://fanwen.example'], true);
    expect(await maybeOpenReader('https://fanwen.example/a/1.html', on.deps)).toBe(true);
    expect(await maybeOpenReader('https://other.example/a.html', on.deps)).toBe(false);
    expect(await maybeOpenReader('chrome://extensions', on.deps)).toBe(false);
    expect(on.opened).toEqual(['open']);
    const revoked = deps(['https://fanwen.example'], false);
    expect(await maybeOpenReader('https://fanwen.example/a/1.html', revoked.deps)).toBe(false);
  });
});
