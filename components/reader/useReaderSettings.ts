import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  DEFAULT_SETTINGS,
  loadReaderSettings,
  normalizeSettings,
  type ReaderSettings,
  saveReaderSettings,
  watchReaderSettings,
} from '../../utils/settings';
import { DARK_QUERY } from '../common/page-theme';

/** The reader settings, kept in step with storage (a change in one tab shows in every other). */
export function useReaderSettings(initial?: ReaderSettings) {
  const [settings, setSettings] = useState<ReaderSettings>(initial ?? DEFAULT_SETTINGS);
  // What this page saved and storage has not yet echoed back. Storage tells every page of each
  // write, this one too, and late: the echo of the alignment chosen a moment ago came after the
  // indent chosen next and set the alignment back, so the next save lost it (the reader-settings
  // test, on a loaded machine). An echo of this page's own write is not news; another tab's is.
  const unechoed = useRef<string[]>([]);
  useEffect(() => {
    let live = true;
    if (!initial) void loadReaderSettings().then((s) => live && setSettings(s));
    const unwatch = watchReaderSettings((stored) => {
      const own = unechoed.current.indexOf(settingsKey(stored));
      if (own >= 0) unechoed.current.splice(own, 1);
      else setSettings(stored);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [initial]);
  const update = useCallback((change: Partial<ReaderSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...change };
      // (A few at most: a write storage never echoes, the same value again, must not pile up.)
      unechoed.current = [...unechoed.current.slice(-(MAX_UNECHOED - 1)), settingsKey(next)];
      void saveReaderSettings(next);
      return next;
    });
  }, []);
  return [settings, update] as const;
}

const MAX_UNECHOED = 20;

/** The settings as storage gives them back, as one string to compare. */
const settingsKey = (settings: ReaderSettings) => JSON.stringify(normalizeSettings(settings));

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
