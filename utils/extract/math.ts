import { descendantsWithTag } from './dom';
import { mathFromDrawing, texOfDrawing } from './mathjax-drawing';

/** Longer TeX is not kept as a formula's alttext (a page's, not a person's). */
const MAX_TEX = 4000;

/**
 * Formulas as MathML, the one form a browser draws without the page's scripts and styles.
 *
 * A page's formulas come drawn by a library, each in its own markup: KaTeX sets a formula twice
 * (MathML for screen readers, hidden by its stylesheet, and spans it positions for the eye);
 * MathJax 3 draws its glyphs with its stylesheet's generated content (its spans hold no text)
 * beside an assistive copy in MathML (which MathJax 4 no longer makes by default: then the MathML
 * is read from the drawing, see mathjax-drawing.ts); MathJax 2 keeps the TeX in a
 * `<script type="math/tex">` after its drawing; Wikipedia hides its MathML (inline
 * `display: none`) behind a picture of the formula. Without the library's stylesheet the reader showed nothing of them, or the formula
 * twice over as a run of letters. Each is reduced to its MathML, the formula's TeX kept as its
 * `alttext` (the Markdown export writes it between dollar signs).
 *
 * Runs first, on the page's copy: the steps after it drop hidden elements, scripts and unknown
 * elements, which here hold the formula.
 */
export function standardizeMath(root: Element): void {
  // Most pages have no formula: three lookups in the DOM's own index of tags say so, where a
  // selector would walk the whole page for each library.
  const scripts = descendantsWithTag(root, 'SCRIPT').filter((s) => /^math\/tex/i.test(s.getAttribute('type') ?? ''));
  if (
    !root.getElementsByTagName('math').length &&
    !root.getElementsByTagName('mjx-container').length &&
    !scripts.length
  )
    return;
  // KaTeX: `.katex` holds `.katex-mathml` (the MathML) and `.katex-html` (the drawing); a
  // displayed formula is wrapped in `.katex-display`.
  for (const katex of [...root.querySelectorAll('.katex')]) {
    const math = katex.querySelector('.katex-mathml math');
    if (!math) continue;
    const display = katex.parentElement?.classList.contains('katex-display') ? katex.parentElement : null;
    if (display) math.setAttribute('display', 'block');
    (display ?? katex).replaceWith(math);
  }
  // MathJax 3 and 4: <mjx-container> holds the drawing and, unless the page turned it off (as
  // MathJax 4 does by default), <mjx-assistive-mml>'s MathML; without it, the drawing is read.
  for (const container of descendantsWithTag(root, 'MJX-CONTAINER')) {
    const assistive = container.getElementsByTagName('mjx-assistive-mml')[0]?.getElementsByTagName('math')[0];
    const math = assistive ?? mathFromDrawing(container);
    if (!math) continue;
    const tex = texOfDrawing(container);
    if (tex && tex.length <= MAX_TEX && !math.getAttribute('alttext')) math.setAttribute('alttext', tex);
    if (container.getAttribute('display') === 'true') math.setAttribute('display', 'block');
    container.replaceWith(math);
  }
  // MathJax 2: the TeX in a script right after the drawing (`.MathJax`, `.MathJax_Display`,
  // `.MathJax_SVG`…), which holds the assistive MathML, and a preview before the drawing.
  for (const script of scripts) {
    const tex = (script.textContent ?? '').trim();
    const drawing = script.previousElementSibling;
    if (drawing && /(?:^|\s)MathJax/.test(drawing.getAttribute('class') ?? '')) {
      const preview = drawing.previousElementSibling;
      if (preview?.classList.contains('MathJax_Preview')) preview.remove();
      const math = drawing.querySelector('math');
      if (math) {
        if (tex && tex.length <= MAX_TEX && !math.getAttribute('alttext')) math.setAttribute('alttext', tex);
        if (/mode=display/.test(script.getAttribute('type') ?? '')) math.setAttribute('display', 'block');
        drawing.replaceWith(math);
      } else {
        // Drawn without its MathML: the TeX, as code, says the formula where the drawing cannot.
        const code = root.ownerDocument.createElement('code');
        code.textContent = tex;
        drawing.replaceWith(code);
      }
    }
    script.remove();
  }
  // Wikipedia: the MathML in a hidden span, a picture of the formula beside it.
  for (const element of [...root.querySelectorAll('.mwe-math-element')]) {
    const math = element.querySelector('math');
    if (math) element.replaceWith(math);
  }
  for (const math of root.querySelectorAll('math')) keepTexOnly(math);
}

/**
 * A formula's annotations go (its TeX, or its meaning in content MathML: the browser draws
 * neither, but the article's text, and so every highlight's place in it, would count them); the
 * TeX stays as the formula's `alttext`. `<semantics>` is unwrapped: the sanitizer drops it and
 * keeps what it held, the annotations' text with it.
 */
function keepTexOnly(math: Element): void {
  for (const annotation of [...math.querySelectorAll('annotation, annotation-xml')]) {
    const tex = (annotation.textContent ?? '').trim();
    if (
      !math.getAttribute('alttext') &&
      /tex/i.test(annotation.getAttribute('encoding') ?? '') &&
      tex.length <= MAX_TEX
    )
      math.setAttribute('alttext', tex);
    annotation.remove();
  }
  for (const semantics of [...math.querySelectorAll('semantics')]) semantics.replaceWith(...semantics.childNodes);
}
