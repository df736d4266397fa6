/**
 * Where a key belongs to what is being typed (Ctrl+Z, or ⌥⇧L, which types "Ò" on a Mac): an input,
 * a text area, an editable element. Folio's own keys are not taken there.
 */
export function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.tagName === 'INPUT') return !NOT_TYPED_IN.has((el as HTMLInputElement).type);
  return el.tagName === 'TEXTAREA' || el.isContentEditable === true;
}

/** Inputs that take no typing: a key there is Folio's. */
const NOT_TYPED_IN = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);
