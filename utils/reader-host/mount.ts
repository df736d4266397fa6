/**
 * The reader's place on the page: an extension page (reader-frame.html) in an <iframe>, inside a
 * custom element with a closed shadow root. The frame is cross-origin to the page, so page scripts
 * can neither read nor script what the user reads, selects or types there; the closed root keeps
 * the page's CSS selectors and queries off the frame element itself.
 */
export const HOST_TAG = 'folio-reader-root';

export interface ReaderHost {
  host: HTMLElement;
  frame: HTMLIFrameElement;
  remove(): void;
}

export function mountReaderHost(doc: Document, frameUrl: string, title: string): ReaderHost {
  const host = doc.createElement(HOST_TAG);
  // Inline, !important: a page's stylesheet must not hide, shrink or tint the reader.
  host.setAttribute(
    'style',
    'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; display: block !important;',
  );
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.src = frameUrl;
  frame.title = title;
  // The selection toolbar's Copy writes the clipboard from inside the frame.
  frame.allow = 'clipboard-write';
  frame.setAttribute(
    'style',
    'all: initial; display: block; position: absolute; inset: 0; width: 100%; height: 100%; border: 0; margin: 0; padding: 0; color-scheme: normal;',
  );
  shadow.append(frame);
  doc.documentElement.append(host);
  return { host, frame, remove: () => host.remove() };
}
