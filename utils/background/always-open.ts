/**
 * "Always open on this site": the reader opens by itself when a page of a site the user chose
 * has loaded, as long as the site's host permission (asked when the toggle was turned on) is still
 * granted. Browser APIs come in as arguments, so the rule can be tested.
 */
export interface AlwaysOpenDeps {
  sites(): Promise<string[]>;
  hasPermission(origin: string): Promise<boolean>;
  open(): Promise<unknown>;
}

export async function maybeOpenReader(url: string | undefined, deps: AlwaysOpenDeps): Promise<boolean> {
  if (!url || !/^https?:/i.test(url)) return false;
  const origin = new URL(url).origin;
  if (!(await deps.sites()).includes(origin)) return false;
  if (!(await deps.hasPermission(origin))) return false;
  await deps.open();
  return true;
}
