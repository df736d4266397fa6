/**
 * Showing saved highlights by themselves when the user comes back to a page: only once the user
 * has switched it on (options page) and granted the optional host permission, and only on pages
 * that have highlights. Browser APIs come in as arguments, so the rule can be tested.
 */
export const WEB_ORIGINS = ['http://*/*', 'https://*/*'];

export interface AutoHighlightDeps {
  hasPermission(url: string): Promise<boolean>;
  countHighlights(url: string): Promise<number>;
  show(tabId: number): Promise<unknown>;
}

export async function maybeShowHighlights(
  tabId: number,
  url: string | undefined,
  deps: AutoHighlightDeps,
): Promise<boolean> {
  if (!url || !/^https?:/i.test(url)) return false;
  if (!(await deps.hasPermission(url))) return false;
  if ((await deps.countHighlights(url)) === 0) return false;
  await deps.show(tabId);
  return true;
}
