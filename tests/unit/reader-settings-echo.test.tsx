import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../utils/settings';

/**
 * Storage as the browser keeps it: a save resolves, and every page that watches hears of it later,
 * the page that saved it too. The test decides when each echo arrives.
 */
const storage = vi.hoisted(() => ({
  saved: [] as unknown[],
  listener: undefined as ((value: unknown) => void) | undefined,
}));
vi.mock('../../utils/settings/settings-storage', async () => {
  const { normalizeSettings } = await import('../../utils/settings/reader-settings');
  return {
    loadReaderSettings: async () => normalizeSettings(storage.saved.at(-1)),
    saveReaderSettings: async (settings: unknown) => {
      storage.saved.push(normalizeSettings(settings));
    },
    watchReaderSettings: (onChange: (value: unknown) => void) => {
      storage.listener = (value) => onChange(normalizeSettings(value));
      return () => {
        storage.listener = undefined;
      };
    },
  };
});
const { useReaderSettings } = await import('../../components/reader/useReaderSettings');

let current: ReaderSettings = DEFAULT_SETTINGS;
let update: (change: Partial<ReaderSettings>) => void = () => {};
function Settings() {
  [current, update] = useReaderSettings(DEFAULT_SETTINGS);
  return null;
}

const echo = (value: unknown) => act(() => storage.listener?.(value));

afterEach(() => {
  storage.saved.length = 0;
});

it('a late echo of the page’s own save does not undo the change made after it', async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Settings />));
  // Two choices in a row, before storage has told the page of the first.
  await act(async () => update({ textAlign: 'start' }));
  await act(async () => update({ paragraphIndent: 'off' }));
  expect(storage.saved).toHaveLength(2);
  await echo(storage.saved[0]);
  expect(current).toMatchObject({ textAlign: 'start', paragraphIndent: 'off' });
  // A choice made now, after the stale echo, still carries both.
  await act(async () => update({ fontSize: 24 }));
  expect(storage.saved.at(-1)).toMatchObject({ textAlign: 'start', paragraphIndent: 'off', fontSize: 24 });
  await echo(storage.saved[1]);
  await echo(storage.saved[2]);
  expect(current).toMatchObject({ textAlign: 'start', paragraphIndent: 'off', fontSize: 24 });
  // Another tab's change is news: it shows here.
  await echo({ ...current, theme: 'sepia' });
  expect(current.theme).toBe('sepia');
  await act(async () => root.unmount());
});
