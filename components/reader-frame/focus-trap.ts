const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Focus in the reader frame: Tab and Shift+Tab stay inside it (past the last control focus goes
 * back to the first, never out to the page underneath); and when the frame gets focus back (the
 * content script reclaims it from a page that took it), the control the user was in has it again,
 * so what they type lands where they were typing.
 */
export function trapFocus(doc: Document): { refocus(): void } {
  let lastFocused: HTMLElement | undefined;
  doc.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLElement && event.target !== doc.body) lastFocused = event.target;
  });
  const refocus = () => {
    const target = lastFocused?.isConnected ? lastFocused : doc.querySelector<HTMLElement>('.folio-scroll');
    if (target && doc.activeElement !== target) target.focus({ preventScroll: true });
  };
  doc.defaultView?.addEventListener('focus', refocus);
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
  return { refocus };
}
