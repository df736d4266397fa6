import { browser } from 'wxt/browser';
import { DATA_CHANGED, type DataChangedMessage } from '../protocol/messages';

/**
 * Tells Folio's extension pages (the reader frames, the library, the saved-article page) that
 * data changed: sent by the background, and by the library page after a restore or an import it
 * wrote itself. runtime.sendMessage never reaches a content script, so no page learns of it.
 * With no page open there is no receiver, and that error is expected.
 */
export async function broadcastDataChanged(url: string): Promise<void> {
  const message: DataChangedMessage = { type: DATA_CHANGED, url };
  await browser.runtime.sendMessage(message).catch(() => {});
}
