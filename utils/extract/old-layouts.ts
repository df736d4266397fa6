import { descendantsWithTag, isBlankTextNode, isLineBreak } from './dom';
import { trimTypedIndent } from './edge-line-breaks';
import type { RemovalReport } from './report';
import { normalizeSpace } from './text';

/** The tags of an old layout this step reads; the page's survey counts them (see surveyPage). */
export const OLD_LAYOUT_TAGS = ['FONT', 'CENTER', 'TABLE'] as const;
type OldLayoutTag = (typeof OLD_LAYOUT_TAGS)[number];

/**
 * Pages built before CSS layouts (many content farms still are): the article sits in a layout
 * table, its paragraphs are separated only by `<br><br>` and indented with full-width spaces,
 * its text wrapped in `<font>` and `<center>`. Undone here, so that it
 * reads as paragraphs; tables of data stay tables. Runs on the working copy before pre-clean, so
 * that the line-by-line steps and Readability see blocks and paragraphs.
 */
export function undoOldLayouts(
  container: Element,
  report: RemovalReport,
  pageHas: (tag: OldLayoutTag) => boolean = () => true,
): void {
  let changed = 0;
  // Each tag read below is a walk of the whole page (in jsdom); most pages have no <font>,
  // <center> or table at all, which the page's survey already knows.
  const ofTag = (tag: OldLayoutTag) => (pageHas(tag) ? descendantsWithTag(container, tag) : []);
  for (const font of ofTag('FONT')) {
    font.replaceWith(...font.childNodes);
    changed++;
  }
  for (const center of ofTag('CENTER')) {
    const div = center.ownerDocument.createElement('div');
    div.append(...center.childNodes);
    center.replaceWith(div);
    changed++;
  }
  changed += unwrapLayoutTables(ofTag('TABLE'));
  // Only the parents of a <br> followed by another: most pages have few <br>s, and no runs.
  const parents = new Set<Element>();
  for (const br of descendantsWithTag(container, 'BR')) {
    const parent = br.parentElement;
    if (!parent || parents.has(parent) || !SPLITTABLE.test(parent.tagName)) continue;
    let m = br.nextSibling;
    while (m && isBlankTextNode(m)) m = m.nextSibling;
    if (isLineBreak(m)) parents.add(parent);
  }
  for (const el of parents) changed += splitBrParagraphs(el);
  if (changed) report.note('pre-clean', `undid ${changed} pieces of an old table-and-<br> layout`);
}

/**
 * Every layout table among `tables` (in document order) unwrapped, innermost first. Each unwrap
 * moves the cells' contents, and a move costs as much as the moved subtree (the browser, and
 * jsdom far more, visit every node of a subtree connected to a document). So each outermost
 * layout table is first taken out of the document, its nest undone there, and the result put
 * back once: a page of layout tables nested hundreds deep costs a few moves of its text, not one
 * per level (300 levels: 6.5 s in jsdom before, 1.5 s after). A table's judgement reads only its
 * text, its own rows and the tags in its cells, which undoing the tables inside it does not
 * change, so all are judged before any is undone.
 */
function unwrapLayoutTables(tables: Element[]): number {
  const layout = new Set(tables.filter(isLayoutTable));
  if (layout.size === 0) return 0;
  let unwrapped = 0;
  const outermost = [...layout].filter((table) => !hasAncestorIn(table, layout));
  for (const root of outermost) {
    const doc = root.ownerDocument;
    const placeholder = doc.createComment('');
    root.replaceWith(placeholder);
    const holder = doc.createElement('div');
    holder.append(root);
    const nest = [root, ...descendantsWithTag(root, 'TABLE').filter((t) => layout.has(t))];
    // Innermost first: an outer table's cells then hold the inner one's blocks, not the table.
    for (const table of nest.reverse()) {
      // A table inside a cell with no text nor picture went with that cell.
      if (!holder.contains(table)) continue;
      table.replaceWith(unwrapTable(table));
      unwrapped++;
    }
    placeholder.replaceWith(...holder.childNodes);
  }
  return unwrapped;
}

function hasAncestorIn(el: Element, set: Set<Element>): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}

/** Text this long in one cell, with sentences, is an article's body, not a table's datum. */
const PROSE_CELL = 400;

/**
 * A table for layout, not data: it has a single cell, or a cell that holds an article's body
 * (`<br><br>` paragraphs, headings, or hundreds of characters of sentences). A data table has
 * many short cells.
 */
export function isLayoutTable(table: Element): boolean {
  const cells = ownCells(table);
  if (cells.length <= 1) return true;
  // Cheapest tests first: most cells are short, and a short cell holds no article body.
  return cells.some((cell) => {
    const raw = cell.textContent ?? '';
    if (raw.length < 40) return false;
    if (raw.length >= PROSE_CELL && normalizeSpace(raw).length >= PROSE_CELL && /[。！？.!?]/.test(raw)) return true;
    if (descendantsWithTag(cell, 'BR').some((br) => br.nextElementSibling?.tagName === 'BR')) return true;
    return ['h1', 'h2', 'h3'].some((tag) => cell.getElementsByTagName(tag).length > 0);
  });
}

/** The table's own cells (not those of a table inside it), by the table's rows. */
function ownCells(table: Element): Element[] {
  const rows = (table as HTMLTableElement).rows;
  if (!rows) return [...table.querySelectorAll('td, th')].filter((c) => c.closest('table') === table);
  const cells: Element[] = [];
  for (const row of rows) for (const cell of row.cells) cells.push(cell);
  return cells;
}

/**
 * The block to put where the table was: its cells' contents, in reading order, each cell a block
 * of its own, all in one block: the cells keep a common parent, as the prose-region step and
 * Readability expect of an article's pieces.
 */
function unwrapTable(table: Element): Element {
  const doc = table.ownerDocument;
  const blocks: Element[] = [];
  for (const cell of table.querySelectorAll('td, th')) {
    if (cell.closest('table') !== table || (!normalizeSpace(cell.textContent ?? '') && !cell.querySelector('img')))
      continue;
    const block = doc.createElement('div');
    block.append(...cell.childNodes);
    blocks.push(block);
  }
  const wrapper = doc.createElement('div');
  wrapper.append(...blocks);
  return wrapper;
}

/** Where a run of <br>s separates paragraphs (inside inline elements it is left alone). */
const SPLITTABLE = /^(?:P|DIV|TD|TH|SECTION|ARTICLE|MAIN|BODY|BLOCKQUOTE|LI)$/;
const BLOCK_TAGS = /^(?:P|DIV|TABLE|UL|OL|DL|H[1-6]|BLOCKQUOTE|PRE|FIGURE|SECTION|ARTICLE|HR)$/;

/**
 * An element whose text is split into paragraphs only by runs of two or more `<br>`: each piece
 * becomes a `<p>` (its leading full-width spaces, an indent typed by hand, taken off: the
 * reader indents). A single `<br>` stays a line break. Returns how many paragraphs were made.
 */
function splitBrParagraphs(el: Element): number {
  const doc = el.ownerDocument;
  const pieces: Node[][] = [[]];
  for (let n = el.firstChild; n; ) {
    const next = n.nextSibling;
    if (isLineBreak(n)) {
      let run = 1;
      let m = n.nextSibling;
      while (m && (isLineBreak(m) || isBlankTextNode(m))) {
        if (isLineBreak(m)) run++;
        m = m.nextSibling;
      }
      if (run >= 2) {
        pieces.push([]);
        for (let k: Node | null = n; k && k !== m; ) {
          const after: Node | null = k.nextSibling;
          k.parentNode?.removeChild(k);
          k = after;
        }
        n = m;
        continue;
      }
    }
    (pieces[pieces.length - 1] as Node[]).push(n);
    n = next;
  }
  const made: Node[] = [];
  let paragraphs = 0;
  // Within a piece, blocks stay as they are and each run of inline content between them is a <p>.
  const flush = (run: Node[]) => {
    const content = run.some(
      (n) => normalizeSpace(n.textContent ?? '') || (n.nodeType === 1 && (n as Element).querySelector('img')),
    );
    if (!content) {
      made.push(...run);
      return;
    }
    const p = doc.createElement('p');
    p.append(...run);
    trimTypedIndent(p);
    made.push(p);
    paragraphs++;
  };
  for (const piece of pieces) {
    let run: Node[] = [];
    for (const node of piece) {
      if (node.nodeType === 1 && BLOCK_TAGS.test((node as Element).tagName)) {
        flush(run);
        run = [];
        made.push(node);
      } else run.push(node);
    }
    flush(run);
  }
  if (el.tagName === 'P') el.replaceWith(...made);
  else el.replaceChildren(...made);
  return paragraphs;
}
