import { createRoot, type Root } from 'react-dom/client';
import { type Article, extractArticle } from '../../utils/extract';
import { t } from '../../utils/i18n';
import { lockPageScroll, mountReaderHost, type ReaderHost, shieldReaderEvents } from '../../utils/reader-host';
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

export function toggleReader(): void {
  if (state().open) closeReader();
  else openReader();
}

export function isReaderOpen(): boolean {
  return Boolean(state().open);
}

function currentArticle(): Article | { error: string } {
  const s = state();
  if (!s.article || s.extractedUrl !== location.href) {
    const result = extractArticle(document, { url: location.href });
    s.article = result.ok ? result.article : { error: t('errorNoArticle') };
    s.extractedUrl = location.href;
  }
  return s.article;
}

export function openReader(): void {
  const s = state();
  const article = currentArticle();
  const host = mountReaderHost(document, readerCss);
  const previousFocus = document.activeElement;
  const restore = [shieldReaderEvents(host.host), lockPageScroll(document)];
  const root = createRoot(host.container);
  s.open = { host, root, restore, previousFocus };
  root.render(
    'error' in article ? (
      <div className="folio-notice" role="alert">
        <p>{article.error}</p>
        {/* biome-ignore lint/a11y/noAutofocus: the notice's only control; Enter or Esc dismisses it. */}
        <button type="button" className="folio-button" onClick={closeReader} autoFocus>
          {t('readerClose')}
        </button>
      </div>
    ) : (
      <ReaderView article={article} url={location.href} onClose={closeReader} />
    ),
  );
  // Esc closes the reader even before it has focus (right after the shortcut, say).
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') closeReader();
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
