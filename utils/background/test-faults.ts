/**
 * Faults the e2e tests inject into the background (e2e build only, on `folio.faults`), to show
 * that a write that fails or never finishes loses nothing: the next service call that writes
 * throws an error of the given name (a full disk: 'QuotaExceededError'), or never returns (then
 * the test stops the service worker mid-write).
 */
export interface TestFaults {
  failNextWrite?: string;
  holdWrites?: boolean;
}

const WRITES = new Set([
  'saveArticle',
  'createHighlight',
  'updateHighlight',
  'deleteHighlight',
  'restoreHighlight',
  'deleteArticle',
  'restoreArticle',
  'setArticleTags',
  'renameTag',
  'createHighlightHere',
]);

export function faultInjector(faults: TestFaults): (method: string) => Promise<void> {
  return async (method) => {
    if (!WRITES.has(method)) return;
    const name = faults.failNextWrite;
    if (name) {
      faults.failNextWrite = undefined;
      throw new DOMException(`${name} (injected by a test)`, name);
    }
    if (faults.holdWrites) await new Promise<never>(() => {});
  };
}
