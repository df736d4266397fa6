// @vitest-environment node
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import { unfoldPanel } from '../../utils/extract/collapsed-panels';
import { removeFormLeftovers } from '../../utils/extract/form-leftovers';
import { numberParagraphs, restoreOpening } from '../../utils/extract/opening';
import { pageId } from '../../utils/extract/page-ids';
import { withProseBlocksKept } from '../../utils/extract/readability-prose-blocks';
import { RemovalReport } from '../../utils/extract/report';
import { normalizeSpace } from '../../utils/extract/text';

const URL = 'https://steps.folio.test/post';
const enParagraph = (n: number) =>
  `<p>Paragraph ${n}: reading slowly is a skill worth keeping, and it can be learned again with some patience and a quiet room.</p>`;
const extract = (html: string) => extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
/** None of these pieces is left in the article's text (each named in the failure). */
const expectNoneOf = (text: string, pieces: string[]) => {
  for (const piece of pieces) expect(text).not.toContain(piece);
};
const textOf = (html: string) => {
  const result = extract(html);
  return result.ok ? result.article.textContent : `(no article: ${result.reason})`;
};

describe('pages read without their scripts', () => {
  it('puts React-streamed segments in their places: the article, not the loading fallback', () => {
    const html = `<body><header><a href="/">Home</a></header>
      <main><!--$?--><template id="B:0"></template><div class="skeleton">Loading the article…</div><!--/$--></main>
      <footer>© Example</footer>
      <div hidden id="S:0"><article><h1>Streamed</h1>${[1, 2, 3, 4, 5].map(enParagraph).join('')}</article></div>
      <script>$RC("B:0","S:0")</script></body>`;
    const text = textOf(html);
    expect(text).toContain('Paragraph 1: reading slowly');
    expect(text).toContain('Paragraph 5: reading slowly');
    expect(text).not.toContain('Loading the article');
  });

  it('fills placeholders inside segments, in order, and keeps the article when the page was saved without its comments', () => {
    // A saved page (no <!--$?--> … <!--/$--> marks): the boundary's fallback is the short line
    // after it, not everything after it. Segment S:0 holds placeholders that later segments fill.
    const html = `<body><header><a href="/">Home</a></header>
      <main><article><h1>Streamed in parts</h1>${enParagraph(1)}
        <template id="B:0"></template><div>Loading paragraph...</div>
        ${enParagraph(6)}${enParagraph(7)}</article></main>
      <div hidden id="S:0"><section><template id="P:3"></template><template id="P:4"></template></section></div>
      <div hidden id="S:3">${enParagraph(2)}${enParagraph(3)}</div>
      <div hidden id="S:4">${enParagraph(4)}${enParagraph(5)}</div></body>`;
    const text = textOf(html);
    const order = [1, 2, 3, 4, 5, 6, 7].map((n) => text.indexOf(`Paragraph ${n}:`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).not.toContain('Loading paragraph');
  });
});

/**
 * An article whose body is cut into editor "widgets" (a class Readability scores as clutter, so it
 * drops each one with fewer than ten commas), two paragraphs to a widget.
 */
const widgetPage = (extra = '') => `<body><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav>
  <main><div class="entry"><h1>Widgets</h1>${enParagraph(1)}${enParagraph(2)}
  ${[3, 5, 7].map((n) => `<div class="text-widget"><div class="widget-inner">${enParagraph(n)}${enParagraph(n + 1)}</div></div>`).join('')}
  ${extra}</div></main>
  <footer><p>© Example company. All rights reserved. Terms, privacy and cookies apply to this site.</p></footer></body>`;

describe('an article wrapper with a layout name Readability takes for clutter', () => {
  it('is read, not the long cookie notice beside it', () => {
    const notice = `<div class="consent-dialog"><div class="consent-text"><p>${'We and our partners use cookies to measure how this site is used and to show you offers. '.repeat(8)}</p></div></div>`;
    const html = `<body><div id="app"><header><a href="/">Home</a></header><div class="page"><div class="container">
      <article class="full-width-template-with-sidebar"><div class="article-body">
      ${[1, 2, 3, 4, 5].map(enParagraph).join('')}</div></article></div></div></div>${notice}</body>`;
    const text = textOf(html);
    expect(text).toContain('Paragraph 1: reading slowly');
    expect(text).toContain('Paragraph 5: reading slowly');
    expect(text).not.toContain('We and our partners use cookies');
  });
});

describe('headings named like a page header', () => {
  it('keeps a newsletter’s section headings and a recipe card’s "Ingredients", in the text and the outline', () => {
    // Substack names every heading "header-anchor-post", WP Recipe Maker its card's headings
    // "wprm-recipe-header": Readability's first pass removed them all for the word "header".
    const html = `<body><header class="site-header"><h2 class="site-header-title">The Weekly Letter</h2></header>
      <main><article><h1>Baking for a week</h1>${enParagraph(1)}
      <h2 class="header-anchor-post">What I learned from the starter</h2>${enParagraph(2)}${enParagraph(3)}
      <h2 class="header-anchor-post">The loaf itself</h2>${enParagraph(4)}
      <div class="wprm-recipe"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header">Ingredients</h3>
      <ul class="wprm-recipe-ingredients"><li>400 grams bread flour</li><li>115 grams active starter</li><li>8 grams salt</li></ul>
      <h3 class="wprm-recipe-header wprm-recipe-instructions-header">Instructions</h3>
      <ol><li>Mix the flour and water, and let them rest for an hour.</li><li>Add the starter and the salt.</li></ol></div>
      ${enParagraph(5)}</article></main></body>`;
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    const lines = result.article.textContent.split('\n');
    for (const heading of ['What I learned from the starter', 'The loaf itself', 'Ingredients', 'Instructions']) {
      expect(lines).toContain(heading);
    }
    expect(result.article.outline.map((entry) => entry.text)).toEqual(
      expect.arrayContaining(['What I learned from the starter', 'The loaf itself', 'Ingredients']),
    );
    expect(result.article.textContent).toContain('115 grams active starter');
    expect(result.article.textContent).not.toContain('The Weekly Letter');
  });
  it('keeps a listicle’s product names set in a "header" with their label, not the article’s own header', () => {
    const item = (name: string, label: string, n: number) =>
      `<div class="listicle-item"><header class="listicle-item-header"><h3 class="listicle-item-title"><a href="/products/${n}">${name}</a></h3>
      <span class="listicle-item-label">${label}</span></header>${enParagraph(n)}${enParagraph(n + 1)}</div>`;
    const html = `<body><main><article><header class="entry-header"><h1>The best scooters</h1>
      <div class="entry-meta">By Ana Reyes Updated on February 16, 2026</div></header>
      ${enParagraph(1)}${item('Navee GT3', 'Best Overall Under $500', 2)}${item('Apollo City', 'Best Ride Quality', 4)}
      </article></main></body>`;
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent).toContain('Navee GT3');
    expect(result.article.textContent).toContain('Best Ride Quality');
    expect(result.article.outline.map((entry) => entry.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('Navee GT3'), expect.stringContaining('Apollo City')]),
    );
    expect(result.article.textContent).not.toContain('February 16');
  });
});

describe('an article in many small blocks', () => {
  it('is read whole, not only the blocks Readability keeps', () => {
    const text = textOf(widgetPage());
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
  });

  it('but without the comments and post teasers that share its region', () => {
    const comments = `<div class="comments-area">${[31, 32, 33].map((n) => `<div class="comment-body">${enParagraph(n)}</div>`).join('')}</div>`;
    const teasers = `<div class="latest-posts">${[41, 42, 43]
      .map((n) => `<div class="card"><h3><a href="/p/${n}">Another post ${n}</a></h3>${enParagraph(n)}</div>`)
      .join('')}</div>`;
    const text = textOf(widgetPage(comments + teasers));
    for (const n of [1, 4, 8]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
    for (const n of [31, 32, 33, 41, 42, 43]) expect(text).not.toContain(`Paragraph ${n}:`);
  });
});

describe('what is left at the edges of an article', () => {
  const article = (before: string, after: string) =>
    `<body><article><h1>Edges</h1>${before}${[1, 2, 3, 4, 5].map(enParagraph).join('')}${after}</article></body>`;

  it('drops a picture’s credit set as its only caption, keeping the picture, and a "Follow <site>" line at the end', () => {
    const figure =
      '<figure><img src="/desk.jpg" alt="A desk by a window"><figcaption><div>Image source: Getty Images.</div></figcaption></figure>';
    const result = extract(article(figure, '<p>Follow Hardtail Canada</p>'));
    if (!result.ok) throw new Error(result.reason);
    expectNoneOf(result.article.textContent, ['Getty', 'Follow Hardtail']);
    expect(result.article.content).toContain('/desk.jpg');
    // The newsroom's networks, listed.
    const networks = textOf(article('', '<p>Follow AP on Facebook, X, Instagram, YouTube and TikTok</p>'));
    expect(networks).not.toContain('Follow AP');
    expect(networks).toContain('Paragraph 5');
    // A sentence that starts with the verb is the article's own last line.
    expect(textOf(article('', '<p>Follow the river north.</p>'))).toContain('Follow the river north.');
  });

  it('drops a link to another story set in capitals between paragraphs; keeps capitals that are no link and a link inside a sentence', () => {
    const text = textOf(
      `<body><article><h1>Edges</h1>${enParagraph(1)}${enParagraph(2)}
      <p><strong><a href="https://steps.folio.test/dwts-spicer">SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'</a></strong></p>
      ${enParagraph(3)}<p>THE END OF AN ERA FOR THE SHOW</p><p><a href="https://steps.folio.test/nasa">NASA</a> PLANS A NEW ROCKET FOR THE MOON.</p>
      ${enParagraph(4)}<p><a href="https://steps.folio.test/checklist.pdf">DOWNLOAD OUR PRINTABLE CHECKLIST</a></p>${enParagraph(5)}</article></body>`,
    );
    expectNoneOf(text, ['SEAN SPICER', 'PRINTABLE CHECKLIST']);
    expect(text).toContain('THE END OF AN ERA FOR THE SHOW');
    expect(text).toContain('PLANS A NEW ROCKET FOR THE MOON');
    expect(text).toContain('Paragraph 5: reading slowly');
  });

  it('ends a newsletter at its "How was this issue?" heading, with the sections after it; keeps the question in the text', () => {
    const trailer = `<h2>How Was This Issue?</h2><p><a href="/rate/good">😄 Good</a></p><p><a href="/rate/bad">😦 Bad</a></p>
      <h2>Here's The Unsubscribe</h2><p>Here is how to get to the unsubscribe link, if you need it.</p>
      <h2>Advertisement: New Book!</h2><p>${'Order your copy of the book about reading slowly today, in print or as an e-book. '.repeat(2)}</p>
      <h2>Get Back to Work</h2><ul><li><a href="/jobs/1">Data Manager at Example</a></li></ul>`;
    const pitches = `<h2>Want to advertise in The Slow Letter? 📰</h2><h2>Register</h2>
      <h2>Love The Slow Letter? Tell your friends and get rewards.</h2>`;
    const text = textOf(article('', pitches + trailer));
    expectNoneOf(text, [
      'How Was This Issue',
      'Good',
      'Unsubscribe',
      'Advertisement',
      'Order your copy',
      'Data Manager',
      'advertise',
      'Register',
      'rewards',
    ]);
    expect(text.trim().split('\n').at(-1)).toMatch(/^Paragraph 5: /);
    // Asked in the article's opening, the question is a section of it, not its end.
    const early = textOf(article('<h2>How was this issue?</h2><p>We printed it by hand, as we did the first.</p>', ''));
    expect(early).toContain('We printed it by hand');
    expect(early).toContain('Paragraph 5: ');
  });

  it('drops datelines, slideshow controls, share buttons and the copyright line, keeps the article', () => {
    const text = textOf(
      article(
        '<p>Skip to main content</p><p>View author archive</p><p>Reading Time: 11 minutes</p><p>Advert</p><p>Published 4:00 am CST, Wednesday, November 20, 2019</p><p>Image 1 of 9</p><p>Show Caption</p><p>Close</p><p>Whatsapp Facebook Pint Baixar</p><p>December 17, 2025 • 8 minutes</p>',
        '<p>Updated: 18 Nov 2019, 19:11</p><p>Back To Top</p><p><a href="/demo">Learn More</a></p><p>Tags: <a href="/t/helena">Helena</a>, <a href="/t/thermostats">smart thermostat</a></p><p>© 2019 Example News. All rights reserved.</p><p>Iklan</p><p>RECENT ARTICLES</p><p>POPULAR THIS WEEK</p>',
      ),
    );
    expectNoneOf(text, [
      'Skip to main',
      'author archive',
      'Reading Time',
      'Advert',
      'Published 4:00',
      'Image 1 of 9',
      'Caption',
      'Close',
      'Learn More',
      'Tags:',
      'Whatsapp',
      'Updated: 18 Nov',
      'All rights reserved',
      'Iklan',
      'RECENT ARTICLES',
      'POPULAR THIS WEEK',
      '8 minutes',
      'Back To Top',
    ]);
    for (const n of [1, 5]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
  });

  it('drops the page’s own jump links (skip to content, skip a block, back to top), keeps one in a sentence', () => {
    const html = `<body><a href="#main">Skip to main content</a><div id="main"><article><h1>Edges</h1>
      <div><a class="skip-block" href="#sb-1">Skip Course introduction block</a>
      <div>${enParagraph(1)}${enParagraph(2)}</div><span id="sb-1"></span></div>
      <p>Already set up the quiet room? <a href="#step-3">Skip to step 3</a> and read on from there about the pencils.</p>
      ${enParagraph(3)}${enParagraph(4)}<p><a href="#top">Back to top</a></p></article></div></body>`;
    const text = textOf(html);
    expect(text).not.toMatch(/Skip to main|Skip Course|Back to top/);
    expect(text).toContain('Already set up the quiet room? Skip to step 3 and read on from there');
    expect(text).toContain('Paragraph 1: reading slowly');
  });

  it('drops a panel’s toggle left as a line ("Hide" beside its caret, "Show more"), keeps the words in a sentence', () => {
    // Move.org's sticky panel: its tab's label and caret icon, between the lede and the list.
    const html = `<body><article><h1>Edges</h1>${enParagraph(1)}
      <div><p><span class="tab-label">Hide</span> <img alt="Caret Down Light" src="/icons/caret-down.svg" width="12" height="12"></p></div>
      ${enParagraph(2)}<p><button>Show more</button></p>${enParagraph(3)}
      <p>Hide the book under the pillow, show it to no one, and read it again when the house is quiet.</p>${enParagraph(4)}</article></body>`;
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    const text = result.article.textContent;
    expect(text).not.toMatch(/^Hide$|^Show more$/m);
    expect(text).toContain('Hide the book under the pillow, show it to no one');
    expect(text).toContain('Paragraph 4: reading slowly');
    // The caret went with its label.
    expect(result.article.content).not.toContain('caret-down');
  });

  it('drops a "Tags" heading with its bare list at the end, and blocks of tag links anywhere', () => {
    const tagLinks = ['slow reading', 'pencils', 'quiet rooms']
      .map((t) => `<a href="/tag/${t.replace(' ', '-')}" rel="tag">${t}</a>`)
      .join(', ');
    const proseWithTag = `<p>A closing thought on <a href="/tag/pencils" rel="tag">pencils</a>, which the author keeps in every room of the house for notes in the margins.</p>`;
    const atEnd = textOf(article('', `${proseWithTag}<h3>Tags</h3><p>skiplagging, airfare, booking, airlines</p>`));
    expect(atEnd).not.toContain('skiplagging');
    expect(atEnd).not.toMatch(/^Tags$/m);
    expect(atEnd).toContain('A closing thought on pencils');
    const inBlock = textOf(article('', `<p><strong>Tags<br>${tagLinks}</strong></p><p>Comments are moderated.</p>`));
    expect(inBlock).not.toContain('quiet rooms');
    // Without its label a last line of names stays: it may be the article's own list.
    const list = textOf(article('', '<p>Ingredients: flour, water, salt, yeast</p>'));
    expect(list).toContain('flour, water, salt, yeast');
  });

  it('drops a news app pitch between paragraphs, not a sentence about an app', () => {
    const pitch = '<p><strong>CLICK HERE TO GET THE FOX NEWS APP</strong></p>';
    const sentence = '<p>Click here to get the app working again, the support page says.</p>';
    const html = `<body><article><h1>Edges</h1>${enParagraph(1)}${enParagraph(2)}${pitch}${sentence}${enParagraph(3)}${enParagraph(4)}</article></body>`;
    const text = textOf(html);
    expect(text).not.toContain('FOX NEWS APP');
    expect(text).toContain('Click here to get the app working again');
    for (const n of [1, 4]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
  });

  it('drops a newsletter’s sign-up box between paragraphs, its pitch with it; keeps a pitch-like paragraph without a form', () => {
    const box = `<div id="replay-signup"><h3>🚀 Sign up for The Replay newsletter</h3>
      <p><a href="/the-replay-archive/"><strong>The Replay</strong></a> is a weekly newsletter for dev and engineering leaders.</p>
      <p>Delivered once a week, it's your curated guide to the most important conversations around frontend dev, emerging AI tools, and the state of modern software.</p>
      <div class="replay-signup-form-wrapper"><div id="nf-form-48-cont" class="nf-form-cont" role="form"><div class="nf-loading-spinner"></div></div></div></div>`;
    const section = `<div class="section"><p>Subscribe to our newsletter</p><p>Each issue was delivered once a week, and the curated guide it became is now the most read part of the site, which is why this post looks back at it.</p></div>`;
    const html = `<body><article><h1>Edges</h1>${enParagraph(1)}${enParagraph(2)}${box}${enParagraph(3)}${section}${enParagraph(4)}</article></body>`;
    const text = textOf(html);
    expectNoneOf(text, ['Sign up for The Replay', 'is a weekly newsletter for dev', 'your curated guide']);
    expect(text).toContain('Each issue was delivered once a week');
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
  });

  it('drops a newsletter’s pitch set as a paragraph; keeps advice that mentions newsletters', () => {
    const pitch =
      "<p><em>Love movies? Live for TV? The Watch Party newsletter has all the best recommendations, delivered right to your inbox.&nbsp;<a href='/newsletters/watch-party/'>Sign up now</a>&nbsp;and be one of the cool kids.</em></p>";
    const forwarded = '<p>Was this newsletter forwarded to you? Sign up to get it in your inbox.</p>';
    const advice =
      '<p>Monitor industry trends: follow relevant news sources, subscribe to industry newsletters, and watch the social channels your customers read.</p>';
    const tips =
      '<ul><li>Join the newsletters of the stores you like: their coupons come to your inbox.</li><li>Compare prices before you buy.</li></ul>';
    const html = `<body><article><h1>Edges</h1>${enParagraph(1)}${pitch}${enParagraph(2)}${advice}${tips}${enParagraph(3)}${forwarded}${enParagraph(4)}</article></body>`;
    const text = textOf(html);
    expectNoneOf(text, ['Love movies?', 'cool kids', 'forwarded to you']);
    expect(text).toContain('subscribe to industry newsletters');
    expect(text).toContain('Join the newsletters of the stores you like');
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
  });

  it('drops a rule between the page’s header and the article, one left after its end or after another, and a heading left with nothing after it', () => {
    // The sign-up box between two rules goes, which leaves the rules side by side: one is drawn.
    const result = extract(
      `<body><article><h1>Edges</h1><div class="top"><hr><h2>A standfirst set as a heading above the story</h2></div>${enParagraph(1)}<hr><div class="newsletter-signup"><p>Sign up for our newsletter</p></div><hr>${enParagraph(2)}${enParagraph(3)}<hr>
        <h3>Related market trackers</h3><ul><li><a href="/trackers/one">Tracker one</a></li><li><a href="/trackers/two">Tracker two</a></li><li><a href="/trackers/three">Tracker three</a></li></ul></article></body>`,
    );
    if (!result.ok) throw new Error(result.reason);
    const { content, textContent, outline } = result.article;
    const rules = content.match(/<hr\b/g) ?? [];
    // The rule between paragraphs divides the article's sections, and stays.
    expect(rules).toHaveLength(1);
    expect(content.indexOf('<hr')).toBeGreaterThan(content.indexOf('Paragraph 1:'));
    // The links went as a trailing run; their heading, heading nothing, goes too.
    expect(textContent).not.toContain('Related market trackers');
    expect(outline.map((entry) => entry.text)).toEqual(['A standfirst set as a heading above the story']);
    expect(textContent.trimEnd().endsWith('a quiet room.')).toBe(true);
  });

  it('draws a long paragraph of rule characters as a rule, and drops one at the end', () => {
    const result = extract(
      `<body><article><h1>Edges</h1>${enParagraph(1)}<p>${'_'.repeat(40)}</p>${enParagraph(2)}<p>${'*'.repeat(90)}</p>${enParagraph(3)}<p>* * *</p>${enParagraph(4)}<p>___</p>${enParagraph(5)}<p>${'-'.repeat(30)}</p></article></body>`,
    );
    if (!result.ok) throw new Error(result.reason);
    const { content, textContent } = result.article;
    expect(content.match(/<hr\b/g) ?? []).toHaveLength(2);
    expect(textContent).not.toMatch(/_{4}|\*\*\*|---/);
    // Spaced marks are a section break written in words, and a short line a mark: they stay.
    expect(textContent).toContain('* * *');
    expect(textContent).toContain('\n___\n');
    expect(textContent.trimEnd().endsWith('a quiet room.')).toBe(true);
  });

  it('keeps the spaces at a link’s edges outside it, so that its underline stops at its words', () => {
    const linked =
      '<p>The <a href="/essay">college essay </a>is your chance to be heard, and <a href="/app">&nbsp;the common application</a> is where most readers will find it first. Learn more<a href="/more"> <span>here</span></a>, or <a href="/faq"><em>ask</em> </a>us.</p>';
    const result = extract(article(linked, ''));
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.content).toContain('<a href="https://steps.folio.test/essay">college essay</a> is');
    expect(result.article.content).toContain('<a href="https://steps.folio.test/app">the common application</a>');
    // A space of its own before or after the element that holds the link's words.
    expect(result.article.content).toContain(
      'Learn more <a href="https://steps.folio.test/more"><span>here</span></a>,',
    );
    expect(result.article.content).toContain('<a href="https://steps.folio.test/faq"><em>ask</em></a> us.');
    // The words and spaces read the same.
    expect(result.article.textContent).toContain('The college essay is your chance');
  });

  it('drops byline labels left without their names, and spacer paragraphs', () => {
    const result = extract(
      article(
        '<p>By</p><p>Edited by</p><p>•</p><p>Reviewed by:</p>',
        '<p>&zwj;</p><p>\u200b&nbsp;</p><p>Closing thoughts: read slowly, and read again whatever deserved it the first time round.</p>',
      ),
    );
    if (!result.ok) throw new Error(result.reason);
    const lines = result.article.textContent.split('\n');
    expect(lines[0]).toMatch(/^Paragraph 1: reading slowly/);
    expect(lines.at(-1)).toMatch(/^Closing thoughts/);
    expect(lines.some((line) => /^[\s\u200b\u200d]*$/.test(line))).toBe(false);
    // A sentence that starts with "By" stays.
    expect(
      textOf(article('<p>By the time the train arrived, the chapter was finished and the tea was cold.</p>', '')),
    ).toContain('By the time the train arrived');
  });

  it('drops a table of contents at the start, form leftovers and a feedback prompt at the end', () => {
    const toc =
      '<p>Table of Contents [hide]</p><ul><li><a href="#one">One</a></li><li><a href="#two">Two</a></li><li><a href="#three">Three</a></li></ul>';
    const form = '<p>Email*</p><p>This field is required.</p><p>Subscribe</p>';
    const feedback = '<h3>Did you enjoy this article?</h3><p>Was this article helpful? Yes No</p>';
    const text = textOf(article(toc, `${form}${feedback}`));
    expectNoneOf(text, [
      'Table of Contents',
      'Email*',
      'field is required',
      'Subscribe',
      'enjoy this article',
      'helpful',
    ]);
    for (const n of [1, 5]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
    expect(textOf(article(toc.replace('Table of Contents [hide]', 'In this article:'), ''))).not.toContain(
      'In this article',
    );
    // A signup form's field labels go with their fields; a CSS-only accordion's labels (a heading,
    // a question) open the panels they name, and stay.
    const signup =
      '<form action="/subscribe"><div><label for="first">First Name</label><input id="first"></div><div><label>Work Email <input type="email"></label></div></form>';
    const accordion =
      '<label for="faq-1"><h3>How long does a slow reading take</h3></label><input type="checkbox" id="faq-1"><p>About an hour, with a pencil and a quiet room for the whole of it.</p><label for="faq-2">Can it be learned again later?</label><input type="checkbox" id="faq-2"><p>Yes, with patience.</p>';
    const withForms = textOf(article('', `${accordion}${signup}`));
    expect(withForms).not.toContain('First Name');
    expect(withForms).not.toContain('Work Email');
    expect(withForms).toContain('How long does a slow reading take');
    expect(withForms).toContain('Can it be learned again later?');
    // A sentence that only mentions them stays.
    const kept = textOf(
      article('<p>This guide has a table of contents of its own, which we explain below in detail.</p>', ''),
    );
    expect(kept).toContain('table of contents of its own');
  });

  it('keeps key takeaways that link to their sections; a table of contents naming the headings still goes', () => {
    const sections = [
      ['local', 'Top Local Movers in New York'],
      ['costs', 'Local Moving Costs'],
      ['rated', 'How We Rated the Movers'],
    ]
      .map(([id, heading], i) => `<div id="${id}"></div><h2>${heading}</h2>${enParagraph(i + 1)}${enParagraph(i + 4)}`)
      .join('');
    const page = (before: string) => `<body><article><h1>Edges</h1>${before}${sections}</article></body>`;
    const takeaways =
      '<p>Key Takeaways</p><ul><li><a href="#local">Top local mover in NY: Seka Moving (4.96/5 rating)</a></li>' +
      '<li><a href="#costs">Local move cost: $131 an hour, with two movers and a truck</a></li>' +
      '<li><a href="#rated">We checked 148 companies against 4,000 reviews</a></li></ul>';
    const kept = textOf(page(takeaways));
    expect(kept).toContain('Top local mover in NY: Seka Moving (4.96/5 rating)');
    expect(kept).toContain('We checked 148 companies');
    // Entries that name the sections, numbered or shortened, their anchors in the headings or
    // before them: the reader's outline does their work.
    const contents =
      '<ol><li><a href="#local">1. Top Local Movers in New York</a></li><li><a href="#costs">2. Local Moving Costs</a></li>' +
      '<li><a href="#gone">3. How We Rated Movers</a></li></ol>';
    const text = textOf(page(contents));
    expectNoneOf(text, ['1. Top Local', '2. Local Moving']);
    expect(text).toContain('Local Moving Costs');
  });

  it('keeps the places in-page links lead to when the page marks them with empty anchors', () => {
    // An old named anchor in its own paragraph (a name Readability would take for an advert's,
    // were it the heading's id as it judges the article); a page builder's anchor widget before a
    // heading widget whose heading has its own id; an empty anchor inside the heading.
    const html = `<body><article><h1>Edges</h1>
      <p>Paragraph 0: the costs are <a href="#what-shopping-costs">further down</a>, and so are <a href="#questions">the questions</a> and <a href="#steps">the steps</a>, each in its own section of this long guide.</p>
      ${enParagraph(1)}${enParagraph(2)}
      <p><a name="what-shopping-costs"></a></p><h2>What it costs</h2>${enParagraph(3)}
      <div class="anchor-widget"><div><a id="questions"></a></div></div><div class="heading-widget"><h2 id="faq-heading">Questions readers ask</h2></div>${enParagraph(4)}
      <h2><a id="steps"></a>The steps</h2>${enParagraph(5)}</article></body>`;
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    const content = parseHtml(`<div>${result.article.content}</div>`, URL).body;
    const headingFor = (text: string) => {
      const href = [...content.querySelectorAll('a')].find((a) => a.textContent === text)?.getAttribute('href') ?? '';
      return content.querySelector(`[id="${pageId(href.slice(1))}"]`)?.textContent;
    };
    expect(headingFor('further down')).toBe('What it costs');
    expect(headingFor('the questions')).toBe('Questions readers ask');
    expect(headingFor('the steps')).toBe('The steps');
  });

  it("keeps a checklist's items without their boxes; a form's checkbox labels, or a lone box's, still go", () => {
    // A checklist's items are checkbox labels outside any form, three or more side by side.
    const packing = ['A pencil and a notebook', 'The book, with its dust jacket off', 'A quiet hour'];
    const checklist = `<ul>${packing.map((item, i) => `<li><input type="checkbox" id="p${i}"><label for="p${i}">${item}</label></li>`).join('')}</ul><div><label><input type="checkbox"> Remember me</label></div>`;
    const consent =
      '<form><p><input id="c1" type="checkbox"><label for="c1">Save my name</label></p><p><input id="c2" type="checkbox"><label for="c2">Email me new posts</label></p><p><input id="c3" type="checkbox"><label for="c3">Email me replies</label></p></form>';
    const withChecklist = textOf(article('', `<h2>What you need</h2>${checklist}${consent}`));
    expect(withChecklist).toContain(packing.join('\n'));
    expect(withChecklist).not.toMatch(/Remember me|Save my name|Email me/);
  });

  it('keeps a list of in-page links in the middle of the article, and leaves boilerplate headings out of the outline', () => {
    const links =
      '<ul><li><a href="#a">First point</a></li><li><a href="#b">Second point</a></li><li><a href="#c">Third point</a></li></ul>';
    const html = `<body><article><h1>Edges</h1>${[1, 2, 3].map(enParagraph).join('')}<h2>The method</h2>${links}${[4, 5].map(enParagraph).join('')}<h2>Related posts</h2>${enParagraph(6)}</article></body>`;
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent).toContain('Second point');
    expect(result.article.outline.map((e) => e.text)).toEqual(['The method']);
  });

  it('drops a photo credit standing alone, and a caption the slideshow printed twice', () => {
    const caption = 'In this photograph, a long row of unsold cars sits at a dealership in Colorado.';
    const text = textOf(
      article(
        `<figure><img src="/a.jpg" alt=""><figcaption>${caption}</figcaption></figure><p>Photo: David Zalubowski / Associated Press</p><p>${caption}</p>`,
        '',
      ),
    );
    expect(text.split(caption)).toHaveLength(2); // once
    expect(text).not.toContain('Photo: David Zalubowski');
  });

  it('drops a breadcrumb, calls to action and the author bio, keeps a sentence that mentions them', () => {
    const text = textOf(
      article(
        '<p>Home › Blog › Reading</p>',
        '<p>Talk to our experts</p><p>Be the first to comment</p><p>Jane Doe is a content writer at Quiet Pages with ten years of experience in publishing.</p>',
      ),
    );
    expectNoneOf(text, [
      'Home › Blog',
      'Talk to our experts',
      'Be the first to comment',
      'Jane Doe is a content writer',
    ]);
    const kept = textOf(
      article('', '<p>Our experts say you should talk to a librarian before you subscribe to a reading app.</p>'),
    );
    expect(kept).toContain('Our experts say you should talk to a librarian');
  });

  it('drops the author’s name repeated at the start and their card at the end (the name the byline gives, a paragraph that starts with it), keeps a closing line that mentions them', () => {
    const withByline = (after: string, before = '') =>
      `<body><article><h1>Edges</h1><p class="byline">By Mirel Zaman</p>${before}${[1, 2, 3, 4, 5].map(enParagraph).join('')}${after}</article></body>`;
    const result = extract(
      withByline(
        '<div class="card"><p>Mirel Zaman, DVM</p><p>Mirel Zaman is the health and fitness director at PS, with fifteen years in the field.</p></div>',
        '<p>Mirel Zaman, Health Director</p>',
      ),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.byline).toBe('Mirel Zaman');
    expect(result.article.textContent).toContain('Paragraph 5: reading slowly');
    expect(result.article.textContent).not.toContain('Mirel Zaman');
    const kept = textOf(withByline('<p>Thanks to everyone who wrote to Mirel Zaman about the first part.</p>'));
    expect(kept).toContain('Thanks to everyone who wrote to Mirel Zaman');
    // Cards that go on about the author in other words: a long bio, a verb other than "is", an
    // apposition, the first name; each author's of two.
    const longBio = `Mirel Zaman is a full-time freelance writer living near the coast. ${'Over the past ten years she has covered travel, home and wellness for magazines and their websites. '.repeat(6)}`;
    for (const card of [
      `<p>${longBio}</p>`,
      '<p>Mirel Zaman manages all health coverage for PS and has tested more than two hundred trackers.</p>',
      '<p>Mirel Zaman, an experienced veterinarian and a distinguished writer at PS, lives with three dogs and a cat.</p>',
      '<p>Mirel holds a degree in veterinary medicine from the University of Edinburgh.</p>',
    ]) {
      const text = textOf(withByline(card));
      expect(text).toContain('Paragraph 5: reading slowly');
      expect(text).not.toContain('Mirel');
    }
    // The card writes the first name short ("Matt" for "Matthew"), its picture too.
    const shortName = (card: string) =>
      `<body><article><h1>Edges</h1><p class="byline">By Matthew Frankel</p>${[1, 2, 3, 4, 5].map(enParagraph).join('')}${card}</article></body>`;
    const short = textOf(
      shortName(
        '<p><img src="/avatar/1738.jpg" alt="Matt Frankel, CFP"></p><p>Matt Frankel, CFP, is a contributing stock market analyst specializing in real estate.</p>',
      ),
    );
    expect(short).not.toContain('Matt Frankel');
    expect(short).toContain('Paragraph 5: reading slowly');
    // Not another Frankel, nor initials.
    const otherFrankel = textOf(
      shortName(
        '<p>M. Frankel is the analyst quoted above, and his numbers are from May.</p><p>Mark Frankel, the CEO, is quoted in the first paragraph.</p>',
      ),
    );
    expect(otherFrankel).toContain('M. Frankel is the analyst');
    expect(otherFrankel).toContain('Mark Frankel, the CEO');
    const twoAuthors = extract(
      `<body><article><h1>Edges</h1><p class="byline">By Manoj Jain and Jagpreet Chhatwal</p><p>Manoj Jain and Jagpreet Chhatwal, The Conversation</p>${[1, 2, 3, 4, 5].map(enParagraph).join('')}
      <p>Manoj Jain is adjunct faculty at Emory University and a physician based in Memphis.</p><p>Jagpreet Chhatwal is an Associate Professor of Radiology at Harvard Medical School.</p></article></body>`,
    );
    if (!twoAuthors.ok) throw new Error(twoAuthors.reason);
    expectNoneOf(twoAuthors.article.textContent, ['adjunct faculty', 'Associate Professor', 'The Conversation']);
    // Someone else of the same first name, and the author named inside a sentence, stay.
    const others = textOf(
      withByline(
        '<p>Mirel Ortiz said the clinic would open in May, and the article’s last words are hers.</p><p>Mirel, the clinic’s director, thanked the town.</p>',
      ),
    );
    expect(others).toContain('Mirel Ortiz said the clinic would open');
    expect(others).toContain('Mirel, the clinic’s director, thanked the town.');
    // A team's or a company's byline: its first word opens the article's own last lines.
    const team = extract(
      `<body><article><h1>Edges</h1><p class="byline">By The Water Coolest</p>${[1, 2, 3, 4, 5].map(enParagraph).join('')}<p>The bottom line is that rates will fall before the summer, and the banks know it.</p></article></body>`,
    );
    if (!team.ok) throw new Error(team.reason);
    expect(team.article.byline).toBe('The Water Coolest');
    expect(team.article.textContent).toContain('The bottom line is that rates will fall');
    // A news agency's name opens its story's last line as well as its card.
    const agency = extract(
      `<body><article><h1>Edges</h1><p class="byline">By Reuters</p>${[1, 2, 3, 4, 5].map(enParagraph).join('')}<p>Reuters could not independently verify the video, which was posted on Sunday.</p></article></body>`,
    );
    if (!agency.ok) throw new Error(agency.reason);
    expect(agency.article.byline).toBe('Reuters');
    expect(agency.article.textContent).toContain('Reuters could not independently verify');
  });

  it('drops the author’s picture (their name its description or in its file name) at the start and in their card at the end; keeps a picture of someone else', () => {
    const result = extract(
      `<body><article><h1>Edges</h1><p class="byline">By Mirel Zaman</p>
      <div><a href="/authors/mirel"><div><p><img src="https://edges.folio.test/mirel-64.jpg" alt="Mirel Zaman" width="32" height="32"></p></div></a></div>
      ${[1, 2, 3, 4, 5].map(enParagraph).join('')}
      <figure><img src="https://edges.folio.test/coach.jpg" alt="Dana Ortiz, the coach" width="600" height="400"></figure>
      <div class="card"><p><img src="https://edges.folio.test/mirel-96.jpg" alt="Mirel Zaman, DVM"></p><p><img src="https://edges.folio.test/uploads/Mirel-Zaman_headshot-96x96.jpg" alt=""></p><p>Mirel Zaman is the health and fitness director at PS.</p></div></article></body>`,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.content).not.toContain('mirel-64.jpg');
    expect(result.article.content).not.toContain('mirel-96.jpg');
    // Without a description, by the name in its file's name.
    expect(result.article.content).not.toContain('headshot');
    expect(result.article.content).toContain('coach.jpg');
  });

  it('drops an author card over the article (a face linked to their page, a bio by their first name, a contact line); keeps a guest post’s introduction by full name', () => {
    const card = (bio: string) =>
      `<body><article><h1>Edges</h1><p class="byline">By Mirel Zaman</p>
      <div><p><a href="https://edges.folio.test/author/mirel-zaman/"><img src="https://edges.folio.test/64df6ac6-photo.jpg" alt="4"></a></p></div>
      <div><p>${bio}</p><p>Inquiries: mirel.z@edges.folio.test</p></div>${[1, 2, 3, 4, 5].map(enParagraph).join('')}</article></body>`;
    const result = extract(
      card('Mirel is an experienced journalist who has been covering health for the past five years.'),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.content).not.toContain('64df6ac6-photo.jpg');
    expect(result.article.textContent).not.toContain('experienced journalist');
    expect(result.article.textContent).not.toContain('Inquiries');
    expect(result.article.textContent.split('\n')[0]).toMatch(/^Paragraph 1: /);
    const guest = textOf(card('Mirel Zaman is the health director at PS, and wrote this guide for our readers.'));
    expect(guest).toContain('Mirel Zaman is the health director at PS');
    // The face linked to their page beside their role, in one box (Passle's author row).
    const row = extract(
      `<body><article><h1>Edges</h1><p class="byline">By Mirel Zaman</p>
      <div>
        <a href="https://edges.folio.test/u/102d3o3/mirel-zaman">
          <p><img src="https://edges.folio.test/Avatar/2017-square.jpg" alt="Avatar"></p>
        </a>
        <div>
          <div class="author-name"><a href="https://edges.folio.test/u/102d3o3/mirel-zaman">Mirel Zaman</a></div>
          <div class="author-role">Vice President of Consulting</div>
        </div>
      </div>
      ${[1, 2, 3, 4, 5].map(enParagraph).join('')}</article></body>`,
    );
    if (!row.ok) throw new Error(row.reason);
    expect(row.article.content).not.toContain('2017-square.jpg');
    expect(row.article.textContent.split('\n')[0]).toMatch(/^Paragraph 1: /);
  });

  it('drops a byline row’s reading time and date set as blocks inside a <span> (Medium’s), keeps a post body set in one with words of its own', () => {
    const medium = extract(
      `<body><article><h1>Edges</h1><p class="byline">By Mirel Zaman</p>
      <div><span><div><p><span>6 min read</span></p><p><span>Dec 1, 2025</span></p></div></span></div><div><p><span>--</span></p></div>
      ${[1, 2, 3, 4, 5].map(enParagraph).join('')}</article></body>`,
    );
    if (!medium.ok) throw new Error(medium.reason);
    expect(medium.article.textContent.split('\n')[0]).toMatch(/^Paragraph 1: /);
    // HubSpot's: the whole body in a <span>, with words of its own after the last heading.
    const hubspot = textOf(
      `<body><article><h1>Edges</h1><div><span>${[1, 2, 3, 4, 5].map(enParagraph).join('')}<h2>Let us pack for you</h2>Our packers have moved homes for seventy-five years, across the country and abroad. <a href="/quote">Get a quote</a>.</span></div></article></body>`,
    );
    expect(hubspot).toContain('Let us pack for you');
  });

  it('drops a "By" set apart as a heading before the author’s name, from the text and the outline', () => {
    const result = extract(
      `<body><article><h1>Edges</h1><p class="byline">By Mirel Zaman</p><div><p><img src="/avatar.png" alt=""></p><h2>By</h2><div>Mirel Zaman</div></div>${[1, 2, 3, 4, 5].map(enParagraph).join('')}<h2>By the way</h2>${enParagraph(6)}</article></body>`,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent.split('\n')[0]).toMatch(/^Paragraph 1: /);
    expect(result.article.outline.map((entry) => entry.text)).toEqual(['By the way']);
  });

  it('drops lines without words at the edges, a label left at the end, closed comments and news credits; keeps a divider inside', () => {
    const result = extract(
      article(
        '<p>•</p><p>\u200d</p>',
        `<p>* * *</p>${enParagraph(6)}<p>Keith Bradsher contributed reporting from Hong Kong.</p><p>Comments are closed for this post.</p><p>Help us improve this page</p><p>\u200d</p><h3>Comments</h3><p><strong>Related reads:</strong></p><p>Short link: https://quietpages.example/4856</p><p>Follow</p>`,
      ),
    );
    if (!result.ok) throw new Error(result.reason);
    const lines = result.article.textContent.split('\n');
    expect(lines[0]).toMatch(/^Paragraph 1: /);
    expect(lines[lines.length - 1]).toMatch(/^Paragraph 6: /);
    // The divider between the fifth and sixth paragraphs is the article's own.
    expect(lines).toContain('* * *');
    // A sentence that mentions comments or a contributor stays.
    const kept = textOf(
      article('', '<p>Comments are closed on most news sites now, and readers have moved their talk elsewhere.</p>'),
    );
    expect(kept).toContain('Comments are closed on most news sites now');
  });

  it('drops a newsroom’s terms under its story (a republishing notice, a transcript’s); keeps the story’s own credit', () => {
    const republish = textOf(
      article(
        '',
        `${enParagraph(6)}<p>This article is republished from The Conversation under a Creative Commons license.</p><p>Republish our articles for free, online or in print, under a Creative Commons license.</p>`,
      ),
    );
    expect(republish).toContain('This article is republished from The Conversation');
    expect(republish).not.toContain('Republish our articles');
    const transcript = textOf(
      article(
        '',
        `${enParagraph(6)}<p>For NPR News, I’m Sergio Martínez-Beltrán in Austin.</p><p>Accuracy and availability of NPR transcripts may vary. Transcript text may be revised to correct errors or match updates to audio.</p>`,
      ),
    );
    expect(transcript).toContain('For NPR News');
    expect(transcript).not.toContain('Accuracy and availability');
    const kept = textOf(
      article(
        '',
        '<p>Accuracy and availability of the court’s transcripts varied, the judge found, so the jury heard the tapes.</p>',
      ),
    );
    expect(kept).toContain('Accuracy and availability of the court’s transcripts varied');
  });

  it('drops a table of contents’ title with nothing under it before the next heading; keeps one over its list', () => {
    const empty = textOf(
      article('', `<p>Let’s start.</p><p>Table of Contents</p><h2>Benefits of ratings</h2>${enParagraph(6)}`),
    );
    expect(empty).not.toContain('Table of Contents');
    expect(empty).toContain('Benefits of ratings');
    const listed = textOf(
      article(
        '',
        `<h3>Table of Contents</h3><ul><li><a href="#benefits">Benefits of ratings</a></li><li><a href="#costs">Costs</a></li></ul><h2 id="benefits">Benefits of ratings</h2>${enParagraph(6)}<h2 id="costs">Costs</h2>${enParagraph(7)}`,
      ),
    );
    expect(listed).toContain('Table of Contents');
  });

  it('drops a line of an icon font’s glyphs anywhere (they draw boxes without the site’s font), not a sentence with one', () => {
    const icons =
      '<p><a href="https://twitter.com/x"><span class="et-pb-icon">\uf099</span></a> <a href="https://www.instagram.com/x/"><span class="et-pb-icon">\ue09a</span></a></p>';
    const result = extract(
      article(
        '',
        `${icons}<p>This website is developed by the Everyone Graduates Center for the partnership.</p><p>\ue09a Follow the partnership for news of its tutoring programs.</p>`,
      ),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.content).not.toMatch(/twitter|\uf099/);
    expect(result.article.textContent).toContain('This website is developed by the Everyone Graduates Center');
    expect(result.article.textContent).toContain('\ue09a Follow the partnership');
  });

  it('drops disclosures, "Written by" lines, reading times, newsletter prompts and inline related links', () => {
    const text = textOf(
      article(
        '<p>Published June 23, 2025 10:39AM</p><p>Quiet Pages Team | 5 min read</p><p>Disclosure: this post contains affiliate links; we may earn a commission at no cost to you.</p>',
        `<p>Related: <a href="/other">Why we stopped speed reading</a></p>${enParagraph(6)}
         <p><a href="/bolivia">Also on quietpages.com Journalists threatened with arrest as the protests go on</a></p>
         <p>🚀 Sign up for The Quiet Letter newsletter</p><p>You might also like...</p><p>Written by Jane Doe</p>`,
      ),
    );
    expectNoneOf(text, [
      '5 min read',
      'affiliate links',
      'Published June 23',
      'Why we stopped speed reading',
      'Journalists threatened with arrest',
      'Sign up for The Quiet Letter',
      'You might also like',
      'Written by Jane Doe',
    ]);
    for (const n of [1, 6]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
    // The same words inside the article's sentences stay.
    const kept = textOf(
      article(
        '<p>Affiliate links pay for many review sites, and readers should know how that shapes a verdict.</p>',
        '<p>Related: the habit of reading aloud, which we tried for a month, made us slower and happier.</p><p>Also on quietpages.com you will find the <a href="/list">list</a> we kept that month.</p>',
      ),
    );
    expect(kept).toContain('you will find the list we kept');
    expect(kept).toContain('Affiliate links pay for many review sites');
    expect(kept).toContain('Related: the habit of reading aloud');
  });

  it('drops the next stories of an endless scroll, each an <article> after the story; keeps a listicle of <article>s', () => {
    // Digg's: a picture, a kicker, a headline that links to the story's source, a blurb.
    const teaser = (n: number) =>
      `<article class="story"><div class="grid"><div class="col"><a href="https://other${n}.example/story"><picture><img src="/t${n}.jpg" alt=""></picture></a></div>
        <div class="col"><header><div>KICKER ${n}</div><h1><a href="https://other${n}.example/story">Next story ${n} about another subject entirely</a></h1>
        <div class="metadata"><span>1 digg</span> <a href="/source/other${n}">other${n}.example</a></div></header>
        <div class="description"><p>A blurb of the next story ${n}, a sentence or two long, that invites the reader to go on scrolling through one more story and then another one after it, for the next story is always one scroll away, and the one after it too, and so on down the page.</p></div></div></div></article>`;
    const paragraphs = Array.from({ length: 20 }, (_, i) => enParagraph(i + 1)).join('');
    const story = `<article><header><h1>Edges</h1></header><div class="body">${paragraphs}</div></article>`;
    const next = Array.from({ length: 10 }, (_, i) => teaser(i + 1)).join('');
    const text = textOf(
      `<body><section role="main"><section class="wrapper">${story}</section></section><div class="cta"><h3>Want more stories like this?</h3></div>
        <section role="main"><section class="wrapper">${next}</section></section></body>`,
    );
    expectNoneOf(text, ['Next story', 'KICKER', 'A blurb of the next story']);
    expect(text).toContain('Paragraph 20: reading slowly');
    // Entries of a like size, each an <article> with a linked name: none is the story, all stay.
    const entry = (n: number) =>
      `<article><h2><a href="https://lamps${n}.example/">Lamp ${n}</a></h2>${enParagraph(n)}${enParagraph(n + 10)}</article>`;
    const listicle = textOf(
      `<body><main><h1>Edges</h1>${enParagraph(0)}${[1, 2, 3, 4].map(entry).join('')}</main></body>`,
    );
    for (const n of [1, 2, 3, 4]) expect(listicle).toContain(`Lamp ${n}`);
  });

  it('drops a template’s section left with its lorem ipsum filler, headings and buttons too; keeps a quotation of it', () => {
    const lorem =
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.';
    const column = (n: number) =>
      `<div class="col"><h5>Head Line ${n}</h5><p>${lorem}</p><ul><li>Lorem ipsum 1</li><li>Lorem ipsum 2</li></ul><a href="#" class="cta-btn">Learn More</a></div>`;
    const template = `<section class="four-col"><h3>Lorem Ipsum</h3><p>${lorem}</p><div class="row">${[1, 2, 3, 4].map(column).join('')}</div></section>`;
    const text = textOf(article('', `${template}<p><img src="/chart.png" alt=""></p><p>${lorem}</p>`));
    expectNoneOf(text, ['Lorem', 'Head Line', 'Learn More']);
    for (const n of [1, 5]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
    // An article about type quotes the filler once: it stays.
    const quoted = textOf(article('', `<blockquote><p>${lorem}</p></blockquote>`));
    expect(quoted).toContain('Lorem ipsum dolor sit amet');
  });

  it('drops a "Reviewed by" heading left without its names and a disclosure of paid traffic after the opening line', () => {
    // The reviewers' names were avatars; the heading then stood over the site's disclosure.
    const text = textOf(
      article(
        `<p>Slow reading is the habit this guide recommends, and here is how the tools we tested compare.</p>
         <h2>Reviewed by</h2><p>Quiet Pages is able to offer its guides for free because some vendors may pay us for traffic or other sales opportunities.</p>`,
        '',
      ),
    );
    expectNoneOf(text, ['Reviewed by', 'vendors may pay us']);
    expect(text).toContain('Slow reading is the habit this guide recommends');
  });

  it('drops a card of another story set among the paragraphs under a "Related" label, its blurb and author too', () => {
    // Its classes say "article", as XDA's do, which is why Readability keeps the card.
    const card = `<div class="display-card article article-card"><picture><img width="440" height="364" src="/cards/tools.jpg"
      alt="A laptop showing its desktop"></picture><span><label>Related</label></span>
      <div class="article-block"><h5><a href="/tools">4 automation tools that save time for Windows users</a></h5>
      <p>Save time and streamline your workflow with the help of these automation tools for your PC.</p>
      <div><label>Posts</label> <a href="/tools#threads">2</a></div>
      <div>By <a href="/author/sumukh">Sumukh Rao</a></div></div></div>`;
    const text = textOf(article('', `${card}${enParagraph(6)}`));
    expectNoneOf(text, ['Related', '4 automation tools', 'Save time and streamline', 'Sumukh Rao', 'A laptop']);
    for (const n of [1, 5, 6]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
    // Under the same label, a note of the article's own, with no other story's headline in it, stays.
    const note = `<div><span>Related</span><p>We tried reading aloud for a month as well, and it made every
      chapter slower, which was <a href="/aloud">the point</a>.</p></div>`;
    expect(textOf(article('', `${note}${enParagraph(6)}`))).toContain('We tried reading aloud for a month');
  });

  it('drops "DON’T MISS" over links to other stories and "SEE MORE:" / "Must read:" links; keeps a guide’s "Don’t miss" section', () => {
    const teasers = `<p><strong>DON'T MISS</strong></p><p><a href="/news/1">China furious at Macron over protest jibe</a> [<strong>INSIGHT]</strong><br>
      <a href="/sport/2">NBA makes final decision on the game</a> [<strong>VIDEO]</strong></p>
      ${enParagraph(4)}<p><strong>SEE MORE</strong>: <a href="/news/3">Hong Kong protests: 800 students under siege</a></p>
      <p>Must read: <a href="/guides/4">Kitchen Display System for Restaurants</a></p>
      <p>Don’t Miss: <a href="/guides/5">Program Management Software for Multi-Project Tracking</a></p>
      ${enParagraph(5)}<p><strong>DON'T MISS</strong><br><strong><a href="/news/6">Plague warning: CDC names eight deadly diseases</a> [WARNING]</strong><br>
      <strong><a href="/news/7">Black Death fears: holidaymakers die after eating a marmot in Mongolia</a> [INSIGHT]</strong><br><strong><a href="/news/8">Plane passengers quarantined after a bubonic plague outbreak</a> [NEWS]</strong></p>`;
    const text = textOf(article('', `${teasers}${enParagraph(6)}`));
    expectNoneOf(text, [
      'MISS',
      'Macron',
      'NBA',
      'SEE MORE',
      'under siege',
      'Must read',
      'Kitchen Display',
      'Program Management',
      'CDC names',
      'marmot',
      'quarantined',
    ]);
    for (const n of [1, 5, 6]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
    // Nor a guide's own sentence that starts so, with a link in it.
    expect(
      textOf(
        article(
          '',
          `<p>Don’t miss the <a href="/gallery">long gallery</a>, where the portraits hang in the order the family sat for them.</p>${enParagraph(6)}`,
        ),
      ),
    ).toContain('where the portraits hang');
    const guide = textOf(
      article(
        '',
        `<h3>Don’t miss</h3><p>The castle’s long gallery, where the portraits hang in the order the family sat for them.</p>${enParagraph(6)}`,
      ),
    );
    expect(guide).toContain('Don’t miss');
    expect(guide).toContain('The castle’s long gallery');
  });

  it('drops a row of other stories’ cards after a "Most read" heading set alone in its box, their words outside their links', () => {
    // The Sun's rail: each card's headline and blurb sit beside an empty link stretched over it.
    const cards = [
      ['RANDY ANDY', 'Andrew parties in unearthed pics despite his claims'],
      ['TIME TRAVELLER', 'Conspiracy theorists say they have spotted a face in an old picture'],
      ['EYE POPPING', 'Bodybuilder has his tricep removed after injecting oil'],
    ]
      .map(
        (
          [kicker, blurb],
          i,
        ) => `<div class="rail__item"><div class="rail__item-image"><a href="/news/${i}/"><img src="/r${i}.jpg" alt=""></a></div>
        <div class="rail__item-content"><h3 class="rail__item-headline">${kicker}</h3><span class="rail__item-sub">${blurb}</span></div>
        <a href="/news/${i}/" class="rail__item-anchor"></a></div>`,
      )
      .join('');
    const rail = `<div class="sun-row"><div class="rail"><div class="swiper-container"><div class="rail__header"><h3 class="rail__title">Most read in world news</h3></div>
      <div class="swiper-wrapper">${cards}</div></div></div></div>`;
    const text = textOf(article('', `${rail}${enParagraph(6)}`));
    expectNoneOf(text, ['Most read', 'RANDY ANDY', 'Andrew parties', 'TIME TRAVELLER', 'tricep']);
    for (const n of [1, 5, 6]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
    // The article's own list of points under a heading that is not another story's stays.
    const points = `<h3>What we found</h3><div><div><h4>Slower</h4><p>Every chapter took longer to read.</p><a href="/notes/1">Notes</a></div>
      <div><h4>Happier</h4><p>Readers said they enjoyed it more.</p><a href="/notes/2">Notes</a></div></div>`;
    expect(textOf(article('', `${points}${enParagraph(6)}`))).toContain('Readers said they enjoyed it more');
  });

  it('drops the article’s day without its year as its first line; another day stays (a diary’s first entry)', () => {
    // A wire story's "November 20" over its dateline, the page dated in its metadata.
    const page = (day: string) => `<head><meta property="article:published_time" content="2019-11-20T05:21:58Z"></head>
      <body><article><h1>Edges</h1><div><p>${day}</p>${[1, 2, 3, 4, 5].map(enParagraph).join('')}</div></article></body>`;
    for (const day of ['November 20', '20 Nov.']) {
      const result = extract(page(day));
      if (!result.ok) throw new Error(result.reason);
      expect(result.article.textContent.startsWith('Paragraph 1: reading slowly')).toBe(true);
      expect(result.article.publishedTime?.startsWith('2019-11-20')).toBe(true);
    }
    expect(textOf(page('November 18')).startsWith('November 18')).toBe(true);
  });

  it('drops the site’s name standing as the first line under the date (the site as its own author)', () => {
    // The site's name is read from the <title>'s end, as on Ai2's pages.
    const page = (opening: string) => `<head><title>Edges | Ai2</title></head>
      <body><article><h1>Edges</h1><div><p>December 15, 2025</p>${opening}</div>
      ${[1, 2, 3, 4, 5].map(enParagraph).join('')}</article></body>`;
    const result = extract(page('<p><span>Ai2</span></p>'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent.startsWith('Paragraph 1: reading slowly')).toBe(true);
    expect(result.article.siteName).toBe('Ai2');
    // A first line that says more than the name is the article's own.
    expect(textOf(page('<p>Ai2 builds open models for science, and this is how we read them.</p>'))).toContain(
      'Ai2 builds open models for science',
    );
  });

  it('drops relative and doubled datelines, an author’s menu, a credit in a list, "by clicking here" and "See all" lines; keeps sentences about time', () => {
    const text = textOf(
      article(
        `<p>This post may contain affiliate and/or referral links. Please see my disclosure page.</p>
         <p>Products are chosen independently by our editors. Purchases made through our links may earn us a commission.</p>
         <p>Buying through links on our site supports our work.</p>
         <ul><li>Photo: Damian Dovarganes, AP</li></ul>
         <ul><li><a href="/author/jane">View author archive</a></li><li><a href="#0">email the author</a></li><li><a href="https://twitter.com/jane">follow on twitter</a></li></ul>
         <p>Published 1 day ago</p><p>Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM</p><p>02 Ago 2017</p><p>3. März 2020</p>
         <p>November 20, 2019 / 1:07 AM / Quiet News</p><p>On Behalf of Quiet Rooms PLLC | Apr 21, 2017 | Reading Habits</p><p>This post was last updated July 2021.</p><p>Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.</p><p>Order Reprints</p><p>Print Article</p>
         <p><label>Dec 11, 2025</label> <label>Share</label></p><p><span><i></i> Posted on <a href="/2025/12/18/">December 18, 2025</a> Posted by <a href="#comments">59 Comments</a></span></p>`,
        `<p><a href="/app">GET QUIET PAGES ON THE GO BY CLICKING HERE</a></p><p>See All</p><p>Hide All</p><p><a href="/match">Get Matched</a> | <a href="/join">Subscribe</a> | <a href="/blog">Read More</a></p><p>Post Comment (+)</p>
         <p>Get the latest updates right in your inbox. Subscribe to QuietPages.com’s newsletters.</p>`,
      ),
    );
    expectNoneOf(text, [
      'author archive',
      'email the author',
      '1 day ago',
      'Posted Nov 18',
      'Ago 2017',
      'März',
      '1:07 AM',
      'Quiet Rooms PLLC',
      'last updated July',
      '1:35 a.m.',
      'Reprints',
      'Print Article',
      'Dec 11',
      '59 Comments',
      'CLICKING HERE',
      'Post Comment',
      'Hide All',
      'Get Matched',
      'Dovarganes',
      'referral links',
      'chosen independently',
      'supports our work',
      'newsletters',
    ]);
    expect(text.split('\n')[0]).toMatch(/^Paragraph 1: /);
    // In the article's own <header>, beside its standfirst, as much as in its body.
    const inHeader = textOf(
      `<body><article><h1>Edges</h1><header><div><p><time datetime="2019-11-19">Published 1 day ago</time></p></div>
       <h2>The quiet room earned its keep in the third quarter.</h2></header>${[1, 2, 3].map(enParagraph).join('')}</article></body>`,
    );
    expect(inHeader).not.toContain('1 day ago');
    // The published and updated dates as the items of a list under the headline (The Sun); a list
    // of events, each with its date, is the article's.
    const dateList = textOf(
      article(
        '<ul class="article__time"><li><span>18 Nov 2019,</span><span> 19:09</span></li><li><span>Updated: 18 Nov 2019,</span><span> 19:11</span></li></ul>',
        '<ul><li>18 Nov 2019: the first case is confirmed</li><li>20 Nov 2019: the village is closed</li></ul>',
      ),
    );
    expectNoneOf(dateList, ['19:09', '19:11']);
    expect(dateList).toContain('18 Nov 2019: the first case is confirmed');
    // A dialog's close button left between paragraphs (at the very edge any wordless line goes).
    expect(textOf(article('', `${enParagraph(6)}<p>×</p>${enParagraph(7)}`))).not.toContain('×');
    // Run into the first paragraph before its picture: the date goes, the picture and the words stay.
    const runIn = extract(
      article(
        '<p>Updated: December 9, 2024<img src="/caterer.jpg" alt="A wedding buffet">If you are serving food at your reception, choosing a caterer matters to everyone who comes.</p>',
        '',
      ),
    );
    if (!runIn.ok) throw new Error(runIn.reason);
    expect(runIn.article.textContent).not.toContain('December 9');
    expect(runIn.article.textContent).toContain('If you are serving food');
    expect(runIn.article.content).toContain('A wedding buffet');
    expect(inHeader).toContain('The quiet room earned its keep');
    const kept = textOf(
      article('<p>Published 1 day ago, the study has already been cited by three other teams.</p>', ''),
    );
    expect(kept).toContain('Published 1 day ago, the study');
  });

  it('drops view counters, datelines with their label in other languages and "read also" links, keeps counts in sentences', () => {
    const text = textOf(
      article(
        `<div class="info"><div><div class="post-views"><span>2.289</span></div><span> letture</span></div></div>
         <p>Publié le 4 avril 2021 à 10h30</p><p>Pubblicato il 2 maggio 2019</p><p>Veröffentlicht am 3. März 2020</p><p>12K views</p>`,
        `<p>(Visited 1,902 times, 364 visits today)</p><p>Date Last Reviewed:</p><p>Share Tweet Submit</p>
         <p>This field is for validation purposes and should be left unchanged.</p>
         <p>Leggi anche</p><p><a href="/altro">I Cavalieri dello Zodiaco diventeranno un film</a></p>
         <p>Lire aussi : <a href="/autre">Un autre article sur la lecture lente</a></p><p>Aufrufe: 310</p>
         <h4>Você pode gostar...</h4><h3>Most read in world news</h3>`,
      ),
    );
    expectNoneOf(text, [
      '2.289',
      'letture',
      'Publié',
      'maggio',
      'März',
      '12K',
      'Leggi',
      'Zodiaco',
      'Lire aussi',
      'Você pode gostar',
      'Most read',
      'Aufrufe',
      'Visited',
      'Reviewed',
      'Tweet',
      'validation',
    ]);
    expect(text.split('\n')[0]).toMatch(/^Paragraph 1: /);
    expect(text.trim().split('\n').at(-1)).toMatch(/^Paragraph 5: /);
    // A number or a count in the article's own sentences stays.
    const kept = textOf(
      article('<p>2,289 readers wrote back.</p>', '<p>The study had 12K views within a week, its authors said.</p>'),
    );
    expect(kept).toContain('2,289 readers wrote back.');
    expect(kept).toContain('12K views within a week');
  });

  it('reads a link around blocks as a line: "back to blog" in a link goes, a linked paragraph of the article stays', () => {
    const text = textOf(
      article(
        '<a href="/blog"><p>back to blog</p></a>',
        '<a href="/guide"><p>Paragraph 6: the whole of this paragraph links to the longer guide, which goes into the quiet room in more detail.</p></a>',
      ),
    );
    expect(text).not.toContain('back to blog');
    expect(text.split('\n')[0]).toMatch(/^Paragraph 1: /);
    expect(text).toContain('Paragraph 6: the whole of this paragraph links');
  });

  it('drops a post footer that repeats its header: the byline label, date and reading time, "Last posted", "Last reviewed"', () => {
    for (const footer of [
      '<div><p><span>Written By </span><span>Feb 11, 2019 · 3 min read</span></p></div>',
      '<div><p><span>Last Posted</span> December, 2025</p></div>',
      '<p>Last reviewed January 2023</p>',
    ]) {
      const text = textOf(article('', footer));
      expectNoneOf(text, ['2019', '2025', '2023']);
      expect(text.trim().split('\n').at(-1)).toMatch(/^Paragraph 5: /);
    }
  });

  it('drops header lines in the shapes sites give them: in headings, a <time> between blocks, labels on their own line, copies for other screens', () => {
    const text = textOf(
      article(
        `<h5>May 06, 2025</h5><p>3 MIN. READ</p><p>Image credit: © Depositphotos.com/AndrewLozovyi</p>
         <details><summary>Table of Content</summary></details><p>Posted By</p><p>Loona Construction</p><p>Loona Construction</p>
         <p>Loona Construction</p><p>Posted On</p><p>Jan 13, 2025</p><p>12/19 — 2025</p><p>June 11, 2025 5 min</p>
         <p>Released Wednesday, March 2, 2022</p><p>Topic: Personal Finances Saving Money Budgeting</p>`,
        '<p>Image source: Getty Images.</p>',
      ),
    );
    expectNoneOf(text, [
      'May 06',
      'MIN. READ',
      'Depositphotos',
      'Table of Content',
      'Posted On',
      'Jan 13',
      '12/19',
      'June 11',
      'Released',
      'Topic:',
      'Getty',
    ]);
    expect(text.trim().split('\n').at(-1)).toMatch(/^Paragraph 5: /);
    // A <time> set between the heading and the text is a dateline; with words beside it, part of a sentence.
    const between = textOf(
      `<body><article><h1>Edges</h1><time datetime="2025-12-19">19 Dec 2025</time><section>${[1, 2, 3].map(enParagraph).join('')}</section></article></body>`,
    );
    expect(between).not.toContain('19 Dec 2025');
    // Or one in a heading group of its own under the picture (Buzzsprout's blog).
    const grouped = textOf(
      `<body><article><img src="/mics.jpg" alt="microphones"><hgroup><time>Published on June 04, 2025</time></hgroup><section>${[1, 2, 3].map(enParagraph).join('')}</section></article></body>`,
    );
    expect(grouped).not.toContain('June 04, 2025');
    expect(grouped.split('\n')[0]).toMatch(/^Paragraph 1: /);
    // A paragraph that is one <time> is a date without its year too (Squarespace's "Apr 12").
    const marked = textOf(
      `<body><article><h1>Edges</h1><p><time datetime="Apr 12"><span>Apr 12</span></time></p>${[1, 2, 3].map(enParagraph).join('')}</article></body>`,
    );
    expect(marked).not.toContain('Apr 12');
    expect(marked.split('\n')[0]).toMatch(/^Paragraph 1: /);
    const inLine = textOf(
      `<body><article><h1>Edges</h1><div>Filed by the desk on <time datetime="2025-12-19">19 Dec 2025</time> after the meeting.${[1, 2, 3].map(enParagraph).join('')}</div></article></body>`,
    );
    expect(inLine).toContain('19 Dec 2025');
    // A caption with a sentence's full stop is the picture's caption, not its credit.
    expect(textOf(article('<p>Photo: the reading room at dawn. The lamps are still on.</p>', ''))).toContain(
      'reading room at dawn',
    );
  });

  it('drops the header a page’s script built inside a paragraph (headings in a <p>, which no parser makes)', () => {
    const doc = parseHtml(article('', ''), URL);
    const holder = doc.createElement('p');
    for (const line of ['Blog', '7 min read', 'May 06, 2025']) {
      const heading = doc.createElement('h5');
      heading.textContent = line;
      holder.append(heading);
    }
    doc.querySelector('h1')?.after(holder);
    const result = extractArticle(doc, { url: URL, consumeDocument: true });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent).not.toContain('7 min read');
    expect(result.article.textContent).not.toContain('May 06');
  });

  it('drops a form’s message shown once it is sent, between paragraphs too', () => {
    const text = textOf(
      article('', '').replace(
        '<p>Paragraph 2:',
        '<p>✅ Thank you for completing the survey!</p><p>Thanks for subscribing!</p><p>Paragraph 2:',
      ),
    );
    expect(text).not.toContain('survey');
    expect(text).not.toContain('subscribing');
    expect(text).toContain('Paragraph 2:');
    const kept = textOf(
      article('<p>Thanks for your feedback on the first draft, the editor wrote, and we began again.</p>', ''),
    );
    expect(kept).toContain('Thanks for your feedback on the first draft');
  });

  it('drops a removed form’s small print and the name over it, keeps sentences that only look like it', () => {
    const smsTerms =
      'By signing up, you agree to receive recurring automated SMS marketing messages from Quiet Deals at the number provided. Msg and data rates may apply. Up to 2 messages/day. Reply STOP to opt out, HELP for help. Consent is not a condition of purchase. See our <a href="/privacy">Privacy Policy</a>.';
    const text = textOf(
      article('', '').replace(
        '<p>Paragraph 2:',
        `<section><p>Quiet Deals</p><div><form><input type="tel"><button>Sign Me Up</button></form><p>${smsTerms}</p></div></section><p>Paragraph 2:`,
      ),
    );
    expectNoneOf(text, ['SMS marketing', 'Quiet Deals']);
    expect(text).toContain('Paragraph 2:');
    const review = textOf(
      article(
        '',
        '<form action="/review"><p>By clicking the button below, I acknowledge that I have read and accept the Terms of Use.</p><button>Submit</button></form>',
      ),
    );
    expect(review).not.toContain('I acknowledge');
    const kept = textOf(
      article(
        '<p>By clicking on these links, you may be taken to one of our partners, whose terms differ from ours.</p><p>By signing up early, most readers we asked agreed, they paid less for the course.</p>',
        '',
      ),
    );
    expect(kept).toContain('you may be taken to one of our partners');
    expect(kept).toContain('most readers we asked agreed');
  });

  it('drops the site’s pitch for its app set apart in italics, keeps a how-to’s step that says the same', () => {
    const pitch =
      '<p><em><strong><a href="https://app.example/">Download and subscribe</a> to the brand new Quiet Pages app to make your 2026 reading goals a reality.</strong></em></p>';
    const step =
      '<p>Download the Quiet Pages app from your phone’s store, then sign in with the account you made above.</p>';
    const text = textOf(article('', '').replace('<p>Paragraph 2:', `${pitch}${step}<p>Paragraph 2:`));
    expect(text).not.toContain('reading goals a reality');
    expect(text).toContain('then sign in with the account you made above');
  });

  it('drops the card a name pops up inside a sentence, keeps the name and links that are words of the text', () => {
    const card =
      '<span class="rollover"><a href="/people/mirel">Mirel Zaman</a><span class="rollover-block"><span><img src="/mirel.jpg" alt=""><a href="/people/mirel">Mirel Anne Zaman</a><a href="/news/1">Health director leaves PS</a> <a href="/news/2">Reading slowly, a year on</a> <a class="more" href="/people/mirel">MORE</a></span></span></span>';
    const text = textOf(
      article(
        `<p>Health director ${card} (PS) is defending the campaign.</p><p>We met at <span><img src="/dot.png" alt=""> <a href="/a">the library</a> and <a href="/b">the café</a></span> after work.</p>`,
        '',
      ),
    );
    expect(text).toContain('Health director Mirel Zaman (PS) is defending the campaign.');
    expectNoneOf(text, ['Mirel Anne Zaman', 'Health director leaves PS', 'MORE']);
    expect(text).toContain('We met at the library and the café after work.');
  });

  it('drops a sales button’s words and a widget’s notices at the end, keeps sentences that mention them', () => {
    const text = textOf(
      article(
        '',
        `<p><a href="/demo">Book a demo with Quiet Pages</a></p><p>Start your free trial of Quiet Pages Pro</p>
         <p><a href="/shop">Sign Up for Free and Start Shopping</a></p><p>Shop now</p><p><a class="btn" href="/quote">Get A Quote</a></p><p>View All Articles by This Author</p>
         <p>This slideshow requires JavaScript.</p><p>This field is hidden when viewing the form</p>`,
      ),
    );
    expectNoneOf(text, [
      'Book a demo',
      'free trial',
      'Start Shopping',
      'Shop now',
      'Get A Quote',
      'This Author',
      'slideshow',
      'hidden when',
    ]);
    const kept = textOf(
      article('', '<p>We booked a demo with three vendors before choosing one, and the third was the quietest.</p>'),
    );
    expect(kept).toContain('We booked a demo with three vendors');
  });

  it('drops the account widget’s status line left above the article, keeps a sentence about signing out', () => {
    // A site's sign-in toast ("You are signed out" beside a close button) whose button went.
    const text = textOf(
      article(
        '<section class="toaster"><div><div>You are signed out</div></div></section><div><p>Logged in as Mara Holm.</p></div>',
        '<p>You’re now logged out.</p>',
      ),
    );
    expectNoneOf(text, ['signed out', 'Mara Holm', 'logged out']);
    expect(text.startsWith('Paragraph 1')).toBe(true);
    const kept = textOf(
      article('', '<p>You are signed out of every device when the password changes, so sign in again.</p>'),
    );
    expect(kept).toContain('You are signed out of every device');
  });

  it('drops a rating widget, a filing label and switch labels at the end, and a player’s duration at the start', () => {
    const text = textOf(
      article(
        '<div role="group" tabindex="0" aria-label="Play blog post audio: Edges"><div><p>19</p><p>:</p><p>32</p></div></div>',
        `<div><p><span>0/5</span> <span>(0 Reviews)</span></p></div><div><p>Article Categories:</p></div>
         <div><p>On</p><p>On</p><p>Off</p><p>Off</p></div>`,
      ),
    );
    expect(text.startsWith('Paragraph 1')).toBe(true);
    expect(text.endsWith('a quiet room.')).toBe(true);
    // A rating or a time in the article's sentences is its own.
    const kept = textOf(
      article(
        '<p>19:32 is when the last train leaves, and we were on it.</p>',
        '<p>Critics gave it 4.5/5 (120 reviews), which surprised us.</p><p>Off we went.</p><p>8/10</p>',
      ),
    );
    // (A bare score ending a review is its verdict.)
    for (const line of ['19:32 is when', '4.5/5 (120 reviews)', 'Off we went.', '8/10']) {
      expect(kept).toContain(line);
    }
  });

  it('keeps the article’s references, a list of bare links under their heading at the end', () => {
    const references = [1, 2, 3].map(
      (n) => `<li><a href="https://journal${n}.example.org/doi/${n}">https://journal${n}.example.org/doi/${n}</a></li>`,
    );
    const text = textOf(article('', `<h2>References</h2><ol>${references.join('')}</ol>`));
    expect(text).toContain('References\nhttps://journal1.example.org/doi/1');
    expect(text).toContain('https://journal3.example.org/doi/3');
    // Without such a heading, a run of links at the end is the site's.
    expect(textOf(article('', `<ol>${references.join('')}</ol>`))).not.toContain('journal1');
  });

  it('drops an author card’s role left at either end ("Co-founder", "Chief Business Editor"), keeps a sentence about one', () => {
    for (const role of ['Co-founder', 'Chief Business Editor', 'Founder and Dean', 'Writer']) {
      expect(textOf(article('', `<p>${role}</p>`))).not.toContain(role);
    }
    // Under the title, where the card's name went as the byline.
    for (const role of ['Product Analytics Expert', 'Opinion Columnist', 'Vice President of Consulting']) {
      expect(textOf(article(`<p>${role}</p>`, ''))).not.toContain(role);
    }
    expect(textOf(article('', '<p>She was a writer.</p>'))).toContain('She was a writer.');
    expect(textOf(article('', '<p>my favourite editor</p>'))).toContain('my favourite editor');
  });

  it('keeps a video set in a figure inside its player’s wrappers, with its caption, loading nothing until played', () => {
    const figure = (n: number) =>
      `<figure><div class="photonormal" style="width:100%"><div><video autoplay muted loop preload="auto" aria-label="Test ${n}"><source src="https://cdn.example/test-${n}.mp4" type="video/mp4"></video></div></div><figcaption>How the brake stops the scooter, test ${n}.</figcaption></figure>`;
    const result = extract(article(figure(1), figure(2)));
    if (!result.ok) throw new Error(result.reason);
    const doc = parseHtml(result.article.content, URL);
    const videos = [...doc.querySelectorAll('figure > video')];
    expect(videos.map((v) => v.querySelector('source')?.getAttribute('src'))).toEqual([
      'https://cdn.example/test-1.mp4',
      'https://cdn.example/test-2.mp4',
    ]);
    for (const video of videos) {
      expect(video.hasAttribute('autoplay')).toBe(false);
      expect(video.getAttribute('preload')).toBe('none');
    }
    expect(result.article.textContent).toContain('How the brake stops the scooter, test 2.');
  });

  it('drops a caption whose video went with the page’s scripts, and a "More:" label over links; keeps a quote’s figure', () => {
    const caption =
      '<figure><div class="player"></div><figcaption><p>A video of the reading room at dawn. (Published Monday)</p></figcaption></figure>';
    const more = '<h4>More:</h4><ul><li><h4><a href="/other">The quiet room, a year on</a></h4></li></ul>';
    const text = textOf(article(caption, more));
    expect(text).not.toContain('A video of the reading room');
    expect(text).not.toContain('More:');
    expect(text).not.toContain('a year on');
    const quote =
      '<figure><p>“A quiet room is a kind of library.”</p><figcaption>— A reader, in a letter</figcaption></figure>';
    expect(textOf(article('', `${quote}${enParagraph(6)}`))).toContain('A quiet room is a kind of library.');
    const picture = '<figure><img src="/room.jpg" alt=""><figcaption>The reading room at dawn.</figcaption></figure>';
    expect(textOf(article(picture, ''))).toContain('The reading room at dawn.');
  });

  it('keeps a call to action’s words linked inside a sentence', () => {
    const sentence =
      '<p>Planning helps from the start. <a href="/book"><span>Get a free consultation</span></a> with our team, match with vetted contractors and compare quotes before you commit to anything.</p>';
    const text = textOf(article(sentence, ''));
    expect(text).toContain('Get a free consultation with our team');
    // A highlighter's <span> around a name in a program is the program's.
    const code =
      '<pre><code><span>def</span> <span>login</span>(username, password):\n    <span>return</span> check(username, password)</code></pre>';
    expect(textOf(article('', code))).toContain('def login(username, password):');
  });

  it('keeps a program whole, its highlighter’s spans named like a page’s furniture too', () => {
    const code = `<pre><code><span class="token comment">// show related posts</span>
<span class="related">related</span>(<span class="ad">ad</span>, <span class="share">share</span>);</code></pre>`;
    const text = textOf(article('', code));
    expect(text).toContain('// show related posts');
    expect(text).toContain('related(ad, share);');
  });

  it('drops what a site adds about the article: sponsor label, credits, bios, follow and cookie lines', () => {
    const text = textOf(
      article(
        '<p>In partnership with Quiet Pages</p><h6>Quiet Pages Team | 5 min read</h6>',
        `<p>Follow @QuietPages on Twitter for more slow reading.</p>
         <p>This website uses cookies to improve your experience. Accept Read More</p>
         <p>Reporting by Jane Doe; Editing by John Roe</p>
         <p>Trevor Smith (trevor@example.com) is the Senior Editor of Quiet Pages, where he reviews books.</p>
         <h3>Written by Cassidy Horton</h3>`,
      ),
    );
    expectNoneOf(text, [
      'In partnership with',
      '5 min read',
      'Follow @QuietPages',
      'uses cookies',
      'Reporting by Jane Doe',
      'is the Senior Editor',
      'Written by Cassidy',
    ]);
    for (const n of [1, 5]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
    const kept = textOf(
      article('', '<p>Reporting by the end of the year is required of every firm in the sector.</p>'),
    );
    expect(kept).toContain('Reporting by the end of the year');
  });

  it('drops social-account lines, a cookie banner, a recipe’s rating request, a thanks to funders and the reporter’s address; keeps a sentence about following and advice to contact someone', () => {
    const text = textOf(
      article(
        '<p>Follow me on Instagram: @quietpages</p>',
        `<p>Did you make this recipe? Leave a star rating below!</p>
         <h2>This story is funded by readers like you</h2>
         <p><strong>Join me on TikTok</strong>: @The Quiet Reader</p>
         <p>Readers who follow us on the trail should bring water, a map and a little patience.</p>
         <p>Catch up on our coverage of books and more, and follow us on Facebook, Instagram and TikTok to stay up to date.</p>
         <p>We use cookies on our website to give you the most relevant experience. By clicking “Accept”, you consent to the use of ALL the cookies.</p>
         <p>Follow us on Telegram, Facebook, Instagram, YouTube and X for the latest news and updates.</p>
         <p>Follow us on social media to stay up to date with the latest reading news and trends</p>
         <p>Contact your local library: they will tell you when the reading room is open, on weekdays at least.</p>
         <p>Write to Mara Holm at mara.holm@quietpages.test</p>`,
      ),
    );
    expectNoneOf(text, [
      '@quietpages',
      'star rating',
      'funded by readers',
      'TikTok',
      'use cookies',
      'Telegram',
      'social media',
      'Mara Holm',
    ]);
    expect(text).toContain('Contact your local library: they will tell you');
    expect(text).toContain('Readers who follow us on the trail');
    for (const n of [1, 5]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
  });

  it('drops a site’s appeals for support, between sections and at the end; keeps advice to donate and a newsroom’s story', () => {
    // A magazine's appeal between two rules under its heading, in the middle of the article.
    const between = `<hr><h2>On supporting science journalism</h2><p>If you're enjoying this article, consider supporting our award-winning journalism by <a href="/subscribe/">subscribing</a>. By purchasing a subscription you are helping to ensure the future of impactful stories.</p><hr>`;
    // A newsroom's end-of-year box: its heading asks, its paragraphs and signature go with it.
    const box = `<div class="block"><h4><strong>Since you made it to the bottom of this article, we have a small favor to ask.</strong></h4>
      <p>We’re in the midst of our end-of-year campaign, our most important fundraising effort of the year.</p>
      <p>If you believe stories like this one matter, please consider pitching in what you can. This effort helps ensure our reporting stays free.</p>
      <p>Thank you.<br>Mara Holm<br>Editor in chief</p></div>`;
    const blog = `<p><em>Quiet Pages is a production of Holm Press. If you want to support Quiet Pages, please consider a one-off donation or becoming a regular supporter on <a href="https://ko-fi.com/quietpages">Ko-fi</a></em>.</p>`;
    const newsroom =
      '<p>Our non-profit newsroom provides climate coverage free of charge. Your one-off or monthly donations play a crucial role in supporting our operations.</p>';
    const gift = '<p><a href="/gift/">Make a Gift</a></p>';
    const membership =
      '<div><h4>Something to Consider</h4><div><p>If you enjoyed this article, we have a proposition for you: Join QPPLUS. Members get all of our content (including the magazine), no paywalls or content meters, an advertising-minimal experience, and unique access to our writers and editors (conference calls, social-media groups, etc.). And importantly, QPPLUS members help keep Quiet Pages going. Consider it?</p></div></div>';
    const menu = `<p><a href="/about-us/">About EO</a> | <a href="/mission/">Mission Statement</a> | <a href="/impact/">Impact &amp; Reach</a></p>`;
    const advice =
      '<p>Before you move, consider donating the clothes you no longer wear to a shelter: our movers can drop them off on the way.</p>';
    const story =
      '<p>Our newsroom moved to a smaller office this spring, and the donations from the old building’s sale paid for two new reporters on the climate desk.</p>';
    const html = `<body><article><h1>Edges</h1>${enParagraph(1)}${enParagraph(2)}${between}${enParagraph(3)}${advice}${story}${enParagraph(4)}${enParagraph(5)}${enParagraph(6)}${enParagraph(7)}${gift}${enParagraph(8)}${membership}${enParagraph(9)}${box}${blog}${newsroom}${menu}</article></body>`;
    const text = textOf(html);
    expectNoneOf(text, [
      'supporting science journalism',
      'award-winning journalism',
      'small favor to ask',
      'end-of-year campaign',
      'pitching in',
      'Mara Holm',
      'Ko-fi',
      'non-profit newsroom',
      'Make a Gift',
      'Mission Statement',
      'QPPLUS',
      'Something to Consider',
    ]);
    expect(text).toContain('consider donating the clothes');
    expect(text).toContain('Our newsroom moved to a smaller office');
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
  });

  it('drops a list item left empty (its pitch’s slot), and a list left with none; keeps an item that is only a picture', () => {
    const keyPoints = `<h2>Key Points</h2><ul><li><p>Index funds track major indexes.</p></li><li><p>Costs stay low.</p></li><li><div class="pitch"><div id="keypoints_pitch_container"></div></div></li></ul>`;
    const emptyList = '<ol><li> </li><li><span></span></li></ol>';
    const pictures = '<ul><li><img src="/chart.png" alt="A chart of returns"></li><li>Returns vary by fund.</li></ul>';
    const result = extract(article(keyPoints, `${emptyList}${enParagraph(6)}${pictures}${enParagraph(7)}`));
    if (!result.ok) throw new Error(result.reason);
    const { content } = result.article;
    expect(content.match(/<li\b/g) ?? []).toHaveLength(4);
    expect(content).not.toContain('<ol');
    expect(content).toContain('A chart of returns');
  });

  it('drops the numbers a page drew in each item of a numbered list, which the reader numbers itself; keeps lists of years and counts', () => {
    const steps = `<ol class="bignum">${['Look for a deal.', 'Choose where to pick it up.', 'Know what you pay for.']
      .map(
        (step, i) =>
          `<li><div class="stepnum">${i + 1}</div><p><strong>${step}</strong> Compare the prices first.</p></li>`,
      )
      .join('')}</ol>`;
    const ranking = `<ol start="4"><li><a href="#rank-four">4</a> <p>Squarespace</p></li><li><a href="#rank-five">5.</a> <p>Wix</p></li></ol>`;
    const years = '<ol><li><b>1</b> <p>Founded in one room.</p></li><li><b>1990</b> <p>Moved to Leeds.</p></li></ol>';
    const counts = '<ol><li><span>1</span></li><li><span>2</span></li></ol>';
    const ingredients =
      '<ol><li><b>1</b> cup of flour</li><li><b>2</b> eggs, beaten</li><li><b>3</b> spoons of sugar</li></ol>';
    const result = extract(
      article('', `${steps}${enParagraph(6)}${ranking}${years}${counts}${ingredients}${enParagraph(7)}`),
    );
    if (!result.ok) throw new Error(result.reason);
    const { content } = result.article;
    expect(content).toMatch(/<li>\s*<p><strong>Look for a deal\.<\/strong>/);
    expect(content).not.toMatch(/#rank-(?:four|five)/);
    expect(content).toContain('Squarespace');
    expect(content).toContain('<b>1</b>');
    expect(content).toContain('<b>1990</b>');
    expect(content).toMatch(/<span>1<\/span>/);
    expect(content).toContain('<b>2</b> eggs, beaten');
  });

  it('drops line breaks at a block’s start and end, which drew empty lines; keeps those between its lines and a spacer’s', () => {
    const leading =
      '<p><br> In everyday life hardly any garden owner lets the mower run around the clock, and nights stay quiet.</p>';
    const trailing = '<p>Mow in the morning, so the evening is yours.<br>Leave the edges for the weekend.<br><br> </p>';
    const result = extract(article('', `${leading}${trailing}${enParagraph(6)}`));
    if (!result.ok) throw new Error(result.reason);
    const { content, textContent } = result.article;
    expect(content).toMatch(/<p>\s*In everyday life/);
    expect(content).toContain('so the evening is yours.<br>Leave the edges for the weekend.</p>');
    expect(textContent).toContain('In everyday life hardly any garden owner');
  });

  it('drops the spaces a page typed to indent a paragraph (the reader indents it), through inline wrappers', () => {
    const blocks = [
      '<p>\u3000\u3000人生就像一场漫长的旅行，沿途有风景，也有风雨，每个人都渴望成功。</p>',
      '<p><span>\u3000\u3000</span><strong>\u3000小时候</strong>，我学骑自行车，摔了一次又一次。</p>',
      '<p>&nbsp;&nbsp;&nbsp;&nbsp;Mow in the morning, so the evening is yours.</p>',
      '<p><br>&emsp;&emsp;Leave the edges for the weekend, when the neighbours are out.</p>',
      // A picture first: what follows it is the picture's line, not the paragraph's indent.
      '<p><img src="/flower.png" alt="A flower">\u3000A caption typed after the picture.</p>',
    ];
    const result = extract(article('', `${blocks.join('')}${enParagraph(6)}`));
    if (!result.ok) throw new Error(result.reason);
    const { content } = result.article;
    expect(content).toContain('<p>人生就像一场漫长的旅行');
    // (The emptied wrapper stays, drawing nothing.)
    expect(content).toContain('<p><span></span><strong>小时候</strong>，我学骑自行车');
    expect(content).toContain('<p>Mow in the morning');
    expect(content).toMatch(/<p>Leave the edges/);
    expect(content).toContain('alt="A flower">\u3000A caption typed after the picture.');
  });

  it('keeps section headings whatever their class, and lines that every section repeats', () => {
    const section = (n: number) =>
      `<h2 class="kt-adv-heading${n} wp-block-kadence-advancedheading">Game ${n}</h2><p>Published by Studio ${n}</p>${enParagraph(n)}`;
    const text = textOf(
      `<body><article><h1>Games</h1>${enParagraph(0)}${[1, 2, 3, 4].map(section).join('')}</article></body>`,
    );
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`Game ${n}`);
    for (const n of [1, 2, 3]) expect(text).toContain(`Published by Studio ${n}`);
  });

  it('drops a long paragraph the page printed twice, keeps repeated lines of data', () => {
    const teaser =
      'The exhibition, which opens on May 17, is the first to be announced since the gallery reopened, and it will run for six months in the east wing with works on loan from four countries, most of them never shown in this city before.';
    const meal =
      'Asian Chicken Zoodles [1 cup zucchini noodles, 4 oz. cooked chicken, ½ cup edamame, 1 tsp. sesame oil, 1 tsp. soy sauce, 1 tsp. fresh ginger, 1 Tbsp. green onions, 1 Fresno chile or chili flakes]';
    const text = textOf(
      article(`<p>${teaser}</p><p>Monday: ${meal}</p>`, `<p>${teaser}</p><p>Thursday:</p><p>${meal}</p>`),
    );
    expect(text.split(teaser)).toHaveLength(2); // once
    expect(text.split(meal)).toHaveLength(3); // twice
  });

  it('keeps lines that only mention a year, and dates inside the article', () => {
    const text = textOf(
      `<body><article><h1>Edges</h1><p>In 2019 we moved to Paris.</p>${[1, 2].map(enParagraph).join('')}<p>March 29, 2025</p>${[3, 4, 5].map(enParagraph).join('')}</article></body>`,
    );
    expect(text).toContain('In 2019 we moved to Paris.');
    expect(text).toContain('March 29, 2025');
  });
});

/**
 * A page builder's article: each paragraph in a row of its own (a table here, as older builders
 * lay them out), so no one parent holds much of the prose and Readability keeps only the rows
 * around its best-scored cell. The prose region is read again, whole.
 */
describe('an article cut into layout rows', () => {
  // One long paragraph outscores the rest, so Readability does not take their common ancestor.
  const long = `<p>Paragraph 4: ${'a long aside, with many commas, and clauses, '.repeat(9)}and its end.</p>`;
  const rows = [1, 2, 3, 4, 5, 6, 7, 8]
    .map((n) => `<tr><td class="cell"><div class="box">${n === 4 ? long : enParagraph(n)}</div></td></tr>`)
    .join('');
  const html = `<body><div class="menu"><a href="/">Home</a> <a href="/about">About</a></div>
    <table class="builder"><tbody>${rows}</tbody></table>
    <div class="copyright">© Example</div></body>`;

  it('is read whole, every row in order', () => {
    const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true, debug: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = result.article.textContent;
    for (const n of [1, 2, 3, 5, 6, 7, 8]) expect(text).toContain(`Paragraph ${n}: reading slowly`);
    expect(text).toContain('Paragraph 4: a long aside');
    expect(text.indexOf('Paragraph 1:')).toBeLessThan(text.indexOf('Paragraph 8:'));
    expect(result.removals.map((r) => r.reason)).toContain(
      'took one piece of an article laid out in rows; read the whole prose region instead',
    );
  });
});

describe('blocks far from the article', () => {
  const page = (article: string, far: string) =>
    `<body><div class="site">${far}<div class="wrap"><div class="col"><div class="inner">${article}</div></div></div></div></body>`;
  const tenParagraphs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(enParagraph).join('');

  it('go before Readability reads the page, and the debug report says so', () => {
    const promo = `<div class="top"><h3>Popular right now</h3><div>Ten ways to fold a map and keep the creases</div>
      <div>Why the lighthouse keeper left in spring</div></div>`;
    const guestbook = '<div class="bottom"><div>Sign our guestbook and tell us where you read from today</div></div>';
    const result = extractArticle(
      parseHtml(page(`<article><h1>Far</h1>${tenParagraphs}</article>`, promo + guestbook), URL),
      {
        url: URL,
        consumeDocument: true,
        debug: true,
      },
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent).toContain('Paragraph 10: reading slowly');
    // Readability used to append the guestbook line to the article.
    expect(result.article.textContent).not.toContain('Sign our guestbook');
    const far = result.removals.filter((r) => r.reason === 'block far from the prose region').map((r) => r.text);
    expect(far).toEqual([expect.stringContaining('Popular right now'), expect.stringContaining('Sign our guestbook')]);
  });

  it('stay when they hold much text: an article set in <br> lines has no paragraphs to find', () => {
    const line = (n: number) =>
      `Line ${n} of the letter: the harbour was quiet that winter, and the boats stayed in, their ropes white with frost.`;
    const letter = `<div class="letter"><div>${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(line).join('<br>')}</div></div>`;
    const text = textOf(page(`<div class="talk">${tenParagraphs}</div>`, letter));
    expect(text).toContain('Line 1 of the letter');
    expect(text).toContain('Line 12 of the letter');
  });
});

describe('a word inside a sentence whose class names clutter', () => {
  it('keeps an in-text link named for recommendations; a block of that name, or a link alone on its line, still goes', () => {
    const html = `<body><article><h1>Vegetable Gardens</h1>${[1, 2, 3].map(enParagraph).join('')}
      <p>Avoid the urge to <a class="recommendation-inline-link" href="/fertilize">overfertilize</a>; you'll get lots of leaves but fewer vegetables.</p>
      <p>Growing up on a farm, I thought everyone had an acre set aside as a <a class="recommendation-inline-link" href="/garden">vegetable garden</a>.</p>
      ${enParagraph(4)}<div class="recommendation-box"><a href="/tools">Our favourite garden tools</a></div>
      <p>
        <a class="recommendation-inline-link" href="/shop">Shop the trowel we use</a>
      </p>${enParagraph(5)}</article></body>`;
    const text = textOf(html);
    expect(text).toContain("Avoid the urge to overfertilize; you'll get lots of leaves");
    expect(text).toContain('set aside as a vegetable garden.');
    expectNoneOf(text, ['Our favourite garden tools', 'Shop the trowel we use']);
  });

  it('keeps a reference inside a sentence that Readability would remove for its name ("footers")', () => {
    const html = `<body><article><h1>A Trial of Calm</h1>${[1, 2, 3].map(enParagraph).join('')}
      <p>Baseline characteristics of the participants are presented in <span class="footers"><a class="citation-link" href="#table1">Table 1</a></span>. The mean age was 20.41 years.</p>
      ${[4, 5].map(enParagraph).join('')}<span class="footers">Site footer</span></article></body>`;
    const text = textOf(html);
    expect(text).toContain('presented in Table 1. The mean age');
    // The same name on a line of its own still goes.
    expect(text).not.toContain('Site footer');
  });
});

describe('interactive wrappers', () => {
  const faq = `<body><article><h1>Questions about notes</h1>${enParagraph(1)}${enParagraph(2)}
    <div class="faq">
      <button aria-expanded="false" aria-controls="a1"><h3>How do I export my notes?</h3><span>+</span></button>
      <div id="a1"><p>Open the library and choose Markdown: every note goes into one file with its highlights, its tags and a link back to the page it came from.</p></div>
      <button aria-expanded="false" aria-controls="a2">What does Folio keep when offline?</button>
      <div id="a2"><p>The saved article, its highlights and notes, and the pictures it could keep, so that the article reads the same on a train without a connection.</p></div>
    </div>${enParagraph(3)}<button>Subscribe</button></article></body>`;

  it('an accordion’s questions stay beside their answers (a heading as a heading); a real button goes', () => {
    const result = extract(faq);
    if (!result.ok) throw new Error(result.reason);
    const { content, textContent } = result.article;
    expect(content).toMatch(/<h3[^>]*>How do I export my notes\?<\/h3>/);
    expect(content).toContain('<strong>What does Folio keep when offline?</strong>');
    expect(textContent.indexOf('How do I export my notes?')).toBeLessThan(textContent.indexOf('Open the library'));
    expect(textContent).not.toMatch(/Subscribe|\+/);
  });

  it('a button whose words the sentence after it goes on from stays as those words; a button before a new sentence goes', () => {
    // (The tooltip's box holds a zero-width space beside its button: it still holds the button alone.)
    const result = extract(`<body><article><h1>Online programs ranked</h1>${enParagraph(1)}
      <div class="disclosure">We use public data to rank these programs. <div class="tooltip">&#8203;<button type="button">Sponsored results</button></div> <!-- -->from our partners appear among these rankings and are marked as such.</div>
      ${enParagraph(2)}
      <p>“Rankings help, but a visit tells you more,” said the study’s author<button class="sidenote-button" title="Dana Lee,">Dana Lee,</button> a professor of education at a public university.</p>
      <div class="tools"><button>Share</button> Tips for choosing a program follow below, one school at a time.</div>
      ${enParagraph(3)}</article></body>`);
    if (!result.ok) throw new Error(result.reason);
    const { textContent } = result.article;
    expect(textContent).toContain(
      'We use public data to rank these programs. Sponsored results from our partners appear among these rankings and are marked as such.',
    );
    // A name set as a button in a sentence, spaced from the word before it as its box was.
    expect(textContent).toContain('said the study’s author Dana Lee, a professor of education');
    expect(textContent).not.toContain('Share');
    expect(textContent).toContain('Tips for choosing a program follow below');
  });

  it('a link made a script’s button goes like a <button>; a footnote’s number and a picture that opens larger stay', () => {
    const result = extract(`<body><article><h1>Fasting and the clock</h1>
      ${enParagraph(1)}
      <p>The study ran for a year.<sup><a href="javascript:void(0)" role="button" aria-describedby="n1">1</a></sup></p>
      <span id="n1" role="tooltip">Twelve months, from March to March.</span>
      <div role="button" tabindex="0" aria-label="Open image in lightbox"><img src="/kitchen.jpg" alt="A research kitchen" width="800" height="450"><div>The department’s research kitchen</div></div>
      ${enParagraph(2)}
      <figure><img role="button" tabindex="0" aria-label="Open image" src="/lab.jpg" alt="The lab" width="800" height="450"><figcaption>The lab at night</figcaption></figure>
      ${enParagraph(3)}
      <div class="cli-bar"><a role="button" tabindex="0">Cookie settings</a><a role="button" href="#" tabindex="0">ACCEPT</a><a role="button" tabindex="0">REJECT</a></div>
      </article></body>`);
    if (!result.ok) throw new Error(result.reason);
    const { content, textContent } = result.article;
    expectNoneOf(textContent, ['Cookie settings', 'ACCEPT', 'REJECT']);
    expect(textContent).toContain('The study ran for a year.1');
    expect(content).toContain('src="https://steps.folio.test/kitchen.jpg"');
    expect(content).toContain('src="https://steps.folio.test/lab.jpg"');
    expect(textContent).toContain('The department’s research kitchen');
  });

  it('a link to nowhere that says a command goes; one in a sentence, a question and a title stay', () => {
    const result = extract(`<body><article><h1>Fasting and the clock</h1>
      <div class="tools"><a href="#">Print</a> <a href="javascript:window.print()">Save this recipe</a></div>
      ${enParagraph(1)}
      <p>To join the study, click <a href="#">here</a> and fill in the form.</p>
      <p><a href="#">Who may join?</a></p><p>Adults who eat three meals a day.</p>
      <p><a href="#">The fasting diaries of twelve volunteers over a whole year</a></p>
      <h2><a href="javascript://">Results of the study</a></h2>
      <p><a href="#" aria-controls="terms">Terms of the study</a></p><p id="terms">Volunteers could leave at any time.</p>
      ${enParagraph(2)}
      </article></body>`);
    if (!result.ok) throw new Error(result.reason);
    const { textContent } = result.article;
    expectNoneOf(textContent, ['Print', 'Save this recipe']);
    expect(textContent).toContain('click here and fill in the form');
    expect(textContent).toContain('Who may join?');
    expect(textContent).toContain('The fasting diaries of twelve volunteers over a whole year');
    // A heading's words, set as a tab's link.
    expect(textContent).toContain('Results of the study');
    // A toggle's words, the title of the panel it opens.
    expect(textContent).toContain('Terms of the study');
  });

  it('a recipe card’s links that work as buttons leave the recipe put back from the card', () => {
    const ingredients = ['2 cups of flour', '1 teaspoon of salt', '3 large eggs'];
    const steps = ['Whisk the flour and the salt together.', 'Beat in the eggs one at a time.'];
    const result = extract(`<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'Recipe',
      name: 'Plain noodles',
      recipeIngredient: ingredients,
      recipeInstructions: steps.map((text) => ({ '@type': 'HowToStep', text })),
    })}</script></head><body><div class="recipe">
      <div class="sidebar"><div class="recipe-info"><h1>Plain noodles</h1><span>Serves 4</span>
      <div class="print-wrap"><a href="#">Print</a></div></div>
      <h4>Ingredients</h4><div class="ingredients-wrap"><ul>${ingredients
        .slice(0, 2)
        .map((i) => `<li>${i}</li>`)
        .join(
          '',
        )}</ul></div><div class="ingredients-wrap"><h5>For the glaze</h5><ul><li>${ingredients[2]}</li></ul></div></div>
      <div class="main">${enParagraph(1)}${enParagraph(2)}<h2>Method</h2><ul>${steps.map((i) => `<li>${i}</li>`).join('')}</ul></div>
      </div></body></html>`);
    if (!result.ok) throw new Error(result.reason);
    const { textContent } = result.article;
    expect(textContent).toContain('1 teaspoon of salt');
    expect(textContent).not.toContain('Print');
  });

  it('an icon button whose words are for screen readers only goes; a question loses its hidden “Expand”', () => {
    // Harvard's photo captions open under an icon whose label only a screen reader says.
    const hidden = (words: string) => `<span class="visually-hidden">${words}</span>`;
    const result = extract(`<body><article><h1>Fasting and the clock</h1>
      <figure><img src="/kitchen.jpg" alt="A research kitchen" width="800" height="450"><button aria-expanded="false" aria-controls="c1"><span>${hidden('Hide caption')}</span><span>${hidden('Show caption')}</span></button>
      <figcaption id="c1">The department’s research kitchen</figcaption></figure>
      ${enParagraph(1)}${enParagraph(2)}
      <button aria-expanded="false" aria-controls="q1">When should I eat? <span class="sr-only">Expand</span></button>
      <div id="q1"><p>Earlier in the day: the study found that a window that ends in the afternoon helped more than a late one.</p></div>
      ${enParagraph(3)}</article></body>`);
    if (!result.ok) throw new Error(result.reason);
    const { content, textContent } = result.article;
    expect(textContent).toContain('The department’s research kitchen');
    expect(textContent).not.toMatch(/Hide caption|Show caption|Expand/);
    expect(content).toContain('<strong>When should I eat?</strong>');
  });
});

describe('a dateline between byline labels whose names went', () => {
  // accreditedschoolsonline.org sets each name as a button that opens the person's card: the
  // buttons go, and "By", the date and "Edited by" were left as one line.
  const tooltip = (name: string) =>
    `<span><span class="ss-tooltip"><button class="ss-tooltip-label">${name}</button></span></span>`;
  const page = (header: string) =>
    `<html><head><meta name="author" content="Alison Plaut"></head><body><article><div class="hero"><h1>Best online certificate programs</h1>
      <div class="ss-contributorbyline"><div><div><img src="https://steps.folio.test/alison.jpg" alt="Alison Plaut" width="40" height="40"></div><div>${header}</div></div></div></div>
      ${enParagraph(1)}${enParagraph(2)}${enParagraph(3)}</article></body></html>`;

  it('goes; the header shows the byline and the date', () => {
    const result = extract(
      page(
        `<span>By </span>${tooltip('Alison Plaut')}<span>Updated on October 21, 2025</span><span>Edited by </span>${tooltip('Cassie Muniz')}`,
      ),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.byline).toBe('Alison Plaut');
    expectNoneOf(result.article.textContent, ['Updated on', 'Edited by']);
    expect(result.article.textContent).toContain('Paragraph 1: reading slowly');
  });

  it('but a line with words besides the labels and the date stays', () => {
    const text = textOf(page(`<span>By the editors, </span><span>Updated on October 21, 2025</span>`));
    expect(text).toContain('By the editors');
  });
});

describe('what a page shows only on paper', () => {
  it('a newspaper’s print header (its logo and the page’s address) is not read; the story under it is', () => {
    const result = extract(`<body><article><div class="article-content">
      <div class="print-header"><img src="/img/print-header-logo.png" alt="print header logo"><span>https://news.folio.test/article/Nelson-s-OT-goal-14848099.php</span></div>
      <h1>Nelson’s goal lifts the Isles</h1>${enParagraph(1)}${enParagraph(2)}
      <p class="visible-print-block">Printed from news.folio.test</p>${enParagraph(3)}</div></article></body>`);
    if (!result.ok) throw new Error(result.reason);
    const { content, textContent } = result.article;
    expectNoneOf(textContent, ['https://news.folio.test', 'Printed from']);
    expect(content).not.toContain('print-header-logo');
    expect(textContent).toContain('Paragraph 3:');
  });
});

describe('the page’s dialogs', () => {
  it('one the page has not opened (a glossary’s definition) is neither in the text nor in the outline', () => {
    // Vanguard's guide: each term in the text opens a <dialog> with the term as its heading.
    const result = extract(`<body><article><h1>Index funds</h1>${enParagraph(1)}
      <p>An index fund holds every <a href="#modal-stock">stock</a> in its benchmark.</p>
      <dialog id="modal-stock" aria-modal="true"><h2>Stock</h2><p>A security that represents part ownership of a company, its holder a shareholder.</p></dialog>
      ${enParagraph(2)}<h2>What it costs</h2>${enParagraph(3)}${enParagraph(4)}</article></body>`);
    if (!result.ok) throw new Error(result.reason);
    const { content, textContent, outline } = result.article;
    expect(textContent).toContain('An index fund holds every stock in its benchmark.');
    expectNoneOf(textContent, ['part ownership']);
    // The term's link opened the definition: in the reader it would lead nowhere. Its word stays.
    expect(content).not.toContain('href="#modal-stock"');
    expect(outline.map((entry) => entry.text)).toEqual(['What it costs']);
    expect(content).not.toContain('<dialog');
  });

  it('a framework’s modal the page has not opened (Bootstrap’s, Foundation’s) goes; one it opened stays', () => {
    const bootstrap = `<div class="modal fade" id="minimum-order" tabindex="-1"><div class="modal-dialog"><div class="modal-content"><p>We work with companies and organisations with the intent to deliver good quality, hence the minimum order size of $150.</p></div></div></div>`;
    const foundation = `<div id="modal_2110" class="reveal reveal--compact" data-reveal><h3>You’re Leaving Quiet Bank’s Website</h3><p>By proceeding, please note you will be leaving Quiet Bank’s website. This linked site is not operated or monitored by Quiet Bank.</p></div>`;
    const opened = `<div class="modal fade show" style="display: block;"><p>Paragraph shown in an open modal: an index fund follows its benchmark, whatever the market does.</p></div>`;
    const result = extract(
      `<body><article><h1>Index funds</h1>${enParagraph(1)}${enParagraph(2)}${bootstrap}${enParagraph(3)}${opened}${enParagraph(4)}${foundation}</article></body>`,
    );
    if (!result.ok) throw new Error(result.reason);
    const { textContent, outline } = result.article;
    expectNoneOf(textContent, ['minimum order size', 'Leaving Quiet Bank', 'By proceeding']);
    expect(textContent).toContain('Paragraph shown in an open modal');
    expect(outline).toEqual([]);
    // A page builder's grid column classed "modal" for the <dialog> it holds is no modal itself.
    const column = extract(
      `<body><article><h1>Index funds</h1>${enParagraph(1)}<div class="modal aem-GridColumn"><p>Paragraph in a column named for its dialog: an index fund follows its benchmark.</p><dialog id="modal-stock"><p>A security that represents part ownership of a company.</p></dialog></div>${enParagraph(2)}${enParagraph(3)}</article></body>`,
    );
    expect(column.ok && column.article.textContent).toContain('Paragraph in a column named for its dialog');
    expect(column.ok && column.article.textContent).not.toContain('part ownership');
    for (const n of [1, 2, 3, 4]) expect(textContent).toContain(`Paragraph ${n}: reading slowly`);
  });

  it('one that is open keeps its words, in the text’s flow rather than over it', () => {
    const result = extract(`<body><article><h1>Index funds</h1>${enParagraph(1)}${enParagraph(2)}
      <dialog open><p>Paragraph shown in an open window: an index fund follows its benchmark, whatever the market does.</p></dialog>
      <p>Paragraph 3: a <marquee>moving</marquee> word stays, and stands still.</p>${enParagraph(4)}</article></body>`);
    if (!result.ok) throw new Error(result.reason);
    const { content, textContent } = result.article;
    expect(textContent).toContain('Paragraph shown in an open window');
    expect(textContent).toContain('Paragraph 3: a moving word stays');
    expect(content).not.toMatch(/<dialog|<marquee/);
  });
});

describe('headings that hold more than a heading', () => {
  it('a disclaimer set in an <h6> reads as a paragraph; a heading wrapping its section keeps only its title', () => {
    const disclaimer =
      'Image by Kotn. This post contains some affiliate links, which means if you make a purchase, we receive a small percentage of the sale price. We only recommend brands that we truly believe in, and we say so.';
    const question =
      'Q: You were named president this spring, after ten years at the club. When you woke up that first morning in charge, what was the first thing you wanted to change, and why that?';
    const result =
      extract(`<body><article><h1>Affordable fashion</h1><h6><i>${disclaimer}</i></h6>${enParagraph(1)}${enParagraph(2)}
      <h2>What to bring to the gym<p>Here is our quick checklist of gym essentials for beginners, from the bottle to the lock for the locker you rent:</p><ul><li>A refillable water bottle</li><li>A sweat towel</li><li>Workout shoes and a change of clothes</li><li>A lock, if you use a locker</li></ul></h2>
      ${enParagraph(3)}<h4>${question}</h4>${enParagraph(4)}</article></body>`);
    if (!result.ok) throw new Error(result.reason);
    const content = parseHtml(result.article.content, URL);
    const headings = [...content.querySelectorAll('h2, h3, h4, h5, h6')].map((h) =>
      normalizeSpace(h.textContent ?? ''),
    );
    expect(headings).toEqual(['What to bring to the gym', question]);
    expect(result.article.outline.map((entry) => entry.text)).toEqual(['What to bring to the gym', question]);
    expect(normalizeSpace(content.querySelector('p')?.textContent ?? '')).toBe(disclaimer);
    expect(content.querySelector('h2 + p')?.textContent).toContain('Here is our quick checklist');
    expect(content.querySelector('h2 ~ ul')?.textContent).toContain('A sweat towel');
  });
});

describe('a caption’s toggle set inside the caption', () => {
  it('leaves the caption, not its "hide caption" words', () => {
    const result = extract(`<body><article><h1>Meditation and anxiety</h1>
      <div class="image"><img src="https://steps.folio.test/meditation.jpg" width="800" height="500" alt=""></div>
      <div class="caption"><p>A new study shows a mindfulness program works as well as a popular medication.
        <b class="credit">FatCamera/Getty Images</b> <b class="hide-caption"><b>hide caption</b></b></p></div>
      ${enParagraph(1)}${enParagraph(2)}${enParagraph(3)}</article></body>`);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent).toContain('works as well as a popular medication.');
    expect(result.article.textContent).not.toContain('hide caption');
  });
});

describe('a line set twice, in a block and again on its own after it', () => {
  const countIn = (text: string, piece: string) => text.split(piece).length - 1;

  it('shows a picture’s credit once, not again after the caption (NPR’s folded-caption credit)', () => {
    const text = textOf(`<body><article><h1>Meditation and anxiety</h1>
      <div class="image"><img src="https://steps.folio.test/meditation.jpg" width="800" height="500" alt=""></div>
      <div class="credit-caption"><div class="caption-wrap"><div class="caption"><p>A new study shows a mindfulness
        program works as well as a popular medication. <b class="credit">FatCamera/Getty Images</b></p></div></div>
        <span class="credit">FatCamera/Getty Images</span></div>
      ${enParagraph(1)}${enParagraph(2)}${enParagraph(3)}</article></body>`);
    expect(text).toContain('works as well as a popular medication.');
    expect(countIn(text, 'FatCamera/Getty Images')).toBe(1);
  });

  it('keeps a line that only ends like the one before it, and a score that repeats', () => {
    const text = textOf(`<body><article><h1>A rally in Austin</h1>${enParagraph(1)}
      <p>UNIDENTIFIED PERSON #2: Yeah.</p><p>Yeah.</p>
      <div class="scores"><div>Comfort <b>80</b></div><div>80</div><div>Sound <b>77</b></div></div>
      ${enParagraph(2)}${enParagraph(3)}</article></body>`);
    expect(text).toContain('UNIDENTIFIED PERSON #2: Yeah.\nYeah.');
    expect(text).toMatch(/Comfort 80\s+80\s+Sound 77/);
  });
});

describe('a heading’s second line, set as a block by the page’s class', () => {
  it('reads as a second line, not run into the first (Tailwind’s `block` span)', () => {
    // alternativeto.net: "The Best Notion Alternatives<span class="block">Top Note-taking Tools…</span>".
    const result = extract(`<body><article><h1>Pan pizza at home</h1>${enParagraph(1)}
      <h2>Step one<span class="block text-sm font-medium">Mix the dough the night before</span></h2>
      ${enParagraph(2)}<h2><span class="block">Bake it hot</span></h2>${enParagraph(3)}</article></body>`);
    const article = result.ok ? result.article : undefined;
    expect(article?.textContent).toContain('Step one\nMix the dough the night before');
    expect(article?.content).toMatch(/Step one<br>\s*<span>Mix the dough/);
    expect(article?.outline.map((entry) => entry.text)).toContain('Step one Mix the dough the night before');
    // A block that starts its heading has no line above it to break from.
    expect(article?.content).toMatch(/<h2[^>]*><span>Bake it hot/);
  });

  it('gives the outline no entry, and no space, for a line with nothing to see (zero-width characters)', () => {
    // A page builder's heading of zero-width spaces, and a joiner set on a line over a heading's words.
    const result = extract(`<body><article><h1>Website builders</h1>${enParagraph(1)}
      <h2>\u200b\u200b</h2>${enParagraph(2)}<h2><span>\u200d</span><br>Why use a builder</h2>${enParagraph(3)}</article></body>`);
    const outline = result.ok ? result.article.outline.map((entry) => entry.text) : [];
    expect(outline).toEqual(['Why use a builder']);
  });
});

describe('a block set twice in a row, for a desktop and a mobile screen', () => {
  const countIn = (text: string, piece: string) => text.split(piece).length - 1;

  it('shows each slide once, not the copy a stylesheet hides on this screen', () => {
    // wcxb-dev 4245: each slide of a home page set twice, `desktop` then `mobile`.
    const slide = (kind: string, n: number) => `<section class="scroll-slide ${kind}" id="slide-${n}">
      <div class="slide-headline">Case study ${n}</div><img src="https://steps.folio.test/slide-${n}.jpg" width="800" height="400" alt="">
      <div class="slide-copy"><p>Slide ${n}: how a small museum doubled its visitors in a year with one campaign.</p></div>
      <a href="/work/${n}"><div class="slide-button-text">See the work</div></a></section>`;
    const result = extract(`<body><main><h1>Howerton: our work</h1>${enParagraph(1)}
      ${[1, 2, 3].map((n) => slide('desktop', n) + slide('mobile', n)).join('')}
      ${enParagraph(2)}${enParagraph(3)}</main></body>`);
    const text = result.ok ? result.article.textContent : '';
    for (const n of [1, 2, 3]) expect(countIn(text, `Slide ${n}: how a small museum`)).toBe(1);
    expect(countIn(result.ok ? result.article.content : '', 'slide-2.jpg')).toBe(1);
    expect(text).toContain('Paragraph 3');
  });

  it('keeps a short line, list items and a block with another picture that repeat', () => {
    const text = textOf(`<body><article><h1>Pan pizza</h1>${enParagraph(1)}
      <p>Knead, then let it rest.</p><p>Knead, then let it rest.</p>
      <ul><li>Two cups of flour, sifted twice before you weigh it.</li><li>Two cups of flour, sifted twice before you weigh it.</li></ul>
      <div class="step"><img src="https://steps.folio.test/a.jpg" width="800" height="500" alt="">Press the dough into the pan with oiled fingers.</div>
      <div class="step"><img src="https://steps.folio.test/b.jpg" width="800" height="500" alt="">Press the dough into the pan with oiled fingers.</div>
      ${enParagraph(2)}${enParagraph(3)}</article></body>`);
    expect(countIn(text, 'Knead, then let it rest.')).toBe(2);
    expect(countIn(text, 'Two cups of flour')).toBe(2);
    expect(countIn(text, 'Press the dough into the pan')).toBe(2);
  });
});

describe('a form in the article', () => {
  it('goes whole: its pitch, labels and small print mean nothing without its fields', () => {
    const text = textOf(`<body><article><h1>Perfect Privacy VPN Review</h1>
      ${enParagraph(1)}${enParagraph(2)}${enParagraph(3)}
      <h3>Add your own review</h3>
      <form action="/reviews/#submit" method="post" class="review-form">
        <div class="notice"><p>To keep up the quality content on our website, we only accept user reviews that
          provide valuable information for our visitors. Not all reviews will be published. Thank you!</p></div>
        <div class="fields"><p><label>Your name <input name="name"></label></p>
          <p><label>Your review <textarea name="review"></textarea></label></p>
          <div class="alert"><p>By clicking the button below, I acknowledge that I have read and accept the Terms of Use.</p></div>
          <p><button type="submit">Submit</button></p></div>
      </form>
      <h3>3 user reviews</h3><p>William, 5/10: I tried this VPN for a month, and it's fine for privacy, but torrenting did not work for me at all.</p>
      ${enParagraph(4)}</article></body>`);
    expectNoneOf(text, ['To keep up the quality', 'Your name', 'Your review', 'By clicking the button below']);
    expect(text).toContain('I tried this VPN for a month');
    expect(text).toContain('Paragraph 4: reading slowly');
  });

  it('stays when it holds a checklist: a recipe’s ingredients to tick off', () => {
    const text = textOf(`<body><article><h1>Everyday Sourdough</h1>${enParagraph(1)}${enParagraph(2)}
      <h2>Ingredients</h2><form class="ingredient-checklist"><ul>
        <li><input type="checkbox" id="i1"><span>1/4 cup (60g) sourdough starter, fed or unfed</span></li>
        <li><input type="checkbox" id="i2"><span>1 1/2 cups (340g) lukewarm water</span></li>
        <li><input type="checkbox" id="i3"><span>3 1/2 cups (418g) unbleached all-purpose flour</span></li></ul></form>
      ${enParagraph(3)}${enParagraph(4)}</article></body>`);
    expect(text).toContain('1/4 cup (60g) sourdough starter');
    expect(text).toContain('3 1/2 cups (418g) unbleached all-purpose flour');
  });

  it('stays when it holds most of the article: a page set in a form (ASP.NET wraps whole pages in one)', () => {
    // The step itself: Readability renames a form it takes as the article to a <div>, but an
    // article read another way (a prose region, a site's rule) may keep it.
    const doc = parseHtml(
      `<body><div id="content"><form id="aspnetForm" method="post">
      ${enParagraph(1)}${enParagraph(2)}${enParagraph(3)}</form>${enParagraph(4)}</div></body>`,
      URL,
    );
    const content = doc.getElementById('content') as Element;
    removeFormLeftovers(content, new RemovalReport(false));
    expect(normalizeSpace(content.textContent ?? '')).toContain('Paragraph 1: reading slowly');
  });
});

describe('cards of other posts after the article, their excerpts cut short', () => {
  const card = (n: number, cut: string) =>
    `<div><p><img src="https://steps.folio.test/card-${n}.webp" alt="Card ${n}"></p><div><h3>Top ${n} companies in the global market in 2025</h3>
      <p>According to Expert Market Research, the top ${n} companies in this market are Samsung Electronics Co. Ltd, ${cut}</p></div></div>`;
  const page = (end: string) =>
    `<body><article><h1>Top handheld consoles</h1>${enParagraph(1)}${enParagraph(2)}${enParagraph(3)}
      <p>Despite being a smaller player, the maker has carved out a niche by catering to the growing interest in retro gaming...</p>${end}</article></body>`;

  it('go, with the list’s heading and its subtitle; the article’s own last paragraph stays, its ellipsis and all', () => {
    const result = extract(
      page(`<div><div><h2>Recent Blogs</h2><p>Latest updates on thriving in a world of constant innovation</p></div>
        <div>${card(8, 'LG Electr...')}${card(10, 'Uber Techno…')}${card(5, 'Thales Group, Bro...')}</div></div>`),
    );
    if (!result.ok) throw new Error(result.reason);
    expectNoneOf(result.article.textContent, ['Recent Blogs', 'Latest updates', 'Top 8 companies', 'Electr', 'Bro...']);
    expect(result.article.content).not.toContain('card-8.webp');
    expect(result.article.textContent.trim().endsWith('interest in retro gaming...')).toBe(true);
  });

  it('but one excerpt alone is a paragraph that trails off: it stays', () => {
    const result = extract(page(`<div>${card(8, 'LG Electr...')}</div>`));
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent).toContain('LG Electr...');
  });
});

describe('cards of other posts after the article, each a linked title and a whole excerpt', () => {
  const excerpt = (topic: string) =>
    `With the legacy of last summer's ${topic} still fresh, the island secured its place among the world's most exceptional destinations. For those in search of dramatic landscapes and renowned hospitality, it offers an experience unlike any other.`;
  const card = (slug: string, title: string, site = 'https://steps.folio.test') =>
    `<div><h3><a href="${site}/${slug}/"><span>${title}</span></a></h3><p>${excerpt(title)}</p></div>`;
  const article = `<div class="entry">${[1, 2, 3, 4, 5, 6].map(enParagraph).join('')}</div>`;

  it('go, set apart from the article after its last paragraph', () => {
    const text = textOf(`<body><article><h1>Top rental car companies</h1>${article}
      <div>${card('ireland-golf', 'Ireland: The Pinnacle of Golf')}${card('rosewood-chalet', 'Rosewood London Unveils The Chalet')}</div>
      <div>${card('casa-palmela', 'Hotel Casa Palmela Review')}</div></article></body>`);
    expect(text).toContain('Paragraph 6: reading slowly');
    expectNoneOf(text, ['Pinnacle of Golf', 'Rosewood', 'Casa Palmela', 'legacy of last summer']);
  });

  it('go as a list of cards, with the list’s heading and blurb, a date over each title', () => {
    const item = (slug: string, title: string) =>
      `<li><article><a href="/cost/${slug}/"></a><div><p><time datetime="2026-01-05">Jan 5, 2026</time></p><p><h3><a href="/cost/${slug}/">${title}</a></h3></p><p>Planning to ${title.toLowerCase()}? Discover what to expect during the process, including design choices, permits, construction timelines, and the key factors that impact your project’s success, from the first quote to the final inspection.</p></div></article></li>`;
    const text =
      textOf(`<body><main><h1>How much does a renovation cost?</h1><h2>Costs</h2>${[1, 2, 3].map(enParagraph).join('')}<h2>Permits</h2>${[4, 5, 6].map(enParagraph).join('')}
      <div><div><h2>The homeowner's guide to renovation</h2><p>From average costs to expert advice, get the answers you need.</p></div>
      <ul>${item('build-an-addition', 'Build an Addition')}${item('raise-a-ceiling', 'Vault a Ceiling')}<li><article><a href="/cost/sunrooms/"></a></article></li></ul></div></main></body>`);
    expect(text).toContain('Paragraph 6: reading slowly');
    expectNoneOf(text, [
      "homeowner's guide",
      'From average costs',
      'Build an Addition',
      'Vault a Ceiling',
      'Jan 5, 2026',
    ]);
  });

  it('go when each is linked whole: a picture, a title, an excerpt and a byline in one link', () => {
    const whole = (slug: string, title: string, lines = '') =>
      `<a href="/${slug}/"><img src="/${slug}.jpg" alt="${title}"><h3>${title}</h3>${lines}</a>`;
    // In the box of the article's paragraphs, as the page sets them.
    const result = extract(`<body><article><h1>Online certificate programs</h1><div class="entry">
      ${[1, 2, 3, 4, 5, 6].map(enParagraph).join('')}<p>Related Pages</p>
      ${whole('trade-schools', 'Best Online Trade Schools', `<p>${excerpt('trade')}</p><span>Jacob Given</span><span> •</span><span>October 21, 2025</span>`)}
      ${whole('business-certificate', 'Online Business Certificate Guide')}${whole('it-certificate', 'Online IT Certificate Guide')}</div></article></body>`);
    if (!result.ok) throw new Error(result.reason);
    const text = result.article.textContent;
    expect(text).toContain('Paragraph 6: reading slowly');
    expectNoneOf(text, ['Related Pages', 'Trade Schools', 'Jacob Given', 'Business Certificate', 'IT Certificate']);
    // Nor is the card's date the article's.
    expect(result.article.publishedTime).toBeUndefined();
  });

  it("stay where they are the article: a listicle's items, a guide's index, posts on other sites", () => {
    // A listicle: each item's title links to the site's review, and the items are most of the text.
    const listicle = `<body><article><h1>The best hotels in Lisbon</h1>${enParagraph(1)}${[
      card('casa-palmela', 'Hotel Casa Palmela Review'),
      card('rosewood', 'Rosewood Lisbon'),
      card('bairro-alto', 'Bairro Alto Hotel'),
    ].join('')}</article></body>`;
    expect(textOf(listicle)).toContain('Bairro Alto Hotel');
    // A guide's index: its steps' titles link to its pages, the last ones wholly.
    const step = (n: number, title: string, whole: boolean) =>
      `<div><h3>${whole ? '' : `Step ${n} - `}<a href="/guide/step-${n}">${whole ? `Step ${n} - ` : ''}${title}</a></h3><p>${excerpt(title)}</p></div>`;
    const guide = `<body><article><h1>Small business guide</h1>${article}<div>${step(1, 'Backing up your data', false)}${step(2, 'Protecting from malware', false)}${step(3, 'Avoiding phishing attacks', true)}${step(4, 'Assets to download', true)}</div></article></body>`;
    expect(textOf(guide)).toContain('Assets to download');
    // Further reading on other sites is the author's choice of it.
    const elsewhere = `<body><article><h1>Top rental car companies</h1>${article}<div>${card('a', 'Ireland: The Pinnacle of Golf', 'https://other.test')}${card('b', 'Rosewood London Unveils The Chalet', 'https://other.test')}</div></article></body>`;
    expect(textOf(elsewhere)).toContain('Rosewood London Unveils');
  });
});

describe('a standfirst set as a heading under the title', () => {
  const deck =
    'Need a new movie to watch? Stream these 10 at home for free with Netflix, Disney+, Hulu and Prime Video.';
  const headings = (html: string) => {
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    const content = parseHtml(result.article.content, URL);
    return {
      headings: [...content.querySelectorAll('h2, h3')].map((h) => normalizeSpace(h.textContent ?? '')),
      outline: result.article.outline.map((entry) => entry.text),
      firstParagraph: normalizeSpace(content.querySelector('p')?.textContent ?? ''),
    };
  };

  it('reads as the opening paragraph, not a heading and not the outline’s first entry', () => {
    expect(
      headings(`<body><article><h1>The movies to stream this weekend</h1><h2>${deck}</h2>${enParagraph(1)}
        <h2>New on Netflix</h2>${enParagraph(2)}<h2>${deck}</h2>${enParagraph(3)}</article></body>`),
    ).toEqual({ headings: ['New on Netflix', deck], outline: ['New on Netflix', deck], firstParagraph: deck });
  });

  it('but a short question heading the first section stays a heading', () => {
    const found = headings(`<body><article><h1>Zero waste at home</h1><h2>What is zero waste?</h2>${enParagraph(1)}
      <h2>Where to start</h2>${enParagraph(2)}${enParagraph(3)}</article></body>`);
    expect(found.headings).toEqual(['What is zero waste?', 'Where to start']);
    expect(found.outline).toEqual(['What is zero waste?', 'Where to start']);
  });
});

describe('headings that head nothing', () => {
  it('a picture set in a heading is a paragraph’s picture; a heading with words stays', () => {
    const result = extract(`<body><article><h1>Notes from the workshop</h1>${enParagraph(1)}
      <h2><img src="/wood.jpg" alt="Wood slabs waiting for a project" width="1474" height="433"></h2>
      <h2>Why woodworking</h2>${enParagraph(2)}<h3><img src="/mark.png" alt=""> Tools I use</h3>${enParagraph(3)}</article></body>`);
    if (!result.ok) throw new Error(result.reason);
    const content = parseHtml(result.article.content, URL);
    const photo = content.querySelector('img[alt^="Wood slabs"]');
    expect(photo?.parentElement?.tagName).toBe('P');
    expect(photo?.getAttribute('width')).toBe('1474');
    expect([...content.querySelectorAll('h2, h3')].map((h) => normalizeSpace(h.textContent ?? ''))).toEqual([
      'Why woodworking',
      'Tools I use',
    ]);
    expect(result.article.outline.map((entry) => entry.text)).toEqual(['Why woodworking', 'Tools I use']);
  });

  it('a list whose items are each a heading is a list of words, not sections; a numbered heading stays', () => {
    const result = extract(`<body><article><h1>Tools for electricians</h1><h2>1. Multimeter</h2>${enParagraph(1)}
      <p>Top picks:</p><ul><li><h2><a href="/fluke">Fluke 117</a></h2></li><li><h2><a href="/klein">Klein MM400</a></h2></li></ul>
      <ol start="2"><li><h2>Wire strippers</h2></li></ol>${enParagraph(2)}${enParagraph(3)}</article></body>`);
    if (!result.ok) throw new Error(result.reason);
    const content = parseHtml(result.article.content, URL);
    expect([...content.querySelectorAll('li')].map((li) => li.innerHTML.trim())).toEqual([
      `<a href="${new globalThis.URL('/fluke', URL)}">Fluke 117</a>`,
      `<a href="${new globalThis.URL('/klein', URL)}">Klein MM400</a>`,
      expect.stringMatching(/^<h2[^>]*>Wire strippers<\/h2>$/),
    ]);
    expect(result.article.outline.map((entry) => entry.text)).toEqual(['1. Multimeter', 'Wire strippers']);
  });
});

describe('headings the page gave the same id', () => {
  it('each take the reader to their own section; the first keeps the page’s id, for its links', () => {
    const result = extract(`<body><article><h1>Two laptops</h1>${enParagraph(1)}
      <h2 id="pros">Pros of the first</h2>${enParagraph(2)}<h2 id="pros">Pros of the second</h2>${enParagraph(3)}
      <h2 id="folio-section-1">An id like the reader’s own</h2>${enParagraph(4)}<h2>Verdict</h2>${enParagraph(5)}</article></body>`);
    if (!result.ok) throw new Error(result.reason);
    const content = parseHtml(result.article.content, URL);
    const entries = result.article.outline.map(({ id, text }) => ({
      id,
      text,
      at: normalizeSpace(content.querySelectorAll(`[id="${id}"]`)[0]?.textContent ?? ''),
      count: content.querySelectorAll(`[id="${id}"]`).length,
    }));
    expect(entries.map((e) => e.text)).toEqual([
      'Pros of the first',
      'Pros of the second',
      'An id like the reader’s own',
      'Verdict',
    ]);
    for (const entry of entries) expect(entry).toEqual({ ...entry, at: entry.text, count: 1 });
    expect(entries[0]?.id).toBe(pageId('pros'));
  });
});

describe('underlined, struck and old inline words, and comments, in a block of text', () => {
  it('stay inside their sentence, not cut out of it into blocks of their own', () => {
    // A <div> of text, as page builders write a paragraph: Readability makes paragraphs of its
    // inline runs, and took <u>, <s> and <font> for the end of one.
    const html = `<body><article><h1>Movers compared</h1>
      <div class="subheading">We <u><a href="#method">analyzed</a></u> 75+ long-distance movers and 10,000+ reviews to match you with the best options for your move, and we keep the list current.</div>
      <div>The <s>cheapest</s> lowest quote is not always the best one: <font color="red">read the contract</font> before you sign it, and ask what the price leaves out.</div>
      <div class="disclosure">We use trusted sources like<!-- --> <a href="/data">Peterson's Data</a> <!-- -->and the national statistics to inform the data for these movers.</div>
      ${enParagraph(1)}${enParagraph(2)}${enParagraph(3)}</article></body>`;
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    const blocks = parseHtml(result.article.content, URL).querySelectorAll('p, div');
    const texts = [...blocks].map((block) => (block.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(texts).toContain(
      'We analyzed 75+ long-distance movers and 10,000+ reviews to match you with the best options for your move, and we keep the list current.',
    );
    expect(texts).toContain(
      'The cheapest lowest quote is not always the best one: read the contract before you sign it, and ask what the price leaves out.',
    );
    expect(texts).not.toContain('We');
    // Nor the empty comments React's server rendering leaves between a text and a value.
    expect(texts).toContain(
      "We use trusted sources like Peterson's Data and the national statistics to inform the data for these movers.",
    );
  });
});

describe('the title printed again at the top of the text', () => {
  const zh = (n: number) =>
    `<p>第${n}段：读书是一个人精神成长的重要途径，需要耐心，也需要一个安静的角落，慢慢读，慢慢想，才能有所收获。</p>`;
  const essay = (first: string) =>
    `<html lang="zh-CN"><head><title>关于读书的几点思考_范文天地</title></head><body><article><h1>关于读书的几点思考</h1>${first}${[1, 2, 3, 4, 5].map(zh).join('')}</article></body></html>`;

  it('goes when it is the title with a section number run on ("…几点思考一")', () => {
    expect(textOf(essay('<p>关于读书的几点思考一</p>')).startsWith('第1段')).toBe(true);
    expect(textOf(essay('<p>关于读书的几点思考（一）</p>')).startsWith('第1段')).toBe(true);
  });

  it('stays when the paragraph goes on with words of its own', () => {
    expect(
      textOf(essay('<p>关于读书的几点思考一直是老师们关心的话题。</p>')).startsWith('关于读书的几点思考一直'),
    ).toBe(true);
  });

  it('goes as a heading after a picture or an empty paragraph, too', () => {
    const html = `<body><div class="post"><p><img src="/trail.jpg" alt=""></p><h2>Hiking the Flatirons</h2>${[1, 2, 3, 4].map(enParagraph).join('')}</div></body>`;
    const result = extractArticle(
      parseHtml(
        `<html><head><title>Hiking the Flatirons: a family day out in the hills</title><script type="application/ld+json">{"@type":"Article","headline":"Hiking the Flatirons"}</script></head>${html}</html>`,
        URL,
      ),
      { url: URL, consumeDocument: true },
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.title).toBe('Hiking the Flatirons');
    expect(result.article.textContent).not.toContain('Hiking the Flatirons');
    expect(result.article.content).toContain('trail.jpg');
  });

  it('goes when the heading sets the title in its own case (Title Case under the sentence-case title)', () => {
    // WordPress's entry title, then the post's own <h1> in Title Case at the top of its text.
    const title = 'How to replace brake pads – From an ASE-Certified Mechanic';
    const body = `<h1>${title}</h1><div class="entry-content"><h1>How To Replace Brake Pads – From an ASE-Certified Mechanic</h1>${[1, 2, 3].map(enParagraph).join('')}<h2>Tools Needed</h2>${enParagraph(4)}</div>`;
    const result = extract(`<html><head><title>${title}</title></head><body><article>${body}</article></body></html>`);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.title).toBe(title);
    expect(result.article.textContent.toLowerCase()).not.toContain('replace brake pads');
    expect(result.article.textContent).toContain('Tools Needed');
  });

  it('goes with the small label heading over it ("Blog"); a section heading later stays', () => {
    const head = '<title>Hiking the Flatirons | Trail Notes</title>';
    // The copy in an <h3>: an <h2> copy Readability drops itself, before Folio's step sees it.
    const body = `<h5>Blog</h5><h3>Hiking the Flatirons</h3>${[1, 2, 3].map(enParagraph).join('')}<h5>Gear</h5>${enParagraph(4)}`;
    const result = extractArticle(
      parseHtml(`<html><head>${head}</head><body><article>${body}</article></body></html>`, URL),
      {
        url: URL,
        consumeDocument: true,
      },
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent).not.toContain('Blog');
    expect(result.article.textContent).not.toContain('Hiking the Flatirons');
    expect(result.article.textContent).toContain('Gear');
  });

  it('goes with a widget’s name set as a bigger heading over it, and the dateline under it', () => {
    // AP's stories on Hearst's sites: the emptied "Breaking News" widget, then the headline's
    // copy with its dateline in a <span> beside it. (The copy in an <h3>: Readability drops an
    // <h2> copy itself.)
    const title = 'Cat found in New Mexico after going missing in Oregon';
    const body = `<div><h2><span>Breaking</span> News</h2><ul><li> </li><li> </li></ul></div>
      <h3>${title}</h3><span>Updated <time datetime="2019-11-20T05:21:58Z">11:21 pm CST, Tuesday, November 19, 2019</time></span>
      ${[1, 2, 3].map(enParagraph).join('')}`;
    const result = extractArticle(
      parseHtml(
        `<html><head><title>${title} - SFGate</title></head><body><h1>${title}</h1><article>${body}</article></body></html>`,
        URL,
      ),
      { url: URL, consumeDocument: true },
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.title).toBe(title);
    expect(result.article.textContent).not.toContain('Breaking News');
    expect(result.article.textContent).not.toContain('Cat found');
    expect(result.article.textContent).not.toContain('Updated');
    expect(result.article.textContent.trim().startsWith('Paragraph 1: reading slowly')).toBe(true);
  });
});

describe('a page built of web components (<bsx-section>, <bsx-link>)', () => {
  it('reads without its breadcrumb, the <title> set over the article, and its "Team | 5 min read" line', () => {
    const html = `<html><head><title>The Car Care Checklist | Tread Tires</title></head><body><main>
      <section><bsx-section><div class="breadcrumb"><bsx-breadcrumb>
        <bsx-link href="/learn">Tire Resources and Buyer Guides</bsx-link>
        <bsx-link href="/learn/care">Care Tips | Read Expert Articles</bsx-link>
        <bsx-link>The Car Care Checklist | Tread Tires</bsx-link></bsx-breadcrumb></div>
        <div class="title"><div class="cmp-title"><bsx-typography variant="h2">The Car Care Checklist | Tread Tires</bsx-typography></div></div>
        <div class="typography text"><h6>Tread Team | 5 min read</h6></div>
        ${[1, 2, 3, 4, 5].map((n) => `<div class="typography text">${enParagraph(n)}</div>`).join('')}
      </bsx-section></section></main></body></html>`;
    const text = textOf(html);
    expectNoneOf(text, ['Buyer Guides', 'Read Expert Articles', 'Tread Tires', '5 min read']);
    expect(text.startsWith('Paragraph 1: reading slowly')).toBe(true);
    expect(text).toContain('Paragraph 5: reading slowly');
  });
});

describe('a breadcrumb trail set as a list at the top of the article', () => {
  const page = (top: string) =>
    `<body><main><article><h1>Slow reading</h1>${top}${[1, 2, 3, 4, 5].map(enParagraph).join('')}</article></main></body>`;

  it('goes: short items, each a link a level deeper into the site, the last the page itself', () => {
    const trail =
      '<ol><li><a href="/">Home</a></li><li><a href="/guides/">Guides</a></li><li><a href="/guides/reading/">Reading</a></li><li>Slow reading</li></ol>';
    const text = textOf(page(trail));
    expect(text.startsWith('Paragraph 1')).toBe(true);
    expect(text).not.toContain('Guides');
  });

  it('is not a row of links to other sites with arrows between them, whose first link is not the site’s name', () => {
    const row =
      '<div class="community"><a href="https://discord.com/invite/x">Discord</a>→<a href="https://matrix.to/#/x">Matrix</a>→<a href="https://github.com/x/x/issues">Report an issue</a>→</div>';
    const result = extract(page('').replace('</body>', `<footer>${row}</footer></body>`));
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.siteName).not.toBe('Discord');
    // A trail up the page's own site (its links relative or on a subdomain) is still one.
    const trail =
      '<div class="crumbs"><a href="https://steps.folio.test/">Steps</a> › <a href="https://blog.steps.folio.test/guides/">Guides</a> › <a href="/guides/reading/">Reading</a></div>';
    const withTrail = extract(page(trail));
    if (!withTrail.ok) throw new Error(withTrail.reason);
    expect(withTrail.article.siteName).toBe('Steps');
    expect(withTrail.article.textContent).not.toContain('Guides');
  });

  it('stays when its links are side by side (a list the article starts with)', () => {
    const list =
      '<ul><li><a href="/pens">Pens</a></li><li><a href="/paper">Paper</a></li><li><a href="/lamps">Lamps</a></li></ul>';
    expect(textOf(page(list))).toContain('Paper');
  });
});

describe('an opening set apart from the body', () => {
  const sentence = (n: number, topic: string) =>
    `<p>${topic} ${n}: the reader who keeps a pencil in hand notices more, remembers longer, and returns to the page with questions worth asking, which is the whole point of it.</p>`;
  const body = Array.from({ length: 14 }, (_, i) =>
    i % 4 === 0 ? `<h2>Part ${i / 4 + 1}</h2>${sentence(i, 'Body')}` : sentence(i, 'Body'),
  ).join('');
  const page = (between: string) => `<body><header><h1>Slow Reading, Tested</h1></header>
    <div id="main">${between}
      <div class="row"><div class="column"><div class="text">${sentence(1, 'Opening')}${sentence(2, 'Opening')}${sentence(3, 'Opening')}</div></div>
        <div class="column"><span>Best overall</span> <a href="#a">Read more</a></div></div>
      <div class="row"><div class="column"><div class="text">${body}</div></div>
        <div class="column"><span>Best value</span> <a href="#b">Read more</a></div></div>
    </div></body>`;

  it('puts the opening paragraphs back before the body, in order', () => {
    const text = textOf(page(''));
    const at = [1, 2, 3].map((n) => text.indexOf(`Opening ${n}:`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(at[2]).toBeLessThan(text.indexOf('Body 0:'));
    // An author's name line before it, set otherwise, does not keep the opening out.
    const withAuthor = textOf(page('<div class="profile-line"><p>Jane Margin</p><p>Content Editor</p></div>'));
    expect(withAuthor).toContain('Opening 1:');
    expect(withAuthor).not.toContain('Content Editor');
  });

  it('puts back a line set loose between the opening’s paragraphs (an editor’s note in an <em>)', () => {
    const note =
      '<em>Editor’s Note: On May 6, 2025, we added a new top pick and a lamp we do not recommend for reading.</em>';
    const html = page('').replace('<p>Opening 3:', `${note}<p>Opening 3:`);
    expect(html).toContain(note);
    const text = textOf(html);
    const at = ['Opening 2:', 'Editor’s Note: On May 6', 'Opening 3:'].map((line) => text.indexOf(line));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('leaves a template’s comments between paragraphs where they are, and copes with a page Readability took apart', () => {
    const doc = parseHtml(
      `<body><h1>Slow Reading</h1><div>${sentence(1, 'Body')}<!-- src/templates/article/headline.tpl: a note longer than a sentence --> ${sentence(2, 'Body')}</div></body>`,
      URL,
    );
    const body = doc.body;
    const titleAt = numberParagraphs(body, 'Slow Reading');
    expect(body.querySelectorAll('p')).toHaveLength(2);
    // Readability removes a page whose <html> class says "header" (Avada's, Hearst's) whole:
    // what it kept is still returned, without an opening to look for.
    const kept = doc.createElement('div');
    kept.append(body.querySelectorAll('p')[1] as Element);
    expect(restoreOpening(kept, null, titleAt)).toBe(0);
    expect(kept.querySelector('[data-folio-p]')).toBeNull();
  });

  it('does not take an author card printed above the article and again below it for the opening', () => {
    const bio =
      '<p>Expert digital communicator and editor providing insights and research-based guides for readers.</p>';
    const doc = parseHtml(
      `<body><h1>Slow Reading</h1><div class="card">${bio}</div><div class="text">${sentence(1, 'Opening')}</div>
        <div class="text">${sentence(2, 'Body')}${sentence(3, 'Body')}</div><div class="card">${bio}</div></body>`,
      URL,
    );
    const titleAt = numberParagraphs(doc.body, 'Slow Reading');
    // Readability kept the body and the card below it, and passed over the rest.
    const kept = doc.createElement('div');
    kept.append(...[...doc.body.querySelectorAll('div')].slice(2));
    expect(restoreOpening(kept, doc.body, titleAt)).toBe(1);
    const text = normalizeSpace(kept.textContent ?? '');
    expect(text.startsWith('Opening 1:')).toBe(true);
    expect(text.match(/Expert digital communicator/g)).toHaveLength(1);
  });

  it('puts back an opening whose block is named otherwise when its paragraphs have the body’s own style (a Framer page)', () => {
    const styled = (n: number, topic: string) =>
      sentence(n, topic).replace('<p>', '<p class="framer-text preset-18f">');
    const caption =
      '<p class="framer-text preset-caption">In this 2006 file photo, two readers sit at a long library table under a row of lamps, reading.</p>';
    const doc = parseHtml(
      `<body><h1>Slow Reading</h1><div class="framer-bkf1oq">${styled(1, 'Opening')}</div>
        <div class="framer-x7">${caption}</div>
        <div class="framer-1d549uq">${styled(2, 'Body')}${styled(3, 'Body')}</div></body>`,
      URL,
    );
    const titleAt = numberParagraphs(doc.body, 'Slow Reading');
    // Readability kept the body's block alone, without its classes.
    const kept = doc.createElement('div');
    kept.append(doc.querySelector('.framer-1d549uq') as Element);
    for (const p of kept.querySelectorAll('p')) p.removeAttribute('class');
    expect(restoreOpening(kept, doc.body, titleAt)).toBe(1);
    const text = normalizeSpace(kept.textContent ?? '');
    expect(text.startsWith('Opening 1:')).toBe(true);
    expect(text).not.toContain('In this 2006 file photo');
    // Paragraphs without a class of their own share no style: only their parents are compared.
    const plain = parseHtml(
      `<body><h1>Slow Reading</h1><div class="photo">${caption.replace(/ class="[^"]*"/, '')}</div>
        <div class="text">${sentence(2, 'Body')}${sentence(3, 'Body')}</div></body>`,
      URL,
    );
    const plainTitleAt = numberParagraphs(plain.body, 'Slow Reading');
    const plainKept = plain.createElement('div');
    plainKept.append(plain.querySelector('.text') as Element);
    expect(restoreOpening(plainKept, plain.body, plainTitleAt)).toBe(0);
  });

  it('leaves out what is set otherwise between the title and the article (a caption, an author’s note)', () => {
    const caption =
      '<div class="photo"><p class="caption">In this 2006 file photo, two readers sit at a long library table under a row of lamps, reading.</p></div>';
    const text = textOf(page(caption));
    expect(text).not.toContain('In this 2006 file photo');
    expect(text).toContain('Body 13:');
  });
  it('puts back a summary box’s long paragraph above the body, however it is set (a "Takeaway")', () => {
    const summary =
      'Slow reading is a habit anyone can learn again: a pencil in hand, a quiet room, and the patience to stay with one page until it yields its argument, its evidence and its doubts. This guide covers why it works, what the research says about attention and memory, which tools help, and how to start with ten minutes a day without giving up the books you already love, or the evenings you already spend with them.';
    const body = Array.from({ length: 40 }, (_, i) => sentence(i, 'Body')).join('');
    const text = textOf(`<body><header><h1>Slow Reading, Tested</h1></header><main><div class="row">
      <div class="summary rounded"><p class="h2">Takeaway</p><div class="post-excerpt"><p class="summary-text">${summary}</p></div></div>
      <div class="post-body"><div class="content">${body}</div></div></div></main></body>`);
    expect(text).toContain('Slow reading is a habit anyone can learn again');
    expect(text.indexOf('Slow reading is a habit')).toBeLessThan(text.indexOf('Body 0:'));
  });

  it('puts back a long opening: an intro set in a <section> and fourteen picks before the body (Wirecutter)', () => {
    // The picks' write-ups are set like the body's paragraphs; the intro is a run of prose however it is set.
    const picks = Array.from(
      { length: 14 },
      (_, i) => `<div class="pick"><h3>Lamp ${i + 1}</h3><div>${sentence(i + 1, 'Pick')}</div></div>`,
    ).join('');
    const body = Array.from({ length: 80 }, (_, i) => sentence(i, 'Body')).join('');
    const text = textOf(`<body><header><h1>Slow Reading, Tested</h1></header><main>
      <section class="intro">${sentence(1, 'Intro')}${sentence(2, 'Intro')}</section>
      <div class="picks">${picks}</div><div class="body"><div>${body}</div></div></main></body>`);
    const at = ['Intro 1:', 'Intro 2:', 'Lamp 1', 'Pick 1:', 'Pick 14:', 'Body 0:'].map((line) => text.indexOf(line));
    expect(at.every((n) => n >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('puts back an opening set in a page builder’s column of its own, with its list and table (a review’s intro)', () => {
    // Spectra names each column by a block id: the opening's column and the body's differ only there.
    const column = (id: string, inner: string) =>
      `<section class="uagb-columns__wrap uagb-block-${id}"><div class="uagb-columns__overlay"></div><div class="uagb-columns__inner-wrap"><div class="uagb-column__wrap uagb-block-${id}1">${inner}</div></div></section>`;
    const intro = Array.from({ length: 13 }, (_, i) => sentence(i + 1, 'Opening')).join('');
    const opening = `<p class="has-background"><strong>TL;DR: which lamp to buy</strong><br>${sentence(0, 'Summary').slice(3, -4)}</p>${intro}
      <p>The lamps compared:</p><ul><li>Reading lamp with a warm bulb</li><li>Clip lamp for the bedside</li></ul>
      <table><tr><th>Lamp</th><th>Best for</th></tr><tr><td>Arc</td><td>Armchairs</td></tr></table>`;
    const body = Array.from({ length: 120 }, (_, i) => sentence(i, 'Body')).join('');
    const text = textOf(`<body><header><h1>Slow Reading, Tested</h1></header><main><div class="entry-content">
      ${column('95c2cbeb', opening)}${column('906ed92c', body)}</div></main></body>`);
    const at = ['TL;DR', 'Opening 13:', 'Clip lamp for the bedside', 'Armchairs', 'Body 0:'].map((line) =>
      text.indexOf(line),
    );
    expect(at.every((n) => n >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});

describe('an opening set in the article’s header block (Hearst’s listicles)', () => {
  const intro = (n: number) =>
    `<p class="css-6wxqfj emevuu60">Intro ${n}: so you have decided to give your home a refresh, but where to begin? Between the paint swatches and the furniture, it is a lot.</p>`;
  const item = (n: number) =>
    `<div class="listicle-slide"><h2>${n}. Service number ${n}</h2><p class="css-6wxqfj emevuu60">Service ${n} starts you off with a style quiz and asks about your needs for the room, then lets you choose your own designer and see their work.</p></div>`;
  const page = (header: string) =>
    `<body><article><section class="listicle-header"><h1>The best online interior design services</h1>${header}</section>
      <div class="listicle-body">${Array.from({ length: 10 }, (_, i) => item(i + 1)).join('')}</div></article></body>`;

  it('stays: the paragraphs of the opening before the first item', () => {
    const text = textOf(page(`<div class="listicle-intro">${[1, 2, 3].map(intro).join('')}</div>`));
    const at = ['Intro 1:', 'Intro 3:', 'Service number 1', 'Service 10 starts'].map((line) => text.indexOf(line));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('but authors’ cards in the header, a paragraph each, stay out', () => {
    const card = (name: string) =>
      `<div class="author-card"><p class="css-6wxqfj emevuu60">${name} is an expert vehicle tester and reviewer who covers a wide range of topics, and worked in the automotive industry for years.</p></div>`;
    const text = textOf(page(`<div class="authors">${card('John Goreham')}${card('Meegan Hall')}</div>`));
    expect(text).toContain('Service 10 starts');
    expect(text).not.toContain('expert vehicle tester');
  });
});

describe('an article set in a block named for a place on the page', () => {
  // A guide's write-ups under a two-line lead, set (as Resy does) in `<div class="page1-footer">`.
  const writeUp = (n: number) =>
    `<article class="venue"><h3>Restaurant ${n}</h3><p>Restaurant ${n} serves a small menu of careful dishes from a young chef, with a long counter, a short wine list and a dining room that fills early every night.</p></article>`;
  const guide = (blockClass: string) => `<body><nav class="menu"><a href="/">Home</a> <a href="/guides">Guides</a></nav>
    <div class="content"><h1>The guide to this year's winners</h1>
      <div class="lead"><p>The stars are back in town, in a big way, and this year the list reaches further than ever into the neighbourhoods.</p>
        <p>Below are the honorees that you can book tonight, from newly starred counters to the established rooms, and a host of casual places the inspectors liked.</p>
        <p>Each of them is worth a trip across town, and most of them still have tables on a weeknight if you book a few days ahead.</p>
        <p>For the full list, with every star and every plate the inspectors named this year, head over to the guide's own site.</p></div>
      <div class="${blockClass}">${Array.from({ length: 12 }, (_, i) => writeUp(i + 1)).join('')}</div>
      <aside class="more"><h2>Discover more</h2><ul><li><a href="/a">Nine hours at a dessert gallery</a></li><li><a href="/b">New on the site</a></li></ul></aside>
    </div>
    <footer class="site-footer"><p>About · Careers · Terms of Service</p></footer></body>`;

  it('is read whole when that block holds most of the page’s prose', () => {
    const text = textOf(guide('page1-footer'));
    expect(text).toContain('The stars are back in town');
    expect(text).toContain('Restaurant 1 serves a small menu');
    expect(text).toContain('Restaurant 12 serves a small menu');
    expectNoneOf(text, ['Terms of Service']);
  });

  it('leaves a long comment thread under a short post out', () => {
    const comment = (n: number) =>
      `<li><p>Comment ${n}: I tried this over the weekend and it worked, though the second step took me far longer than the post suggests it should.</p></li>`;
    const html = `<body><div class="content"><h1>A short note on slow reading</h1>
      <div class="entry">${[1, 2, 3, 4, 5, 6].map(enParagraph).join('')}</div>
      <h2 class="comments-title">24 comments</h2><ol class="comment-list">${Array.from({ length: 24 }, (_, i) => comment(i + 1)).join('')}</ol>
    </div></body>`;
    const text = textOf(html);
    expect(text).toContain('Paragraph 6: reading slowly');
    expectNoneOf(text, ['Comment 1:', 'Comment 24:', '24 comments']);
  });
});

describe('a review’s boxes labelled in blocks named "header" (IGN’s pros and cons)', () => {
  const box = (kind: string, label: string, items: string[]) =>
    `<span class="stack jsx-2509706801 list ${kind}"><div class="jsx-2107613109 header"><div class="caption jsx-1762799490">${label}</div></div>${items.map((item) => `<span class="stack value"><span class="ign-icon icon-check" aria-hidden="true"></span><div class="interface">${item}</div></span>`).join('')}</span>`;
  const html = `<body><main><article><h1>The best lightweight gaming mice</h1>${[1, 2, 3].map(enParagraph).join('')}
    <section class="box-wrapper"><div class="jsx-2107613109 product-pros-cons">
      ${box('pros', 'PROS', ['Comfortable, sturdy body', 'Impressive battery life'])}
      ${box('cons', 'CONS', ['Expensive', 'Larger dongle'])}
    </div></section>
    <div class="deals"><div class="header"><a href="https://steps.folio.test/deals">Today's deals</a></div><p>Deals change daily, and we update this box every morning before nine.</p></div>
    ${[4, 5].map(enParagraph).join('')}</article></main></body>`;

  it('keeps each label over its list, so that the cons do not read as more pros; not a header that is a link', () => {
    const text = textOf(html);
    expect(text).toContain('Paragraph 5: reading slowly');
    const lines = text.split('\n').map((line) => line.trim());
    expect(lines.indexOf('PROS')).toBeGreaterThan(-1);
    expect(lines.indexOf('PROS')).toBeLessThan(lines.indexOf('Comfortable, sturdy body'));
    expect(lines.indexOf('CONS')).toBeGreaterThan(lines.indexOf('Impressive battery life'));
    expect(lines.indexOf('CONS')).toBeLessThan(lines.indexOf('Expensive'));
    expect(text).not.toContain("Today's deals");
  });
});

describe('an accordion whose panels are folded (Kadence, a guide’s rubric and FAQ)', () => {
  const pane = (title: string, body: string) => `<div class="wp-block-kadence-pane kt-accordion-pane">
      <div class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header"><span>${title}</span></button></div>
      <div class="kt-accordion-panel kt-accordion-panel-hidden"><div class="kt-accordion-panel-inner">${body}</div></div></div>`;
  const html = `<body><article><h1>The best accounting software for the self-employed</h1>
    ${[1, 2, 3, 4, 5].map(enParagraph).join('')}
    <div class="wp-block-kadence-accordion"><div class="kt-accordion-wrap kt-accordion-has-2-panes kt-pane-header-alignment-left"><div class="kt-accordion-inner-wrap">
      ${pane('Methodology', '<p>To find the best software I applied one rubric to every platform, before narrowing the list down to the five recommended here:</p><ul><li>Wave</li><li>NCH Express</li><li>Gnucash</li></ul>')}
      ${pane('Is there free accounting software?', '<p>Yes: several platforms have a free plan, with invoicing and banking, though reports and payroll cost extra on most of them.</p>')}
    </div></div></div>
    <div class="members-only" hidden><p>Members see the whole price table here, updated every week with the latest plans and discounts.</p></div>
    </article></body>`;

  it('is read open: each question over its panel’s text, though a class styled the header and another folded the panel', () => {
    const text = textOf(html);
    expect(text).toContain('Paragraph 5: reading slowly');
    expect(text).toContain('I applied one rubric to every platform');
    expect(text).toContain('Gnucash');
    expect(text).toContain('several platforms have a free plan');
    // The question over it, from the pane's header and its button.
    expect(text).toContain('Is there free accounting software?');
  });

  it('leaves a block hidden for another reason hidden', () => {
    expect(textOf(html)).not.toContain('Members see the whole price table');
  });
});

describe('a FAQ whose answers a CSS module’s class folds (HomeAdvisor)', () => {
  const item = (
    question: string,
    answer: string,
    state: string,
  ) => `<div class="QaAccordionItem_collapseContent__G5G8Q">
      <button type="button" class="QaAccordionItem_collapseQuestion__dMsUR"><div class="QaAccordionItem_questionText__hIBcC">${question}</div><div class="QaAccordionItem_icon__mS1SG"></div></button>
      <div class="${state}"><div class="QaAccordionItem_answerWrapper__bPK7V"><div class="Answer_container__xp9xb"><div class="Answer_contentContainer__qXCJ_">
        <div class="ReadMoreAnswer_answerTextWrapper__9j8v_"><div class="ReadMoreAnswer_answerText__Ypm3r ReadMoreAnswer_expanded___eUhF"><div><div><p>${answer}</p></div></div></div></div>
      </div></div></div></div></div>`;
  const html = `<body><main><h1>How much does a house renovation cost?</h1>
    ${[1, 2, 3, 4, 5].map(enParagraph).join('')}
    <div id="faq"><p>Frequently Asked Questions</p><div class="Qa_mlwidth__i_sFi">
      ${item('Is it less expensive to remodel or build a new house?', 'Remodeling almost always costs less than building from the ground up, since the foundation and framing stay.', 'QaAccordionItem_answersList__YC7_4')}
      ${item('How long does a home renovation take?', 'Timelines swing from a few days for quick cosmetic fixes to well over a year for a whole-house overhaul.', 'QaAccordionItem_hiddenAnswer__V1RZs')}
      ${item('What should I know about home insurance during renovations?', 'Call your insurance agent before the first demolition day, since some policies exclude work in progress.', 'QaAccordionItem_isCollapsed')}
    </div></div></main></body>`;

  it('shows every answer under its question, the folded ones too', () => {
    const text = textOf(html);
    expect(text).toContain('Paragraph 5: reading slowly');
    expect(text).toContain('Remodeling almost always costs less');
    expect(text).toContain('How long does a home renovation take?');
    expect(text).toContain('Timelines swing from a few days');
    expect(text).toContain('Call your insurance agent before the first demolition day');
  });
});

describe('sections folded under toggles, by ARIA’s pattern (Runner’s World’s buying advice)', () => {
  // No class names a toggle here: the toggle says it is one (aria-expanded), the panel is the
  // one after its heading or the one its aria-controls names, and `hidden` folds it.
  const section = (title: string, body: string) =>
    `<div class="css-p1fz9n"><h3 class="css-i0aq8p"><button aria-expanded="false" class="css-17sxnkg"><p>${title}</p></button></h3><div aria-hidden="true" hidden tabindex="-1" class="css-1k075w5"><p>${body}</p></div></div>`;
  const html = (extra = '') => `<body><article><h1>The best running shoes</h1>
    <div><button aria-expanded="false" aria-controls="contents">Jump to a section</button><ul id="contents" hidden><li><a href="/guide/weight">Weight of a running shoe</a></li><li><a href="/guide/training">Training plans for beginners</a></li><li><a href="/guide/nutrition">Nutrition and recovery</a></li></ul></div>
    ${[1, 2, 3, 4, 5].map(enParagraph).join('')}
    <section class="embed">
      ${section('Weight', 'Weights can also cater to workouts: a featherlight racing flat for the track, a lightweight trainer for speed work on the road.')}
      ${section('Cushioning', 'The midsole foam plays into comfort as well as ride, and the foams used in running shoes differ in weight and bounce.')}
      <p><button aria-expanded="false" aria-controls="fit-panel">Fit</button></p><div id="fit-panel" hidden><p>Your shoes should feel comfortable on your feet, free of hot spots, friction and pinching, with room for your toes.</p></div>
    </section>${extra}</article></body>`;

  it('reads each section open under its title', () => {
    const text = textOf(html());
    for (const piece of [
      'Weights can also cater to workouts',
      'The midsole foam plays',
      'free of hot spots',
      'Weight',
      'Cushioning',
      'Fit',
    ])
      expect(text).toContain(piece);
    expect(text.indexOf('Cushioning')).toBeLessThan(text.indexOf('The midsole foam plays'));
  });

  it('leaves a list of links folded under its toggle, and a toggle’s empty panel shut', () => {
    const text = textOf(
      html('<button aria-expanded="false">Show the next section now</button><div hidden><p>Loading…</p></div>'),
    );
    for (const piece of ['Weight of a running shoe', 'Training plans', 'Nutrition and recovery', 'Loading'])
      expect(text).not.toContain(piece);
  });
});

describe('an accordion folded by an inline style (Chakra’s, Car Talk’s FAQ)', () => {
  const item = (n: number, question: string, answer: string) =>
    `<div class="chakra-accordion__item"><h2 class="accordionTitle"><button type="button" aria-expanded="false" aria-controls="panel-${n}" class="chakra-accordion__button"><span>${question}</span></button></h2>
      <div class="chakra-collapse" style="overflow:hidden;display:none;opacity:0;height:0px"><div role="region" id="panel-${n}" class="chakra-accordion__panel"><p>${answer}</p></div></div></div>`;
  const html = (
    extra = '',
  ) => `<body><article><h1>The best electric cars</h1>${[1, 2, 3, 4, 5, 6].map(enParagraph).join('')}
    <div class="faq"><h2>FAQ</h2><div class="chakra-accordion">
      ${item(1, 'Which is the best EV?', 'Car Talk named the Ford Mustang Mach-E the best EV overall and the Nissan Leaf the best affordable EV.')}
      ${item(2, 'Are EVs safe?', 'Battery-electric vehicles like the Ford Mustang Mach-E earn top safety scores in crash tests.')}
    </div></div>${extra}</article></body>`;

  it('reads each answer open under its question, the question the heading’s own words', () => {
    const result = extract(html());
    if (!result.ok) throw new Error(result.reason);
    const text = result.article.textContent;
    expect(text).toContain('Which is the best EV?\nCar Talk named the Ford Mustang Mach-E');
    expect(text).toContain('Battery-electric vehicles like the Ford Mustang Mach-E');
    // The button's words stand in the heading, not in a paragraph inside it.
    expect(result.article.content).toMatch(/<h[23][^>]*>Which is the best EV\?<\/h[23]>/);
  });

  it('leaves a menu of links folded the same way shut', () => {
    const doc = parseHtml(
      `<body><div class="nav-collapse" style="overflow: hidden; display: none"><a href="/ev">Electric cars and their batteries</a> <a href="/trucks">Pickup trucks for towing</a> <a href="/suv">Family SUVs</a></div>
        <div class="faq-collapse" style="display:none;height:0px"><p>Battery-electric vehicles like the Ford Mustang Mach-E earn top safety scores.</p></div></body>`,
      URL,
    );
    const [menu, answer] = [...doc.body.children] as Element[];
    for (const el of [menu, answer]) unfoldPanel(el as Element);
    expect(menu?.getAttribute('style')).toContain('display: none');
    expect(answer?.getAttribute('style')).not.toContain('display');
  });
});

describe('a FAQ whose cards open by script (NBC Select)', () => {
  const card = (question: string, answer: string) =>
    `<div class="styles_faqCard__x1"><div class="styles_faqCardContent__x2"><button class="styles_faqCardQuestion__x3" type="button"><div>${question}</div><div></div></button><div class="styles_faqCardAnswer__x4"><div><p>${answer}</p></div></div></div></div>`;
  const html = `<body><header><button class="menu-toggle" type="button">Open the site navigation</button></header>
    <article><h1>The best smart home hubs</h1>${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(enParagraph).join('')}
    <h2>Frequently asked questions</h2>
    ${card('Do you need a smart home hub?', 'That depends on your devices: many speak Wi-Fi and need no hub, while sensors that run on Thread or Zigbee do.')}
    ${card('Is a smart speaker the same as a smart home hub?', 'No: a speaker plays music and answers questions, a hub also controls devices on the low-power networks.')}
    </article></body>`;

  it('keeps each question over its answer', () => {
    const text = textOf(html);
    expect(text).toContain('Do you need a smart home hub?\nThat depends on your devices');
    expect(text).toContain('Is a smart speaker the same as a smart home hub?');
    expect(text).not.toContain('Open the site navigation');
  });
});

describe('a note set among the article’s paragraphs (an <aside> inside the post)', () => {
  const note = `<aside class="styles_aside__x1"><h3>A note on other devices</h3>
      <p>I did not mention disks or devices, because a read-only disk can be checked block by block against a tree of hashes whose root the program already holds.</p>
      <p>Writable disks are harder: the simplest answer is to keep the working files in memory, encrypted, and let nothing else write to them at all.</p></aside>`;
  const html = `<body><div class="layout"><main><article><h1>Attested builds, step by step</h1>
      ${[1, 2, 3].map(enParagraph).join('')}${note}${[4, 5, 6].map(enParagraph).join('')}
      <aside class="pullquote"><p>Paragraph 2: reading slowly is a skill worth keeping, and it can be learned again with some patience and a quiet room.</p></aside>
    </article></main>
    <aside class="about"><h3>About this blog</h3>
      <p>This blog is written by the people who build the service, about builds, caches and the machines that run them, every second week or so.</p>
      <p>Subscribe to hear about new posts, or follow along on the forum, where most of the ideas written up here were first argued over at length.</p></aside>
    </div></body>`;

  it('is read in its place, as a note, and the page’s own sidebar is not', () => {
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    const text = result.article.textContent;
    expect(text).toContain(
      'Paragraph 3: reading slowly is a skill worth keeping, and it can be learned again with some patience and a quiet room.\nA note on other devices\nI did not mention disks',
    );
    expect(text).toContain('let nothing else write to them at all.\nParagraph 4:');
    const content = parseHtml(`<body>${result.article.content}</body>`, URL);
    expect(content.querySelector('aside')?.textContent).toContain('A note on other devices');
    expectNoneOf(text, ['About this blog', 'Subscribe to hear about new posts']);
    // The pull quote repeats paragraph 2: it is not read twice.
    expect(text.split('Paragraph 2:').length).toBe(2);
  });

  it('reads a one-paragraph note the page says nowhere else, and still not a pull quote set in quotation marks', () => {
    const tip = `<aside class="center"><p><strong>Not all readers are the same.</strong><br>
      Some read every word in order, others skim for the argument first and come back for the detail;
      speak with a librarian if you are unsure which way suits the book in front of you.</p></aside>`;
    const quote =
      '<aside class="pullquote"><p>“Reading slowly is a skill worth keeping — and it can be learned again with some patience and a quiet room.”</p></aside>';
    const page = `<body><main><article><h1>Reading myths</h1>${[1, 2, 3].map(enParagraph).join('')}${tip}${quote}
      ${[4, 5].map(enParagraph).join('')}</article></main></body>`;
    const result = extract(page);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent).toContain('Not all readers are the same.');
    expect(result.article.textContent).toContain('speak with a librarian if you are unsure');
    expect(result.article.textContent).not.toContain('“Reading slowly');
  });
});

describe('a heading’s link to its own place on the page', () => {
  const html = `<body><article><h1>Anchors in headings</h1>
    <ul class="toc"><li><a href="#install">Installation</a></li><li><a href="#three">Third part</a></li></ul>
    ${enParagraph(1)}
    <h2 id="install">Installation<a class="headerlink" href="#install" title="Link to this heading">¶</a></h2>${enParagraph(2)}
    <h2 id="usage"><a class="anchor" href="#usage">#</a>Usage</h2>${enParagraph(3)}
    <h2><a id="three"></a><a class="styles_link" href="#three"><span>Third part</span><img alt="share" width="16" height="16" src="/share.svg"></a></h2>${enParagraph(4)}
    <a href="/post?ref=nav#anchor-9" id="anchor-9" class="scrollLink"><h2>Wrapped part</h2></a>${enParagraph(5)}
    <h2>Further reading</h2><p>The <a href="#install">installation notes</a> and <a href="https://example.com/slow">a long essay on slow reading</a> say more about all of this.</p>
    </article></body>`;

  it('goes from the text, the outline and the links; the heading keeps its words and its place for the contents', () => {
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    const { textContent, outline, content } = result.article;
    expect(textContent).toContain('Installation\nParagraph 2');
    expect(textContent).toContain('Usage\nParagraph 3');
    expectNoneOf(textContent, ['¶', '#Usage']);
    expect(outline.map((entry) => entry.text)).toEqual(
      expect.arrayContaining(['Installation', 'Usage', 'Third part', 'Wrapped part']),
    );
    const doc = parseHtml(`<body>${content}</body>`, URL);
    const headings = [...doc.querySelectorAll('h2')];
    expect(headings.flatMap((h) => [...h.querySelectorAll('a[href], img')])).toEqual([]);
    expect(headings.filter((h) => h.closest('a'))).toEqual([]);
    // The article's own contents still reach each heading, and a link in a sentence stays a link.
    expect(doc.getElementById(pageId('install'))?.tagName).toBe('H2');
    expect(doc.getElementById(pageId('three'))?.closest('h2')?.textContent).toBe('Third part');
    expect(doc.getElementById(pageId('anchor-9'))?.tagName).toBe('H2');
    expect([...doc.querySelectorAll('p a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['installation notes', '#install'],
      ['a long essay on slow reading', 'https://example.com/slow'],
    ]);
  });
});

describe('a buying guide’s product cards, each over its write-up', () => {
  // seriouseats.com: each pick's superlative and product name in a card with its picture and its
  // shop's button, then the write-up in plain paragraphs. Readability removed the cards for their
  // links, and the write-ups ran on with no word of which product each was.
  const card = (n: number, href: string) =>
    `<div class="comp mntl-sc-block mm-trx-sc-block-productrecord"><span class="heading-toc" id="toc-${n}"></span>` +
    `<div class="loc heading"><h2><span>The best press for use number ${n}</span></h2><a href="${href}" rel="sponsored"><h3>Maker ${n} 34-Ounce French Press</h3></a></div>` +
    `<div class="loc figure"><a href="${href}"><img src="/press-${n}.jpg" width="1500" height="1000" alt="Press ${n}"></a><figcaption>Credit: Amazon</figcaption></div>` +
    `<div class="loc buttons"><a href="${href}"><span>$140</span> <span>$129 at Amazon</span></a></div></div>` +
    `<div class="mntl-sc-block-adslot"></div>` +
    `<p><strong>What we liked:</strong> Press ${n} is as good as it gets when it comes to build quality; its parts fit together well and its coffee was rich and clean.</p>` +
    `<p><strong>What we didn’t like:</strong> Press ${n} is pricier than most, and its lid is fiddly to take apart for a thorough cleaning after every pot.</p>`;
  const page = (cards: string) =>
    `<body><article><h1>The best French presses</h1>${[1, 2, 3].map(enParagraph).join('')}<h2>Our favorite presses</h2>${cards}<h2>The competition</h2>${[4, 5].map(enParagraph).join('')}</article></body>`;

  it('keep their headings, each over its write-up', () => {
    const result = extract(page([1, 2, 3].map((n) => card(n, `https://www.amazon.com/dp/B0${n}`)).join('')));
    if (!result.ok) throw new Error(result.reason);
    const text = result.article.textContent;
    for (const n of [1, 2, 3]) {
      const product = text.indexOf(`Maker ${n} 34-Ounce French Press`);
      expect(text.indexOf(`The best press for use number ${n}`), `card ${n}`).toBeGreaterThan(-1);
      expect(product, `card ${n}`).toBeGreaterThan(text.indexOf(`The best press for use number ${n}`));
      expect(product, `card ${n}`).toBeLessThan(text.indexOf(`Press ${n} is as good as it gets`));
    }
    expect(result.article.outline.map((entry) => entry.text)).toEqual(
      expect.arrayContaining(['The best press for use number 2', 'Maker 2 34-Ounce French Press']),
    );
  });

  it('are not headings when they are teasers of the site’s other posts', () => {
    const result = extract(page([1, 2, 3].map((n) => card(n, `/reviews/press-${n}`)).join('')));
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent).not.toContain('Maker 2 34-Ounce French Press');
    expect(result.article.textContent).toContain('Press 2 is as good as it gets');
  });
});

describe('a switch beside the article (a recipe’s "Bake Mode")', () => {
  // kingarthurbaking.com: the switch that keeps the screen awake, its description in a box of its
  // own beside it; the description read as the recipe's first line once the switch was gone.
  const html = `<body><article><h1>Everyday sourdough bread</h1>${[1, 2, 3].map(enParagraph).join('')}
    <h2>Instructions</h2>
    <div class="cook-mode"><div class="cook-mode-toggle"><input class="visually-hidden" type="checkbox" id="cook-mode-toggle"><label for="cook-mode-toggle"><span>Bake Mode</span></label></div>
    <div class="cook-mode-description">Prevent your screen from going dark as you follow along.</div></div>
    <div class="packing"><div><input type="checkbox" id="p1"><label for="p1">A loaf pan</label></div><div><input type="checkbox" id="p2"><label for="p2">A bowl scraper</label></div><div><input type="checkbox" id="p3"><label for="p3">A dough whisk</label></div></div>
    <div class="note"><span>Bake at 425°F with a rack in the center.</span></div>
    ${[4, 5, 6].map(enParagraph).join('')}</article></body>`;

  it('goes with its description; a checklist and a short line of the article stay', () => {
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    const text = result.article.textContent;
    expectNoneOf(text, ['Bake Mode', 'Prevent your screen']);
    for (const kept of ['A loaf pan', 'A dough whisk', 'Bake at 425°F', 'Instructions']) expect(text).toContain(kept);
  });
});

describe('a heading named after its own words', () => {
  // aboutcoffee.org: each heading in a box named after it; Readability's first pass removed the
  // box, heading and all, for "community" in "…-growing-the-coffee-community-in-the-u-s". A
  // heading's own name with "social" in it lost the name, and the contents' link its target.
  const html = `<body><article><h1>The history of coffee</h1>
    <ul class="toc"><li><a href="#what-is-social-coffee">What is social coffee?</a></li><li><a href="#20th-21st-centuries-growing-the-coffee-community">The 20th century</a></li></ul>
    ${enParagraph(1)}
    <h2 id="what-is-social-coffee">What is social coffee?</h2>${enParagraph(2)}
    <div id="20th-21st-centuries-growing-the-coffee-community" class="wp-block-wrapper heading-wrapper"><h2 class="wp-block-heading" id="h-20-th-21-st-centuries-growing-the-coffee-community">20<sup>th</sup>-21<sup>st</sup> Centuries: Growing the Coffee Community</h2></div>${[3, 4, 5, 6].map(enParagraph).join('')}
    <div id="comments-title"><h3>Comments</h3></div>
    </article></body>`;

  it('stays, keeps its name, and the article’s contents still reach it', () => {
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    const doc = parseHtml(`<body>${result.article.content}</body>`, URL);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'What is social coffee?',
      '20th-21st Centuries: Growing the Coffee Community',
    ]);
    expect(doc.getElementById(pageId('what-is-social-coffee'))?.tagName).toBe('H2');
    expect(doc.getElementById(pageId('h-20-th-21-st-centuries-growing-the-coffee-community'))?.tagName).toBe('H2');
    const contents = [...doc.querySelectorAll('ul a')].map((a) => a.getAttribute('href'));
    expect(contents).toEqual(['#what-is-social-coffee', '#h-20-th-21-st-centuries-growing-the-coffee-community']);
    // A box named for what it is, not after its heading's words, still goes.
    expect(result.article.textContent).not.toContain('Comments');
  });
});

describe('prose in blocks that Readability removes for their names', () => {
  // A buying guide's picks, each in a "product widget" (reviewed.com): Readability removes any
  // block named "widget" inside the article, whatever it holds.
  const pick = (n: number) =>
    `<div class="c-product-widget c-product-widget--big"><div class="classification-label">Pick ${n}</div><div class="u3">Laptop model ${n}</div><ul><li><strong>Memory</strong>: 16GB</li><li><strong>Storage</strong>: 512GB SSD</li></ul><p>Laptop model ${n} keeps getting better with every iteration: its lid is quieter, its ports are where you need them and its battery lasts a working day.</p><p>Its display is the standout feature of model ${n}, with a taller aspect ratio that makes it more useful for everyday tasks like writing a paper.</p></div>`;
  const page = (inside: string) =>
    `<body><main><article><h1>The best laptops under $1,000</h1>${[1, 2, 3, 4, 5, 6].map(enParagraph).join('')}${inside}</article></main></body>`;

  it('keeps a guide’s picks set in widget blocks, with their specs', () => {
    const text = textOf(page(`${pick(1)}${pick(2)}${pick(3)}`));
    for (const n of [1, 2, 3]) {
      expect(text).toContain(`Laptop model ${n} keeps getting better`);
      expect(text).toContain(`Its display is the standout feature of model ${n}`);
    }
    expect(text).toContain('Storage: 512GB SSD');
  });

  it('in Readability’s step itself: a plea set in a widget still goes', () => {
    // (Teasers in widgets, linked titles over excerpts, are the region's: see "an article in
    // many small blocks".)
    const plea =
      '<div class="zone-widget zone-widget-custom-cta-letter"><p>A word to our loyal readers: support our newsroom and make a difference for readers everywhere this year.</p><p>Every gift, large or small, keeps our reporting free for everyone who reads it and independent of advertisers.</p></div>';
    const doc = parseHtml(page(`${pick(1)}${plea}${pick(2)}`), URL);
    const text = withProseBlocksKept(new Readability(doc)).parse()?.textContent ?? '';
    expect(text).toContain('Laptop model 2 keeps getting better');
    expectNoneOf(text, ['loyal readers', 'Every gift']);
  });
});

describe('class names with "hidden" that hide nothing', () => {
  // A ranking's cards as Tailwind sets them (affordablecollegesonline.org): each write-up in a
  // box named "overflow-hidden", which clips the box and hides nothing. Readability weighs any
  // "hidden" name down, and removed every write-up.
  const card = (rank: number) =>
    `<section class="ranking-card rounded-lg border"><div class="flex"><span>#${rank}</span><h3>University number ${rank}</h3></div><div class="flex-1 pb-3"><div class="grid overflow-hidden md:overflow-x-hidden transition-all"><div class="card-blurb line-clamp-6"><h4>What Sets It Apart:</h4><p>University ${rank}'s online program lets you graduate in as little as twelve months, with short courses that let you focus on fewer subjects at once.</p></div></div></div></section>`;
  // A Drupal body: its field's label is hidden, not the field.
  const drupal = (inside: string) =>
    `<body><main><h1>The best online programs</h1><div class="field field--name-body field--label-hidden field__item">${[1, 2, 3].map(enParagraph).join('')}${inside}${[4, 5, 6].map(enParagraph).join('')}</div></main></body>`;

  it('keeps the write-ups in boxes named "overflow-hidden", and a body whose label is hidden', () => {
    const text = textOf(drupal([1, 2, 3, 4, 5].map(card).join('')));
    for (const rank of [1, 2, 3, 4, 5]) expect(text, `card ${rank}`).toContain(`University ${rank}'s online program`);
    expect(text).toContain('Paragraph 6');
  });

  it('still leaves out what a "hidden" name does hide', () => {
    const text = textOf(
      drupal(
        '<div class="is-hidden"><h4>For robots</h4><p>A form’s honeypot note that only robots would ever read or fill in, kept out of sight on purpose.</p></div>',
      ),
    );
    expect(text).toContain('Paragraph 4');
    expect(text).not.toContain('honeypot');
  });
});
