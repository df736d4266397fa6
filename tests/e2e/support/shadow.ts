import type { CDPSession, Page } from 'playwright-core';

/**
 * The reader lives in a closed shadow root, out of reach of page scripts and so of Playwright's
 * selectors. The DevTools protocol still sees it: these helpers resolve the shadow root and run a
 * function on it, in the page, returning a JSON value.
 */
async function shadowRootObjectId(session: CDPSession, hostSelector: string): Promise<string | undefined> {
  // Not the whole tree: a 5,000-deep page is more than the protocol will serialize.
  const { root } = await session.send('DOM.getDocument', { depth: 1 });
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
  if (!nodeId) return undefined;
  const { node } = await session.send('DOM.describeNode', { nodeId, depth: 0, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return undefined;
  const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  return object.objectId;
}

export const READER_HOST = 'folio-reader-root';

/** Runs `fn(shadowRoot, arg)` in the page; `undefined` when the reader is not open. */
export async function inReader<T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => T,
  arg?: A,
): Promise<T | undefined> {
  const session = await page.context().newCDPSession(page);
  try {
    const objectId = await shadowRootObjectId(session, READER_HOST);
    if (!objectId) return undefined;
    const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails)
      throw new Error(`In the reader: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await session.detach();
  }
}

/** Waits until the reader is open and `fn` returns a truthy value; returns it. */
export async function waitForReader<T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => T,
  arg?: A,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await inReader(page, fn, arg);
    if (value) return value;
    if (Date.now() > deadline) throw new Error('The reader did not show what was expected in time.');
    await page.waitForTimeout(100);
  }
}
