import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { type Article, extractArticle, type SiteRule } from '../../utils/extract';
import { t } from '../../utils/i18n';
import { lockPageScroll, mountReaderHost, type ReaderHost, shieldReaderEvents } from '../../utils/reader-host';
import { getFolioService } from '../../utils/services/client';
import { DEFAULT_SETTINGS, loadReaderSettings, loadSiteRules } from '../../utils/settings';
import { ReaderView } from './ReaderView';
import readerCss from './reader.css?inline';

interface OpenReader {
  host: ReaderHost;
  root: Root;
  restore: (() => void)[];
  previousFocus: Element | null;
}

/**
 * The reader's life on one page. Kept on the content script's global (its isolated world), so
 * that the next injection, which runs the script again, finds it: the same command toggles the
 * reader, and a second open reuses the extraction and is instant.
 */
interface ReaderState {
  article?: Article | { error: string };
  /** The extractor's sanitized nodes of `article.content`, moved into the reader on each open. */
  contentNodes?: Node[];
  /** The URL the extraction was made for: a single-page app may have moved on since. */
  extractedUrl?: string;
  open?: OpenReader;
}

const STATE_KEY = '__folioReaderState';

function state(): ReaderState {
  const global = globalThis as unknown as Record<string, ReaderState | undefined>;
  global[STATE_KEY] ??= {};
  return global[STATE_KEY] as ReaderState;
}

export async function toggleReader(): Promise<void> {
  if (state().open) closeReader();
  else await openReader();
}

async function currentArticle(siteRulesLoading: Promise<SiteRule[]>): Promise<Article | { error: string }> {
  const s = state();
  if (!s.article || s.extractedUrl !== location.href) {
    const siteRules = await siteRulesLoading;
    performance.mark('folio:extract-start');
    const result = extractArticle(document, { url: location.href, siteRules });
    performance.mark('folio:extract-end');
    s.article = result.ok ? result.article : { error: t('errorNoArticle') };
    s.contentNodes = result.ok ? result.contentNodes : undefined;
    s.extractedUrl = location.href;
  }
  return s.article;
}

/**
 * Performance marks on the page's timeline (folio:open, folio:extract-start/-end, folio:rendered, folio:painted)
 * let the reader benchmark time each part from outside; they cost nothing measurable.
 */
export async function openReader(): Promise<void> {
  const s = state();
  if (s.open) return;
  performance.mark('folio:open');
  // Both reads start at once; the settings are in hand before the first render, so a long article
  // is laid out once, in the user's typography, not first in the defaults.
  const settingsLoading = loadReaderSettings().catch(() => DEFAULT_SETTINGS);
  const article = await currentArticle(loadSiteRules().catch(() => []));
  const settings = await settingsLoading;
  if (s.open) return; // a second command arrived while extracting
  const host = mountReaderHost(document, readerCss);
  const previousFocus = document.activeElement;
  const restore = [shieldReaderEvents(host.host), lockPageScroll(document)];
  const root = createRoot(host.container);
  s.open = { host, root, restore, previousFocus };
  // Synchronously: the reader is on screen in the frame after the command, not some frames later.
  flushSync(() =>
    root.render(
      'error' in article ? (
        <div
          className="folio-notice"
          role="alert"
          onKeyDown={(event) => {
            if (event.key === 'Escape') closeReader();
          }}
        >
          <p>{article.error}</p>
          {/* biome-ignore lint/a11y/noAutofocus: the notice's only control; Enter or Esc dismisses it. */}
          <button type="button" className="folio-button" onClick={closeReader} autoFocus>
            {t('readerClose')}
          </button>
        </div>
      ) : (
        <ReaderView
          article={article}
          contentNodes={s.contentNodes}
          initialSettings={settings}
          url={location.href}
          onClose={closeReader}
          onSave={async () => {
            await getFolioService().saveArticle(location.href, article);
          }}
        />
      ),
    ),
  );
  performance.mark('folio:rendered');
  // Painted: React has committed, and the browser has laid out and drawn the next frame.
  requestAnimationFrame(() => setTimeout(() => performance.mark('folio:painted'), 0));
  // Esc closes the reader even when focus is still on the page (right after the shortcut, say).
  // Inside the reader, the view handles Esc itself (closing an open panel first).
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.composedPath().includes(host.host)) closeReader();
  };
  document.addEventListener('keydown', onKey, true);
  restore.push(() => document.removeEventListener('keydown', onKey, true));
}

export function closeReader(): void {
  const s = state();
  const open = s.open;
  if (!open) return;
  s.open = undefined;
  open.root.unmount();
  open.host.remove();
  for (const undo of open.restore.reverse()) undo();
  if (open.previousFocus instanceof HTMLElement) open.previousFocus.focus({ preventScroll: true });
}
