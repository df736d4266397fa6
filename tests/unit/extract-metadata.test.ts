import { describe, expect, it } from 'vitest';
import { cleanTitle, detectLanguage, parseDate, readingTimeMinutes } from '../../utils/extract';
import { cleanByline, cleanDescription, parseMetaLine, siteNameFromTitle } from '../../utils/extract/metadata';

describe('parseDate', () => {
  it.each([
    ['时间：2023-04-18 来源：范文天地', '2023-04-18'],
    ['发布时间：2024年3月8日 20:15', '2024-03-08T20:15:00'],
    ['2023/4/5 09:07:30', '2023-04-05T09:07:30'],
    ['日期:2022.12.01', '2022-12-01'],
    ['时间:中国梦 上大学网', undefined],
    ['点击：2023次', undefined],
    ['2023-13-40', undefined],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});

describe('parseMetaLine', () => {
  it('reads date, author and source from a 时间/来源/作者 line', () => {
    expect(parseMetaLine('时间：2023-04-18 09:30 来源：范文天地 作者：李明 点击：1024次')).toEqual({
      publishedTime: '2023-04-18T09:30:00',
      byline: '李明',
      source: '范文天地',
    });
  });

  it('invents nothing from a 时间 line that names a channel (the source site’s own line)', () => {
    expect(parseMetaLine('时间:中国梦 上大学网')).toEqual({});
  });

  it('does not take the next label for a value', () => {
    expect(parseMetaLine('作者：来源：')).toEqual({});
  });

  it('reads a news story’s reporters from their line, and the date and source from a line that opens with the date', () => {
    expect(parseMetaLine('本报记者 李明 王芳')).toEqual({ byline: '李明, 王芳' });
    expect(parseMetaLine('记者：李明')).toEqual({ byline: '李明' });
    expect(parseMetaLine('2024年03月08日08:21 | 来源：人民网')).toEqual({
      publishedTime: '2024-03-08T08:21:00',
      source: '人民网',
    });
  });

  it('takes the author, not the editor who checked the story, for the byline', () => {
    expect(parseMetaLine('（责任编辑：王芳）')).toEqual({});
    expect(parseMetaLine('来源：光明日报 编辑：李四')).toEqual({ source: '光明日报' });
    expect(parseMetaLine('作者：张三 责任编辑：王芳')).toEqual({ byline: '张三' });
    expect(parseMetaLine('（作者：王芳）')).toEqual({ byline: '王芳' });
  });
});

describe('cleanByline', () => {
  it('ends a Chinese name at the next field of its line', () => {
    expect(cleanByline('作者：李明 来源：美文精选')).toBe('李明');
    expect(cleanByline('李明 责任编辑：王芳')).toBe('李明');
  });
});

describe('cleanTitle', () => {
  it.each([
    [
      { docTitle: '党员干部发挥作用方面存在的问题_中国梦_上大学网', siteNames: ['上大学网', '中国梦'] },
      '党员干部发挥作用方面存在的问题',
    ],
    [{ docTitle: '关于提升青年读书习惯的几点思考-范文天地', siteNames: [] }, '关于提升青年读书习惯的几点思考'],
    [
      { docTitle: '社区图书馆延长开放时间 - 城市生活频道 - 晨光资讯网', siteNames: ['晨光资讯网'] },
      '社区图书馆延长开放时间',
    ],
    [
      { docTitle: 'Why Slow Reading Still Matters | The Margin Notes Blog', siteNames: ['The Margin Notes Blog'] },
      'Why Slow Reading Still Matters',
    ],
    [
      { docTitle: 'The Verge | A very long headline about something that happened', siteNames: [] },
      'A very long headline about something that happened',
    ],
    [{ h1: '关于读书', docTitle: '关于读书_范文天地', siteNames: [] }, '关于读书'],
    // A Chinese site's label before the title its <title> gives goes, even without a colon.
    [
      { h1: '原创 关于读书的几点思考', docTitle: '关于读书的几点思考_范文天地', siteNames: ['范文天地'] },
      '关于读书的几点思考',
    ],
    [{ docTitle: 'Self-driving cars: a year-long test', siteNames: [] }, 'Self-driving cars: a year-long test'],
    // A heading in capitals that the metadata writes in capitals too is the title as written.
    [
      {
        h1: 'PAN DE ESPELTA Y CENTENO',
        ogTitle: 'PAN DE ESPELTA Y CENTENO - Masas, panes y repostería - Blog de CLAUDIA TORRENT ALAMANY de Thermomix',
        siteNames: ['Thermomix Pamplona'],
      },
      'PAN DE ESPELTA Y CENTENO',
    ],
    // A heading that only names the subject, which the metadata's title begins and goes on from
    // after a colon: the title says which article it is. Without more after it, or with a heading
    // of three words or more, the heading stands.
    [
      { h1: 'Index funds', docTitle: 'Index Funds: How to Invest | Vanguard', siteNames: ['vanguard'] },
      'Index Funds: How to Invest',
    ],
    [{ h1: 'Index funds', docTitle: 'Index Funds | Vanguard', siteNames: ['vanguard'] }, 'Index funds'],
    [
      { h1: 'Python packaging basics', docTitle: 'Python packaging basics: a guide | PyBlog', siteNames: ['pyblog'] },
      'Python packaging basics',
    ],
  ])('%j → %s', (candidates, expected) => {
    expect(cleanTitle(candidates)).toBe(expected);
  });
});

describe('detectLanguage and reading time', () => {
  it('tells Chinese, Japanese and English apart', () => {
    expect(detectLanguage('读书是一个人精神成长的重要途径。')).toBe('zh');
    expect(detectLanguage('これは日本語の文章です。読書はたのしい。')).toBe('ja');
    expect(detectLanguage('Reading slowly is a skill worth keeping.')).toBe('en');
  });

  it('reads Chinese at about 350 characters a minute and English at about 230 words', () => {
    expect(readingTimeMinutes('读'.repeat(3500))).toBe(10);
    expect(readingTimeMinutes('word '.repeat(2300))).toBe(10);
    expect(readingTimeMinutes('')).toBe(0);
    expect(readingTimeMinutes('短')).toBe(1);
  });
});

describe('metadata that names no one and no site', () => {
  it.each(['本站原创', '原创', '本站', '网络', '互联网', '网络整理', '转载', '未知'])(
    '来源：%s is not a site name',
    (source) => {
      expect(parseMetaLine(`时间：2024-05-20 来源：${source} 作者：李明`)).toEqual({
        publishedTime: '2024-05-20',
        byline: '李明',
      });
    },
  );

  it.each(['佚名', '匿名', '未知', 'admin'])('作者：%s is no author', (author) => {
    expect(parseMetaLine(`来源：范文天地 作者：${author}`)).toEqual({ source: '范文天地' });
  });

  it.each([
    ['By Ada Gardener, 3 March 2024', 'Ada Gardener'],
    ['Ada Gardener | March 3, 2024', 'Ada Gardener'],
    ['作者：张三', '张三'],
    ['Текст: Венера Ерофеева', 'Венера Ерофеева'],
    ['Autor: Jan Nowak', 'Jan Nowak'],
    ['Ada Gardener, Bo Lin', 'Ada Gardener, Bo Lin'],
    // The mark that stood before a date taken off the line (The Hill's "By Justine Coleman - <date>").
    ['By Justine Coleman -', 'Justine Coleman'],
    ['Haley Hoekstra •', 'Haley Hoekstra'],
    // A link's arrow stays: it tells the later name test this is a link's words, no name.
    ['View Other Recipes By This Chef »', 'View Other Recipes By This Chef »'],
    // Movable Type's "Posted by David at December 16, 2025 11:15 AM"; a dateline alone names no one.
    ['David at December 16, 2025 11:15 AM', 'David'],
    ['Ada Gardener on March 3, 2024', 'Ada Gardener'],
    ['Posted on March 3, 2024', undefined],
    ['佚名', undefined],
    ['Anonymous', undefined],
    // A template's empty value, written out (a JSON-LD author "undefined").
    ['undefined', undefined],
    ['null', undefined],
    ['', undefined],
  ])('byline %s → %s', (value, byline) => {
    expect(cleanByline(value)).toBe(byline);
  });

  it('takes the site name from the end of the <title> when nothing else names it', () => {
    expect(siteNameFromTitle('2024年社区读书活动总结_活动总结_好范文网', '2024年社区读书活动总结')).toBe('好范文网');
    expect(siteNameFromTitle('Only a title', 'Only a title')).toBeUndefined();
    expect(siteNameFromTitle('标题 - 本站原创', '标题')).toBeUndefined();
    // Substack's <title> ends with the author's credit, not the publication's name.
    expect(
      siteNameFromTitle(
        'How to write a (good) newsletter with AI - by Charlie Hills',
        'How to write a (good) newsletter with AI',
      ),
    ).toBeUndefined();
    expect(siteNameFromTitle('Why we read slowly - Bylines & Books', 'Why we read slowly')).toBe('Bylines & Books');
  });
});

describe('the site name from the logo', () => {
  it("is the logo's alt text when nothing else names the site", async () => {
    const { parseHtml } = await import('../../bin/parse-html');
    const { extractArticle } = await import('../../utils/extract');
    const paragraph = `<p>${'读书是一个人精神成长的重要途径，边读边划重点，读后写下自己的体会。'.repeat(4)}</p>`;
    const html = `<title>关于读书</title><body><div class="logo"><a href="/"><img src="/l.gif" alt="好范文网"></a></div><article><h1>关于读书</h1>${paragraph.repeat(4)}</article></body>`;
    const result = extractArticle(parseHtml(html, 'https://x.test/a.html'), { url: 'https://x.test/a.html' });
    expect(result.ok && result.article.siteName).toBe('好范文网');
  });
});

describe('a blog’s name in the only <h1>, the post’s title in an <h2>', () => {
  it('is not the title when the <title> names it between the post and the site', async () => {
    const { parseHtml } = await import('../../bin/parse-html');
    const { extractArticle } = await import('../../utils/extract');
    const paragraph = `<p>${'秋天到了，院子里的梧桐树开始落叶，每天早上地上都铺着一层金黄。'.repeat(4)}</p>`;
    const html = `<title>秋天的落叶_青山的博客_新浪博客</title><body><div id="blogHead"><h1><a href="/u/123">青山的博客</a></h1></div><div class="main"><h2 class="titName">秋天的落叶</h2><span class="time">(2012-10-18 21:33:05)</span><div class="articalContent">${paragraph.repeat(4)}</div></div></body>`;
    const url = 'https://blog.folio.test/s/blog_123.html';
    const result = extractArticle(parseHtml(html, url), { url });
    expect(result.ok && result.article.title).toBe('秋天的落叶');
  });
});

describe('a section’s name given as the site’s', () => {
  const siteNameOf = async (siteName: string, title: string, url: string) => {
    const { parseHtml } = await import('../../bin/parse-html');
    const { extractArticle } = await import('../../utils/extract');
    const paragraph = `<p>${'Fasting on some days of the week changes how the body uses its stores, and the studies so far are small. '.repeat(3)}</p>`;
    const html = `<title>What fasting does - ${title}</title><meta property="og:site_name" content="${siteName}"><body><article><h1>What fasting does</h1>${paragraph.repeat(4)}</article></body>`;
    const result = extractArticle(parseHtml(html, url), { url });
    return result.ok ? result.article.siteName : result.reason;
  };

  it('gives way to the site the <title> ends with, when the address spells it or it holds the word', async () => {
    expect(await siteNameOf('Health', 'National Geographic', 'https://www.nationalgeographic.test/health/a')).toBe(
      'National Geographic',
    );
    expect(await siteNameOf('Blog', 'Intuit TurboTax Blog', 'https://blog.turbotax.intuit.test/a')).toBe(
      'Intuit TurboTax Blog',
    );
  });

  it('stays when it is the site’s own name, or the <title> ends with something else', async () => {
    expect(await siteNameOf('Reuters', 'Reuters Markets', 'https://www.reuters.test/a')).toBe('Reuters');
    expect(await siteNameOf('The New York Times', 'NYTimes', 'https://www.nytimes.test/a')).toBe('The New York Times');
    expect(await siteNameOf('Space.test', 'Space', 'https://www.space.test/a')).toBe('Space.test');
    expect(await siteNameOf('livescience.test', 'Live Science', 'https://www.livescience.test/a')).toBe('Live Science');
    expect(await siteNameOf('Health', 'Our favourite reads', 'https://www.nationalgeographic.test/health/a')).toBe(
      'Health',
    );
  });
});

describe('a byline that is an account’s user name', () => {
  const bylineOf = async (shown: string, data: string) => {
    const { parseHtml } = await import('../../bin/parse-html');
    const { extractArticle } = await import('../../utils/extract');
    const paragraph = `<p>${'The deadline to file is in April, and the new deductions change what most workers can claim. '.repeat(3)}</p>`;
    const html = `<title>Filing taxes this year</title><meta name="author" content="${data}"><body><article><h1>Filing taxes this year</h1><p>Written by <a rel="author" href="/author/x/">${shown}</a></p>${paragraph.repeat(4)}</article></body>`;
    const result = extractArticle(parseHtml(html, 'https://blog.x.test/a'), { url: 'https://blog.x.test/a' });
    return result.ok ? result.article.byline : result.reason;
  };

  it('gives the person the page’s data names, when the handle holds one of the name’s words', async () => {
    expect(await bylineOf('TurboTaxLisa', 'Lisa Greene-Lewis')).toBe('Lisa Greene-Lewis');
    expect(await bylineOf('jsteinhardt', 'Jacob Steinhardt')).toBe('Jacob Steinhardt');
  });

  it('stays when the data names someone else, a list, or the shown name is a name already', async () => {
    expect(await bylineOf('TurboTaxLisa', 'Mark Jones')).toBe('TurboTaxLisa');
    expect(await bylineOf('TurboTaxLisa', 'Lisa Greene-Lewis, Mark Jones')).toBe('TurboTaxLisa');
    expect(await bylineOf('Stacey', 'Stacey Smith')).toBe('Stacey');
    expect(await bylineOf('Lisa G.', 'Lisa Greene-Lewis')).toBe('Lisa G.');
    expect(await bylineOf('李明', '李 明')).toBe('李明');
  });
});

describe('the author a WordPress data layer names', () => {
  const bylineOf = async (head: string, credit = '') => {
    const { parseHtml } = await import('../../bin/parse-html');
    const { extractArticle } = await import('../../utils/extract');
    const paragraph = `<p>${'Language apps promise fluency in minutes a day, and after a year with fifteen of them the truth is more modest. '.repeat(3)}</p>`;
    const html = `<title>15 language apps compared</title>${head}<body><article><h1>15 language apps compared</h1>${credit}${paragraph.repeat(4)}</article></body>`;
    const result = extractArticle(parseHtml(html, 'https://blog.x.test/apps'), { url: 'https://blog.x.test/apps' });
    return result.ok ? result.article.byline : result.reason;
  };
  const dataLayer = '<script>var dataLayer_content = {"pagePostType":"page","pagePostAuthor":"Krystyna"};</script>';

  it('is the byline when the page shows and marks up none', async () => {
    expect(await bylineOf(dataLayer)).toBe('Krystyna');
  });

  it('gives way to a credit the page shows, and is not read from a data block or a placeholder', async () => {
    expect(await bylineOf(dataLayer, '<p class="byline">By Ana Ruiz</p>')).toBe('Ana Ruiz');
    expect(await bylineOf(dataLayer.replace('<script>', '<script type="application/json">'))).toBeUndefined();
    expect(await bylineOf(dataLayer.replace('Krystyna', 'admin'))).toBeUndefined();
    // A login left as the display name.
    expect(await bylineOf(dataLayer.replace('Krystyna', 'australianbakels'))).toBeUndefined();
  });
});

describe('the site name from a breadcrumb', () => {
  const page = (trail: string) =>
    `<title>Tools for data analysis | Stitch</title><body>${trail}<article><h1>Tools for data analysis</h1>${[1, 2, 3, 4, 5].map((n) => `<p>Step ${n}: data analysis is a core practice of modern businesses, and choosing the right tool for it takes some care, some patience and a clear idea of the data you hold.</p>`).join('')}</article></body>`;
  const siteName = async (trail: string) => {
    const { parseHtml } = await import('../../bin/parse-html');
    const { extractArticle } = await import('../../utils/extract');
    const url = 'https://www.stitch.test/resources/tools/';
    const result = extractArticle(parseHtml(page(trail), url), { url });
    return result.ok ? result.article.siteName : result.reason;
  };

  it('is the trail’s first link', async () => {
    expect(await siteName('<div><a href="/">Stitch Resources</a> › <a href="/resources/">Guides</a></div>')).toBe(
      'Stitch Resources',
    );
  });

  it('is not a root that says "Home", and the crumb for the page itself leaves the title alone', async () => {
    const { parseHtml } = await import('../../bin/parse-html');
    const { extractArticle } = await import('../../utils/extract');
    const url = 'https://www.stitch.test/resources/tools/';
    const trail =
      '<div><a href="/">Home</a> › <a href="/resources/">Guides</a> › <a href="/resources/tools/">Tools for data analysis</a></div>';
    const result = extractArticle(parseHtml(page(trail), url), { url });
    expect(result.ok && result.article.title).toBe('Tools for data analysis');
    expect(result.ok && result.article.siteName).toBe('Stitch');
  });

  it('is not a user a page says the post came from ("来自：…" over the user’s folder)', async () => {
    const { parseHtml } = await import('../../bin/parse-html');
    const { extractArticle } = await import('../../utils/extract');
    const url = 'https://www.library.test/content/24/0308/123_456.shtml';
    const paragraph = `<p>${'人这一辈子，总是在赶路，赶着长大，赶着工作，好像慢一点就会被时代抛下。'.repeat(3)}</p>`;
    const html = `<title>人生最好的状态</title><body><h1>人生最好的状态</h1><div>${paragraph.repeat(4)}</div><div class="lhgz"><span>+1</span><a>来自：</a><a href="/userhome/123">江南烟雨客</a> &gt; <a href="/c/1">人生感悟</a></div></body>`;
    const result = extractArticle(parseHtml(html, url), { url });
    expect(result.ok && (result.article.siteName ?? '')).not.toContain('江南烟雨客');
    expect(result.ok && result.article.textContent).not.toContain('江南烟雨客');
  });

  it('but buttons that each end in an arrow are no trail: their words never name the site', async () => {
    expect(
      await siteName('<div><a href="/signup">Sign up for free →</a><a href="/contact">Contact Sales →</a></div>'),
    ).toBe('Stitch');
  });
});

describe('cleanDescription', () => {
  it('leaves out the counts a blog platform sets before the description', () => {
    expect(cleanDescription('文章浏览阅读1.2w次，点赞45次，收藏128次。本文介绍 Python 列表推导式的写法。')).toBe(
      '本文介绍 Python 列表推导式的写法。',
    );
    expect(cleanDescription('阅读 3,402 次。一篇游记')).toBe('一篇游记');
  });

  it('keeps a description that only speaks of counts in its text, and gives none for counts alone', () => {
    expect(cleanDescription('他每天阅读3次，坚持了十年。')).toBe('他每天阅读3次，坚持了十年。');
    expect(cleanDescription('A guide to reading 3 times a week.')).toBe('A guide to reading 3 times a week.');
    expect(cleanDescription('文章浏览阅读52次。')).toBeUndefined();
  });
});
