import type { ArticleRecord, HighlightColor, HighlightRecord } from '../utils/db/types';

const ZH = [
  '读书是一个人精神成长的重要途径',
  '碎片化阅读越来越多，系统阅读却越来越少',
  '边读边划重点，读后写下自己的体会',
  '发挥党员先锋模范作用',
  '把书中的道理与自己的实际联系起来',
];
const EN = [
  'slow reading is not about reading fewer words',
  'giving a text the attention it asks for',
  'notes in the margin are a conversation',
  'skimming retains the gist but loses the structure',
];
const COLORS: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

/** A library of `articles` articles with `perArticle` highlights each, deterministic. */
export function makeLibrary(articles = 2000, perArticle = 25) {
  const list: ArticleRecord[] = [];
  const highlights: HighlightRecord[] = [];
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
  for (let a = 0; a < articles; a++) {
    const zh = a % 2 === 0;
    const id = `${hex(a, 8)}-0000-4000-8000-000000000000`;
    const body = Array.from(
      { length: 30 },
      (_, i) => `<p>${(zh ? ZH : EN)[(a + i) % (zh ? ZH.length : EN.length)]}，第${i}段。</p>`,
    ).join('');
    list.push({
      id,
      url: `https://site${a % 40}.example/article/${a}`,
      title: zh ? `关于读书的第${a}篇心得体会` : `Reading note number ${a}`,
      siteName: `Site ${a % 40}`,
      tags: a % 5 === 0 ? ['reading'] : [],
      createdAt: 1_700_000_000_000 + a * 1000,
      updatedAt: 1_700_000_000_000 + a * 1000,
      savedContent: { html: body, text: body.replace(/<[^>]+>/g, '\n'), savedAt: 1_700_000_000_000 + a * 1000 },
    });
    for (let h = 0; h < perArticle; h++) {
      const exact = `${(zh ? ZH : EN)[(a + h) % (zh ? ZH.length : EN.length)]} ${a}-${h}`;
      highlights.push({
        id: `${hex(a, 8)}-${hex(h, 4)}-4000-8000-000000000000`,
        articleId: id,
        url: `https://site${a % 40}.example/article/${a}`,
        target: {
          selector: [
            { type: 'TextQuoteSelector', exact, prefix: '前文', suffix: '后文' },
            { type: 'TextPositionSelector', start: h * 40, end: h * 40 + exact.length },
          ],
        },
        color: COLORS[h % COLORS.length] as HighlightColor,
        note: h % 3 === 0 ? (zh ? `笔记：这段可以用在报告里 ${h}` : `note: use this in my essay ${h}`) : '',
        tags: h % 4 === 0 ? ['摘抄', 'ideas'] : [],
        createdAt: 1_700_000_000_000 + a * 1000 + h,
        updatedAt: 1_700_000_000_000 + a * 1000 + h,
      });
    }
  }
  return { articles: list, highlights };
}
