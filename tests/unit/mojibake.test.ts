// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import { isReadInWrongCharset, repairDoubleEncoding } from '../../utils/extract/mojibake';

/** UTF-8 bytes read back as Windows-1252 (as a browser decodes a page labelled so). */
function readAsWindows1252(text: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
}
/** UTF-8 bytes read back as Latin-1 (C1 controls for 0x80–0x9F). */
function readAsLatin1(text: string): string {
  return String.fromCharCode(...new TextEncoder().encode(text));
}

describe('text a site encoded twice', () => {
  it.each([
    'A DIY Investor’s Guide',
    '“Quoted” — and so on…',
    'Nutrition • 2025 – the “year”',
    'José Núñez, été, © 2025',
    'Статья о чтении',
    'All solutions\u00a0are needed, voilà\u00a0!',
  ])('puts back %s, read as Windows-1252 or as Latin-1', (text) => {
    expect(readAsWindows1252(text)).not.toBe(text);
    expect(repairDoubleEncoding(readAsWindows1252(text))).toBe(text);
    expect(repairDoubleEncoding(readAsLatin1(text))).toBe(text);
  });

  it.each([
    'café, Ångström, naïve, Ølstykke',
    'São Paulo à la carte, Â is a letter',
    '中文标题：读书的方法',
    'IRMÃ\u00a0and a no-break space',
    '« Â bientôt » – Ça va ?',
  ])('leaves real text alone: %s', (text) => {
    expect(repairDoubleEncoding(text)).toBe(text);
  });

  it('the reader shows the title, byline, site name and text repaired', () => {
    const broken = readAsLatin1('Investor’s Guide to Retirement “Calculators”');
    const paragraphs = [1, 2, 3, 4, 5, 6]
      .map((n) =>
        readAsLatin1(
          `<p>Paragraph ${n}: it’s about retirement calculators — which ones to trust, which to leave, and why the difference matters for a plan.</p>`,
        ),
      )
      .join('');
    const byline = readAsLatin1('<p class="byline">By José Núñez</p>');
    // The site's name only in the <title>, after the article's.
    const site = readAsLatin1('Johnson’s®');
    const html = `<html><head><title>${broken} | ${site}</title></head><body><article><h1>${broken}</h1>${byline}${paragraphs}</article></body></html>`;
    const result = extractArticle(parseHtml(html, 'https://example.com/guide'), { url: 'https://example.com/guide' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.title).toBe('Investor’s Guide to Retirement “Calculators”');
    expect(result.article.byline).toBe('José Núñez');
    expect(result.article.siteName).toBe('Johnson’s®');
    expect(result.article.textContent).toContain('Paragraph 1: it’s about retirement calculators — which');
    expect(result.article.textContent).not.toMatch(/[\u0080-\u009f]|â€/);
  });

  it('a page builder’s spacer encoded twice is known for one once repaired: no empty lines in the text', () => {
    // Webflow's <p>&zwj;</p> between paragraphs, its joiner's bytes read back as Latin-1.
    const spacer = `<p>${readAsLatin1('\u200d')}</p>`;
    const paragraphs = [1, 2, 3, 4, 5, 6]
      .map(
        (n) =>
          `<p>Paragraph ${n} of a guide to website builders, with enough words in it to be read as prose.</p>${spacer}`,
      )
      .join('');
    const html = `<html><head><title>Website builders</title></head><body><article><h1>Website builders</h1>${paragraphs}</article></body></html>`;
    const result = extractArticle(parseHtml(html, 'https://example.com/builders'), {
      url: 'https://example.com/builders',
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.content).toContain('Paragraph 6 of a guide');
    expect(result.article.content).not.toMatch(/<p>[\u200d\s]*<\/p>/);
  });

  it('reads a whole page the browser took for Windows-1252 as the page wrote it, before choosing its title', () => {
    // A Russian page that declares no charset: Chromium reads its UTF-8 as Windows-1252.
    const paragraph = (n: number) =>
      `<p>Абзац ${n}: эта диета пришла к нам с запада и в своей основе содержит ограничение на количество углеводов, а система питания удерживает вес.</p>`;
    const page = `<html><head><title>Диета Аткинса (14 дней) - потеря веса до 10 кг. Отзывы</title>
      <meta name="author" content="Анна Петрова"></head><body><div class="content">
      <h1>Диета Аткинса - потеря веса до 10 килограмм за 14 дней</h1>${[1, 2, 3].map(paragraph).join('')}
      <h1>Вторая фаза диеты Аткинса</h1>${[4, 5, 6].map(paragraph).join('')}</div></body></html>`;
    const html = readAsWindows1252(page);
    expect(html).not.toContain('Диета');
    const result = extractArticle(parseHtml(html, 'http://diets.example/atkins.html'), {
      url: 'http://diets.example/atkins.html',
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.title).toBe('Диета Аткинса - потеря веса до 10 килограмм за 14 дней');
    expect(result.article.byline).toBe('Анна Петрова');
    expect(result.article.textContent).toContain('Абзац 1: эта диета пришла к нам с запада');
    expect(result.article.textContent).toContain('Вторая фаза диеты Аткинса');
  });

  it('leaves a page with one string encoded twice to the repair after extraction', () => {
    const doc = parseHtml(`<title>${readAsWindows1252('Investor’s Guide to Retirement')}</title><p>x</p>`);
    expect(isReadInWrongCharset(doc)).toBe(false);
    const russian = parseHtml(`<title>${readAsWindows1252('Диета Аткинса')}</title><p>x</p>`);
    expect(isReadInWrongCharset(russian)).toBe(true);
  });
});
