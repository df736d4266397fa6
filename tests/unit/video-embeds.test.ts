import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import { videoPage } from '../../utils/extract/video-embeds';
import { htmlToMarkdown } from '../../utils/markdown/html-to-markdown';

const frame = (attributes: string) =>
  parseHtml(`<body><iframe ${attributes}></iframe></body>`, 'https://blog.test/post').querySelector(
    'iframe',
  ) as Element;

describe("an embedded video's own page", () => {
  it.each([
    [
      'src="https://www.youtube.com/embed/hoogg8BlkiA?feature=oembed"',
      'YouTube',
      'https://www.youtube.com/watch?v=hoogg8BlkiA',
    ],
    ['src="//www.youtube-nocookie.com/embed/7rAfA0MDNx4"', 'YouTube', 'https://www.youtube.com/watch?v=7rAfA0MDNx4'],
    [
      'src="about:blank" data-src="https://www.youtube.com/embed/_mM6Ie3a2iY"',
      'YouTube',
      'https://www.youtube.com/watch?v=_mM6Ie3a2iY',
    ],
    ['src="https://player.vimeo.com/video/706604197?dnt=1"', 'Vimeo', 'https://vimeo.com/706604197'],
    [
      'src="https://www.dailymotion.com/embed/video/x8abc12"',
      'Dailymotion',
      'https://www.dailymotion.com/video/x8abc12',
    ],
    [
      'src="//player.bilibili.com/player.html?aid=1&bvid=BV1GJ411x7h7&page=1"',
      'Bilibili',
      'https://www.bilibili.com/video/BV1GJ411x7h7',
    ],
    [
      'src="https://v.qq.com/txp/iframe/player.html?vid=m0041abcd"',
      '腾讯视频',
      'https://v.qq.com/x/page/m0041abcd.html',
    ],
    ['src="https://player.youku.com/embed/XNTk4MzY=="', '优酷', 'https://v.youku.com/v_show/id_XNTk4MzY==.html'],
    [
      'src="https://www.loom.com/embed/0281766fa2d04bb788eaf19e65135184"',
      'Loom',
      'https://www.loom.com/share/0281766fa2d04bb788eaf19e65135184',
    ],
    [
      'src="https://embed.ted.com/talks/brene_brown_the_power_of_vulnerability"',
      'TED',
      'https://www.ted.com/talks/brene_brown_the_power_of_vulnerability',
    ],
    [
      'src="https://open.spotify.com/embed/episode/7makk4oTQel546B0PZlDM5?utm_source=generator"',
      'Spotify',
      'https://open.spotify.com/episode/7makk4oTQel546B0PZlDM5',
    ],
    [
      'src="https://embed.podcasts.apple.com/us/podcast/the-daily/id1200361736?i=1000650000000"',
      'Apple Podcasts',
      'https://podcasts.apple.com/us/podcast/the-daily/id1200361736?i=1000650000000',
    ],
    // Players sites host their own videos with: "Video", the player's own page.
    [
      'src="https://fast.wistia.net/embed/iframe/xehyckxdsa?videoFoam=true" title="Wistia video player"',
      'Video',
      'https://fast.wistia.net/embed/iframe/xehyckxdsa',
    ],
    [
      'src="https://players.brightcove.net/2540076170001/B1Hli6KCG_default/index.html?videoId=6032675458001"',
      'Video',
      'https://players.brightcove.net/2540076170001/B1Hli6KCG_default/index.html?videoId=6032675458001',
    ],
    [
      'src="https://play.vidyard.com/9Zvbpebtpv1NZfHBztbWbX.html?v=3.1.1"',
      'Video',
      'https://play.vidyard.com/9Zvbpebtpv1NZfHBztbWbX.html',
    ],
    [
      'src="https://cdn.jwplayer.com/players/aBc123xY-Zx9Wv8Ut.html"',
      'Video',
      'https://cdn.jwplayer.com/players/aBc123xY-Zx9Wv8Ut.html',
    ],
  ])('is read from %s', (attributes, site, url) => {
    expect(videoPage(frame(attributes))).toEqual({ site, url });
  });

  it.each([
    [
      'src="https://platform.twitter.com/embed/Tweet.html?dnt=false&embedId=twitter-widget-0&id=1584632147402022912" title="X Post"',
      'X',
      'https://x.com/i/status/1584632147402022912',
    ],
    [
      'src="https://www.instagram.com/p/CxYz12AbC/embed/captioned/"',
      'Instagram',
      'https://www.instagram.com/p/CxYz12AbC/',
    ],
  ])('of a post, is read from %s', (attributes, site, url) => {
    expect(videoPage(frame(attributes))).toEqual({ site, url, mark: '↗' });
  });

  it('is nothing for a frame that is not a video, or whose address or id is not one', () => {
    for (const attributes of [
      'src="https://ads.example/frame?slot=1"',
      'src="https://www.youtube.com/subscribe_widget?channel=x"',
      'src="javascript:alert(1)//www.youtube.com/embed/x"',
      'src="https://www.youtube.com/embed/a%22onerror%3D"',
      'src="https://evil.test/www.youtube.com/embed/abc"',
      'src="https://platform.twitter.com/widgets/follow_button.html?screen_name=x"',
      'src="https://www.instagram.com/accounts/login/"',
      'src="https://open.spotify.com/embed/user/someone"',
      'src="https://embed.podcasts.apple.com/us/browse"',
      'src="https://players.brightcove.net/acct/B1Hli6KCG_default/index.html?videoId=1"',
      'src="https://players.brightcove.net/2540076170001/B1Hli6KCG_default/index.min.js"',
      'src="https://cdn.jwplayer.com/v2/media/aBc123xY"',
    ])
      expect(videoPage(frame(attributes))).toBeUndefined();
  });
});

describe('an article with embedded videos', () => {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} of a review of the hotel, long enough to read as an article: the rooms, the pool, the breakfast and the staff, one after another.</p>`;
  const page = `<html><head><title>A hotel review</title></head><body><article><h1>A hotel review</h1>${paragraph(1)}
    <figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper"><iframe title="Park Hyatt Bangkok: impressions &amp; review" width="678" height="381" src="https://www.youtube.com/embed/hoogg8BlkiA?feature=oembed" allowfullscreen></iframe></div></figure>
    ${paragraph(2)}<p><iframe title="YouTube video player" src="about:blank" data-src="//player.bilibili.com/player.html?bvid=BV1GJ411x7h7"></iframe></p>
    ${paragraph(3)}<lite-youtube videoid="2XKHUroTePc" playlabel="The pool at night"></lite-youtube>
    ${paragraph(4)}<iframe src="https://ads.example/frame?slot=1" width="300" height="250"></iframe>${paragraph(5)}
    <div class="twitter-tweet twitter-tweet-rendered"><iframe title="X Post" src="https://platform.twitter.com/embed/Tweet.html?embedId=twitter-widget-0&amp;id=1584632147402022912"></iframe></div>${paragraph(6)}</article></body></html>`;

  function article() {
    const result = extractArticle(parseHtml(page, 'https://blog.test/review'), { url: 'https://blog.test/review' });
    if (!result.ok) throw new Error(result.reason);
    return result.article;
  }

  it('shows each video as a link to its page, in its place, and no frame', () => {
    const { content, textContent } = article();
    expect(content).not.toMatch(/<iframe|lite-youtube|ads\.example/);
    expect(content).toContain(
      '<a href="https://www.youtube.com/watch?v=hoogg8BlkiA">▶ YouTube: Park Hyatt Bangkok: impressions &amp; review</a>',
    );
    // A frame titled for the player, not the video: the site's name alone.
    expect(content).toContain('<a href="https://www.bilibili.com/video/BV1GJ411x7h7">▶ Bilibili</a>');
    expect(content).toContain('<a href="https://www.youtube.com/watch?v=2XKHUroTePc">▶ YouTube: The pool at night</a>');
    // A post the site's script drew in a frame (the live page's tweet), likewise.
    expect(content).toContain('<a href="https://x.com/i/status/1584632147402022912">↗ X</a>');
    const lines = textContent.split('\n');
    expect(lines.indexOf('▶ YouTube: Park Hyatt Bangkok: impressions & review')).toBe(
      lines.findIndex((line) => line.startsWith('Paragraph 1')) + 1,
    );
    expect(lines.indexOf('▶ Bilibili')).toBe(lines.findIndex((line) => line.startsWith('Paragraph 2')) + 1);
  });

  it("links the players a site's script draws into placeholders: Wistia's, Brightcove's, JW Player's, Vidyard's", () => {
    // As the page is before its scripts run (a saved page), and as the placeholders stay after.
    const html = `<html><head><title>Going solar</title></head><body><article><h1>Going solar</h1>${paragraph(1)}
      <div class="wistia_responsive_padding"><div class="wistia_responsive_wrapper"><span class="wistia_embed wistia_async_k9zomg1ool popover=true videoFoam=true">&nbsp;</span></div></div>
      ${paragraph(2)}<div class="video-wrapper"><video-js data-account="2540076170001" data-player="B1Hli6KCG" data-embed="default" data-video-id="6032675458001" class="video-js" controls></video-js></div>
      ${paragraph(3)}<div><script src="https://cdn.jwplayer.com/players/aBc123xY-Zx9Wv8Ut.js"></script></div>
      ${paragraph(4)}<video data-video-id="politics/2019/11/18/trump.cnn" class="media__video"></video>${paragraph(5)}
      <img class="vidyard-player-embed" src="https://play.vidyard.com/9Zvbpebtpv1NZfHBztbWbX.jpg" alt="Choosing a topic">${paragraph(6)}</article></body></html>`;
    const result = extractArticle(parseHtml(html, 'https://solar.test/guide'), { url: 'https://solar.test/guide' });
    if (!result.ok) throw new Error(result.reason);
    const lines = result.article.textContent.split('\n');
    const lineAfter = (n: number) => lines[lines.findIndex((line) => line.startsWith(`Paragraph ${n}`)) + 1];
    expect([lineAfter(1), lineAfter(2), lineAfter(3)]).toEqual(['▶ Video', '▶ Video', '▶ Video']);
    expect(result.article.content).toContain('href="https://fast.wistia.net/embed/iframe/k9zomg1ool"');
    expect(result.article.content).toContain(
      'href="https://players.brightcove.net/2540076170001/B1Hli6KCG_default/index.html?videoId=6032675458001"',
    );
    expect(result.article.content).toContain('href="https://cdn.jwplayer.com/players/aBc123xY-Zx9Wv8Ut.html"');
    // Vidyard's picture stays, its video's link after it, named by the picture's description.
    expect(result.article.content).toMatch(
      /<img[^>]*src="https:\/\/play\.vidyard\.com\/9Zvbpebtpv1NZfHBztbWbX\.jpg"[^>]*>(?:<\/p>)?\s*(?:<p>)?<a href="https:\/\/play\.vidyard\.com\/9Zvbpebtpv1NZfHBztbWbX\.html">▶ Video: Choosing a topic<\/a>/,
    );
    // A site's own video element without a Brightcove account is not one of these.
    expect(lineAfter(4)).toMatch(/^Paragraph 5/);
    expect(result.article.content).not.toMatch(/<iframe|<video-js|<script/);
  });

  it('keeps the links in the Markdown export', () => {
    expect(htmlToMarkdown(article().content)).toContain(
      '[▶ YouTube: Park Hyatt Bangkok: impressions & review](https://www.youtube.com/watch?v=hoogg8BlkiA)',
    );
  });
});
