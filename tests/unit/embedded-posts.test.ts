// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';

const URL = 'https://news.folio.test/2019/11/meth-were-on-it.html';
const paragraph = (n: number) =>
  `<p>Paragraph ${n}: the state's new slogan for its campaign drew a large share of attention on social media on Monday, and the governor answered.</p>`;
const tweet = (words: string, who: string) =>
  `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${words} <a href="https://t.co/Nc0nKoXGBP">https://t.co/Nc0nKoXGBP</a></p>— ${who} <a href="https://twitter.com/someone/status/1196501054197649413">November 18, 2019</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>`;

function article(html: string) {
  const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

describe('posts an article quotes from social networks', () => {
  it('stay where the story quotes them, as quotes with their author and date, out of the boxes named for them', () => {
    const first = tweet(
      'Yes this is real and yes the state spent nearly half a million dollars on it:',
      'Dianna E. Anderson (@diannaeanderson)',
    );
    const second = tweet(
      'Hey Twitter, the whole point of this ad campaign is to raise awareness.',
      'Governor Kristi Noem (@govkristinoem)',
    );
    const { textContent, content } = article(`<body><article><h1>Meth. We're on it.</h1>
      ${paragraph(1)}${paragraph(2)}<div class="social-media-embed">${first}</div>${paragraph(3)}
      <div class="sdc-article-widget sdc-article-tweet"><div class="sdc-article-tweet__inner"><div class="sdc-article-tweet__content">${second}</div></div></div>
      ${paragraph(4)}<div class="social-share"><a href="https://twitter.com/share">Share on X</a> <a href="https://facebook.com/share">Share on Facebook</a></div></article></body>`);
    const order = [
      'Paragraph 2',
      'half a million dollars',
      '(@diannaeanderson) November 18, 2019',
      'Paragraph 3',
      'raise awareness',
      'Paragraph 4',
    ];
    const at = order.map((line) => textContent.indexOf(line));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(content.match(/<blockquote/g)).toHaveLength(2);
    // The site's share bar, named "social" too, still goes; the network's script never runs.
    expect(textContent).not.toContain('Share on X');
    expect(content).not.toContain('<script');
  });

  it('unwraps only the boxes that hold the post alone', () => {
    // A box that holds the post and the article's words is the article's, and stays.
    const { textContent } = article(`<body><article><h1>Meth. We're on it.</h1>${paragraph(1)}
      <div class="story-body">${paragraph(2)}${tweet('on. meth. dot. com.', 'tall glass of coquito (@_orabora)')}${paragraph(3)}</div>${paragraph(4)}</article></body>`);
    for (const line of ['Paragraph 2', 'on. meth. dot. com.', 'Paragraph 3']) expect(textContent).toContain(line);
  });
});
