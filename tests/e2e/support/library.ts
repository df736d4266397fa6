import type { Page } from 'playwright-core';

/** Unfolds the library's "Export and backup" tools (folded by default, so that search comes first). */
export async function openLibraryTools(library: Page): Promise<void> {
  const tools = library.locator('details.library-tools');
  if ((await tools.getAttribute('open')) === null) await tools.locator('summary').click();
}
