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
