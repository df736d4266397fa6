/**
 * Puts plain text on the clipboard. The async clipboard API needs a secure context all the way
 * up, which the reader's frame over an http page is not; there the copy is made the way the
 * browser copies a selection, from a hidden field, and focus goes back where it was.
 */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  const view = doc.defaultView;
  if (view?.isSecureContext && view.navigator.clipboard) {
    try {
      await view.navigator.clipboard.writeText(text);
      return;
    } catch {
      // Refused (a frame without focus): the selection copy below may still be allowed.
    }
  }
  const previous = doc.activeElement as HTMLElement | null;
  const field = doc.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none';
  doc.body.append(field);
  field.select();
  const copied = doc.execCommand('copy');
  field.remove();
  previous?.focus({ preventScroll: true });
  if (!copied) throw new Error('the browser refused to copy');
}
