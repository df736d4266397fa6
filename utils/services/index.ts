/**
 * The typed services the background offers over messaging (@webext-core/proxy-service).
 * `registerFolioService` runs in the background (import it from here); callers import
 * `getFolioService` from './client', which keeps Dexie out of their bundles.
 */
import { registerService } from '@webext-core/proxy-service';
import type { FolioDb } from '../db';
import { FolioService } from './folio-service';
import { FOLIO_SERVICE_KEY } from './keys';

export { getFolioService } from './client';
export { FolioService } from './folio-service';
export { FOLIO_SERVICE_KEY } from './keys';

export function registerFolioService(db: FolioDb, onHighlightsChanged?: (url: string) => void): FolioService {
  const service = new FolioService(db, onHighlightsChanged);
  registerService(FOLIO_SERVICE_KEY, service);
  return service;
}
