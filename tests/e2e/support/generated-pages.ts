/**
 * Pages too large to keep in the repo, made on request by the fixture server under /generated/:
 * the bad inputs of the extraction issue, met where users meet them (in the browser).
 */
import { POEM_BODY, POEM_TITLE } from '../../support/poem-page';

const zhParagraph = `<p>${'这是一段用于测试的中文文字，内容足够长，可以被识别为正文段落。'.repeat(4)}</p>`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

const CHANGING = [
  '<p>社区图书馆将开放时间延长至晚上十点，方便下班后的市民前来读书，这是今年的一项惠民举措。</p>',
  '<p>记者走访发现，延长开放的第一周，晚间到馆人数比以往增加了近一倍，年轻人尤其多。</p>',
  '<p>图书馆负责人介绍，为了配合延时服务，馆内新增了自助借还设备，并增加了照明和座位。</p>',
  '<p>下一步，相关部门还计划在夏季推出夜读节系列活动，邀请作家与读者面对面交流读书心得。</p>',
];

type PagerKind = 'numbers-and-next' | 'numbers' | 'select' | 'javascript' | 'cross-origin' | 'beside-next-essay';

/** An essay of `count` pages (UTF-8, x.html, x_2.html…), with the kind of pager asked for. */
function pagedEssay(stem: string, count: number, n: number, kind: PagerKind = 'numbers-and-next'): string {
  const href = (i: number) => (i === 1 ? `${stem}.html` : `${stem}_${i}.html`);
  const numbers = Array.from({ length: count }, (_, i) =>
    i + 1 === n ? `<b>${n}</b>` : `<a href="${href(i + 1)}">${i + 1}</a>`,
  ).join(' ');
  const following = n < count ? href(n + 1) : undefined;
  const pager = {
    'numbers-and-next': `共${count}页 ${numbers} ${following ? `<a href="${following}">下一页</a>` : ''}`,
    numbers,
    select: `<select onchange="location.href=this.value">${Array.from(
      { length: count },
      (_, i) => `<option value="${href(i + 1)}"${i + 1 === n ? ' selected' : ''}>第${i + 1}页</option>`,
    ).join('')}</select>`,
    javascript: '<a href="javascript:void(0)" onclick="return false">下一页</a> <a href="#">2</a>',
    'cross-origin': following ? `<a href="https://elsewhere.example/${following}">下一页</a>` : '',
    'beside-next-essay': `<p>下一篇：<a href="changing.html">夜读的城市</a></p> ${following ? `<a href="${following}">下一页</a>` : ''}`,
  }[kind];
  const body = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>第${n}页第${i + 1}段：读书是一个人精神成长的重要途径，边读边划重点，读后写下自己的体会，日积月累，收获自然可观。</p>`,
  ).join('');
  return page(
    '分页的读书心得',
    `<div class="content"><h1>分页的读书心得</h1><div class="article">${body}</div><div class="pages">${pager}</div></div>`,
  );
}

/** The page of 'offline-images.html' (see there); `pictures` names each picture's alt. */
export const OFFLINE_PICTURES = {
  own: ['Red reading lamp', 'Green armchair'],
  other: 'Blue window from the image site',
  notKept: ['A drawing', 'A picture that is gone', 'A huge poster'],
  waiting: 'A shelf from a site not allowed',
};

function offlineImagesPage(url: URL): string {
  const other = url.searchParams.get('other') ?? url.origin;
  const figure = (src: string, alt: string) =>
    `<figure><img src="${src}" alt="${alt}"><figcaption>${alt}, as the reading room looks at night.</figcaption></figure>`;
  const text = (n: number) =>
    `<p>Paragraph ${n}. The reading room opens late on weekdays; readers bring notebooks, mark the passages that matter and write a line beside each one, which is how a commonplace book grows over a year of evenings.</p>`;
  const [red, green] = OFFLINE_PICTURES.own as [string, string];
  const [drawing, gone, huge] = OFFLINE_PICTURES.notKept as [string, string, string];
  const body = [
    text(1),
    figure('/pictures/red.png?w=40&h=30&rgb=c0392b', red),
    text(2),
    figure('/pictures/green.png?w=30&h=40&rgb=27ae60', green),
    text(3),
    figure(`${other}/pictures/blue.png?w=20&h=20&rgb=2980b9`, OFFLINE_PICTURES.other),
    text(4),
    figure('/pictures/drawing.svg', drawing),
    text(5),
    // Its name holds a stray "%", as shop pictures' do: the save report names it as written.
    figure('/pictures/gone-100%-cotton.png?status=404', gone),
    text(6),
    figure('/pictures/huge.png?bytes=6000000', huge),
    text(7),
    figure(`http://localhost:${url.port}/pictures/shelf.png?w=10&h=10&rgb=8e44ad`, OFFLINE_PICTURES.waiting),
    text(8),
  ].join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pictures of the reading room</title></head><body><nav><a href="/">Home</a></nav><article><h1>Pictures of the reading room</h1>${body}</article></body></html>`;
}

/** null: the server answers 404. */
export const GENERATED_PAGES: Record<string, (visit: number, url: URL) => string | null> = {
  /**
   * An article with pictures of every kind "Save article" meets: two of its own site's, one from
   * another origin (`?other=`, one Folio may read), an SVG, a missing one, one past the size cap,
   * and one from a site not allowed (localhost, same port).
   */
  'offline-images.html': (_visit, url) => offlineImagesPage(url),
  /**
   * An English how-to as real pages set it: curly apostrophes, a table wider than the column with
   * paragraphs in its cells, a box-drawing tree in <pre>, an h5, a picture with its size, and its
   * own table of contents (#fragment links), and last a lazy picture (only the reader asks for it)
   * whose server never answers and a missing picture inside a link.
   */
  /** A Chinese essay whose sentences hold Latin words and numbers, with no space typed beside them. */
  'zh-mixed.html': () =>
    page(
      '读书笔记的方法',
      `<article><h1>读书笔记的方法</h1>${zhParagraph.repeat(3)}<p>我每天读书30分钟，去年用Kindle读了12本书，笔记都记在Markdown文件里，再按主题整理成索引，方便以后查找和回顾。</p>${zhParagraph.repeat(2)}</article>`,
    ),
  /** A Chinese essay on a site template that says lang="en". */
  'template-lang-en.html': () =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>读书的方法</title></head><body><article><h1>读书的方法</h1>${zhParagraph.repeat(6)}</article></body></html>`,
  'typeset-en.html': () => {
    const para = (n: number) =>
      `<p>Step ${n}. It’s easier than it looks: you’ll mark the passage, write the note beside it, and I’ve found that a week of this changes how you read. Don’t skip the review.</p>`;
    const wideRow = Array.from({ length: 12 }, (_, i) => `<td><p>Column ${i + 1} value</p></td>`).join('');
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>How to keep a commonplace book</title></head><body><article>
      <h1>How to keep a commonplace book</h1>
      <ul><li><a href="#tools">Tools</a></li><li><a href="#review">Review</a></li></ul>
      ${para(1)}${para(2)}
      <h2 id="tools">Tools</h2>${para(3)}
      <figure><img src="/pictures/notebook.png?w=600&h=300&rgb=999999" width="600" height="300" alt="A notebook"></figure>
      <table><tr>${Array.from({ length: 12 }, (_, i) => `<th>Heading ${i + 1}</th>`).join('')}</tr><tr>${wideRow}</tr></table>
      <p>The tree of a year's notes, one folder a year:</p>
      <pre><code>notes/
├── 2024/
│   └── reading.md
└── index.md</code></pre>
      <h5>A small heading</h5>${para(4)}
      <figure><img src="/no-such-picture/chart.png" alt="A chart of reading time"></figure>${para(5)}
      <h2 id="review">Review</h2>${para(6)}${para(7)}${para(8)}${para(9)}${para(10)}
      <figure><div class="player"><video preload="auto"><source src="/no-such-video/review.mp4" type="video/mp4"></video></div><figcaption>The review, filmed.</figcaption></figure>${para(11)}${para(12)}
      <figure><img data-src="/pictures/slow.png?w=600&h=200&hang=1" width="600" height="200" alt="A picture still on its way"></figure>
      <p><a href="/elsewhere.html"><img src="/no-such-picture/linked.png" alt="A linked chart"></a></p>
    </article></body></html>`;
  },
  /**
   * Pictures that fail inside lines: tick icons (declared 16 px) at the head of list items, a
   * key's picture in a sentence (inside its <kbd>); and a photo over its caption after a line
   * break, a picture of its own.
   */
  'pictures-in-lines.html': () => {
    const para = (n: number) =>
      `<p>Paragraph ${n}: a notebook for quotations should open flat and take ink without bleeding through the page.</p>`;
    const tick = (alt: string, words: string) =>
      `<li><img src="/no-such-picture/tick.svg" width="16" height="16" alt="${alt}"> ${words}</li>`;
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Choosing a notebook</title></head><body><article>
      <h1>Choosing a notebook</h1>${para(1)}${para(2)}
      <ul>${tick('Yes', 'Lies flat when open')}${tick('Yes', 'Numbered pages')}${tick('No', 'Costs more than a school exercise book')}</ul>
      <p>Press <kbd><img src="/no-such-picture/star-key.png" alt="the star key"></kbd> to keep a passage.</p>
      ${para(3)}
      <p><img src="/no-such-picture/desk.png" alt="A desk by the window"><br>The desk where the notebooks are kept, by the window.</p>
      ${para(4)}${para(5)}
    </article></body></html>`;
  },
  /** A Chinese essay (its paragraphs indented) with a picture that comes and one that fails, each a paragraph's. */
  'zh-pictures.html': () =>
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>读书的角落</title></head><body><article><h1>读书的角落</h1>${zhParagraph.repeat(2)}
      <p><img src="/pictures/corner.png?w=800&h=300&rgb=999999" width="800" height="300" alt="图书馆的一角"></p>${zhParagraph}
      <p><a href="/elsewhere.html"><img src="/no-such-picture/shelf.png" alt="书架"></a></p>${zhParagraph.repeat(2)}</article></body></html>`,
  /** An article whose text opens on a section heading, straight under the title. */
  'opens-on-heading.html': () => {
    const para = (n: number) =>
      `<p>Paragraph ${n}: a commonplace book keeps what you read worth keeping, copied out by hand, with a line on why.</p>`;
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Keeping a commonplace book</title></head><body><article>
      <h1>Keeping a commonplace book</h1><div><h2>Why keep one</h2>${para(1)}${para(2)}<h2>How to start</h2>${para(3)}${para(4)}${para(5)}</div>
    </article></body></html>`;
  },
  /**
   * A long article (the reader draws it in chunks) with, past its first chunks, a table wider
   * than the column, a code block with one long line (blank where the view's edge cuts it, so
   * that only the edge's shading is drawn there) and one that fits.
   */
  'typeset-long.html': () => {
    const para = (n: number) =>
      `<p>Paragraph ${n} of a long essay on keeping notes: it has to be long enough to read as prose, so it says a little more than it needs to.</p>`;
    const paras = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => para(from + i)).join('');
    const cells = (tag: string, label: string) =>
      Array.from({ length: 14 }, (_, i) => `<${tag}>${label} ${i + 1}</${tag}>`).join('');
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Notes at length</title></head><body><article>
      <h1>Notes at length</h1>${paras(1, 80)}
      <table><tr>${cells('th', 'Heading')}</tr><tr>${cells('td', 'Value')}</tr><tr>${Array.from({ length: 14 }, (_, i) => `<td><a href="/scooters/${i}">Longcommutescooter ${i + 1}</a></td>`).join('')}</tr></table>
      <pre><code>wide and then ${' '.repeat(300)}far to the right</code></pre>
      <pre><code>fits</code></pre>
      ${paras(81, 90)}
    </article></body></html>`;
  },
  /**
   * An article of `n` paragraphs each with a photo-sized picture (random pixels, `size`×`size`),
   * every third from the `other` origin; `bare=1` the same text without them (bench:save-images).
   */
  'gallery.html': (_visit, url) => {
    const n = Number(url.searchParams.get('n') ?? 30);
    const size = Number(url.searchParams.get('size') ?? 220);
    const other = url.searchParams.get('other') ?? url.origin;
    const bare = url.searchParams.has('bare');
    const figures = Array.from({ length: n }, (_, i) => {
      const site = i % 3 === 2 ? other : '';
      const figure = `<figure><img src="${site}/pictures/photo-${i + 1}.png?w=${size}&h=${size}&noise=1" alt="Photo ${i + 1}"></figure>`;
      return `<p>Paragraph ${i + 1}. The reading room at night, seen from another corner; readers mark passages and write a line beside each, which is how a commonplace book grows.</p>${bare ? '' : figure}`;
    }).join('');
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A gallery of the reading room</title></head><body><article><h1>A gallery of the reading room</h1>${figures}<p>The end of the gallery, with enough words after the last picture to read as an article's closing paragraph.</p></article></body></html>`;
  },
  /** A 5-page essay (bench:reader: the merge's time). */
  ...Object.fromEntries(
    [1, 2, 3, 4, 5].map((n) => [n === 1 ? 'five.html' : `five_${n}.html`, () => pagedEssay('five', 5, n)]),
  ),
  /** An essay with a block that is not part of it ("Fix this page" leaves it out). */
  'fixable.html': () =>
    page(
      '读书的三种境界',
      `<div id="main"><article><h1>读书的三种境界</h1>${Array.from(
        { length: 5 },
        (_, i) =>
          `<p>第${i + 1}段：读书是一个人精神成长的重要途径，边读边划重点，读后写下自己的体会，日积月累，收获自然可观。</p>${i === 1 ? '<p class="editor-note">编者按：本文原载于作者的博客，收入本站时略有删节，特此说明。</p>' : ''}`,
      ).join('')}</article></div>`,
    ),
  /** Two-page essays with each kind of pager: the ones that lead on, and the ones that must not. */
  ...Object.fromEntries(
    (['numbers', 'select', 'javascript', 'cross-origin', 'beside-next-essay'] as const).flatMap((kind) => [
      [`${kind}.html`, () => pagedEssay(kind, 2, 1, kind)],
      [`${kind}_2.html`, () => pagedEssay(kind, 2, 2, kind)],
    ]),
  ),
  /** A 2-page essay whose second page is missing the first time it is asked for (a retry gets it). */
  'flaky.html': () => pagedEssay('flaky', 2, 1),
  'flaky_2.html': (visit) => (visit === 1 ? null : pagedEssay('flaky', 2, 2)),
  /**
   * A page whose text changes between visits: the first visit sees the article; later ones see
   * a paragraph added at the top, one word changed (近一倍 → 两倍多) and one paragraph removed.
   */
  'changing.html': (visit) =>
    page(
      '夜读的城市',
      visit === 1
        ? `<article><h1>夜读的城市</h1>${CHANGING.join('')}</article>`
        : `<article><h1>夜读的城市</h1><p>（本文已更新。）编者补充了最新的到馆数据，并删去了一段旧的介绍。</p>${CHANGING[0]}${(CHANGING[1] as string).replace('近一倍', '两倍多')}${CHANGING[3]}</article>`,
    ),
  /** 5,000 nested <div>s around the essay. */
  'deep-5000.html': () =>
    page(
      '深层嵌套的文章',
      `${'<div>'.repeat(5000)}<h1>深层嵌套的文章</h1>${zhParagraph.repeat(6)}${'</div>'.repeat(5000)}`,
    ),
  /** The essay followed by 100,000 elements. */
  'many-100000.html': () =>
    page(
      '十万个元素的页面',
      `<article><h1>十万个元素的页面</h1>${zhParagraph.repeat(6)}<div>${'<span>·</span>'.repeat(100_000)}</div></article>`,
    ),
  /** A 5 MB article, about 3,000 paragraphs of generated text (the reader benchmark's input too). */
  'big-5mb.html': () => {
    const paragraphs: string[] = [];
    // A running total: joining all paragraphs on every turn made this quadratic (24 s, not 24 ms).
    for (let i = 0, length = 0; length < 5_000_000; i++) {
      const paragraph = `<p>第${i + 1}段。这是一段用于测试的中文文字。${'阅读是一种安静的力量，它让人在喧嚣中找到属于自己的节奏。'.repeat(25 + (i % 7))}</p>`;
      paragraphs.push(paragraph);
      length += paragraph.length;
    }
    return page('五兆字节的长文', `<article><h1>五兆字节的长文</h1>${paragraphs.join('\n')}</article>`);
  },
  /** The reader benchmark's long article: about 3,000 paragraphs, 1 MB of HTML. */
  'article-1mb.html': () => {
    const paragraphs: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const heading = i % 100 === 0 ? `<h2>第${i / 100 + 1}部分</h2>` : '';
      paragraphs.push(
        `${heading}<p>第${i + 1}段。${'读书使人充实，讨论使人机智，笔记使人准确。'.repeat(3 + (i % 4))}</p>`,
      );
    }
    return page('一篇一兆字节的长文', `<article><h1>一篇一兆字节的长文</h1>${paragraphs.join('\n')}</article>`);
  },
  /** An article under a strict Content-Security-Policy: no frames, no scripts, no styles of others. */
  'strict-csp.html': () =>
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; frame-src 'none'; child-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'"><title>严格安全策略下的文章</title></head><body><article><h1>严格安全策略下的文章</h1>${zhParagraph.repeat(6)}</article></body></html>`,
  /** An empty body. */
  'empty.html': () => page('空白页', ''),
  /** A poem of short lines among the site's links (tests/support/poem-page.ts). */
  'poem.html': () => page(POEM_TITLE, POEM_BODY),
};
