/**
 * DOM walks that stay fast in every DOM implementation (jsdom's live HTMLCollections are slow to
 * copy) and safe on 5,000-deep pages (no recursion).
 */

/** Every element under `root`, in document order. */
export function descendantElements(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop() as Element;
    out.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

export function someChild(el: Element, test: (child: Element) => boolean): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (test(c)) return true;
  return false;
}
