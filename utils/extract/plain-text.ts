import { isBlankText, ONE_CJK_CHAR } from './text';

/** Elements that are a block of their own: a line of the plain text. */
export const BLOCK =
  /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HGROUP|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TBODY|THEAD|TR|UL)$/;

/**
 * The text of an element as a reader sees it: one block per line, whitespace collapsed. With
 * `styledBlocks`, an inline element the page styles as a block (Tailwind's `block` class, an
 * inline `display: block`) starts a line too: a heading's subtitle in a `<span class="block">`.
 * Only for headings: the article's own text keeps the lines its markup gives, since its classes
 * and styles do not reach the reader.
 */
export function toPlainText(root: Node, styledBlocks = false): string {
  const parts: string[] = [];
  // An explicit stack rather than recursion: 5,000-deep pages must not overflow the call stack.
  const stack: { node: Node; closing: boolean; pre: boolean }[] = [{ node: root, closing: false, pre: false }];
  while (stack.length) {
    const { node, closing, pre } = stack.pop() as { node: Node; closing: boolean; pre: boolean };
    if (node.nodeType === 3) {
      parts.push(pre ? (node.nodeValue ?? '') : (node.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName ?? '';
    if (tag === 'BR') {
      parts.push('\n');
      continue;
    }
    if (tag === 'TD' || tag === 'TH') parts.push(closing ? '' : '\t');
    if (BLOCK.test(tag) || (styledBlocks && styledAsBlock(node as Element))) parts.push('\n');
    if (closing) continue;
    stack.push({ node, closing: true, pre });
    // Sibling links, not childNodes[i]: jsdom answers each index of a NodeList through a proxy.
    for (let child = node.lastChild; child; child = child.previousSibling) {
      stack.push({ node: child, closing: false, pre: pre || tag === 'PRE' });
    }
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * An element's text on one line, its lines (blocks, <br>s) joined with a space: a heading set on
 * two lines reads "Weekend Coding Agent", not "WeekendCoding Agent". Lines of Chinese run on
 * without one, as Chinese is written. A line with nothing to see (a zero-width joiner a page
 * builder leaves) adds no space.
 */
export function oneLineText(el: Element): string {
  const lines = toPlainText(el, true)
    .split('\n')
    .filter((line) => !isBlankText(line));
  let text = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    const joinedWithoutSpace = ONE_CJK_CHAR.test(text.slice(-1)) && ONE_CJK_CHAR.test(line.slice(0, 1));
    text += joinedWithoutSpace ? line : ` ${line}`;
  }
  return text;
}

/** `<span class="block …">`, `<span style="display: block">`: a line of its own where it shows. */
export function styledAsBlock(el: Element): boolean {
  const classes = el.getAttribute('class');
  if (classes?.split(' ').includes('block')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display: ?(?:block|flex|grid)\b/i.test(style);
}
