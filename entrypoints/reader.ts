import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { toggleReader } from '../utils/reader-host/reader-controller';

/**
 * Injected by the background's command router (scripting.executeScript) when the user asks, and
 * only then; each injection toggles the reader. It extracts the article and puts the reader frame
 * over the page: no React, no reader UI runs in the page's tab process.
 */
export default defineUnlistedScript(() => {
  void toggleReader();
});
