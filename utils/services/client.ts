import { createProxyService } from '@webext-core/proxy-service';
import { FOLIO_SERVICE_KEY } from './keys';

/**
 * The background's services, from a content script or an extension page. Imports only a type of
 * the service, so Dexie stays out of the content script (whose bundle Chrome requires to be plain
 * UTF-8 text, which Dexie's U+FFFF sentinel is not).
 */
export function getFolioService() {
  return createProxyService(FOLIO_SERVICE_KEY);
}
