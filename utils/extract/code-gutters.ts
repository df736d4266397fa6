/**
 * Code without its line numbers. Blogs' highlighters number a code block's lines in a column of
 * their own: a two-cell table (Hexo's `td.gutter`, Jekyll's Rouge, Pygments' `linenos`), a table
 * with a row for each line (highlight.js's line-numbers plugin, the numbers drawn by its
 * stylesheet), or numbers inside the `<pre>` (Pygments' inline `linenos`, CSDN's
 * `ul.pre-numbering`). In the reader the code came as a table beside a column of numbers, the
 * numbers came with every copy of a line, and the Markdown export wrote a table. Each block is
 * made one `<pre>` of its code again.
 *
 * Told by its shape, not by a highlighter's names: a column whose cells hold only the line
 * numbers, counting up from one (or nothing, where a stylesheet draws them), beside a column of
 * code. Runs before Readability, which judges tables, and would weigh a code table as layout.
 */
export function removeLineNumberGutters(root: Element): void {
  for (const table of [...root.querySelectorAll('table')]) {
    if (!table.isConnected) continue;
    const code = codeBesideGutter(table);
    if (!code) continue;
    // Rouge and highlight.js set the table inside the block's own <pre><code>: the block is
    // replaced whole, not given a <pre> inside its <pre>.
    const outer = table.parentElement?.tagName === 'CODE' ? table.parentElement.parentElement : null;
    (outer?.tagName === 'PRE' && outer.textContent === table.textContent ? outer : table).replaceWith(code);
  }
  for (const numbers of [...root.querySelectorAll('pre [class]')]) {
    if (numbers.isConnected && LINE_NUMBERS_NAME.test(numbers.getAttribute('class') ?? '') && isNumbersOnly(numbers))
      numbers.remove();
  }
}

/** A name for line numbers inside a `<pre>`: `linenos`, `lineno`, `line-numbers-rows`, `pre-numbering`. */
const LINE_NUMBERS_NAME = /(?:^|\s)(?:linenos?|line-?numbers?(?:-rows)?|pre-numbering|gutter)(?:\s|$)/i;

/** At most this many lines are read as a code table (a longer table is data). */
const MAX_LINES = 5000;

/**
 * The code of a table that is a code block with its line numbers, as one `<pre>` (its own, where
 * the code cell holds one); undefined for any other table.
 */
function codeBesideGutter(table: HTMLTableElement | Element): Element | undefined {
  const rows = [...(table as HTMLTableElement).rows];
  if (rows.length === 0 || rows.length > MAX_LINES) return undefined;
  const cells = rows.map((row) => [...row.cells]);
  if (cells.some((row) => row.length !== 2)) return undefined;
  const gutters = cells.map((row) => row[0] as HTMLTableCellElement);
  const codes = cells.map((row) => row[1] as HTMLTableCellElement);
  if (!codes.some((cell) => cell.textContent?.trim()) || !looksLikeCode(table, codes)) return undefined;
  const doc = table.ownerDocument;
  if (rows.length === 1) {
    // One row: the numbers of every line in one cell, the lines in the other.
    const numbers = gutters[0] ? textWithBreaks(gutters[0]).trim().split(/\s+/) : [];
    if (!isCountFromOne(numbers)) return undefined;
    const pre = codes[0]?.querySelector('pre');
    if (pre) return pre;
    if (!codes[0]?.querySelector('code, br')) return undefined;
    const made = doc.createElement('pre');
    made.append(...(codes[0]?.childNodes ?? []));
    return made;
  }
  // A row for each line: each gutter its line's number, or empty with the number in an attribute
  // for the stylesheet to draw (`data-line-number`).
  const numbers = gutters.map(
    (cell) =>
      cell.textContent?.trim() || cell.querySelector('[data-line-number]')?.getAttribute('data-line-number') || '',
  );
  if (!isCountFromOne(numbers)) return undefined;
  const pre = doc.createElement('pre');
  const code = doc.createElement('code');
  code.textContent = codes.map((cell) => cell.textContent ?? '').join('\n');
  pre.appendChild(code);
  return pre;
}

/** Names that a highlighter gives a code table or its cells. */
const CODE_NAME = /code|highlight|hljs|rouge|gutter|lineno|source/i;

/**
 * Code, not a ranking ("1 | Paris", "2 | Rome"): its lines are in `<pre>` or `<code>`, or the
 * table or its first row's cells are named for code.
 */
function looksLikeCode(table: Element, codes: Element[]): boolean {
  if (codes.some((cell) => cell.querySelector('pre, code'))) return true;
  const first = codes[0];
  const named = [table, first, first?.previousElementSibling].map((el) => el?.getAttribute('class') ?? '');
  return named.some((name) => CODE_NAME.test(name));
}

/** "1", "2", "3"…: the numbers a code block's lines are counted with. */
function isCountFromOne(numbers: string[]): boolean {
  return numbers.length > 0 && numbers.every((n, i) => n === String(i + 1));
}

function isNumbersOnly(el: Element): boolean {
  return /^[\d\s]*$/.test(el.textContent ?? '');
}

/**
 * The element's text with its line breaks: a `<br>` or a block (Hexo's numbers are
 * `<span class="line">1</span><br>`, whose text alone runs them together as "12").
 */
function textWithBreaks(el: Element): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (/^(?:BR|DIV|P|LI)$/.test((node as Element).tagName)) text += '\n';
  }
  return text;
}
