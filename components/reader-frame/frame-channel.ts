import { browser } from 'wxt/browser';
import { READER_CLOSE, READER_FRAME_TAB, READER_GET_ARTICLE, type Reply } from '../../utils/protocol/messages';
import type { ReaderArticleReply } from '../../utils/reader-host/reader-controller';

/**
 * The reader frame's line to the reader content script of its own tab. The tab comes from the
 * background (the browser's `sender.tab`); the messages go by `tabs.sendMessage` to the top frame,
 * which no page script can send, read or forge.
 */
export interface FrameChannel {
  getArticle(): Promise<ReaderArticleReply>;
  close(): void;
}

function unwrap<T>(reply: Reply<T> | undefined, what: string): T {
  if (!reply) throw new Error(`${what}: no answer`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export async function connectToTab(): Promise<FrameChannel> {
  const tabId = unwrap(
    (await browser.runtime.sendMessage({ type: READER_FRAME_TAB })) as Reply<number> | undefined,
    'tab',
  );
  const toPage = (type: string) => browser.tabs.sendMessage(tabId, { type }, { frameId: 0 });
  return {
    getArticle: async () =>
      unwrap((await toPage(READER_GET_ARTICLE)) as Reply<ReaderArticleReply> | undefined, 'article'),
    close: () => void toPage(READER_CLOSE).catch(() => {}),
  };
}
