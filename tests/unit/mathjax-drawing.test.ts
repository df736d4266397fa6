import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import { mathFromDrawing } from '../../utils/extract/mathjax-drawing';
import { htmlToMarkdown } from '../../utils/markdown/html-to-markdown';

/**
 * Formulas MathJax drew without MathML beside them (MathJax 4's default; MathJax 3 with its
 * assistive MathML turned off), in both its outputs (CHTML and SVG), read back as MathML.
 *
 * The fixture holds, for each TeX formula, the drawings MathJax 3.2.2 and 4.1.3 made of it in
 * Chromium (their speech and braille attributes and the font's SVG paths left out) and, as the
 * answer, the MathML MathJax 3 itself wrote for it as its assistive copy.
 */
interface Formula {
  tex: string;
  display: boolean;
  mathml: string;
  drawings: Record<'mathjax3-chtml' | 'mathjax3-svg' | 'mathjax4-chtml' | 'mathjax4-svg', string>;
}
const { formulas } = JSON.parse(readFileSync(join(__dirname, '../fixtures/math/mathjax-drawings.json'), 'utf8')) as {
  formulas: Formula[];
};

const doc = parseHtml('<body></body>');

function drawing(html: string): Element {
  const holder = doc.createElement('div');
  holder.innerHTML = html;
  return holder.firstElementChild as Element;
}

/**
 * A formula's structure, to compare MathML written two ways: elements and their characters,
 * without grouping rows (MathJax's assistive copy and its drawing group differently), spaces, the
 * operators MathML draws as nothing, and the styled letters' styles (bold "𝐅" is "F" written
 * `mathvariant="bold"`).
 */
function structure(el: Element): string {
  const name = el.localName;
  if (['mi', 'mo', 'mn', 'mtext', 'ms'].includes(name)) {
    const text = (el.textContent ?? '').normalize('NFKC').replace(/[\u2061-\u2064]/g, '');
    return text ? `${name}(${text})` : '';
  }
  if (name === 'mspace') return '';
  const children = [...el.children].map(structure).filter(Boolean);
  return ['math', 'mrow', 'mstyle', 'mpadded'].includes(name) ? children.join(' ') : `${name}[${children.join(' ')}]`;
}

const answer = (formula: Formula) =>
  structure(parseHtml(`<body>${formula.mathml}</body>`).querySelector('math') as Element);

describe('a formula MathJax drew without MathML', () => {
  const cases = formulas.flatMap((formula) =>
    Object.entries(formula.drawings).map(([output, html]) => ({ output, tex: formula.tex, formula, html })),
  );

  it.each(cases)('is read back from $output: $tex', ({ output, formula, html }) => {
    const math = mathFromDrawing(drawing(html));
    expect(math?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    let expected = answer(formula);
    // MathJax 3's SVG draws a long brace from pieces of its own font only, without the brace's
    // character: the reader shows what it spans and its label, without the brace.
    if (output === 'mathjax3-svg') expected = expected.replace(/(?:munder|mover)\[([^[\]]*) mo\([⏟⏞]\)\]/g, '$1');
    expect(structure(math as Element)).toBe(expected);
  });

  it('sets identifiers as plain letters, with no invisible operator in the text', () => {
    const formula = formulas.find((f) => f.tex === 'x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}') as Formula;
    const math = mathFromDrawing(drawing(formula.drawings['mathjax4-chtml'])) as Element;
    expect(math.textContent).toBe('x=−b±b2−4ac2a');
    expect(math.querySelector('mfrac > mrow > msqrt')).not.toBeNull();
  });

  it('reads nothing from a drawing without characters, nor one nested past any formula', () => {
    expect(
      mathFromDrawing(drawing('<mjx-container jax="CHTML"><mjx-math><mjx-mrow></mjx-mrow></mjx-math></mjx-container>')),
    ).toBeNull();
    const deep = `<mjx-container jax="CHTML"><mjx-math>${'<mjx-mrow>'.repeat(1_000)}<mjx-mi><mjx-c class="mjx-c78"></mjx-c></mjx-mi>${'</mjx-mrow>'.repeat(1_000)}</mjx-math></mjx-container>`;
    expect(mathFromDrawing(drawing(deep))).toBeNull();
  });

  it('takes no element name or character the page makes up', () => {
    const madeUp =
      '<mjx-container jax="CHTML"><mjx-math><mjx-constructor><mjx-mi><mjx-c class="mjx-c110000"></mjx-c><mjx-c class="mjx-cE150"></mjx-c><mjx-c class="mjx-c78"></mjx-c></mjx-mi></mjx-constructor><mjx-mo><mjx-c class="mjx-c5F"></mjx-c></mjx-mo><mjx-__proto__><mjx-mn><mjx-c class="mjx-c31"></mjx-c></mjx-mn></mjx-__proto__></mjx-math></mjx-container>';
    expect(mathFromDrawing(drawing(madeUp))?.innerHTML).toBe('<mi>x</mi><mo>_</mo><mn>1</mn>');
    const svg =
      '<mjx-container jax="SVG"><svg><g data-mml-node="math"><g data-mml-node="constructor"><g data-mml-node="mi"><use data-c="78"></use></g></g><g data-mml-node="toString"><g data-mml-node="mn"><use data-c="zz"></use><use data-c="32"></use></g></g></g></svg></mjx-container>';
    expect(mathFromDrawing(drawing(svg))?.innerHTML).toBe('<mrow><mi>x</mi></mrow><mrow><mn>2</mn></mrow>');
  });
});

describe('an article with MathJax 4 formulas', () => {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} of a note on sums and roots, long enough that the page reads as an article and not as a list of formulas.</p>`;
  const inline = formulas.find((f) => f.tex === 'x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}') as Formula;
  const displayed = formulas.find((f) => f.tex === '\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}') as Formula;

  it.each(['mathjax4-chtml', 'mathjax4-svg'] as const)(
    'shows each formula (%s) once, as MathML with its TeX',
    (output) => {
      const html = `<html><head><title>Sums</title></head><body><article><h1>Sums</h1>${paragraph(1)}<p>The roots are ${inline.drawings[output]} for any quadratic.</p>${paragraph(2)}<p>${displayed.drawings[output]}</p>${paragraph(3)}</article></body></html>`;
      const result = extractArticle(parseHtml(html, 'https://maths.test/sums'), { url: 'https://maths.test/sums' });
      if (!result.ok) throw new Error(result.reason);
      const { content, textContent } = result.article;
      expect(textContent).toContain('The roots are x=−b±b2−4ac2a for any quadratic.');
      expect(content).not.toMatch(/mjx-|<svg|data-latex|data-c=/);
      expect(content.match(/<math/g)).toHaveLength(2);
      expect(content).toMatch(/<math[^>]*display="block"/);
      expect(htmlToMarkdown(content)).toContain(
        'The roots are $x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}$ for any quadratic.',
      );
      expect(htmlToMarkdown(content)).toContain('$$\n\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\n$$');
    },
  );
});
