/**
 * The background's services. The background builds one FolioService and answers messages with
 * `routeMessage` (allow-listed per caller); callers import from './client', which keeps Dexie
 * out of their bundles.
 */
export { contentScriptService, getFolioService } from './client';
export { FolioService } from './folio-service';
export { type Caller, callerOf, isRoutedMessage, type RouterDeps, routeMessage, type Sender } from './route-message';
