import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { toggleReader } from '../components/reader/reader-controller';

/**
 * Injected by the background's command router (scripting.executeScript) when the user asks, and
 * only then; each injection toggles the reader.
 */
export default defineUnlistedScript(() => {
  void toggleReader();
});
