import { describe, expect, it, vi } from 'vitest';
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
