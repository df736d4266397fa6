/**
 * The reader's place on the page: an extension page (reader-frame.html) in an <iframe>, cross-origin
 * to the page, so page scripts can neither read nor script what the user reads, selects or types
 * there. Around it, inside a closed shadow root, a modal <dialog>: in the top layer, above anything
 * the page stacks, and the page underneath is inert while it is open, so a page script cannot move
 * focus to one of its own fields to catch what the user types. The closed root keeps the page's
 * CSS and queries off the dialog and the frame.
 *
 * The host is a plain <div>, not a custom element: a page could define a custom element of
 * Folio's tag name beforehand, run its constructor on the host and, through attachInternals(),
 * hold the closed shadow root. A <div> runs no page code.
 */
export const HOST_ATTRIBUTE = 'data-folio-reader';
export const HOST_SELECTOR = `div[${HOST_ATTRIBUTE}]`;

const SHADOW_CSS = `
dialog { all: initial; position: fixed; inset: 0; width: 100vw; height: 100vh; max-width: none; max-height: none;
  margin: 0; padding: 0; border: 0; display: block; overflow: hidden; background: transparent; }
dialog::backdrop { background: transparent; }
iframe { all: initial; display: block; width: 100%; height: 100%; border: 0; margin: 0; padding: 0; color-scheme: normal; }
`;

export interface ReaderHost {
  host: HTMLElement;
  dialog: HTMLDialogElement;
  frame: HTMLIFrameElement;
  /** Out of sight and out of the top layer; the frame and its state stay. */
  hide(): void;
  show(): void;
  remove(): void;
}

const HOST_STYLE =
  'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; display: block !important;';
const HIDDEN_HOST_STYLE = 'all: initial !important; display: none !important;';

export function mountReaderHost(doc: Document, frameUrl: string, title: string): ReaderHost {
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  // Inline, !important: a page's stylesheet must not hide, shrink or tint the reader.
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const dialog = doc.createElement('dialog');
  dialog.setAttribute('aria-label', title);
  const frame = doc.createElement('iframe');
  frame.src = frameUrl;
  frame.title = title;
  // The selection toolbar's Copy writes the clipboard from inside the frame.
  frame.allow = 'clipboard-write';
  dialog.append(frame);
  shadow.append(style, dialog);
  doc.documentElement.append(host);
  dialog.showModal();
  // Esc is the reader's to handle (an open panel closes first): the dialog must not close itself.
  dialog.addEventListener('cancel', (event) => event.preventDefault());
  return {
    host,
    dialog,
    frame,
    hide: () => {
      if (dialog.open) dialog.close();
      host.setAttribute('style', HIDDEN_HOST_STYLE);
    },
    show: () => {
      host.setAttribute('style', HOST_STYLE);
      if (!dialog.open) dialog.showModal();
    },
    remove: () => {
      if (dialog.open) dialog.close();
      host.remove();
    },
  };
}
