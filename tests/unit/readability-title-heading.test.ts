// @vitest-environment node
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import { withTitleHeadingMatchedBothWays } from '../../utils/extract/readability-title-heading';

const URL = 'https://learn.folio.test/social-media-marketing/certifications';
const paragraph = (n: number) =>
  `<p>Paragraph ${n}: a certificate shows hiring managers that you know the channels, the tools and the numbers, and that you mean to keep up with them.</p>`;

/** The article's text and headings as the reader shows them. */
function read(html: string) {
  const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
  if (!result.ok) throw new Error(result.reason);
  const doc = parseHtml(`<body>${result.article.content}</body>`, URL);
  return {
    title: result.article.title,
    headings: [...doc.querySelectorAll('h1, h2, h3')].map((h) => h.textContent?.trim()),
    text: doc.body.textContent ?? '',
  };
}

describe('a section heading made of the title’s words', () => {
  // nobledesktop.com: no <h1> in the article, and its first section's heading has four of its five
  // words in the title. Readability took it for the title repeated and removed it.
  const page = (firstSection: string) =>
    `<html><head><title>Social Media Marketing Certifications and Certificates</title></head><body>` +
    `<article>${paragraph(1)}${paragraph(2)}<h2>${firstSection}</h2>${paragraph(3)}${paragraph(4)}` +
    `<h2>How to choose a course</h2>${paragraph(5)}${paragraph(6)}</article></body></html>`;

  it('stays over its section', () => {
    const { headings, text } = read(page('What is Social Media Marketing?'));
    expect(headings).toEqual(['What is Social Media Marketing?', 'How to choose a course']);
    expect(text.indexOf('What is Social Media Marketing?')).toBeLessThan(text.indexOf('Paragraph 3'));
    // Readability as shipped removes it: what the step is for.
    const shipped = new Readability(parseHtml(page('What is Social Media Marketing?'), URL)).parse();
    expect(shipped?.content).not.toContain('What is Social Media Marketing?');
  });

  it('stays when it opens the article', () => {
    const html =
      `<html><head><title>Social Media Marketing Certifications and Certificates</title></head><body>` +
      `<article><h2>What is Social Media Marketing?</h2>${paragraph(1)}${paragraph(2)}<h2>How to choose a course</h2>${paragraph(3)}${paragraph(4)}</article></body></html>`;
    expect(read(html).headings).toEqual(['What is Social Media Marketing?', 'How to choose a course']);
  });

  it('stays when it says the whole title, after the article’s opening paragraphs', () => {
    const { headings } = read(page('Social Media Marketing Certifications and Certificates'));
    expect(headings[0]).toBe('Social Media Marketing Certifications and Certificates');
  });
});

describe('the title repeated over the article', () => {
  it('is still removed: an <h2> before the prose, an <h1> after a notice’s paragraph', () => {
    const notice =
      '<div class="notice"><p>We use cookies to understand how our pages are read and to remember your settings; you can change them at any time in your settings.</p></div>';
    const titled = (title: string, before: string, heading: string) =>
      `<html><head><title>${title}</title></head><body>` +
      `${before}<article>${heading}${paragraph(1)}${paragraph(2)}${paragraph(3)}<h2>How to choose a course</h2>${paragraph(4)}${paragraph(5)}</article></body></html>`;
    const cases: [title: string, before: string, heading: string][] = [
      [
        'Social Media Marketing Certifications and Certificates | Learn Hub',
        '',
        '<h2>Social Media Marketing Certifications and Certificates</h2>',
      ],
      // Readability keeps a short title's site name; the heading says the title without it.
      ['The Year in Mathematics | Quanta Magazine', notice, '<h1>The Year in Mathematics</h1>'],
      // Chinese, which Readability's words do not measure: its own rule.
      ['2024年社区读书活动总结_活动总结_好范文网', '', '<h2>2024年社区读书活动总结</h2>'],
    ];
    for (const [title, before, heading] of cases) {
      const reader = withTitleHeadingMatchedBothWays(new Readability(parseHtml(titled(title, before, heading), URL)));
      const content = reader.parse()?.content ?? '';
      // (Readability sets an <h1> it keeps as an <h2>.)
      expect(content, heading).not.toMatch(/(?:Certificates|Mathematics|总结)<\/h[12]>/);
      expect(content, heading).toContain('How to choose a course');
    }
  });
});
