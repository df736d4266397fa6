import { useCallback, useEffect, useState } from 'react';
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

/** Whether the operating system asks for dark mode, live. */
export function usePrefersDark(): boolean {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  const [dark, setDark] = useState(Boolean(query?.matches));
  useEffect(() => {
    if (!query) return;
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return dark;
}
