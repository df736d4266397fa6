/**
 * The reader's place on the page: an extension page (reader-frame.html) in an <iframe>, inside a
 * custom element with a closed shadow root. The frame is cross-origin to the page, so page scripts
 * can neither read nor script what the user reads, selects or types there; the closed root keeps
 * the page's CSS selectors and queries off the frame element itself.
 */
/**
 * The host is a plain <div>, not a custom element: a page could define a custom element of
 * Folio's tag name beforehand, run its constructor on the host and, through attachInternals(),
 * hold the closed shadow root. A <div> runs no page code.
 */
export const HOST_ATTRIBUTE = 'data-folio-reader';
export const HOST_SELECTOR = `div[${HOST_ATTRIBUTE}]`;

export interface ReaderHost {
  host: HTMLElement;
  frame: HTMLIFrameElement;
  remove(): void;
}

export function mountReaderHost(doc: Document, frameUrl: string, title: string): ReaderHost {
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
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
