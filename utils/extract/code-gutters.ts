import { descendantsWithTag } from './dom';

/**
 * Code without its line numbers. Blogs' highlighters number a code block's lines in a column of
 * their own: a two-cell table (Hexo's `td.gutter`, Jekyll's Rouge, Pygments' `linenos`), a table
 * with a row for each line (highlight.js's line-numbers plugin and GitHub's gists, the numbers
 * drawn by their stylesheets), or numbers inside the `<pre>` (Pygments' inline `linenos`, CSDN's
 * `ul.pre-numbering`). In the reader the code came as a table beside a column of numbers, the
 * numbers came with every copy of a line, and the Markdown export wrote a table. Each block is
 * made one `<pre>` of its code again.
 *
 * Told by its shape: a column whose cells hold only the line numbers, counting up from one (or
 * nothing, where a stylesheet draws them), beside a column of code and nothing else, as many
 * lines as numbers. A table with a row for each line must also be named for code, or have its
 * numbers drawn, since a list of steps or a ranking counts from one too; numbers inside a
 * `<pre>` are told by their name. Runs before Readability, which judges tables, and would weigh
 * a code table as layout.
 */
export function removeLineNumberGutters(root: Element): void {
  // By tag, from the DOM's index: most pages have few tables and few <pre>, and no step here
  // walks the whole page.
  for (const table of descendantsWithTag(root, 'TABLE')) {
    if (!table.isConnected) continue;
    const code = codeBesideGutter(table);
    if (!code) continue;
    // Rouge and highlight.js set the table inside the block's own <pre><code>: the block is
    // replaced whole, not given a <pre> inside its <pre>.
    const outer = table.parentElement?.tagName === 'CODE' ? table.parentElement.parentElement : null;
    // A gist's credit line under its code ("view raw a.js hosted with ❤ by GitHub") goes with
    // its numbers: it is the embed's, not the article's.
    table.closest('.gist-file')?.querySelector('.gist-meta')?.remove();
    (outer?.tagName === 'PRE' && outer.textContent === table.textContent ? outer : table).replaceWith(code);
  }
  for (const pre of descendantsWithTag(root, 'PRE')) {
    for (const numbers of [...pre.querySelectorAll('[class]')]) {
      if (numbers.isConnected && LINE_NUMBERS_NAME.test(numbers.getAttribute('class') ?? '') && isNumbersOnly(numbers))
        numbers.remove();
    }
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
  // The numbers first: a layout table's first cell fails here, before its neighbour is read.
  if (!gutters.every(isNumbersOnly)) return undefined;
  const doc = table.ownerDocument;
  if (rows.length === 1) {
    // One row: the numbers of every line in one cell, the lines in the other, nothing else in it
    // (a numbered step that holds a command and its words is not a code block).
    const gutter = gutters[0] as Element;
    const cell = codes[0] as Element;
    const numbers = textWithBreaks(gutter).trim().split(/\s+/);
    if (!isCountFromOne(numbers)) return undefined;
    const pre = cell.querySelector('pre');
    const code = pre ?? (CODE_NAME.test(cell.getAttribute('class') ?? '') ? cell : null);
    if (!code || code.textContent?.trim() !== cell.textContent?.trim()) return undefined;
    if (textWithBreaks(code).trimEnd().split('\n').length !== numbers.length) return undefined;
    if (pre) return pre;
    const made = doc.createElement('pre');
    made.append(...cell.childNodes);
    return made;
  }
  // A row for each line: each gutter its line's number, or empty with the number in an attribute
  // for the stylesheet to draw (`data-line-number`); the table named for code, or its numbers
  // drawn so (a list of steps or a ranking counts from one too).
  // GitHub (a gist, a file) sets the attribute on the cell itself, highlight.js inside it.
  const drawn = gutters.map(
    (cell) =>
      cell.getAttribute('data-line-number') ??
      cell.querySelector('[data-line-number]')?.getAttribute('data-line-number'),
  );
  const numbers = gutters.map((cell, i) => cell.textContent?.trim() || drawn[i] || '');
  if (!isCountFromOne(numbers)) return undefined;
  const named = [table, gutters[0], codes[0]].some((el) => CODE_NAME.test(el?.getAttribute('class') ?? ''));
  if (!named && !drawn.every(Boolean)) return undefined;
  const pre = doc.createElement('pre');
  const code = doc.createElement('code');
  code.textContent = codes.map((cell) => cell.textContent ?? '').join('\n');
  pre.appendChild(code);
  return pre;
}

/** Names that a highlighter gives a code table or its cells. */
const CODE_NAME = /code|highlight|hljs|rouge|gutter|lineno|source/i;

/** "1", "2", "3"…: the numbers a code block's lines are counted with. */
function isCountFromOne(numbers: string[]): boolean {
  return numbers.length > 0 && numbers.every((n, i) => n === String(i + 1));
}

function isNumbersOnly(el: Element): boolean {
  return /^[\d\s]*$/.test(el.textContent ?? '');
}

/**
 * The element's text with its line breaks: a `<br>` or a block (Hexo's numbers are
 * `<span class="line">1</span><br>`, whose text alone runs them together as "12"). Not
 * plain-text.ts's `toPlainText`: it drops empty lines, and a code block's blank lines are lines
 * its gutter numbers too.
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
