import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FONT_STACKS, readerCssVariables } from '../../utils/settings';
import { articleScript, contentLang } from '../../utils/settings/script';

const ENGLISH = 'It’s a long essay about reading slowly, and I’ve kept notes in the margins for years. '.repeat(5);
const CHINESE = '读书是一个人精神成长的重要途径，边读边划重点，读后写下自己的体会。'.repeat(5);

describe('the script an article is set in', () => {
  it('is read from the text, whatever a template’s lang says', () => {
    expect(articleScript('en', ENGLISH)).toBe('latin');
    expect(articleScript(undefined, ENGLISH)).toBe('latin');
    expect(articleScript('en', CHINESE)).toBe('cjk'); // a Chinese site on a template's lang="en"
    expect(articleScript(undefined, CHINESE)).toBe('cjk');
    // Chinese with English terms in it is still Chinese text; English quoting a Chinese name is English.
    expect(articleScript(undefined, `${CHINESE} Readability、Markdown 和 WebDAV。`)).toBe('cjk');
    expect(articleScript(undefined, `${ENGLISH} 读书 means reading.`)).toBe('latin');
  });

  it('follows lang only when the text is too short to say', () => {
    expect(articleScript('zh-CN', '2024')).toBe('cjk');
    expect(articleScript('ja', '')).toBe('cjk');
    expect(articleScript('en', '')).toBe('latin');
  });

  it('declares Chinese for Chinese text under a wrong lang, and the page’s lang otherwise', () => {
    expect(contentLang('en', 'cjk')).toBe('zh');
    expect(contentLang('zh-TW', 'cjk')).toBe('zh-TW');
    expect(contentLang('en-GB', 'latin')).toBe('en-GB');
    expect(contentLang('zh', 'latin')).toBeUndefined();
  });
});

describe('font stacks by script', () => {
  it('put Latin faces first for Latin text and CJK faces first for CJK text, each keeping the other as fallback', () => {
    for (const family of ['serif', 'sans', 'system'] as const) {
      const latin = FONT_STACKS.latin[family];
      const cjk = FONT_STACKS.cjk[family];
      const firstCjk = (stack: string) => stack.search(/CJK|PingFang|Songti|YaHei/);
      const firstLatin = (stack: string) => stack.search(/Georgia|Arial|Segoe|"Noto Serif"|"Noto Sans"/);
      expect(firstLatin(latin)).toBeLessThan(firstCjk(latin));
      expect(firstCjk(cjk)).toBeLessThan(firstLatin(cjk));
      expect(firstCjk(latin)).toBeGreaterThan(0);
      expect(firstLatin(cjk)).toBeGreaterThan(0);
    }
  });

  it('give Chinese its indent and justification (and no gap between paragraphs), English neither, by default', () => {
    expect(readerCssVariables(DEFAULT_SETTINGS, 'cjk')).toMatchObject({
      '--folio-align': 'justify',
      '--folio-indent': '2em',
      '--folio-paragraph-gap': '0',
      '--folio-font': FONT_STACKS.cjk.serif,
    });
    expect(readerCssVariables(DEFAULT_SETTINGS, 'latin')).toMatchObject({
      '--folio-align': 'start',
      '--folio-indent': '0',
      '--folio-paragraph-gap': '1em',
      '--folio-font': FONT_STACKS.latin.serif,
    });
  });
});
