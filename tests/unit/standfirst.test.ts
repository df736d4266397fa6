import { describe, expect, it } from 'vitest';
import { MAGAZINE_BODY as BODY, extractMagazine as extract, magazinePage } from './magazine-page';

/** The magazine page with its description, and `header` (the standfirst) under the heading. */
const page = ({ description, ...rest }: { description: string; header: string; body?: string }) =>
  magazinePage({ head: `<meta name="description" content="${description}">`, ...rest });

const DEK = 'Winter is the time to plant the evergreens that give a garden its shape all year round.';

describe('the standfirst under the title', () => {
  it('is the line under the heading that says the page’s description, shown apart from the text', () => {
    const article = extract(page({ description: DEK, header: `<div class="hero-dek"><p>${DEK}</p></div>` }));
    expect(article.standfirst).toBe(DEK);
    expect(article.textContent).not.toContain('Winter is the time');
    expect(article.textContent).toContain('Paragraph 1');
  });

  it('is found when the site cut the description short, mid-word', () => {
    const cut = 'Winter is the time to plant the evergreens that give a gar…';
    expect(
      extract(page({ description: cut, header: `<div class="subhead"><span>${DEK}</span></div>` })).standfirst,
    ).toBe(DEK);
  });

  it('is found when the line rewords the description a little, or says the og:description instead', () => {
    const reworded = 'The evergreens that give a garden its shape all year round: winter is the time to plant them.';
    expect(
      extract(page({ description: reworded, header: `<div class="hero-dek"><p>${DEK}</p></div>` })).standfirst,
    ).toBe(DEK);
    const other = page({
      description: 'Gardening advice from our experts, every week of the year.',
      header: `<h2>${DEK}</h2>`,
    });
    const withOg = other.replace('</head>', `<meta property="og:description" content="${DEK}"></head>`);
    expect(extract(withOg).standfirst).toBe(DEK);
    expect(extract(other).standfirst).toBeUndefined();
  });

  it('is the line that says the description word for word, not a box around it that adds a label', () => {
    const header = `<div class="entry-summary"><strong>Summary:</strong><p>${DEK}</p></div>`;
    expect(extract(page({ description: DEK, header })).standfirst).toBe(DEK);
  });

  it('is none when no line under the heading says the description', () => {
    const article = extract(
      page({ description: DEK, header: '<p class="kicker">Our gardening editor on hedges.</p>' }),
    );
    expect(article.standfirst).toBeUndefined();
  });

  it('is, failing the description, a line right under the heading that the page names as its dek', () => {
    const line = 'Our gardening editor on the hedges that earn their place.';
    for (const header of [
      `<p class="article__dek">${line}</p>`,
      `<div class="Subtitle"><span>${line}</span></div>`,
      `<div class="ArticleDek_root__P3leE">${line}</div>`,
    ]) {
      expect(extract(page({ description: DEK, header })).standfirst).toBe(line);
    }
    // Not a short label, nor a line that links elsewhere, nor a dek far below the heading.
    for (const header of [
      '<p class="dek">Gardening, weekly.</p>',
      `<p class="dek">${line} <a href="/more">More</a></p>`,
      '<p class="subhead">Janie Har, staff writer, Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.</p>',
      `${'<p class="kicker">A line of the header.</p>'.repeat(6)}<p class="dek">${line}</p>`,
    ]) {
      expect(extract(page({ description: DEK, header })).standfirst).toBeUndefined();
    }
  });

  it('is none when the article’s text opens with it (the description is its first paragraph)', () => {
    const article = extract(
      page({ description: DEK, header: '', body: `<p>${DEK} ${'More words. '.repeat(20)}</p>${BODY}` }),
    );
    expect(article.standfirst).toBeUndefined();
    expect(article.textContent).toContain('Winter is the time');
  });

  it('is never a link, a list’s item or a menu that happens to say the same', () => {
    for (const header of [`<a href="/dek">${DEK}</a>`, `<ul><li>${DEK}</li></ul>`, `<nav><p>${DEK}</p></nav>`]) {
      expect(extract(page({ description: DEK, header })).standfirst).toBeUndefined();
    }
  });

  it('is not a two-word label that equals a short description', () => {
    expect(
      extract(page({ description: 'Gardening news', header: '<p>Gardening news</p>' })).standfirst,
    ).toBeUndefined();
  });
});
