// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { type Article, extractArticle } from '../../utils/extract';
import { pageId } from '../../utils/extract/page-ids';
import { htmlToMarkdown } from '../../utils/markdown';

const URL = 'https://marginalia.test/index-cards';
const FIXTURE = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/en-footnotes.html'), 'utf8');

function extract(html: string): Article {
  const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

/** The article's content as a document, to follow its links. */
const contentOf = (article: Article) => parseHtml(`<body>${article.content}</body>`, URL);

const paragraphStarting = (doc: Document, start: string) =>
  [...doc.querySelectorAll('p')].find((p) => p.textContent?.startsWith(start))?.textContent;

describe('notes a page shows on demand inside its sentences', () => {
  it('leave the sentence whole, a number in their place, and stand at the end in order', () => {
    const doc = contentOf(extract(FIXTURE));
    // A footnote's tooltip (Modern Footnotes), a glossary's bubble beside its term, a tooltip the
    // page did not name: the sentence reads on past each.
    expect(paragraphStarting(doc, 'For ten years')).toMatch(/the whole exercise\.1 Writing a card meant/);
    expect(paragraphStarting(doc, 'A card system')).toMatch(/a kind of zettelkasten2, though I did not know/);
    expect(paragraphStarting(doc, 'The habit I kept')).toMatch(/one idea to a note\.3 Everything else/);
    expect(paragraphStarting(doc, 'What the cards')).toMatch(/made the idea clearer\.4$/);
    const notes = [...doc.querySelectorAll('[role="doc-endnotes"] li')].map((li) => li.textContent);
    expect(notes).toEqual([
      'The shoebox was a Clarks box, size nine, which held about four hundred cards. ↩',
      'ZettelkastenA slip box: notes on separate slips, linked by numbers and filed so that they can be found and combined again.Learn more ↩',
      'Two ideas on one card always ended up filed under the wrong one. ↩',
      'I have since thrown most of the cards away, and I do not miss them. ↩',
    ]);
    // After the article's last paragraph.
    expect(doc.body.lastElementChild?.getAttribute('role')).toBe('doc-endnotes');
  });

  it('link each number to its note and each note back, as the reader follows in-article links', () => {
    const doc = contentOf(extract(FIXTURE));
    const target = (link: Element) => doc.getElementById(pageId(link.getAttribute('href')?.slice(1) ?? ''));
    const numbers = [...doc.querySelectorAll('sup a')];
    expect(numbers.map((a) => a.textContent)).toEqual(['1', '2', '3', '4']);
    // On hover, the note itself.
    expect(numbers[2]?.getAttribute('title')).toBe('Two ideas on one card always ended up filed under the wrong one.');
    for (const [i, number] of numbers.entries()) {
      const note = target(number);
      expect(note?.textContent).toContain(['Clarks box', 'A slip box', 'Two ideas', 'thrown most'][i]);
      const back = [...(note?.querySelectorAll('a') ?? [])].at(-1) as Element;
      expect(target(back)).toBe(number);
    }
    // The glossary's own link stays in its note.
    expect(doc.querySelector('[role="doc-endnotes"] a[href$="/glossary/zettelkasten/"]')?.textContent).toBe(
      'Learn more',
    );
  });

  it('leave a picture’s caption, and anything named from another sentence or before its term, where it was', () => {
    const article = extract(FIXTURE);
    const doc = contentOf(article);
    expect(doc.querySelector('figure > figcaption')?.textContent).toBe('The shoebox, after ten years of cards.');
    const paragraph = (n: number) =>
      `<p>Paragraph ${n}: reading slowly is a skill worth keeping, and it can be learned again with some patience and a quiet room.</p>`;
    const elsewhere = extract(
      `<article><h1>Slow reading</h1>${paragraph(1)}<p><span id="said-before">A remark set before the term.</span> The word <abbr aria-describedby="said-before said-later">SR</abbr> stands for slow reading, a habit worth a paragraph of its own.</p><p>Then a new paragraph. <span id="said-later">A sentence of it that the term names from the paragraph before.</span></p>${paragraph(2)}${paragraph(3)}</article>`,
    );
    expect(elsewhere.content).not.toContain('doc-endnotes');
    expect(elsewhere.textContent).toContain('A remark set before the term. The word SR stands for slow reading');
    expect(elsewhere.textContent).toContain('Then a new paragraph. A sentence of it that the term names');
  });

  it('link to their notes even where the page has elements with ids like theirs', () => {
    // The page's own "folio-note-1" (as written, or already prefixed as the sanitizer would) must
    // not take a note's number away from the note.
    const clashing = FIXTURE.replace(
      '</h1>',
      '</h1><p id="folio-note-1">The page’s own paragraph with the note’s id.</p><span id="user-content-folio-note-mark-2"></span>',
    );
    const doc = contentOf(extract(clashing));
    const numbers = [...doc.querySelectorAll('sup a')];
    expect(numbers).toHaveLength(4);
    for (const number of numbers) {
      const targets = doc.querySelectorAll(`[id="${pageId(number.getAttribute('href')?.slice(1) ?? '')}"]`);
      expect(targets).toHaveLength(1);
      expect(targets[0]?.closest('[role="doc-endnotes"]')).not.toBeNull();
      expect(doc.querySelectorAll(`[id="${number.id}"]`)).toHaveLength(1);
    }
  });

  it('show on hover, as a page’s own footnotes do now: its numbers carry their notes’ text', () => {
    const own = extract(
      `<article><h1>Slow reading</h1><p>${'Reading slowly is a skill worth keeping, and it can be learned again. '.repeat(5)}<sup id="fnref:1"><a href="#fn:1" role="doc-noteref">1</a></sup> More words follow the note's number in this sentence.</p><p>${'A second paragraph of the article, long enough to be read. '.repeat(5)}<sup><a href="#fn:2" title="Note two">2</a></sup></p><div class="footnotes" role="doc-endnotes"><ol><li id="fn:1"><p>Nabokov, <em>Lectures on Literature</em>, 1980.&nbsp;<a href="#fnref:1" role="doc-backlink">↩</a></p></li><li id="fn:2"><p>The second note.</p></li><li id="fn:3"><p>The third. <a href="#fnref:3">↩\uFE0E</a></p></li></ol></div><p>${'A last paragraph, with the third note. '.repeat(5)}<sup><a href="#fn:3">3</a></sup></p></article>`,
    );
    const numbers = [...contentOf(own).querySelectorAll('sup a')];
    expect(numbers.map((a) => a.getAttribute('title'))).toEqual([
      'Nabokov, Lectures on Literature, 1980.',
      'Note two', // the page's own title stays
      'The third.', // without markdown-it's arrow ("↩︎")
    ]);
  });

  it('are Markdown footnotes in the export', () => {
    const markdown = htmlToMarkdown(extract(FIXTURE).content);
    expect(markdown).toContain('the point of the whole exercise.[^1] Writing a card');
    expect(markdown).toContain('a kind of zettelkasten[^2], though');
    expect(markdown).toContain('[^1]: The shoebox was a Clarks box, size nine, which held about four hundred cards.\n');
    // A note of several lines continues, indented; no link back.
    expect(markdown).toContain(
      '[^2]: **Zettelkasten**  \n    A slip box: notes on separate slips, linked by numbers and filed so that they can be found and combined again.  \n    [Learn more](https://marginalia.test/glossary/zettelkasten/)',
    );
    expect(markdown).not.toMatch(/↩|folio-note/);
  });
});
