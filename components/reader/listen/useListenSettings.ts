import { useEffect, useState } from 'react';
import {
  DEFAULT_LISTEN_SETTINGS,
  type ListenSettings,
  normalizeListenSettings,
} from '../../../utils/settings/listen-settings';
import { loadListenSettings, saveListenSettings } from '../../../utils/settings/listen-storage';

/** The speed and voices chosen for reading aloud: loaded once `wanted`, saved as they change. */
export function useListenSettings(wanted: boolean) {
  const [settings, setSettings] = useState<ListenSettings>(DEFAULT_LISTEN_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadListenSettings()
      .then((stored) => live && setSettings(stored))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [wanted]);
  /** Applies and saves a change; returns the settings as they now are. */
  const update = (change: Partial<ListenSettings>): ListenSettings => {
    const next = normalizeListenSettings({ ...settings, ...change });
    setSettings(next);
    void saveListenSettings(next);
    return next;
  };
  return { settings, loaded, update };
}
