/**
 * The typed services the background offers over messaging (@webext-core/proxy-service).
 * `registerFolioService` runs in the background; `getFolioService` anywhere else.
 */
import { createProxyService, registerService } from '@webext-core/proxy-service';
import type { FolioDb } from '../db';
import { FOLIO_SERVICE_KEY, FolioService } from './folio-service';

export { FOLIO_SERVICE_KEY, FolioService } from './folio-service';

export function registerFolioService(db: FolioDb): FolioService {
  const service = new FolioService(db);
  registerService(FOLIO_SERVICE_KEY, service);
  return service;
}

export function getFolioService() {
  return createProxyService(FOLIO_SERVICE_KEY);
}
