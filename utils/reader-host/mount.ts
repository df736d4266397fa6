/**
 * The reader's place on the page: a custom element with a closed shadow root, so the page's CSS
 * cannot restyle the reader and page scripts cannot read it (`host.shadowRoot` is null to them).
 */
export const HOST_TAG = 'folio-reader-root';

export interface ReaderHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where React renders. */
  container: HTMLElement;
  remove(): void;
}

export function mountReaderHost(doc: Document, css: string): ReaderHost {
  const host = doc.createElement(HOST_TAG);
  // Inline, !important: a page's stylesheet must not hide, shrink or tint the reader.
  host.setAttribute(
    'style',
    'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; display: block !important;',
  );
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  container.className = 'folio-root';
  shadow.append(style, container);
  doc.documentElement.append(host);
  return { host, shadow, container, remove: () => host.remove() };
}
