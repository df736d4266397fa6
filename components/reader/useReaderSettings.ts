import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import {
  DEFAULT_SETTINGS,
  loadReaderSettings,
  type ReaderSettings,
  saveReaderSettings,
  watchReaderSettings,
} from '../../utils/settings';

/** The reader settings, kept in step with storage (a change in one tab shows in every other). */
export function useReaderSettings(initial?: ReaderSettings) {
  const [settings, setSettings] = useState<ReaderSettings>(initial ?? DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    if (!initial) void loadReaderSettings().then((s) => live && setSettings(s));
    const unwatch = watchReaderSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, [initial]);
  const update = useCallback((change: Partial<ReaderSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...change };
      void saveReaderSettings(next);
      return next;
    });
  }, []);
  return [settings, update] as const;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToColorScheme(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function prefersDarkNow(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

/**
 * Whether the operating system asks for dark mode, live. Read through useSyncExternalStore: it
 * reads the current value again when it subscribes, so a switch that comes while the reader
 * renders is not missed (a listener added later on a fresh MediaQueryList hears no "change").
 */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribeToColorScheme, prefersDarkNow);
}
