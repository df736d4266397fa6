import { browser } from 'wxt/browser';
import { READER_CLOSE, READER_GET_ARTICLE, type Reply } from '../../utils/protocol/messages';
import type { ReaderArticleReply } from '../../utils/reader-host/reader-controller';

/**
 * The reader frame's line to the reader content script of its own tab, through the background:
 * it relays to the tab the browser reports for this frame (`sender.tab`), never one the frame
 * names. No page script can send, read or forge these runtime messages.
 */
export interface FrameChannel {
  getArticle(): Promise<ReaderArticleReply>;
  close(): void;
}

async function ask<T>(type: string): Promise<T> {
  const reply = (await browser.runtime.sendMessage({ type })) as Reply<T> | undefined;
  if (!reply) throw new Error('Folio did not answer; close the reader and open it again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export const frameChannel: FrameChannel = {
  getArticle: () => ask<ReaderArticleReply>(READER_GET_ARTICLE),
  close: () => void ask(READER_CLOSE).catch(() => {}),
};
