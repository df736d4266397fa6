// @vitest-environment node
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import { withWriteUpsKept } from '../../utils/extract/readability-write-ups';

const URL = 'https://ranked.folio.test/best-business-schools';
const intro = (n: number) =>
  `<p>Paragraph ${n}: rankings come and go, and the right school is the one that fits what you want to do after it, which this guide helps you find.</p>`;

/**
 * A "best of" list's entry as menlocoaching.com sets it: a ranked heading linking to the school,
 * a write-up, facts, a "learn more" link and, for most, a list of further reading. The more
 * links an entry has, the more of its text is in links (Readability removed those over a fifth).
 */
const entry = (rank: number, furtherReading: number) =>
  `<div class="hub-item"><div class="hub-item__content"><h2>${rank}. <a href="/schools/${rank}">School number ${rank}</a></h2>` +
  `<div><p>School ${rank} is known for its rigor and its small classes, and its graduates find work in every field they set out for, in every city.</p></div>` +
  `<ul class="stats"><li><strong>Location: </strong>City ${rank}</li><li><strong>Class size: </strong>${100 + rank}</li></ul>` +
  `<div class="hub-item__more"><a href="/schools/${rank}">Learn more about the School number ${rank} program</a></div></div>` +
  (furtherReading
    ? `<div class="hub-item__links"><h4>More on it:</h4><ul>${Array.from(
        { length: furtherReading },
        (_, i) => `<li><a href="/schools/${rank}/guide-${i}">Guide to school ${rank}, part ${i}</a></li>`,
      ).join('')}</ul></div>`
    : '') +
  '</div>';

/** A post's teaser: an unranked heading that links to another post, over its excerpt. */
const teaser = (n: number) =>
  `<div class="card"><h3><a href="/posts/${n}">Another post worth reading, number ${n} of them</a></h3><p>An excerpt of that other post, long enough to read as a paragraph of prose of its own, about something else.</p><a href="/posts/${n}">Read more</a></div>`;

const page = (body: string) =>
  `<body><main><article><h1>The best business schools</h1>${[1, 2, 3].map(intro).join('')}<div class="hub">${body}</div><h2>How to use rankings</h2>${[4, 5, 6, 7, 8, 9].map(intro).join('')}</article></main></body>`;

describe('a ranked list’s entries (a write-up under a linked heading)', () => {
  it('are all kept, however many links each carries', () => {
    const entries = [4, 4, 0, 2, 4, 0, 3, 4].map((links, i) => entry(i + 1, links)).join('');
    const result = extractArticle(parseHtml(page(entries), URL), { url: URL, consumeDocument: true });
    const text = result.ok ? result.article.textContent : '';
    for (let rank = 1; rank <= 8; rank++) {
      expect(text, `entry ${rank}`).toContain(`School ${rank} is known for its rigor`);
      expect(text, `entry ${rank}'s facts`).toContain(`Class size: ${100 + rank}`);
    }
  });

  it('in Readability’s step itself: a post’s teaser, and a blurb over a list of links, still go', () => {
    const linkList = `<div class="box"><p>Our guides to every school on the list, written by former admissions officers over many years of reading applications.</p><ul>${Array.from(
      { length: 8 },
      (_, i) => `<li><a href="/guides/${i}">The complete guide to admissions at school ${i}</a></li>`,
    ).join('')}</ul></div>`;
    const html = page(`${entry(1, 4)}${teaser(1)}${entry(2, 4)}${linkList}${teaser(2)}${entry(3, 4)}`);
    const text = withWriteUpsKept(new Readability(parseHtml(html, URL))).parse()?.textContent ?? '';
    for (const rank of [1, 2, 3]) expect(text, `entry ${rank}`).toContain(`School ${rank} is known for its rigor`);
    expect(text).not.toContain('An excerpt of that other post');
    expect(text).not.toContain('former admissions officers');
    // Readability as shipped drops the entries: what the step is for.
    const shipped = new Readability(parseHtml(html, URL)).parse()?.textContent ?? '';
    expect(shipped).not.toContain('School 2 is known for its rigor');
  });

  it('keeps entries whose heading links out (a brand over its write-up), not an aggregator’s stories', () => {
    // goodonyou.eco: each brand's name links to the brand's own site, over a write-up and shop links.
    const brand = (n: number) =>
      `<div class="article__block"><h2><a href="https://brand${n}.example/">Brand number ${n}</a></h2><div class="meta">Rated: Good</div><p>Brand ${n} makes its bags by hand in small batches from recycled materials, and it publishes where each one was made.</p><p><a href="https://directory.ranked.folio.test/brand${n}">See the rating of Brand ${n}</a>.</p><p><a href="https://brand${n}.example/shop">Shop Brand ${n} online</a>.</p></div>`;
    // digg.com: each story an <article> whose heading links to the source it sums up.
    const story = (n: number) =>
      `<article class="story"><div class="story__body"><h2><a href="https://news${n}.example/story">A story from elsewhere, number ${n}</a></h2><p>What another site reported today, summed up in a sentence or two that sends the reader there to read it all.</p><a href="https://news${n}.example/story">news${n}.example</a></div></article>`;
    const read = (body: string) =>
      withWriteUpsKept(new Readability(parseHtml(page(body), URL))).parse()?.textContent ?? '';
    const brands = read([1, 2, 3, 4].map(brand).join(''));
    for (const n of [1, 2, 3, 4]) expect(brands, `brand ${n}`).toContain(`Brand ${n} makes its bags by hand`);
    // Readability as shipped drops both: what the step decides between.
    const shipped = new Readability(parseHtml(page([1, 2].map(brand).join('')), URL)).parse()?.textContent ?? '';
    expect(shipped).not.toContain('Brand 2 makes its bags');
    const stories = read([1, 2, 3, 4].map(story).join(''));
    for (const n of [1, 2, 3, 4]) expect(stories, `story ${n}`).not.toContain(`A story from elsewhere, number ${n}`);
  });
});

describe('a roundup’s entries (boxes of one shape, each a linked title over a line or two)', () => {
  // creativeramblingsblog.com's "10 DIY woodworking projects": a Mediavine list, each entry a
  // picture, a title linking to the project (on other blogs, some on the author's own), a photo
  // credit and a blurb, some shorter than a write-up.
  const project = (n: number, href: string, blurb: string) =>
    `<div id="create-list-item-${n}" class="mv-art-link mv-list-single mv-list-single-${n % 2 ? 0 : 100 + n}">` +
    `<div class="mv-list-img-container"><img src="/p${n}.jpg" width="320" height="320" alt=""></div>` +
    `<div class="mv-list-item-container"><h2 class="mv-list-single-title"><a class="mv-list-title-link" href="${href}">How to build the wood project number ${n}</a></h2>` +
    `<div class="mv-list-photocred"><strong>Photo Credit:</strong> blog${n}.example</div>` +
    `<div class="mv-list-single-description"><p>${blurb}</p></div></div></div>`;
  const long = (n: number) =>
    `Project ${n} adds style and function to any room, and most readers finish it in an afternoon with a drill and a saw.`;
  const short = (n: number) => `Project ${n} dresses up a window without curtains, with a few cuts.`;
  const list = (entries: string) => page(`<div class="mv-create-list">${entries}</div>`);

  it('are all kept, those linking to the author’s own posts and those with a short blurb too', () => {
    const entries = [
      project(1, 'https://blog1.example/project', long(1)),
      project(2, 'https://blog2.example/project', short(2)),
      project(3, 'https://blog3.example/project', long(3)),
      project(4, 'https://blog4.example/project', short(4)),
      project(5, '/my-own-project-5', short(5)),
      project(6, '/my-own-project-6', long(6)),
    ].join('');
    const text = withWriteUpsKept(new Readability(parseHtml(list(entries), URL))).parse()?.textContent ?? '';
    for (const n of [1, 3, 6]) expect(text, `entry ${n}`).toContain(`Project ${n} adds style`);
    for (const n of [2, 4, 5]) expect(text, `entry ${n}`).toContain(`Project ${n} dresses up a window`);
    // Readability as shipped drops the entries whose title outweighs the blurb: what the step is for.
    const shipped = new Readability(parseHtml(list(entries), URL)).parse()?.textContent ?? '';
    expect(shipped).not.toContain('Project 2 dresses up a window');
  });

  it('are the site’s own teasers when most titles link within the site: left to Readability', () => {
    const entries = [
      project(1, 'https://blog1.example/project', long(1)),
      project(2, '/my-own-project-2', short(2)),
      project(3, '/my-own-project-3', short(3)),
      project(4, '/my-own-project-4', short(4)),
    ].join('');
    const text = withWriteUpsKept(new Readability(parseHtml(list(entries), URL))).parse()?.textContent ?? '';
    for (const n of [2, 3, 4]) expect(text, `entry ${n}`).not.toContain(`Project ${n} dresses up a window`);
  });
});

describe('a story set one paragraph to a box (Arc XP’s "card collection-item")', () => {
  // hawaiinewsnow.com: every paragraph in a box of its own, some wrapped once more.
  const card = (paragraph: string) =>
    `<div data-type="text" class="card collection-item"><div class="card-content card-article"><p>${paragraph}</p></div></div>`;
  const sentence = (n: number) =>
    `Paragraph ${n} of the story: the scientists said the find means the moon almost certainly has liquid water under its ice.`;
  const citation =
    'The discovery was announced in an article published Monday in the <a href="https://journal.example/a1">journal Nature Astronomy</a>.';
  const mostlyLink =
    'Read <a href="/guides/telescopes">our complete guide to the telescopes worth buying this year</a>.';
  const story = (cards: string) =>
    `<body><main><article><h1>Scientists spot water vapor on a distant moon</h1><div class="collection" id="article-body">${cards}</div></article></main></body>`;
  const read = (html: string) => withWriteUpsKept(new Readability(parseHtml(html, URL))).parse()?.textContent ?? '';

  it('keeps a sentence whose citation is more than a fifth of it', () => {
    const html = story(
      [1, 2, 3]
        .map(sentence)
        .concat(citation, ...[4, 5, 6].map(sentence))
        .map(card)
        .join(''),
    );
    expect(read(html)).toContain('The discovery was announced in an article published Monday');
    // Readability as shipped drops it: what the step is for.
    const shipped = new Readability(parseHtml(html, URL)).parse()?.textContent ?? '';
    expect(shipped).not.toContain('The discovery was announced');
  });

  it('leaves a card that is mostly a link, and a linky box of another kind among the cards, to Readability', () => {
    const promo = `<div class="note"><p>Sign up for <a href="/newsletter">the space newsletter</a> in a minute.</p></div>`;
    const cards = [1, 2, 3]
      .map(sentence)
      .concat(mostlyLink, ...[4, 5, 6].map(sentence))
      .map(card);
    const html = story(cards.slice(0, 5).join('') + promo + cards.slice(5).join(''));
    const text = read(html);
    expect(text).toContain('Paragraph 6 of the story');
    expect(text).not.toContain('our complete guide to the telescopes');
    expect(text).not.toContain('Sign up for');
  });
});
