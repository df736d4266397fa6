/**
 * What a test does inside the reader frame's document, the same in Chromium and in Firefox: each
 * function runs in the frame (given as source text), on `root`, the frame's document, and fires
 * the DOM events the reader's React handlers receive.
 */

/** Clicks the first element matching `selector`; false when there is none. */
export function clickIn(root: Document, selector: string): boolean {
  const el = root.querySelector(selector) as HTMLElement | null;
  el?.click();
  return Boolean(el);
}

/** Selects `quote` in the article as a drag would, and sends the mouseup a drag ends with. */
export function selectQuote(root: Document, quote: string): boolean {
  const content = root.querySelector('.folio-content') as HTMLElement;
  const walker = root.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.nodeValue ?? '').indexOf(quote);
    if (at >= 0) {
      root.getSelection()?.setBaseAndExtent(node, at, node, at + quote.length);
      content.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
      return true;
    }
  }
  return false;
}

/**
 * What is painted on a live page, colour → highlighted texts, as the user sees it: the names in
 * the page's registry are random, so each is matched to its colour through the ::highlight rule
 * that paints it. (Serialized into the page: self-contained.)
 */
export function pageRegistryOf(root: Document): Record<string, string[]> {
  const colors: Record<string, string> = {
    'rgba(255, 212, 59, 0.5)': 'yellow',
    'rgba(140, 233, 154, 0.5)': 'green',
    'rgba(116, 192, 252, 0.45)': 'blue',
    'rgba(250, 162, 193, 0.5)': 'pink',
    'rgba(177, 151, 252, 0.45)': 'purple',
  };
  const paintOf = new Map<string, string>();
  for (const sheet of root.adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      const name = /^::highlight\(([^)]+)\)/.exec((rule as CSSStyleRule).selectorText ?? '')?.[1];
      if (name) paintOf.set(name, colors[(rule as CSSStyleRule).style.backgroundColor] ?? 'unknown');
    }
  }
  const out: Record<string, string[]> = {};
  const css = (root.defaultView as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS;
  for (const [name, hl] of css.highlights ?? []) out[paintOf.get(name) ?? name] = [...hl].map((r) => r.toString());
  return out;
}

/** What is painted in the reader's highlight registry: colour → highlighted texts. */
export function registryOf(root: Document): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const css = (root.defaultView as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS;
  for (const color of ['yellow', 'green', 'blue', 'pink', 'purple']) {
    const hl = css.highlights?.get(`folio-${color}`);
    if (hl) out[color] = [...hl].map((r) => r.toString());
  }
  return out;
}

/** Scrolls the reader's article to its start and gives it the keyboard focus (its keys: N, P…). */
export function focusArticleAtStart(root: Document): void {
  const scroller = root.querySelector('.folio-scroll') as HTMLElement;
  scroller.scrollTo({ top: 0, behavior: 'instant' });
  scroller.focus();
}

/** The highlighted text at the reading line (a third of the way down the view, where N and P bring one), if any. */
export function highlightAtReadingLine(root: Document): string | undefined {
  const scroller = root.querySelector('.folio-scroll') as HTMLElement;
  const line = scroller.getBoundingClientRect().top + scroller.clientHeight / 3;
  const css = (root.defaultView as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS;
  const ranges = [...(css.highlights?.values() ?? [])].flatMap((h) => [...h]);
  return ranges.find((r) => Math.abs(r.getBoundingClientRect().top - line) < 8)?.toString();
}

/**
 * "Save article" has finished (pictures kept or not): its status line says "Saved to your
 * library", and no longer that pictures are being kept.
 */
export function savedInReader(root: Document): boolean {
  const status = root.querySelector('.folio-toast [role=status], p.folio-toast')?.textContent ?? '';
  return status.startsWith('Saved to your library') && !status.endsWith('…');
}

/**
 * The article's first table, scrolled to the top of the view: whether it lies in one of a long
 * article's chunks, grows past the text column, and a click at its first cell reaches the cell
 * (not so where something cuts the table's painting), while the paragraphs keep to the column.
 */
export function wideTableInReach(root: Document): {
  inChunk: boolean;
  pastColumn: boolean;
  firstCellReached: boolean;
  paragraphsInColumn: boolean;
} {
  const table = root.querySelector('.folio-content table') as HTMLElement;
  table.scrollIntoView({ block: 'start', behavior: 'instant' });
  const box = table.getBoundingClientRect();
  const column = (root.querySelector('.folio-content p') as HTMLElement).getBoundingClientRect();
  const hit = root.elementFromPoint(box.left + 8, box.top + 8);
  return {
    inChunk: table.closest('.folio-chunk') !== null,
    pastColumn: box.left < column.left,
    firstCellReached: hit !== null && table.contains(hit),
    paragraphsInColumn: [...root.querySelectorAll('.folio-content p')].every(
      (p) => Math.abs(p.getBoundingClientRect().left - column.left) < 1,
    ),
  };
}

/**
 * How an English article (generated/typeset-en.html) is set: its paragraphs' font stack, how
 * wide its curly apostrophe is drawn (a CJK face draws it full-width, a Latin face narrow), code
 * leading, the wide table, heading and picture sizes.
 */
export function englishSetting(root: Document) {
  const style = (selector: string) => getComputedStyle(root.querySelector(selector) as Element);
  const content = root.querySelector('.folio-content') as HTMLElement;
  const p = root.querySelector('.folio-content p') as HTMLElement;
  const table = root.querySelector('.folio-content table') as HTMLElement;
  const img = root.querySelector('.folio-content img') as HTMLImageElement;
  const text = p.firstChild as Text;
  const apostrophe = root.createRange();
  const at = (text.nodeValue ?? '').indexOf('’');
  apostrophe.setStart(text, at);
  apostrophe.setEnd(text, at + 1);
  return {
    fontFamily: getComputedStyle(p).fontFamily,
    apostropheEm: apostrophe.getBoundingClientRect().width / Number.parseFloat(getComputedStyle(p).fontSize),
    preLeading:
      Number.parseFloat(style('.folio-content pre').lineHeight) /
      Number.parseFloat(style('.folio-content pre').fontSize),
    tree: root.querySelector('.folio-content pre')?.textContent,
    body: Number.parseFloat(style('.folio-content p').fontSize),
    h5: Number.parseFloat(style('.folio-content h5').fontSize),
    tableWider: table.getBoundingClientRect().width > content.getBoundingClientRect().width,
    tableScrolls: table.scrollWidth > table.clientWidth,
    // The paragraph after the table keeps its distance (a paragraph's gap is below it).
    gapAfterTable:
      (table.nextElementSibling as HTMLElement).getBoundingClientRect().top - table.getBoundingClientRect().bottom,
    cellGap: style('.folio-content td p').marginBottom,
    imgSize: [img.getAttribute('width'), img.getAttribute('height')],
    // Not loaded yet or not: its box already has the picture's ratio.
    imgRatio: img.getBoundingClientRect().width / img.getBoundingClientRect().height,
  };
}

/** Where the first line of `quote` in the article is drawn, in the frame's (the window's) pixels. */
export function quoteLineBox(
  root: Document,
  quote: string,
): { x: number; y: number; width: number; height: number } | undefined {
  const walker = root.createTreeWalker(root.querySelector('.folio-content') as HTMLElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.nodeValue ?? '').indexOf(quote);
    if (at < 0) continue;
    const range = root.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + quote.length);
    const line = range.getClientRects()[0];
    return line && { x: line.x, y: line.y, width: line.width, height: line.height };
  }
  return undefined;
}

/** Whether the article's heading with this id is at the top of the reader's view. */
export function headingAtTop(root: Document, id: string): boolean {
  const top = root.getElementById(id)?.getBoundingClientRect().top ?? -1;
  return top >= 0 && top < 200;
}

/** How the article's picture described `alt` is drawn: its box's proportions and colours. */
export function pictureLook(
  root: Document,
  alt: string,
): { loaded: boolean; ratio: number; background: string; text: string } | undefined {
  const img = root.querySelector(`.folio-content img[alt="${alt}"]`) as HTMLImageElement | null;
  if (!img) return undefined;
  const box = img.getBoundingClientRect();
  const style = getComputedStyle(img);
  return {
    loaded: img.classList.contains('folio-image-loaded'),
    ratio: box.width / box.height,
    background: style.backgroundColor,
    text: style.color,
  };
}

/** How a failed picture is drawn: as a box or in its line, with which words. */
interface FailedPictureLook {
  display: string;
  border: string;
  drawn: string;
  label: string | null;
}

/**
 * The failed pictures of generated/pictures-in-lines.html: how many, the lines each list item
 * takes, how a tick, the key in its sentence and the photo over its caption are drawn.
 * Self-contained: it runs in the reader's frame.
 */
export function failedPicturesInLines(root: Document): {
  failed: number;
  itemLines: number[];
  tick: FailedPictureLook | null;
  key: FailedPictureLook | null;
  keyParagraphLines: number;
  photo: FailedPictureLook | null;
} {
  // The words the box's ::before draws: its data-label (Chromium gives the value, Firefox the attr()).
  const drawnWords = (el: Element) => {
    const content = getComputedStyle(el, '::before').content;
    const words = el.getAttribute('data-label') ?? '';
    return content === 'attr(data-label)' || content === JSON.stringify(words) ? words : content;
  };
  const look = (el: Element | null) =>
    el && {
      display: getComputedStyle(el).display,
      border: getComputedStyle(el).borderTopStyle,
      drawn: drawnWords(el),
      label: el.getAttribute('aria-label'),
    };
  const linesOf = (el: Element | null | undefined) =>
    el ? el.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(el).lineHeight) : 0;
  const key = root.querySelector('.folio-image-failed[aria-label$="the star key"]');
  return {
    failed: root.querySelectorAll('.folio-image-failed').length,
    itemLines: [...root.querySelectorAll('.folio-content li')].map((li) => Math.round(linesOf(li))),
    tick: look(root.querySelector('.folio-content li .folio-image-failed')),
    key: look(key),
    keyParagraphLines: Math.round(linesOf(key?.closest('p'))),
    photo: look(root.querySelector('.folio-image-failed[aria-label$="A desk by the window"]')),
  };
}

/** What failedPicturesInLines should read: ticks and the key in their lines, the photo a box. */
export const PICTURES_IN_LINES_SHOWN = {
  failed: 5,
  // Each item is one line: "Yes Lies flat when open", the tick's word where the tick stood.
  itemLines: [1, 1, 1],
  tick: { display: 'inline', border: 'none', drawn: 'Yes', label: 'A picture that did not load: Yes' },
  key: {
    display: 'inline',
    border: 'none',
    drawn: 'the star key',
    label: 'A picture that did not load: the star key',
  },
  // "Press the star key to keep a passage." (a box would make it three).
  keyParagraphLines: 1,
  photo: {
    display: 'inline-block',
    border: 'dashed',
    drawn: 'A picture that did not load: A desk by the window',
    label: 'A picture that did not load: A desk by the window',
  },
};

/**
 * How the article's first block sits under the header: the space between them, and the top
 * margins of the article's section headings (the first may open the article).
 */
export function openingSpace(root: Document): { gapUnderHeader: number; headingMargins: number[] } {
  const header = root.querySelector('.folio-article-header') as Element;
  const first = root.querySelector('.folio-content :is(h2, p)') as Element;
  return {
    gapUnderHeader: first.getBoundingClientRect().top - header.getBoundingClientRect().bottom,
    headingMargins: [...root.querySelectorAll('.folio-content h2')].map((h) =>
      Number.parseFloat(getComputedStyle(h).marginTop),
    ),
  };
}

/**
 * How far past the text column's right edge each picture of the article reaches (0 when inside),
 * in pixels, and how many became the box of one that failed; undefined while any is still coming
 * (or has failed and is not yet replaced by its box).
 */
export function picturesPastColumn(root: Document): { past: number[]; failedBoxes: number } | undefined {
  const content = root.querySelector('.folio-content') as Element;
  const pictures = [...content.querySelectorAll('img, .folio-image-failed')];
  if (pictures.some((p) => p instanceof HTMLImageElement && (!p.complete || p.naturalWidth === 0))) return undefined;
  const edge = content.getBoundingClientRect().right;
  return {
    past: pictures.map((p) => Math.max(0, Math.round(p.getBoundingClientRect().right - edge))),
    failedBoxes: pictures.filter((p) => p.classList.contains('folio-image-failed')).length,
  };
}

/** The words of the links in the article's tables that are broken across lines ("Nave" / "e"). */
export function brokenWordsInTableLinks(root: Document): string[] {
  const broken: string[] = [];
  for (const link of root.querySelectorAll('.folio-content :is(td, th) a')) {
    const text = link.firstChild;
    if (!(text instanceof Text)) continue;
    for (const match of (text.nodeValue ?? '').matchAll(/\S+/g)) {
      const range = root.createRange();
      range.setStart(text, match.index ?? 0);
      range.setEnd(text, (match.index ?? 0) + match[0].length);
      if (range.getClientRects().length > 1) broken.push(match[0]);
    }
  }
  return broken;
}

/**
 * Scrolls the reading area from its top to its end, a third of a view at a time, and at each stop
 * returns the words the toolbar's buttons cover: each text line's box, cut to what its scrolling
 * boxes (the view, a wide table, a code block) let show, against the toolbar's. Scrolled back to
 * the top at the end. Also where the reading area's top edge is, and the toolbar's bottom edge.
 */
export function textUnderToolbar(root: Document): { covered: string[]; viewTop: number; barBottom: number } {
  const scroller = root.querySelector('.folio-scroll') as HTMLElement;
  const bar = (root.querySelector('.folio-toolbar') as HTMLElement).getBoundingClientRect();
  const covered = new Set<string>();
  const walker = () => root.createTreeWalker(root.querySelector('.folio-article') as Element, NodeFilter.SHOW_TEXT);
  const shownPart = (text: Text, rect: DOMRect) => {
    let { left, top, right, bottom } = rect;
    for (let el = text.parentElement; el; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = el.getBoundingClientRect();
      left = Math.max(left, clip.left);
      top = Math.max(top, clip.top);
      right = Math.min(right, clip.right);
      bottom = Math.min(bottom, clip.bottom);
      if (el === scroller) break;
    }
    return right > left && bottom > top ? { left, top, right, bottom } : undefined;
  };
  for (let y = 0; ; y += scroller.clientHeight / 3) {
    scroller.scrollTo({ top: y, behavior: 'instant' });
    const tree = walker();
    for (let node = tree.nextNode() as Text | null; node; node = tree.nextNode() as Text | null) {
      if (!node.nodeValue?.trim()) continue;
      const range = root.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const shown = shownPart(node, rect);
        if (
          shown &&
          shown.left < bar.right &&
          shown.right > bar.left &&
          shown.top < bar.bottom &&
          shown.bottom > bar.top
        )
          covered.add(node.nodeValue.trim().slice(0, 40));
      }
    }
    if (y >= scroller.scrollHeight - scroller.clientHeight) break;
  }
  scroller.scrollTo({ top: 0, behavior: 'instant' });
  return { covered: [...covered], viewTop: scroller.getBoundingClientRect().top, barBottom: bar.bottom };
}

/**
 * The article's formulas as the browser draws them: each one's text, whether it has a box at all,
 * whether it stands on a line of its own, and whether its first superscript sits above its base
 * (drawn as MathML, not as a run of letters).
 */
export function formulasDrawn(root: Document): { text: string; drawn: boolean; ownLine: boolean; raised: boolean }[] {
  return [...root.querySelectorAll('.folio-content math')].map((math) => {
    const box = math.getBoundingClientRect();
    const sup = math.querySelector('msup');
    const base = sup?.firstElementChild?.getBoundingClientRect();
    const script = sup?.lastElementChild?.getBoundingClientRect();
    return {
      text: math.textContent ?? '',
      drawn: box.width > 0 && box.height > 0,
      ownLine: getComputedStyle(math).display.startsWith('block'),
      raised: base !== undefined && script !== undefined && script.top < base.top && script.bottom < base.bottom,
    };
  });
}

/** en-math.html's formulas, drawn (formulasDrawn): KaTeX's, KaTeX's set apart, MathJax 3's, and
 * MathJax 4's (no MathML on the page: read from its CHTML drawing, and from its SVG set apart). */
export const EN_MATH_FORMULAS = [
  { text: 'E=mc2', drawn: true, ownLine: false, raised: true },
  { text: 'E2=(pc)2+(mc2)2', drawn: true, ownLine: true, raised: true },
  { text: 'E=mc2', drawn: true, ownLine: false, raised: true },
  { text: 'x=−b±b2−4ac2a', drawn: true, ownLine: false, raised: true },
  { text: '∫0∞e−x2dx=π2', drawn: true, ownLine: true, raised: true },
];

/**
 * The article's embedded videos as the reader shows them (links to the videos' pages, "▶ …"),
 * and how many frames or plugins the article holds (none: the reader loads nothing from a video's site).
 */
export function videosShown(root: Document): { links: { text: string; href: string }[]; frames: number } {
  const content = root.querySelector('.folio-content');
  return {
    links: [...(content?.querySelectorAll('a') ?? [])]
      .filter((a) => a.textContent?.startsWith('▶'))
      .map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
    frames: content?.querySelectorAll('iframe, embed, object, frame').length ?? -1,
  };
}

/** en-video.html's two videos (videosShown): YouTube's, named by its frame, and Vimeo's, lazy and unnamed. */
export const EN_VIDEO_SHOWN = {
  links: [
    { text: '▶ YouTube: How to shape a boule, step by step', href: 'https://www.youtube.com/watch?v=hoogg8BlkiA' },
    { text: '▶ Vimeo', href: 'https://vimeo.com/706604197' },
  ],
  frames: 0,
};

/**
 * A recipe as the reader shows it: each list's items under the heading that names it, and how many
 * of the page's controls (checkboxes, servings buttons, their labels) came along (none).
 */
export function recipeShown(root: Document): { ingredients: string[]; steps: string[]; controls: number } {
  const content = root.querySelector('.folio-content');
  const itemsAfter = (heading: string) => {
    const h = [...(content?.querySelectorAll('h3') ?? [])].find((el) => el.textContent?.trim() === heading);
    const box = h?.parentElement;
    return [...(box?.querySelectorAll('li') ?? [])].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
  };
  return {
    ingredients: itemsAfter('Ingredients'),
    steps: itemsAfter('Instructions'),
    controls: content?.querySelectorAll('input, button, label, select').length ?? -1,
  };
}

/** en-recipe.html's card: its ingredients (names linked to a shop on the page) and its steps. */
export const EN_RECIPE_SHOWN = {
  ingredients: [
    '1 pound large shrimp peeled and deveined',
    '3 cloves garlic minced',
    '½ teaspoon kosher salt',
    '3 tablespoons unsalted butter',
    '1 lemon cut in wedges',
    '2 tablespoons chopped parsley',
    'Cooked rice or crusty bread',
  ],
  steps: [
    'Pat the shrimp dry with paper towels and toss them with the garlic and the salt.',
    'Melt the butter in a large skillet over medium-high heat until it foams.',
    'Add the shrimp in one layer and cook for a minute and a half on each side, until pink and curled.',
    'Squeeze a lemon wedge over the pan, scatter the parsley, and serve at once over rice or with bread.',
  ],
  controls: 0,
};

/** hostile-markup.html's video player (a handler on its frame, markup in its title), as a link. */
export const HOSTILE_VIDEO = 'https://www.youtube.com/watch?v=hoogg8BlkiA';
/** hostile-markup.html's players its script would draw (Wistia's, Brightcove's), as the reader links them. */
export const HOSTILE_PLAYERS = [
  { text: '▶ Video', href: 'https://fast.wistia.net/embed/iframe/k9zomg1ool' },
  {
    text: '▶ Video',
    href: 'https://players.brightcove.net/2540076170001/B1Hli6KCG_default/index.html?videoId=6032675458001',
  },
];

/**
 * Folio's own references to ids in the reader (its labels' `for`, the tag field's `list`, the
 * toolbar's `aria-controls`), and how the page's elements stand to them: `aimed`, how many the
 * article carries an element for with that id at its end (hostile-markup.html's decoys, as the
 * page wrote them, whatever prefix the sanitizer gave them); `taken`, those that now lead into the
 * article; `unlabelled`, Folio's labels without their own control; `suggestions`, what the tag
 * field offers.
 */
export function controlsTakenByPage(root: Document): {
  references: number;
  aimed: number;
  taken: string[];
  unlabelled: string[];
  suggestions: string[];
} {
  const content = root.querySelector('.folio-content') as HTMLElement;
  const ui = [...root.querySelectorAll('[for], [list], [aria-controls], [aria-labelledby], [aria-describedby]')].filter(
    (el) => !content.contains(el),
  );
  const names = ['for', 'list', 'aria-controls', 'aria-labelledby', 'aria-describedby'];
  const ids = ui.flatMap((el) => names.flatMap((name) => el.getAttribute(name)?.split(/\s+/) ?? []));
  const tagField = root.querySelector<HTMLInputElement>('.folio-editor input[list]');
  return {
    references: ids.length,
    aimed: ids.filter((id) => content.querySelector(`[id$="${CSS.escape(id)}"]`)).length,
    taken: ids.filter((id) => {
      const target = root.getElementById(id);
      return target !== null && content.contains(target);
    }),
    unlabelled: [...root.querySelectorAll('label[for]')]
      .filter((label) => !content.contains(label))
      .filter((label) => {
        const control = (label as HTMLLabelElement).control;
        return !control || content.contains(control);
      })
      .map((label) => label.textContent ?? ''),
    suggestions: [...(tagField?.list?.options ?? [])].map((option) => option.value),
  };
}

/**
 * Where the article's formulas draw their parts: how many formulas there are, the text of each
 * part drawn outside its paragraph's box or the text column, and the paragraphs grown taller than
 * a few lines (a giant glyph makes its line as tall as itself). Also how wide TeX's `\qquad`
 * space is drawn, in ems of the text, so that a test can tell bounded from stripped.
 */
export function formulasOffTheirLines(root: Document): {
  formulas: number;
  outside: string[];
  tallParagraphs: number;
  qquadEms: number;
} {
  const content = root.querySelector('.folio-content') as Element;
  const column = content.getBoundingClientRect();
  const outside: string[] = [];
  let tallParagraphs = 0;
  const paragraphs = [...content.querySelectorAll('p')].filter((p) => p.querySelector('math'));
  for (const p of paragraphs) {
    const box = p.getBoundingClientRect();
    if (box.height > 8 * Number.parseFloat(getComputedStyle(p).lineHeight)) tallParagraphs++;
    for (const part of p.querySelectorAll('math *')) {
      const r = part.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const off =
        r.top < box.top - 2 || r.bottom > box.bottom + 2 || r.left < column.left - 2 || r.right > column.right + 2;
      if (off && !part.querySelector('*') && part.textContent) outside.push(part.textContent);
    }
  }
  const qquad = [...content.querySelectorAll('mspace')].at(-1); // the last formula's, TeX's own
  const fontSize = Number.parseFloat(getComputedStyle(content).fontSize);
  return {
    formulas: content.querySelectorAll('math').length,
    outside,
    tallParagraphs,
    qquadEms: qquad ? Math.round((qquad.getBoundingClientRect().width / fontSize) * 10) / 10 : 0,
  };
}

/**
 * Whether the third note's number in the text of en-footnotes.html, and its note at the end, are
 * in the reader's view (its scroller's box).
 */
export function thirdNoteInView(root: Document): { number: boolean; note: boolean } {
  const number = [...root.querySelectorAll('.folio-content sup a')].find((a) => a.textContent === '3');
  const note = root.querySelector('[role="doc-endnotes"] li:nth-child(3)');
  const view = (root.querySelector('.folio-scroll') as HTMLElement).getBoundingClientRect();
  const shown = (el?: Element | null) => {
    const top = el?.getBoundingClientRect().top ?? Number.NaN;
    return top >= view.top && top < view.bottom;
  };
  return { number: shown(number), note: shown(note) };
}

/** Scrolls the reader (as the user's wheel would, not the page) to that third note's number. */
export function scrollToThirdNoteNumber(root: Document): void {
  const number = [...root.querySelectorAll('.folio-content sup a')].find((a) => a.textContent === '3');
  const scroller = root.querySelector('.folio-scroll') as HTMLElement;
  const top = (number?.getBoundingClientRect().top ?? 0) - scroller.getBoundingClientRect().top;
  scroller.scrollBy({ top: top - 100, behavior: 'instant' });
}
