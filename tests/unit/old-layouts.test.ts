// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { isLayoutTable, undoOldLayouts } from '../../utils/extract/old-layouts';
import { RemovalReport } from '../../utils/extract/report';
import { promoteHeadingLines } from '../../utils/extract/structure';

const body = (html: string) => parseHtml(`<body>${html}</body>`).body;
const prose = '社区先后举办读书分享会六场，邀请退休教师、大学生志愿者和社区居民走上讲台，分享自己读过的好书。'.repeat(
  12,
);

describe('old table-and-<br> layouts', () => {
  it('tells a layout table from a data table', () => {
    const tables = [
      '<table><tr><td>只有一格</td></tr></table>',
      '<table><tr><th>活动</th><th>场次</th></tr><tr><td>读书会</td><td>6</td></tr></table>',
      `<table><tr><td><a href="/">首页</a></td><td>${prose}</td></tr></table>`,
    ].map((html) => body(html).querySelector('table') as Element);
    expect(tables.map(isLayoutTable)).toEqual([true, false, true]);
  });

  it('unwraps layout tables, <font> and <center>, keeps data tables, and makes <br><br> runs paragraphs', () => {
    const root = body(
      `<table><tr><td><center><font size="3">　　第一段。<br><br>　　第二段，<br>同一段的第二行。<br>\n<br><br>第三段。</font></center>
       <table><tr><th>活动</th><th>场次</th></tr><tr><td>读书会</td><td>6</td></tr></table></td></tr></table>`,
    );
    undoOldLayouts(root, new RemovalReport(false));
    expect([...root.querySelectorAll('p')].map((p) => p.innerHTML)).toEqual([
      '第一段。',
      '第二段，<br>同一段的第二行。',
      '第三段。',
    ]);
    expect(root.querySelectorAll('table')).toHaveLength(1);
    expect(root.querySelector('font, center')).toBeNull();
  });

  it('undoes layout tables nested in one another in reading order, where the outer one stood', () => {
    const nest = (depth: number): string =>
      depth === 0
        ? `<p>最里层：${prose}</p>`
        : `<table><tr><td>第${depth}层前</td><td>${nest(depth - 1)}</td><td>第${depth}层后</td><td><table><tr><td></td></tr></table></td></tr></table>`;
    const root = body(
      `<p>表格之前</p>${nest(3)}<table><tr><th>活动</th><th>场次</th></tr><tr><td>读书会</td><td>6</td></tr></table><p>表格之后</p>`,
    );
    undoOldLayouts(root, new RemovalReport(false));
    const text = (root.textContent ?? '').replace(prose, '…');
    expect(text).toBe('表格之前第3层前第2层前第1层前最里层：…第1层后第2层后第3层后活动场次读书会6表格之后');
    expect(root.querySelectorAll('table')).toHaveLength(1);
    expect(root.firstElementChild?.textContent).toBe('表格之前');
    expect(root.lastElementChild?.textContent).toBe('表格之后');
  });
});

describe('essay structure', () => {
  it('sets short numbered lines as headings by level, and leaves sentences and English lists alone', () => {
    const root = body(
      [
        '<p>一、活动开展情况</p>',
        '<p>（一）组织读书分享会</p>',
        `<p>${prose}</p>`,
        '<p>第二部分 工作安排</p>',
        '<p>第一，加强学习</p>',
        '<p>一是完善制度</p>',
        '<p>二、活动成效很好。群众满意。</p>',
        '<p>1. Preheat the oven</p>',
      ].join(''),
    );
    promoteHeadingLines(root, '2024年社区读书活动总结', new RemovalReport(false));
    expect([...root.children].map((el) => `${el.tagName} ${el.textContent?.slice(0, 12)}`)).toEqual([
      'H2 一、活动开展情况',
      'H3 （一）组织读书分享会',
      `P ${prose.slice(0, 12)}`,
      'H2 第二部分 工作安排',
      'P 第一，加强学习',
      'P 一是完善制度',
      'P 二、活动成效很好。群众满',
      'P 1. Preheat t',
    ]);
  });

  it('sets the title lines of several essays as h2, their sections one level below', () => {
    const root = body('<p>读书心得一</p><p>一、读书的意义</p><p>读书心得二</p><p>一、读书的方法</p>');
    promoteHeadingLines(root, '读书心得二篇', new RemovalReport(false));
    expect([...root.children].map((el) => el.tagName)).toEqual(['H2', 'H3', 'H2', 'H3']);
  });
});
