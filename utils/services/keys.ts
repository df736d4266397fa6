import type { ProxyServiceKey } from '@webext-core/proxy-service';
import type { FolioService } from './folio-service';

/** Shared by the background (which registers the service) and every caller (which proxies it). */
export const FOLIO_SERVICE_KEY = 'folio-service' as ProxyServiceKey<FolioService>;
