import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Article } from '../../utils/extract/types';
import { t } from '../../utils/i18n';
import { MARK, markForTests } from '../../utils/protocol/test-hooks';
import { getFolioService } from '../../utils/services/client';
import { DEFAULT_SETTINGS, loadReaderSettings } from '../../utils/settings';
import { ReaderView } from '../reader/ReaderView';
import { articleNodes } from './article-nodes';
import { FrameNotice } from './FrameNotice';
import { trapFocus } from './focus-trap';
import { connectFrameChannel } from './frame-channel';
import { handleHideAndShow } from './hide-and-show';
import { keepArticleImages } from './keep-images';
import { sendReaderArticleToObsidian } from './send-to-obsidian';

/**
 * Fetches the article from the tab's content script and renders the reader. Performance marks in
 * this frame's own timeline (never the page's) let the reader benchmark time each part.
 */
export async function startReaderFrame(container: HTMLElement): Promise<void> {
  markForTests(MARK.frameStart);
  const settingsLoading = loadReaderSettings().catch(() => DEFAULT_SETTINGS);
  const root = createRoot(container);
  const channel = connectFrameChannel(window);
  const close = closeAfterKeyRelease(document, () => channel.close());
  const focus = trapFocus(document);
  let showReader: ((openHighlight?: { id: string }) => void) | undefined;
  handleHideAndShow(document, channel, (openHighlightId) => {
    showReader?.(openHighlightId ? { id: openHighlightId } : undefined);
    focus.refocus();
  });
  try {
    const reply = await channel.getArticle();
    markForTests(MARK.articleReceived, { extractMs: reply.extractMs });
    const { url } = reply;
    const settings = await settingsLoading;
    if (!reply.article) {
      // Picking closes this frame; the content script opens a new one read by the choice.
      const choose = (action: 'pick-article' | 'undo-pick') => () => void channel.fix({ action });
      flushSync(() =>
        root.render(
          <FrameNotice
            message={reply.error ?? t('errorNoArticle')}
            theme={settings.theme}
            pageTitle={reply.pageTitle}
            onClose={close}
            onChoose={choose('pick-article')}
            onForgetChoice={reply.articleChosen ? choose('undo-pick') : undefined}
          />,
        ),
      );
      return markRendered();
    }
    let article = reply.article;
    let nodes = articleNodes(article.content, document);
    let pages = reply.pages;
    /** Bumped when the essay's merged pages replace the first page: the reader starts again on them. */
    let version = 0;
    markForTests(MARK.parsed);
    const render = (openHighlight?: { id: string }) => {
      const shown = article as Article;
      root.render(
        <ReaderView
          key={version}
          article={shown}
          contentNodes={nodes}
          initialSettings={settings}
          url={url}
          openHighlight={openHighlight}
          pages={pages}
          onRetryPages={() => channel.retryPages()}
          onFix={channel.fix}
          articleChosen={reply.articleChosen}
          onClose={close}
          onSendToObsidian={() => sendReaderArticleToObsidian(url, shown)}
          onSave={async () => {
            const service = getFolioService();
            const saved = await service.saveArticle(url, shown);
            return {
              keepImages: () =>
                keepArticleImages(saved.id, url, shown.content, {
                  service,
                  fetchOwnSiteImages: channel.fetchImages,
                  openAllowPage: (articleId) => service.openAllowImagesPage(articleId),
                }),
            };
          }}
        />,
      );
    };
    channel.onPages((message) => {
      pages = message.pages;
      if (message.article) {
        // The merged essay: the same first page and more after it. Where the reader was, it stays.
        const scroller = document.querySelector('.folio-scroll');
        const scrollTop = scroller?.scrollTop ?? 0;
        article = message.article;
        nodes = articleNodes(article.content, document);
        version++;
        flushSync(() => render());
        document.querySelector('.folio-scroll')?.scrollTo({ top: scrollTop });
        requestAnimationFrame(() => setTimeout(() => markForTests(MARK.pagesPainted), 0));
      } else render();
    });
    // Synchronously: the reader is on screen in the frame after the article arrives.
    flushSync(() => render(reply.openHighlightId ? { id: reply.openHighlightId } : undefined));
    showReader = (openHighlight) => {
      if (openHighlight) render(openHighlight);
    };
  } catch (error) {
    flushSync(() => root.render(<FrameNotice message={(error as Error).message} onClose={close} />));
  }
  markRendered();
}

function markRendered(): void {
  markForTests(MARK.rendered);
  // Painted: React has committed, and the browser has laid out and drawn the next frame.
  requestAnimationFrame(() => setTimeout(() => markForTests(MARK.painted), 0));
}

/** The benchmark's floor (FRAME_FLOOR_PARAM): one line painted, nothing asked, nothing rendered. */
export function paintFrameFloor(container: HTMLElement): void {
  container.textContent = 'Folio';
  requestAnimationFrame(() => setTimeout(() => markForTests(MARK.painted), 0));
}

/**
 * Closing removes this frame. When Esc closed it, the frame goes a moment after the key is
 * released (at most 300 ms after the press), not between the key's down and up, nor while its
 * release is still being handled: the browser would otherwise route the release to a frame being
 * torn down, and whoever sent the key (a test driver) waited for it for ever.
 */
function closeAfterKeyRelease(doc: Document, close: () => void): () => void {
  const SETTLE_MS = 50;
  let held = false;
  let released: (() => void) | undefined;
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') held = true;
    },
    true,
  );
  doc.addEventListener(
    'keyup',
    (event) => {
      if (event.key !== 'Escape') return;
      held = false;
      released?.();
    },
    true,
  );
  return () => {
    if (!held) return close();
    const timer = setTimeout(() => released?.(), 300);
    released = () => {
      released = undefined;
      clearTimeout(timer);
      setTimeout(close, SETTLE_MS);
    };
  };
}
