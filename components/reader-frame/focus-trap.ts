const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab inside the reader frame: past its last control focus goes back to its
 * first (and the other way), never out to the page underneath, which the reader covers.
 */
export function trapFocus(doc: Document): void {
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const tabbable = [...doc.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.getClientRects().length > 0);
    const first = tabbable[0];
    const last = tabbable[tabbable.length - 1];
    if (!first || !last) return;
    const active = doc.activeElement;
    if (event.shiftKey && (active === first || !doc.body.contains(active) || active === doc.body)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  });
}
