import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import type { Article } from '../../utils/extract/types';
import { htmlToMarkdown } from '../../utils/markdown/html-to-markdown';

/**
 * Formulas as the page's math library leaves them in the live page (KaTeX, MathJax 2 and 3,
 * Wikipedia), read as MathML with their TeX: drawn by the browser itself in the reader, counted
 * once in the text, written as TeX in the Markdown export.
 */

const paragraph = (n: number) =>
  `<p>Paragraph ${n}, about energy and mass, so that the page reads as an article: the two are one quantity seen twice, and a little mass holds a great deal of energy.</p>`;

function extract(formula: string): Article {
  const html = `<html><head><title>Energy and mass</title></head><body><article><h1>Energy and mass</h1>${paragraph(1)}<p>The famous relation ${formula} ends the argument.</p>${paragraph(2)}${paragraph(3)}</article></body></html>`;
  const result = extractArticle(parseHtml(html, 'https://physics.test/energy'), { url: 'https://physics.test/energy' });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

/** The sentence holding the formula, as text and as HTML. */
function sentence(article: Article) {
  const text = article.textContent.slice(article.textContent.indexOf('The famous'));
  const start = article.content.indexOf('The famous');
  return {
    text: text.slice(0, text.indexOf('argument.') + 9),
    html: article.content.slice(start, article.content.indexOf('argument.', start) + 9),
  };
}

const MATHML =
  '<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">E=mc^2</annotation></semantics></math>';
const BARE_MATHML =
  '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>';
const KATEX_DRAWING =
  '<span class="katex-html" aria-hidden="true"><span class="base"><span class="strut" style="height:0.81em"></span><span class="mord mathnormal">E</span><span class="mrel">=</span><span class="mord mathnormal">m</span><span class="mord"><span class="mord mathnormal">c</span><span class="msupsub"><span class="vlist"><span class="sizing reset-size6 size3 mtight"><span class="mord mtight">2</span></span></span></span></span></span></span>';
const KATEX = `<span class="katex"><span class="katex-mathml">${MATHML}</span>${KATEX_DRAWING}</span>`;
const MATHJAX3 = `<mjx-container class="MathJax" jax="CHTML"><mjx-math class="MJX-TEX" aria-hidden="true"><mjx-mi class="mjx-i"><mjx-c class="mjx-c1D438 TEX-I"></mjx-c></mjx-mi><mjx-mo class="mjx-n"><mjx-c class="mjx-c3D"></mjx-c></mjx-mo></mjx-math><mjx-assistive-mml unselectable="on" display="inline">${BARE_MATHML}</mjx-assistive-mml></mjx-container>`;
const MATHJAX2 = `<span class="MathJax_Preview" style="color: inherit;"></span><span class="MathJax" id="MathJax-Element-1-Frame" tabindex="0"><nobr aria-hidden="true"><span class="math"><span class="mi">E</span><span class="mo">=</span><span class="mi">m</span><span class="msubsup"><span class="mi">c</span><span class="mn">2</span></span></span></nobr><span class="MJX_Assistive_MathML" role="presentation">${BARE_MATHML}</span></span><script type="math/tex" id="MathJax-Element-1">E=mc^2</script>`;
const WIKIPEDIA = `<span class="mwe-math-element"><span class="mwe-math-mathml-inline mwe-math-mathml-a11y" style="display: none;">${MATHML.replace('<math ', '<math alttext="{\\displaystyle E=mc^{2}}" ')}</span><img src="https://wikimedia.org/api/rest_v1/media/math/render/svg/abc" class="mwe-math-fallback-image-inline" aria-hidden="true" alt="{\\displaystyle E=mc^{2}}"></span>`;

describe('a formula', () => {
  it.each([
    ['KaTeX', KATEX, 'E=mc^2'],
    ['MathJax 3', MATHJAX3, undefined],
    ['MathJax 2', MATHJAX2, 'E=mc^2'],
    ['Wikipedia', WIKIPEDIA, '{\\displaystyle E=mc^{2}}'],
    ['plain MathML', MATHML, 'E=mc^2'],
  ])('drawn by %s is kept as MathML, once, with its TeX', (_library, formula, tex) => {
    const { text, html } = sentence(extract(formula));
    expect(text).toBe('The famous relation E=mc2 ends the argument.');
    expect(html).toMatch(
      /^The famous relation <math[^>]*>(?:<mrow>)?<mi>E<\/mi><mo>=<\/mo><mi>m<\/mi><msup><mi>c<\/mi><mn>2<\/mn><\/msup>/,
    );
    expect(html).not.toMatch(/annotation|semantics|mjx-|katex|<img|<script/i);
    const alttext = /<math[^>]*alttext="([^"]*)"/.exec(html)?.[1];
    expect(alttext?.replace(/&amp;/g, '&')).toBe(tex);
  });

  it('set apart (display) stays a block', () => {
    const katex = extract(`<span class="katex-display">${KATEX}</span>`);
    expect(sentence(katex).html).toMatch(/<math[^>]*display="block"/);
    const mathjax2 = extract(MATHJAX2.replace('type="math/tex"', 'type="math/tex; mode=display"'));
    expect(sentence(mathjax2).html).toMatch(/<math[^>]*display="block"/);
  });

  it('drawn by MathJax 2 without its MathML is its TeX, as code', () => {
    const drawnOnly = MATHJAX2.replace(/<span class="MJX_Assistive_MathML"[\s\S]*?<\/math><\/span>/, '');
    expect(sentence(extract(drawnOnly)).html).toBe('The famous relation <code>E=mc^2</code> ends the argument.');
  });

  it('keeps no link, colour or action of the page inside it', () => {
    const hostile =
      '<math><mi href="javascript:alert(1)" mathcolor="#fff" mathbackground="#fff">E</mi><maction actiontype="statusline"><mi>x</mi><mtext>note</mtext></maction><mglyph src="https://tracker.test/pixel.gif"></mglyph></math>';
    const { html } = sentence(extract(hostile));
    expect(html).toContain('<mi>E</mi>');
    expect(html).not.toMatch(/href|javascript|mathcolor|mathbackground|maction|mglyph|tracker/);
  });

  it('keeps the sizes, spaces and shifts TeX gives its parts', () => {
    // MathJax's output for \Bigg(, \qquad, \large, \raisebox{0.5ex}, \smash, \scriptstyle, \binom.
    const tex =
      '<math><mo minsize="2.470em" maxsize="2.470em">(</mo><mspace width="2em"></mspace><mstyle mathsize="1.2em"><mi>a</mi></mstyle><mpadded voffset="0.5ex" height="0" depth="0"><mi>b</mi></mpadded><mstyle scriptlevel="1" displaystyle="false"><mi>c</mi></mstyle><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac><mo lspace="thinmathspace" rspace="0">d</mo></math>';
    const { html } = sentence(extract(tex));
    for (const kept of ['minsize="2.470em"', 'width="2em"', 'mathsize="1.2em"', 'voffset="0.5ex"', 'height="0"'])
      expect(html).toContain(kept);
    for (const kept of ['scriptlevel="1"', 'linethickness="0"', 'lspace="thinmathspace"']) expect(html).toContain(kept);
  });

  it('draws no part far past its line: a page’s giant glyph, lifted words or pulled-back space go', () => {
    const hostile = [
      '<math><mstyle mathsize="900px"><mi>W</mi></mstyle>',
      // Sizes that multiply as they nest, and shifts that add up: each within bounds alone.
      '<mstyle mathsize="2em"><mstyle mathsize="2em"><mi>V</mi></mstyle></mstyle>',
      '<mpadded voffset="1em"><mpadded voffset="1em"><mtext>lifted</mtext></mpadded></mpadded>',
      '<mpadded voffset="-330px"><mtext>Folio: sign in again</mtext></mpadded>',
      '<mstyle scriptlevel="-9"><mi>X</mi></mstyle><mspace width="20000px"></mspace>',
      '<mspace width="-3em"></mspace><mpadded lspace="-1em" width="10width"><mi>y</mi></mpadded>',
      '<mo minsize="40em" stretchy="true">(</mo><mstyle scriptsizemultiplier="9"><mi>z</mi></mstyle></math>',
    ].join('');
    const { html } = sentence(extract(hostile));
    const attributes = [...html.matchAll(/ ([a-z]+)="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`);
    // What is left: the outer size, the outer shift, and the stretch the operator asks for.
    expect(attributes).toEqual(['mathsize=2em', 'voffset=1em', 'stretchy=true']);
    // Every part and its words stay.
    expect(html.replace(/<[^>]+>/g, '')).toContain('WVliftedFolio: sign in againXy(z');
  });

  it('is written in the Markdown export as its TeX between dollar signs; without TeX, as its text', () => {
    expect(htmlToMarkdown('<p>So <math alttext="E=mc^2"><mi>E</mi></math> holds.</p>')).toBe('So $E=mc^2$ holds.');
    expect(htmlToMarkdown('<p>So</p><math alttext="a_1 < b" display="block"><mi>a</mi></math>')).toBe(
      'So\n\n$$\na_1 \\lt  b\n$$',
    );
    expect(htmlToMarkdown('<p>So <math><mi>E</mi><mo>=</mo><mi>m</mi></math> holds.</p>')).toBe('So E\\=m holds.');
    // A dollar sign in the TeX would end the formula early: its text instead.
    expect(htmlToMarkdown('<p>So <math alttext="$x$ <img src=x>"><mi>x</mi></math>.</p>')).toBe('So x.');
  });
});
