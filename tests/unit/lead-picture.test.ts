import { describe, expect, it } from 'vitest';
import { pictureName } from '../../utils/extract/lead-picture';
import { MAGAZINE_BODY as BODY, extractMagazine as extract, magazinePage } from './magazine-page';

/** The magazine page with `hero` under its heading and `share` as its sharing picture (og:image). */
const page = ({ share, hero, body }: { share?: string; hero: string; body?: string }) =>
  magazinePage({ head: share ? `<meta property="og:image" content="${share}">` : '', header: hero, body });

/** The article's pictures' addresses, in order. */
const pictures = (content: string) => [...content.matchAll(/<img[^>]*?src="([^"]*)"/g)].map((m) => m[1]);

describe('the lead picture', () => {
  it('is put back at the top of the article when the page’s sharing picture is shown in the header', () => {
    const hero =
      '<figure><img src="/images/yew-hedge-1600x900.jpg" alt="A yew hedge in frost" width="1600" height="900"><figcaption>Photo: A. Gardener</figcaption></figure>';
    const article = extract(page({ share: 'https://cdn.news.test/images/yew-hedge-1200x630.jpg', hero }));
    expect(article.content.startsWith('<figure><img src="https://news.test/images/yew-hedge-1600x900.jpg"')).toBe(true);
    expect(article.content).toContain('alt="A yew hedge in frost"');
    expect(article.content).toContain('width="1600" height="900"');
    // The picture alone: the text, and so every highlight's place in it, is unchanged.
    expect(article.textContent.startsWith('Paragraph 1')).toBe(true);
    expect(article.textContent).not.toContain('Photo: A. Gardener');
  });

  it('comes with its real address when the page loads it lazily, and without the page’s handlers', () => {
    const hero =
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/images/yew-hedge.jpg" onerror="alert(1)" onload="alert(2)" alt="A yew hedge">';
    const article = extract(page({ share: '/images/yew-hedge.jpg', hero }));
    expect(pictures(article.content)[0]).toBe('https://news.test/images/yew-hedge.jpg');
    expect(article.content).not.toMatch(/onerror|onload|alert/);
  });

  it('is taken at a width the page gives as a share of the column ("100%"), which says nothing of its pixels', () => {
    const hero = '<img src="/images/yew-hedge.jpg" alt="A yew hedge" width="100%" height="auto">';
    expect(pictures(extract(page({ share: '/images/yew-hedge.jpg', hero })).content)).toEqual([
      'https://news.test/images/yew-hedge.jpg',
    ]);
  });

  it('is not added twice when the article shows it already', () => {
    const body = `<figure><img src="/images/yew-hedge.jpg" alt="A yew hedge"></figure>${BODY}`;
    const article = extract(page({ share: '/images/yew-hedge.jpg', hero: '', body }));
    expect(pictures(article.content)).toEqual(['https://news.test/images/yew-hedge.jpg']);
  });

  it('is taken from inside a link to its own full size, without the link', () => {
    const hero =
      '<figure><a href="/images/yew-hedge.jpg"><img src="/images/yew-hedge-1024x576.jpg" alt="A yew hedge" width="1024" height="576"></a></figure>';
    const article = extract(page({ share: '/images/yew-hedge-1200x630.jpg', hero }));
    expect(pictures(article.content)).toEqual(['https://news.test/images/yew-hedge-1024x576.jpg']);
    expect(article.content).not.toContain('<a');
  });

  it('is none when the header’s pictures are not the sharing picture, or are small, or link elsewhere', () => {
    for (const hero of [
      '<img src="/ads/garden-centre-sale.jpg" alt="Sale" width="600" height="400">',
      '<img src="/images/yew-hedge.jpg" alt="" width="48" height="48">',
      '<a href="/gallery/hedges"><img src="/images/yew-hedge.jpg" alt="More hedges"></a>',
      '<a href="/images/holly-hedge.jpg"><img src="/images/yew-hedge.jpg" alt="A holly hedge"></a>',
      // A page named as the picture is: a page, not the picture.
      '<a href="/gallery/yew-hedge"><img src="/images/yew-hedge.jpg" alt="The gallery"></a>',
    ]) {
      expect(pictures(extract(page({ share: '/images/yew-hedge.jpg', hero })).content)).toEqual([]);
    }
    const noShare = extract(page({ hero: '<img src="/images/yew-hedge.jpg" alt="A yew hedge">' }));
    expect(pictures(noShare.content)).toEqual([]);
  });
});

describe('a picture’s name, for comparing copies of it', () => {
  it.each([
    ['https://x.test/wp-content/uploads/2025/12/Yew-Hedge-1200x630.jpg', 'yew-hedge'],
    ['/uploads/yew-hedge-scaled.jpeg?ver=2', 'yew-hedge'],
    ['/img/yew-hedge@2x.png', 'yew-hedge'],
    ['/_next/image?url=%2Fstatic%2Fyew-hedge.webp&w=1920&q=75', 'yew-hedge'],
    ['/photos/yew%20hedge.jpg', 'yew hedge'],
    ['/og.png', ''],
    ['/100%.jpg', '100%'],
  ])('%s → %s', (address, name) => {
    expect(pictureName(address)).toBe(name);
  });
});
