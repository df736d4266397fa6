import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { usePrefersDark } from '../../components/reader/useReaderSettings';

/**
 * A system colour scheme as the browser keeps it: every MediaQueryList reads the current scheme,
 * and a switch reaches the lists that exist at that moment as a "change" event a task later.
 */
function fakeColorScheme() {
  let dark = false;
  const lists = new Set<EventTarget & { matches: boolean }>();
  vi.stubGlobal('matchMedia', () => {
    const list = Object.assign(new EventTarget(), {
      get matches() {
        return dark;
      },
    });
    lists.add(list);
    return list;
  });
  return {
    switchTo(next: 'dark' | 'light') {
      dark = next === 'dark';
      const now = [...lists];
      setTimeout(() => {
        for (const list of now) list.dispatchEvent(new Event('change'));
      });
    },
  };
}

/** Renders the scheme the hook reports; `rerender` makes it render again for another reason. */
let rerender = () => {};
function Theme() {
  const [, setTick] = useState(0);
  rerender = () => setTick((n) => n + 1);
  return <p>{usePrefersDark() ? 'dark' : 'light'}</p>;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

it('follows the system into dark mode even when the reader renders between the switch and its event', async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const scheme = fakeColorScheme();
  const host = document.createElement('div');
  const root = createRoot(host);
  await act(async () => root.render(<Theme />));
  expect(host.textContent).toBe('light');

  scheme.switchTo('dark');
  // The reader re-renders (a setting loaded, a highlight counted) before the browser's event comes.
  await act(async () => rerender());
  await act(() => new Promise((done) => setTimeout(done, 10)));
  expect(host.textContent).toBe('dark');

  scheme.switchTo('light');
  await act(() => new Promise((done) => setTimeout(done, 10)));
  expect(host.textContent).toBe('light');
  await act(async () => root.unmount());
});
