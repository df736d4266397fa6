import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, chunkLongContent } from '../../components/reader/chunk-content';

function content(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>第${i + 1}段。</p>`).join('\n');

describe('a long article is grouped into chunks before it is laid out', () => {
  it('groups the blocks under the lone wrappers, and leaves the text exactly as it was', () => {
    const root = content(`<div id="readability-page-1"><article>${paragraphs(100)}</article></div>`);
    const before = root.textContent;
    chunkLongContent(root);
    const chunks = root.querySelectorAll('article > .folio-chunk');
    expect(chunks).toHaveLength(Math.ceil(100 / CHUNK_SIZE));
    expect(chunks[0]?.querySelectorAll('p')).toHaveLength(CHUNK_SIZE);
    expect(root.querySelectorAll('article > p')).toHaveLength(0);
    expect(root.textContent).toBe(before);
    expect(root.querySelector('p')?.textContent).toBe('第1段。');
    expect(root.querySelector('.folio-chunk:last-child p:last-child')?.textContent).toBe('第100段。');
  });

  it('leaves a short article alone', () => {
    const root = content(`<div>${paragraphs(CHUNK_SIZE * 2)}</div>`);
    const before = root.innerHTML;
    chunkLongContent(root);
    expect(root.innerHTML).toBe(before);
  });
});
