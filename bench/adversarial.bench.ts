/**
 * `npm run bench:adversarial`: the extractor on pages built to make it slow, each against a
 * normal article page of the same size, in the same run. Hostile shapes: long runs of digits and
 * Chinese numerals (in the title and in short lines, where the pager and essay-title patterns
 * look), 100,000-character lines, 10,000 repeated separators, 3,000 question lines beside the
 * article (the FAQ step's search), 3,000 author cards (the byline's last resort), 3,000 copies of one
 * block (the twin step), a 100,000-character description with 2,000 dek lines and pictures under
 * the heading (the standfirst and lead-picture searches), 1,000 code tables, 300 nested two-cell
 * tables and 1,000 formulas (the code-gutter and formula steps), 1,000 MathJax drawings read back
 * as MathML, a recipe's 200 steps each shown 15 times (the recipe step), a time shown in 3,000
 * boxes (the recipe-facts step), 8,000 checkboxes (the checklist step), an article that is
 * mostly lists of links nested 150 deep (the link-list step), a microdata recipe nested round the article, 2,000 video players' placeholders, 3,000 teaser
 * <article>s and 3,000 lorem ipsum lines (the next-stories and filler steps), 3,000 notes shown on
 * demand and a formula nested 1,000 deep (the notes and formula-layout steps), a row of 5,000
 * links ending the article with 3,000 nested empty list items (the edge steps) and 10,000-deep
 * nesting.
 * Reads nothing outside the repo. Prints the median of 3 runs per page (parsing excluded) and
 * the worst ratio; a regular expression that backtracks shows up here as seconds, not ×1.
 * A hostile part longer than the page keeps 20 kB of article beside it, and a page longer than
 * 400 kB is compared with a normal page of its own length. Some costs here are jsdom's alone (a
 * child's index is counted at each insertion and removal): docs/benchmarks.md gives Chromium's
 * times for the slowest rows.
 */

import { parseHtml } from '../bin/parse-html';
import { extractArticle } from '../utils/extract';
import { percentile } from './stats';

const RUNS = 3;
const SENTENCE = '这是正文的一段，讲述了作者的经历和感受，内容充实，值得一读。';
const paragraph = (n: number) => `<p>第${n}段。${SENTENCE.repeat(6)}</p>`;

/** A page of the given size in characters: an article of plain paragraphs around `hostile`. */
function page(title: string, hostile: string, size: number): string {
  const head = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>一篇文章</h1>`;
  let body = '';
  for (let n = 1; head.length + body.length + hostile.length < size; n++) body += paragraph(n);
  return `${head}${body.slice(0, body.length / 2)}${hostile}${body.slice(body.length / 2)}</article></body></html>`;
}

/** A recipe line of about 300 letters, told apart from the others by its first word. */
function recipeLine(n: number): string {
  const name = n.toString(26).replace(/[0-9]/g, (digit) => 'qrstuvwxyz'[Number(digit)] ?? '');
  return `${name} ${'stir the pot gently and wait '.repeat(10)}`;
}

/**
 * Characters of article kept beside a hostile part, however long it is (about 100 paragraphs):
 * without them a row would time a page with no article, where "No article found" is right,
 * rather than an article beside the attack. Such a page is longer than SIZE, and is compared with
 * a normal page of its own length.
 */
const MIN_ARTICLE = 20_000;
const articleLength = (hostileLength: number) => Math.max(SIZE - hostileLength, MIN_ARTICLE);

/** A page of SIZE (or more) with `hostile` after the article rather than in it. */
function besideArticle(hostile: string): string {
  return page('文章', '', articleLength(hostile.length)).replace('</article>', `</article><div>${hostile}</div>`);
}

/** A page of SIZE (or more) with `head` in its <head> and `hostile` right after the article's heading. */
function underHeading(head: string, hostile: string): string {
  return page('文章', '', articleLength(head.length + hostile.length))
    .replace('<title>', `${head}<title>`)
    .replace('</h1>', `</h1>${hostile}`);
}

const lineRuns = (count: number, line: (n: number) => string) =>
  Array.from({ length: count }, (_, n) => line(n)).join('');
const digits = (n: number) => '1'.repeat(n);
const numerals = (n: number) => '一'.repeat(n);

const SIZE = 400_000;
const hostilePages: { name: string; html: string }[] = [
  {
    name: 'digit runs: title and 200 pager-like lines',
    // Each line a run of its own length: 200 copies of one line are copies, which pre-clean's
    // twin step removes before the later steps would read them.
    html: page(
      digits(2000),
      lineRuns(200, (n) => `<p>${digits(40 + (n % 20))}页x</p>`),
      SIZE,
    ),
  },
  {
    name: 'numeral runs: title and 200 short lines',
    html: page(
      numerals(2000),
      lineRuns(200, (n) => `<p>${numerals(50 + (n % 20))}篇x</p>`),
      SIZE,
    ),
  },
  { name: 'one 100,000-character line, no punctuation', html: page('文章', `<p>${'字'.repeat(100_000)}</p>`, SIZE) },
  {
    name: 'one 100,000-character line of spaces and a dot',
    html: page('文章', `<p>photo:${' \u3000'.repeat(50_000)}.</p>`, SIZE),
  },
  { name: '10,000 breadcrumb separators', html: page('文章', `<p>首页${' > '.repeat(10_000)}正文</p>`, SIZE) },
  { name: '10,000 title separators', html: page(`文章${' | '.repeat(10_000)}站点`, '', SIZE) },
  { name: '10,000 pager numbers', html: page('文章', `<p>${'1 '.repeat(10_000)}下一页x</p>`, SIZE) },
  {
    // Beside the article, where the FAQ step looks for questions (and looks each up in the article).
    name: '3,000 answered question lines beside the article',
    // In sections of 30: thousands of siblings under one parent cost Readability itself seconds
    // in jsdom (its sibling loop re-reads a live children list), which is not this step's.
    // Each section numbered: identical sections are copies of one another, which pre-clean's
    // twin step removes before the FAQ step would see them (the row below).
    html: besideArticle(
      Array.from(
        { length: 100 },
        (_, n) =>
          `<section>${`<div class="q">这是第${n}组的一个问题吗？</div><div class="a">这是一个回答，长度足够算作回答，内容充实，值得一读。</div>`.repeat(30)}</section>`,
      ).join(''),
    ),
  },
  {
    // Where no byline is found, the author-card step reads every paragraph that opens like a bio
    // and searches its card (the same name each time, so it never stops at a second one).
    name: '3,000 author cards beside the article',
    // Each card's bio numbered, so that no two are copies (see the FAQ row). Short bios: 3,000
    // of the first version's filled the page, which then had no article to find.
    html: besideArticle(
      Array.from(
        { length: 3_000 },
        (_, n) =>
          `${n % 30 === 0 ? '<section>' : ''}<div class="card"><h3>Ann Lee</h3><p>Ann Lee is a writer (${n}). She writes at night.</p></div>${n % 30 === 29 ? '</section>' : ''}`,
      ).join(''),
    ),
  },
  {
    // The twin step compares each block with the one before it: 3,000 copies in a row, in
    // sections of 30 that are copies too.
    name: '3,000 copies of one block beside the article',
    html: besideArticle(
      `<section>${'<div class="card"><h3>Ann Lee</h3><p>Ann Lee is a writer. She writes at night.</p></div>'.repeat(30)}</section>`.repeat(
        100,
      ),
    ),
  },
  {
    // The standfirst and lead-picture searches under the heading: a description of 100,000
    // characters (its words nearly those of every line), 2,000 lines named as the dek and 2,000
    // pictures named as the sharing picture, right after the heading.
    name: 'a 100,000-character description, 2,000 dek lines and pictures under the heading',
    html: underHeading(
      `<meta name="description" content="${'写作 '.repeat(33_333)}"><meta property="og:image" content="/lead-1200x630.jpg">`,
      '<p class="dek">写作 写作 写作 写作 写作</p><img src="/lead.jpg" width="600" height="400">'.repeat(2_000),
    ),
  },
  {
    // The code-gutter and formula steps, before Readability: 1,000 numbered code tables, 300
    // one-row tables nested inside one another around 45,000 characters of text (each level's
    // cells read again), and 1,000 KaTeX formulas.
    name: '1,000 code tables, 300 nested two-cell tables and 1,000 formulas',
    html: besideArticle(
      `${'<table><tr><td class="gutter"><pre>1<br>2<br>3</pre></td><td class="code"><pre>a = 1\nb = 2\nc = 3</pre></td></tr></table>'.repeat(1_000)}${'<table><tr><td>1</td><td>'.repeat(300)}<p>${SENTENCE.repeat(1_500)}</p>${'</td></tr></table>'.repeat(300)}${'<span class="katex"><span class="katex-mathml"><math><semantics><mi>x</mi><annotation encoding="application/x-tex">x</annotation></semantics></math></span><span class="katex-html">x</span></span>'.repeat(1_000)}`,
    ),
  },
  {
    // Formulas read back from MathJax's drawing (no MathML beside it): 1,000 drawings of a
    // fraction with scripts, and one nested 450 deep (under the reader's depth limit: read).
    name: '1,000 MathJax drawings without MathML, one nested 450 deep',
    html: besideArticle(
      `${'<mjx-container jax="CHTML"><mjx-math><mjx-mfrac><mjx-frac><mjx-num><mjx-msubsup><mjx-mi><mjx-c class="mjx-c78"></mjx-c></mjx-mi><mjx-script><mjx-mn><mjx-c class="mjx-c32"></mjx-c></mjx-mn><mjx-spacer></mjx-spacer><mjx-mi><mjx-c class="mjx-c69"></mjx-c></mjx-mi></mjx-script></mjx-msubsup></mjx-num><mjx-den><mjx-mn><mjx-c class="mjx-c33"></mjx-c></mjx-mn></mjx-den></mjx-frac></mjx-mfrac></mjx-math></mjx-container>'.repeat(1_000)}<mjx-container jax="CHTML"><mjx-math>${'<mjx-mrow>'.repeat(450)}<mjx-mi><mjx-c class="mjx-c78"></mjx-c></mjx-mi>${'</mjx-mrow>'.repeat(450)}</mjx-math></mjx-container>`,
    ),
  },
  {
    // The recipe step: JSON-LD of 200 distinct long steps and 200 ingredients, each shown 15
    // times in a list of 3,000 items beside the article, and 200 copies of one line (a key
    // that matches everything names nothing).
    name: 'a recipe of 200 steps and ingredients, each shown 15 times',
    html: besideArticle(
      `<ul>${Array.from({ length: 3_000 }, (_, i) => `<li><span>${recipeLine(i % 200)}</span></li>`).join('')}</ul>`,
    ).replace(
      '</head>',
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'Recipe',
        recipeIngredient: [...Array.from({ length: 200 }, (_, i) => recipeLine(i)), ...Array(200).fill('stir')],
        recipeInstructions: Array.from({ length: 200 }, (_, i) => ({ '@type': 'HowToStep', text: recipeLine(i + 1) })),
      })}</script></head>`,
    ),
  },
  {
    // The recipe-facts step: every box showing a time is measured (a time shown 3,000 times names
    // no card's), a yield sits among 20,000 empty boxes that each climb searches, and the summary
    // is 1,000 characters long. (The times are list items, the empty boxes in groups of 200:
    // thousands of sibling <div>s of a line, or of children of one box, measure instead jsdom's
    // upkeep of a box's live child lists as Readability moves them, a cost of the CLI's, not the
    // browser's.)
    name: "a recipe card's facts: a time in 3,000 boxes, a yield among 20,000 empty boxes",
    html: besideArticle(
      `<ul>${'<li class="time"><span>Prep</span> <span>15 mins</span></li>'.repeat(3_000)}</ul><div class="card"><div><div>${`<b>${'<i></i>'.repeat(200)}</b>`.repeat(100)}<span>Serves 4 bowls</span></div><div><span>Total</span> <span>1 hr 20 mins</span></div></div><p>${'A rough soup of leeks. '.repeat(45)}</p><ul>${Array.from({ length: 20 }, (_, i) => `<li>${recipeLine(i)}</li>`).join('')}</ul></div>`,
    ).replace(
      '</head>',
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'Recipe',
        recipeIngredient: Array.from({ length: 20 }, (_, i) => recipeLine(i)),
        recipeYield: ['4', '4 bowls'],
        prepTime: 'PT15M',
        totalTime: 'PT1H20M',
        description: 'A rough soup of leeks. '.repeat(45),
      })}</script></head>`,
    ),
  },
  {
    // The checklist step: 5,000 pairs of labelled checkboxes (no checklist: each holds two), and
    // 3,000 single ones (a checklist whose items stay as lines).
    name: '5,000 pairs of checkboxes and a 3,000-item checklist beside the article',
    html: besideArticle(
      `<div>${Array.from({ length: 5_000 }, (_, i) => `<div><input type="checkbox" id="a${i}"><label for="a${i}">甲${i}</label><input type="checkbox" id="b${i}"><label for="b${i}">乙${i}</label></div>`).join('')}</div><ul>${Array.from({ length: 3_000 }, (_, i) => `<li><label><input type="checkbox"> 第${i}项</label></li>`).join('')}</ul>`,
    ),
  },
  {
    // Session 55's edge steps: a row of 5,000 links ending the article (the trailing-run step
    // reads each text node once), 3,000 empty list items nested 150 deep (read innermost first),
    // 2,000 paragraphs opening and ending on a line break and 2,000 appeals for support; session
    // 56's numbered list of 3,000 items, each opening with its own number.
    name: 'a row of 5,000 links at the end, 3,000 nested empty list items, 2,000 appeals and line breaks, 3,000 numbered items',
    html: page(
      '文章',
      `${`${'<ul><li>'.repeat(150)}${'</li></ul>'.repeat(150)}`.repeat(20)}<ol>${Array.from(
        { length: 3_000 },
        (_, i) => `<li><b>${i + 1}</b> <p>第${i}步。</p></li>`,
      ).join('')}</ol>${Array.from(
        { length: 2_000 },
        (_, i) => `<p><br> 第${i}行。<br></p><p>Please consider supporting our journalism: ${i}.</p>`,
      ).join('')}`,
      SIZE,
    ).replace(
      '</article>',
      `<p>${Array.from({ length: 5_000 }, (_, i) => `<a href="/r/${i}">链接${i}</a>`).join(' | ')}</p></article>`,
    ),
  },
  {
    // Readability's phrasing step moves a <div>'s inline children into a paragraph one by one; in
    // jsdom a live list of the <div>'s children, once read, was rebuilt at each move (session 56:
    // 166 s for 60,000, now counted by walking them).
    name: '60,000 empty inline elements in one box',
    html: page('文章', `<div>${'<i></i>'.repeat(60_000)}</div>`, 420_000 + SIZE),
  },
  {
    // Readability loops over a table's rows and copies the page's pictures into an array, reading
    // the collection's `length` at each step; jsdom answers each read by searching the whole
    // collection for an element named "length" (session 57: 20,000 rows took 100 s and 20,000
    // pictures 25 s; bin/jsdom-named-items.ts now looks names up in an index).
    name: 'a table of 20,000 rows and 20,000 pictures in one box',
    html: page(
      '文章',
      `<table>${'<tr><td>格</td><td>子</td></tr>'.repeat(20_000)}</table><div>${'<img>'.repeat(20_000)}</div>`,
      740_000 + SIZE,
    ),
  },
  {
    // Boxes hidden until a script shows them (WeChat's body is one): each is measured before it
    // is shown, so 1,000 hidden inside each other around 400 kB of text took 23.9 s (26× a normal
    // page) before only the first MAX_HIDDEN_BOXES were looked into (0.8 s, 1.2×; session 58).
    name: '1,000 boxes hidden until a script runs, inside each other, around the text',
    html: page(
      '文章',
      `${'<div style="visibility:hidden">'.repeat(1_000)}<p>${'这是一段很长的文字，用来测试隐藏的盒子。'.repeat(20_000)}</p>${'</div>'.repeat(1_000)}`,
      440_000 + SIZE,
    ),
  },
  {
    // The link-list step (an article that is mostly links, which Readability keeps only in
    // paragraphs): 60 paragraphs of 40 links each set 150 spans deep (each link's paragraph is
    // looked for above it).
    name: '60 paragraphs of 40 links 150 spans deep, most of the article',
    html: page(
      '文章',
      Array.from(
        { length: 60 },
        (_, p) =>
          `<p>${'<span>'.repeat(150)}${Array.from({ length: 40 }, (_, i) => `<a href="/${p}/${i}">${p}链接${i}${'链接'.repeat(40)}</a>`).join('')}${'</span>'.repeat(150)}</p>${paragraph(p)}`,
      ).join(''),
      SIZE,
    ),
  },
  {
    // The recipe's microdata: 150 ingredient items nested in each other round the whole article
    // (each one's text is the article's), and 4,500 steps in 30 lists nested 150 deep.
    name: 'a microdata recipe: 150 ingredients nested round the article, 4,500 nested steps',
    html: page(
      '文章',
      `</article><div itemscope itemtype="https://schema.org/Recipe">${'<div itemprop="recipeIngredient">'.repeat(150)}<article>`,
      SIZE - 100_000,
    )
      .replace('</article></body>', `${'</div>'.repeat(151)}</body>`)
      .replace(
        '</body>',
        `<div itemprop="recipeInstructions">${`${'<ol><li>步骤'.repeat(150)}${'</li></ol>'.repeat(150)}`.repeat(30)}</div></body>`,
      ),
  },
  {
    // The player-placeholder step: 1,000 Wistia placeholders with 200-letter class names, and
    // 1,000 Brightcove elements, in the article (each becomes an embed, then a link).
    name: '1,000 Wistia placeholders with long class names and 1,000 Brightcove players',
    html: page(
      '文章',
      `${Array.from({ length: 1_000 }, (_, i) => `<p>第${i}段<span class="wistia_embed ${'x'.repeat(200)} wistia_async_a${i}">&nbsp;</span></p>`).join('')}${Array.from({ length: 1_000 }, (_, i) => `<div><video-js data-account="1" data-player="p" data-video-id="${i}"></video-js></div>`).join('')}`,
      SIZE,
    ),
  },
  {
    // The contents step (a list of in-page links at the start is a table of contents unless its
    // entries say more than their headings): 5,000 long entries, each linked to one of 3,000
    // headings, the targets' ids repeated, and the headings in the article.
    name: 'a contents list of 5,000 long entries over 3,000 headings',
    html: underHeading(
      '',
      `<ul>${Array.from({ length: 5_000 }, (_, i) => `<li><a href="#s${i % 3_000}">第${i}条 ${'要点摘要'.repeat(20)}</a></li>`).join('')}</ul>${Array.from({ length: 3_000 }, (_, i) => `<h2 id="s${i}">第${i}节 ${'小标题'.repeat(10)}</h2><p id="s${i}">第${i}段。</p>`).join('')}`,
    ),
  },
  {
    // The caption step (a block named a caption after a picture becomes its <figcaption>): 5,000
    // captioned pictures in the article, and captions 190 deep, each wrapping the next, after a
    // gallery of 3,000 pictures and no words.
    name: '5,000 captioned pictures, captions 190 deep after a wordless gallery',
    html: page(
      '文章',
      `${Array.from({ length: 5_000 }, (_, i) => `<div class="wp-caption"><img src="/p${i}.jpg" width="60" height="40"><p class="wp-caption-text">图${i}：${'说明文字'.repeat(5)}</p></div>`).join('')}<div>${'<img src="/g.jpg">'.repeat(3_000)}</div>${'<div class="photo-caption">'.repeat(190)}<p>${SENTENCE}</p>${'</div>'.repeat(190)}`,
      SIZE,
    ),
  },
  {
    // Session 40's steps: 500 quoted tweets in boxes, 50 of them with 200 empty elements (the
    // box test reads no more text than the post's, and only 50 posts are looked at); a recipe's
    // "Ingredients" over a list of 20,000 items (read up to 200); 3,000 cards of other posts at
    // the end.
    name: '500 boxed tweets, a 20,000-item ingredients list, 3,000 end cards',
    html: page(
      '文章',
      `${Array.from({ length: 500 }, (_, i) => `<div class="social-embed"><blockquote class="twitter-tweet"><p>推文${i}：${'说明文字'.repeat(5)}</p>— 某人 <a href="https://x.com/a/status/${i}">2019</a></blockquote><div>${'<span></span>'.repeat(i < 50 ? 200 : 1)}</div></div>`).join('')}<h2>Ingredients</h2><ul>${'<li>salt</li>'.repeat(20_000)}</ul><h2>Method</h2><ol><li>Mix.</li></ol>${Array.from({ length: 3_000 }, (_, i) => `<div><h3><a href="/post-${i}/">Post ${i}</a></h3><p>${SENTENCE}</p></div>`).join('')}`,
      SIZE,
    ),
  },
  {
    // Readability's cleaning read each nested list's text again for every list above it (12 s in
    // jsdom before session 40's speed-up; a list 200 deep round 20,000 items took 3 minutes).
    name: 'a list nested 100 deep round 5,000 items',
    html: page(
      '文章',
      `<ul>${'<li>一杯面粉<ul>'.repeat(100)}${'<li>盐</li>'.repeat(5_000)}${'</ul></li>'.repeat(100)}</ul>`,
      SIZE,
    ),
  },
  {
    // Session 41's steps on hostile shapes: 3,000 product cards each over a paragraph (each card's
    // next blocks are read, three at most), 3,000 switches with a description each, 3,000 heading
    // boxes named after their headings' words, and a roundup of 3,000 entries of one class.
    name: '3,000 product cards, switches, named heading boxes and roundup entries',
    html: page(
      '文章',
      `${Array.from({ length: 3_000 }, (_, i) => `<div class="card"><div><h2>Pick ${i}</h2><a href="https://shop.example/${i}"><h3>Product ${i}</h3></a></div><a href="https://shop.example/${i}">$1 at Shop</a></div><div></div><p>${SENTENCE}</p>`).join('')}${Array.from({ length: 3_000 }, (_, i) => `<div><div><input type="checkbox" id="s${i}"><label for="s${i}">Mode</label></div><div>Keep the screen on.</div></div>`).join('')}${Array.from({ length: 3_000 }, (_, i) => `<div id="growing-the-coffee-community-${i}"><h2>Growing the coffee community ${i}</h2></div><p>${SENTENCE}</p>`).join('')}<div class="list">${Array.from({ length: 3_000 }, (_, i) => `<div class="entry item-${i}"><h2><a href="https://blog${i}.example/">Project ${i}</a></h2><p>${i % 2 ? 'Short.' : SENTENCE}</p></div>`).join('')}</div>`,
      SIZE,
    ),
  },
  {
    // Session 46's steps: the next stories after the story (one walk up from each <article>,
    // each one's text read once), and the template's filler (each filler line's ancestors, their
    // text read once).
    name: '3,000 teaser <article>s, 1,000 nested 3 deep, 3,000 lorem ipsum lines under headings',
    html: page(
      '文章',
      `${Array.from({ length: 3_000 }, (_, i) => `<article><h2><a href="https://news.example/${i}">Story ${i}</a></h2><p>${SENTENCE}</p></article>`).join('')}${'<article><article><article><p>Nested story.</p></article></article></article>'.repeat(1_000)}<section>${Array.from({ length: 3_000 }, (_, i) => `<div><h5>Head Line ${i}</h5><p>Lorem ipsum dolor sit amet ${i}</p></div>`).join('')}</section>`,
      SIZE,
    ),
  },
  {
    // Session 50's steps: notes shown on demand (each term's references looked up, each note
    // moved once), and formulas' layout (whether a part around sets a size or shift, read from
    // its parent; jsdom's own removeAttribute grows with the depth: see docs/benchmarks.md).
    name: '3,000 footnote tooltips and glossary bubbles, a formula nested 1,000 deep, its parts sized',
    html: page(
      '文章',
      `${Array.from({ length: 1_500 }, (_, i) => `<p>${SENTENCE}<sup><a href="javascript:void(0)" aria-describedby="fn-${i}">${i}</a></sup><span id="fn-${i}" role="tooltip">注释${i}</span>下文。<dfn aria-labelledby="tip-${i}">术语</dfn><span id="tip-${i}"><strong>术语</strong><br>定义${i}</span>。</p>`).join('')}<p>公式 <math>${'<mstyle mathsize="1.2em"><mpadded voffset="0.2em">'.repeat(500)}<mi>x</mi>${'</mpadded></mstyle>'.repeat(500)}</math></p>`,
      SIZE,
    ),
  },
  {
    // Session 51's title steps: the headings marked as headlines (each one's text read), and the
    // <h2>–<h4>s that may show the data's title (each one's text, compared once).
    name: '3,000 headings marked as headlines (300 nested) and 5,400 more <h2>s',
    html: page(
      `${'小标题'.repeat(10)} | 站点`,
      `${'<h3 class="entry-title">'.repeat(300)}标题${'</h3>'.repeat(300)}${Array.from({ length: 2_700 }, (_, i) => `<h2 itemprop="headline">标题${i}</h2><h2>${'小标题'.repeat(10)}${i}</h2><h2>${'小标题'.repeat(10)}</h2>`).join('')}`,
      SIZE,
    ),
  },
  {
    // Session 52's steps: buttons whose words begin a sentence (each one's boxes and the text
    // after it looked at), and comments in runs of inline text (Readability's phrasing test).
    name: '3,000 buttons in sentences (1,000 in boxes) and 20,000 comments between words',
    html: page(
      '文章',
      Array.from(
        { length: 1_000 },
        (_, i) =>
          `<div>${SENTENCE}<div><span><button>按钮${i}</button></span></div> <!-- -->and more words<button>名字${i}</button> follow here<!-- --> <a href="/x">链接</a><!-- --> <button>Share</button> Next sentence.${'<!-- -->字'.repeat(17)}</div>`,
      ).join(''),
      SIZE,
    ),
  },
  {
    name: '10,000-deep nesting',
    html: page('文章', `${'<div>'.repeat(10_000)}<p>${SENTENCE}</p>${'</div>'.repeat(10_000)}`, SIZE),
  },
];

function timeExtraction(html: string): { ms: number; outcome: string } {
  const times: number[] = [];
  let outcome = '';
  for (let run = 0; run < RUNS; run++) {
    const doc = parseHtml(html, 'https://bench.folio.test/a.html');
    const t0 = performance.now();
    const result = extractArticle(doc, { url: 'https://bench.folio.test/a.html', consumeDocument: true });
    times.push(performance.now() - t0);
    outcome = result.ok ? `article, ${result.article.textContent.length} chars` : result.reason.slice(0, 60);
    try {
      doc.defaultView?.close();
    } catch {
      // jsdom's own teardown recurses once per level of nesting; a browser's parser caps nesting.
    }
  }
  return { ms: percentile(times, 0.5), outcome };
}

/**
 * The normal page's time, for a page of `length`: several rows' hostile parts are longer than
 * SIZE (an article is kept beside them, or they are the article), and a page twice as long costs
 * twice as much without any attack. Measured once per length, rounded to 50 kB.
 */
const normalTimes = new Map<number, { ms: number; outcome: string }>();
function normalPage(length: number): { ms: number; outcome: string } {
  const size = Math.max(SIZE, Math.round(length / 50_000) * 50_000);
  let normal = normalTimes.get(size);
  if (!normal) {
    normal = timeExtraction(page('一篇文章', '', size));
    normalTimes.set(size, normal);
  }
  return normal;
}

// Once untimed first: the first extractions of a run also compile the code they run.
timeExtraction(page('一篇文章', '', SIZE));
const baseline = normalPage(SIZE);
console.log(`Normal ${Math.round(SIZE / 1000)} kB article page: ${baseline.ms.toFixed(0)} ms (${baseline.outcome})\n`);
console.log('| hostile page | kB | median ms | normal page of its size, ms | × normal | outcome |');
console.log('|---|---:|---:|---:|---:|---|');
let worst = 0;
// `npm run bench:adversarial -- WORD`: only the rows whose name holds WORD.
const only = process.argv[2];
for (const { name, html } of hostilePages.filter((row) => !only || row.name.includes(only))) {
  const { ms, outcome } = timeExtraction(html);
  const normal = normalPage(html.length);
  worst = Math.max(worst, ms / normal.ms);
  console.log(
    `| ${name} | ${Math.round(html.length / 1000)} | ${ms.toFixed(0)} | ${normal.ms.toFixed(0)} | ${(ms / normal.ms).toFixed(2)} | ${outcome} |`,
  );
}
console.log(`\nWorst: ${worst.toFixed(2)}× a normal page of the same size.`);
