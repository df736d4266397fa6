import { storage } from 'wxt/utils/storage';
import { ALWAYS_OPEN_SITES_KEY } from '../protocol/storage-keys';

/** The origins (https://example.com) where the reader opens by itself on every page. */
const sitesItem = storage.defineItem<string[]>(ALWAYS_OPEN_SITES_KEY, { fallback: [] });

export const loadAlwaysOpenSites = () => sitesItem.getValue();

export async function setAlwaysOpen(origin: string, on: boolean): Promise<void> {
  if (on) await addAlwaysOpenSites([origin]);
  else await sitesItem.setValue((await sitesItem.getValue()).filter((s) => s !== origin));
}

/** Turned on for several sites at once (a restore, after the browser granted them). */
export async function addAlwaysOpenSites(origins: string[]): Promise<void> {
  await sitesItem.setValue([...new Set([...(await sitesItem.getValue()), ...origins])]);
}
