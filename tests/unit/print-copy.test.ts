// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { printCopyWithMarks } from '../../utils/paint/print-copy';

function article(html: string): HTMLElement {
  const content = document.createElement('div');
  content.className = 'folio-content';
  content.innerHTML = html;
  document.body.replaceChildren(content);
  return content;
}

/** A range over the text from the first occurrence of `from` to the end of `to` after it. */
function rangeOver(root: HTMLElement, from: string, to: string): Range {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let started = false;
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (!started && node.data.includes(from)) {
      range.setStart(node, node.data.indexOf(from));
      started = true;
    }
    if (started && node.data.includes(to)) {
      range.setEnd(node, node.data.indexOf(to) + to.length);
      return range;
    }
  }
  throw new Error(`no text from "${from}" to "${to}"`);
}

const marks = (copy: HTMLElement) =>
  [...copy.querySelectorAll('mark')].map((m) => `${(m as HTMLElement).dataset.color}:${m.textContent}`);

describe('the printer’s copy of an article, its highlights marked', () => {
  it('marks each highlight in its colour, across elements, and leaves the reader’s own text untouched', () => {
    const content = article('<p>读书之法，<b>在循序而渐进</b>，熟读而精思。</p><p>Second paragraph here.</p>');
    const before = content.innerHTML;
    const across = rangeOver(content, '读书', '渐进');
    const english = rangeOver(content, 'paragraph', 'paragraph');
    const copy = printCopyWithMarks(content, [
      { color: 'yellow', range: across },
      { color: 'blue', range: english },
    ]);
    expect(marks(copy)).toEqual(['yellow:读书之法，', 'yellow:在循序而渐进', 'blue:paragraph']);
    expect(copy.textContent).toBe(content.textContent);
    expect(copy.classList.contains('folio-print-copy')).toBe(true);
    // Each mark painted in its colour's paint (the live page's, written once).
    expect((copy.querySelector('mark[data-color="blue"]') as HTMLElement).style.backgroundColor).toBe(
      'rgba(116, 192, 252, 0.45)',
    );
    // The original and the ranges painted on it are as they were.
    expect(content.innerHTML).toBe(before);
    expect(across.toString()).toBe('读书之法，在循序而渐进');
    expect(english.toString()).toBe('paragraph');
  });

  it('gives an overlap the colour of the highlight listed later, and marks the rest of each in its own', () => {
    const content = article('<p>one two three four five</p>');
    const copy = printCopyWithMarks(content, [
      { color: 'yellow', range: rangeOver(content, 'one', 'three') },
      { color: 'green', range: rangeOver(content, 'two', 'four') },
    ]);
    expect(marks(copy)).toEqual(['yellow:one ', 'green:two three', 'green: four']);
    expect(copy.textContent).toBe('one two three four five');
  });

  it('marks a range bounded by elements, and no empty mark where a range ends at the start of a text', () => {
    const content = article('<p>first <i>second</i></p><p>third</p><p>fourth</p>');
    const second = content.querySelectorAll('p')[1] as HTMLElement;
    const whole = document.createRange();
    whole.selectNodeContents(second);
    const ending = rangeOver(content, 'first', 'first');
    ending.setEnd(content.querySelector('i')?.firstChild as Text, 0);
    const copy = printCopyWithMarks(content, [
      { color: 'purple', range: whole },
      { color: 'yellow', range: ending },
    ]);
    expect(marks(copy)).toEqual(['yellow:first ', 'purple:third']);
  });

  it('marks nothing for a range outside the article', () => {
    const content = article('<p>inside</p>');
    const outside = document.createElement('p');
    outside.textContent = 'outside';
    document.body.append(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    expect(marks(printCopyWithMarks(content, [{ color: 'pink', range }]))).toEqual([]);
  });
});
