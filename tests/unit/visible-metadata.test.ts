// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import { decodeEntities } from '../../utils/extract/metadata';
import { datedLineOnPage, readVisibleMetadata } from '../../utils/extract/visible-metadata';
import { parseWrittenDate } from '../../utils/extract/written-date';

const URL = 'https://example.com/blog/slow-reading';
const body = [1, 2, 3, 4, 5, 6]
  .map(
    (n) =>
      `<p>Paragraph ${n}: reading slowly is a skill worth keeping, and it can be learned again with some patience, a pencil and a quiet room for an hour each evening.</p>`,
  )
  .join('');

/** The article Folio reads from a whole page of one's own (no site header around it). */
function articleOf(html: string, url = URL) {
  const result = extractArticle(parseHtml(html, url), { url, consumeDocument: true });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

function metadataOf(head: string, header: string, extra = '') {
  const html = `<html><head>${head}</head><body class="single nv-sidebar-right"><header class="site-header"><h1 class="logo">Margin Notes</h1></header><main><article>${header}${body}</article>${extra}</main></body></html>`;
  const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
  if (!result.ok) throw new Error(result.reason);
  const { title, byline, publishedTime } = result.article;
  return { title, byline, publishedTime };
}

describe('dates as pages write them', () => {
  it.each([
    ['Aug 04, 2025', '2025-08-04'],
    ['August 4th, 2025', '2025-08-04'],
    ['Posted on Nov 21, 2018 Updated at Dec 10, 2019', '2018-11-21'],
    ['4 August 2025', '2025-08-04'],
    ['Dec. 19, 2025', '2025-12-19'],
    ['November 20 15:23 2019', '2019-11-20'], // a calendar's day, its clock, then its year
    ['November 20 15:23', undefined],
    ['13/11/2025 09:21:40', '2025-11-13'],
    ['Updated: Dec 17, 2025, 21:47 IST', '2025-12-17'],
    ['2025年8月4日', '2025-08-04'],
    ['05/06/2025', undefined], // day or month first: not guessed
    ['23.07.2025', '2025-07-23'],
    ['05.06.2025', undefined],
    ['Version 1.10.2020', undefined],
    ['10 min read', undefined],
    ['May the force be with you', undefined],
  ])('%s → %s', (text, day) => {
    expect(parseWrittenDate(text)?.slice(0, 10)).toBe(day);
  });

  it('decodes references a CMS escaped twice, once', () => {
    expect(decodeEntities('Budget Traveler&#8217;s Guide &amp; Tips &#x2013; 2025 &bogus;')).toBe(
      'Budget Traveler’s Guide & Tips – 2025 &bogus;',
    );
  });
});

describe('title, byline and date from what the page shows', () => {
  it('takes the article’s own <h1> over an SEO title worded otherwise, never a logo’s <h1>', () => {
    const meta = metadataOf(
      '<title>Slow Reading Tips for 2025 | Margin Notes</title><meta property="og:site_name" content="Margin Notes"><meta property="og:title" content="Slow Reading Tips for 2025">',
      '<h1>Why Slow Reading Still Matters in 2025</h1>',
    );
    expect(meta.title).toBe('Why Slow Reading Still Matters in 2025');
  });

  it('takes the heading the page marks as the headline when no <h1> is the article’s, not one of a list of posts', () => {
    const head =
      '<title>A journal of slow reading - Margin Notes</title><meta property="og:site_name" content="Margin Notes"><meta property="og:title" content="Introducing my reading journal">';
    // The blog's only <h1> is its name (the logo's); the post's heading is an <h2> marked as the entry's title.
    expect(metadataOf(head, '<h2 class="entry-title">About this reading journal and its slow books</h2>').title).toBe(
      'About this reading journal and its slow books',
    );
    expect(metadataOf(head, '<h2 itemprop="headline">About this reading journal and its slow books</h2>').title).toBe(
      'About this reading journal and its slow books',
    );
    // Beside <h1>s of widgets and cards that the page's titles do not agree with either.
    const widgets = metadataOf(
      head,
      '<h1 class="v2-headline">The Best Slow Books for a Winter of Reading</h1><aside><h1 class="widget__title">Next in your guide</h1><h1 class="item__title">A garden to visit now</h1></aside>',
    );
    expect(widgets.title).toBe('The Best Slow Books for a Winter of Reading');
    // Over a promo's <h1> that the titles do not agree with.
    const promo = metadataOf(
      head,
      '<h3 class="sa-post-title">About this reading journal and its slow books</h3><aside><h1>A message from John Furrier, our co-founder:</h1></aside>',
    );
    expect(promo.title).toBe('About this reading journal and its slow books');
    // Each post of a list marked so is its own: none is the page's.
    const list = metadataOf(
      head,
      '<h2 class="entry-title">The first post of the journal</h2><p>An excerpt.</p><h2 class="entry-title">The second post of the journal</h2>',
    );
    expect(list.title).toBe('Introducing my reading journal');
  });

  it('takes the title the page’s data gives when the page shows it as a heading under a banner’s <h1>, and keeps the <h1>', () => {
    const html = `<html><head><title>How to Read Slowly in a Busy Week | Margin Notes</title><meta property="og:site_name" content="Margin Notes"></head><body><main><article><h1>How to Read Slowly</h1><p>A guide for the rest of us.</p><h2>How to Read Slowly in a Busy Week</h2>${body}</article></main></body></html>`;
    const article = articleOf(html);
    expect(article.title).toBe('How to Read Slowly in a Busy Week');
    expect(article.textContent).toContain('How to Read Slowly\n');
    // The same where the site's name is only what follows the titles' last bar, given nowhere else.
    const unnamedSite = metadataOf(
      '<title>How to Read Slowly in a Busy Week | MARGIN NOTES®</title><meta property="og:title" content="How to Read Slowly in a Busy Week | MARGIN NOTES®">',
      '<h1>How to Read Slowly</h1><p>A guide for the rest of us.</p><h2>How to Read Slowly in a Busy Week</h2>',
    );
    expect(unnamedSite.title).toBe('How to Read Slowly in a Busy Week');
    // Not when another of the page's titles says what the <h1> says: the heading is a caption's.
    const captioned = metadataOf(
      '<title>How to Read Slowly in a Busy Week | Margin Notes</title><meta property="og:title" content="How to Read Slowly">',
      '<h1>How to Read Slowly in a Busy Week</h1><figure><h3>How to Read Slowly</h3></figure>',
    );
    expect(captioned.title).toBe('How to Read Slowly in a Busy Week');
    // Not a section's heading that is only a part of that title, nor one of two words.
    const part = metadataOf(
      '<title>How to Read Slowly - A Guide for Busy Weeks | Margin Notes</title>',
      '<h1>Slow Reading in a Busy Week</h1><h2>How to Read Slowly</h2>',
    );
    expect(part.title).toBe('Slow Reading in a Busy Week');
    const short = metadataOf(
      '<title>Slow Reading | Margin Notes</title>',
      '<h1>Slow Reading in a Busy Week</h1><h2>Slow Reading</h2>',
    );
    expect(short.title).toBe('Slow Reading in a Busy Week');
  });

  it('reads the byline under the heading: the name, not the job title beside it, not the reviewer, not the site', () => {
    const meta = metadataOf(
      '<title>Why Slow Reading Still Matters | Margin Notes</title><meta name="author" content="marginnotes_admin"><meta property="og:site_name" content="Margin Notes">',
      '<h1>Why Slow Reading Still Matters</h1><div class="author-box"><span>Written by</span><a href="/author/ada-gardener">Ada Gardener</a><span class="role">Senior Editor, Margin Notes</span><span>Reviewed by</span><a href="/author/bo-reviewer">Bo Reviewer</a></div>',
    );
    expect(meta.byline).toBe('Ada Gardener');
  });

  it('a hidden <h1> (a login prompt a script shows) does not stand beside the article’s own', () => {
    const page = (prompt: string) =>
      `<html><head><title>Easy leek soup recipe</title></head><body><main><h1>Leek soup for cold weeks</h1>${body}</main>${prompt}</body></html>`;
    for (const hidden of [
      '<section class="hidden"><div><h1>Share Your Thoughts!</h1></div></section>',
      '<section hidden><h1>Share Your Thoughts!</h1></section>',
      '<section style="display: none"><h1>Share Your Thoughts!</h1></section>',
    ]) {
      expect(articleOf(page(hidden)).title).toBe('Leek soup for cold weeks');
    }
    // A streamed page's late part is hidden only until React's script moves it into place.
    const streamed = `<html><head><title>Easy leek soup recipe</title></head><body><main><template id="B:0"></template><p>Loading…</p><!--/$--></main><div hidden id="S:0"><h1>Leek soup for cold weeks</h1>${body}</div></body></html>`;
    expect(articleOf(streamed).title).toBe('Leek soup for cold weeks');
    // Shown again from a screen size up ("hidden md:block"), it is a heading like any other.
    expect(articleOf(page('<section class="hidden md:block"><h1>Share Your Thoughts!</h1></section>')).title).toBe(
      'Easy leek soup recipe',
    );
  });

  it('never takes an author’s description for the byline, though its class says "author"', () => {
    const header = `<h1>Why Slow Reading Still Matters</h1><div class="author-row"><p class="gb-headline">Asser Christensen</p>
      <div class="dynamic-author-description">Licensed Q Arabica Grader, M.A. Journalism</div></div>`;
    // The row's "author" mark finds the name in it.
    expect(metadataOf('', header).byline).toBe('Asser Christensen');
    // Nothing else names the author: no byline, rather than the description.
    expect(metadataOf('', header.replace('author-row', 'row')).byline).toBe(undefined);
  });

  it('reads a plain “By … - date” line under the heading, and keeps a same-day machine date’s precision', () => {
    const meta = metadataOf(
      '<title>Why Slow Reading Still Matters</title><meta property="article:published_time" content="2024-03-27T08:15:00Z">',
      '<h1>Why Slow Reading Still Matters</h1><div><div>By Dr. Vahid Osman - Mar 27, 2024</div></div>',
    );
    expect(meta.byline).toBe('Dr. Vahid Osman');
    expect(meta.publishedTime).toBe('2024-03-27T08:15:00Z');
  });

  it('prefers the date the page shows to a metadata date of another day, and ignores comments’ dates and names', () => {
    const meta = metadataOf(
      '<title>Why Slow Reading Still Matters</title><meta property="article:published_time" content="2021-01-01T00:00:00Z">',
      '<h1>Why Slow Reading Still Matters</h1><p class="meta">Updated <time>August 19, 2025</time></p>',
      '<section id="comments"><div class="comment-author">By Troll McTroll</div><time datetime="2025-12-01">December 1, 2025</time></section>',
    );
    expect(meta.publishedTime?.slice(0, 10)).toBe('2025-08-19');
    expect(meta.byline).toBeUndefined();
  });
});

describe('names that are not the article’s author', () => {
  it('a customer’s name under a testimonial beside the article is no byline (Huberman Lab’s "Stacey")', () => {
    const meta = metadataOf(
      '<title>Why Slow Reading Still Matters</title><meta name="author" content="Andrew Huberman">',
      '<h1>Why Slow Reading Still Matters</h1>',
      '<div class="testimonial-card"><p>“The newsletter changed my mornings.”</p><div class="testimonial-author-wrapper"><img src="" alt="" class="testimonial-author-image"><div><p class="u-font-semibold-600">Stacey</p></div></div></div>',
    );
    expect(meta.byline).toBe('Andrew Huberman');
  });

  it('a card of another post listed above the heading lends it no byline ("by Andy Westlake")', () => {
    const card =
      '<li><article><a class="wrap" href="https://example.com/blog/best-travel-cameras/"><div class="post-img"><img src="/c.jpg" alt=""></div><div class="details"><span class="title">The best travel cameras</span><p class="author">by Andy Westlake</p></div></a></article></li>';
    const meta = metadataOf(
      '<title>Why Slow Reading Still Matters</title><meta name="author" content="Joshua Waller">',
      `<ul class="trending">${card}</ul><h1>Why Slow Reading Still Matters</h1><div class="c-singular__author"><span class="c-singular__author-name"><a href="https://example.com/author/joshua-waller/">Joshua Waller</a></span></div>`,
    );
    expect(meta.byline).toBe('Joshua Waller');
  });

  it('nor does a card after it whose author box the page marks ("post-author"): the page’s data names the author', () => {
    const card =
      '<ul class="posts"><li><a href="https://example.com/blog/captains-chair/"><div class="copy"><h4>From the Captain’s Chair</h4><p>An interview.</p></div><div class="post-author"><div class="contributor">Igor Aleksandrov</div></div></a></li></ul>';
    const meta = metadataOf(
      '<title>Why Slow Reading Still Matters</title><meta name="author" content="Colin Madison">',
      `<h1>Why Slow Reading Still Matters</h1>${card}`,
    );
    expect(meta.byline).toBe('Colin Madison');
  });

  it('an author box linked to the post itself is the header’s own, not a card (Webflow)', () => {
    const box =
      '<a href="/blog/slow-reading" aria-current="page" class="author-wrapper"><div class="author-image-wrapper"><img src="" alt=""></div><div class="flex-vertical"><div class="author-name">Team Margin</div><div class="published-date">September 4, 2025</div></div></a>';
    // (The page's data names the account that posted it: the shown name wins, as elsewhere.)
    const meta = metadataOf(
      '<title>Why Slow Reading Still Matters</title><meta name="author" content="webflow-admin">',
      `${box}<h1>Why Slow Reading Still Matters</h1>`,
    );
    expect(meta.byline).toBe('Team Margin');
  });

  it('a reviewer credited first, her label apart from its "by", is not the author (Healthline)', () => {
    const meta = metadataOf(
      '<title>Why Slow Reading Still Matters</title>',
      '<h1>Why Slow Reading Still Matters</h1><div class="byline"><span><a href="/reviewers/kim">Medically reviewed</a> by <a href="/reviewers/kim">Kim Rose-Francis RDN</a></span> — <span>Written by <a href="/authors/jillian">Jillian Kubala, MS, RD</a></span></div>',
    );
    expect(meta.byline).toBe('Jillian Kubala, MS, RD');
  });

  it('a commenter’s "Posted by: John" is no credit; the post’s own "Posted by David at …" is', () => {
    const comments =
      '<div id="comments"><div class="comments-content"><p>Nice write-up.</p><span class="comments-post">Posted by: <a href="mailto:j@example.com">John</a> at December 18, 2025 05:48 PM</span></div></div>';
    const page = (postedLine: string) =>
      `<html><head><title>Vibe Coding</title></head><body><div class="entry"><h2>Vibe Coding</h2>${body}${postedLine}</div>${comments}</body></html>`;
    expect(articleOf(page('')).byline).toBeUndefined();
    expect(articleOf(page('<span class="posted">Posted by David at December 16, 2025 11:15 AM</span>')).byline).toBe(
      'David',
    );
  });
});

describe('machine-readable bylines when the page shows none', () => {
  it('JSON-LD: the Article’s author after a WebPage without one, found by its @id', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': `${URL}#webpage`, name: 'Slow reading' },
        { '@type': 'Person', '@id': 'https://example.com/#/person/ada', name: 'Ada Gardener' },
        { '@type': 'BlogPosting', headline: 'Slow reading', author: { '@id': 'https://example.com/#/person/ada' } },
      ],
    };
    const head = `<title>Slow reading</title><script type="application/ld+json">${JSON.stringify(graph)}</script>`;
    expect(metadataOf(head, '<h2>Slow reading</h2>').byline).toBe('Ada Gardener');
  });

  it('a Twitter card’s "Written by" label names the author', () => {
    const head =
      '<title>Slow reading</title><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Bo Lin"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">';
    expect(metadataOf(head, '<h2>Slow reading</h2>').byline).toBe('Bo Lin');
  });
});

describe('an og:title that is only the site’s name', () => {
  it('leaves the article’s <h1> its title, and the date under it is read', () => {
    // The page's only <h1> is the article's (no logo's to fall back on).
    const html = `<html><head><title>Which mower suits which lawn? | Robomow</title><meta property="og:site_name" content="Robomow"><meta property="og:title" content="Robomow"></head><body><main><h1>Which mower suits which lawn?</h1><span class="h5">17.05.2021</span>${body}</main></body></html>`;
    const article = articleOf(html);
    expect(article.title).toBe('Which mower suits which lawn?');
    expect(article.publishedTime?.slice(0, 10)).toBe('2021-05-17');
  });
});

describe('a page without an <h1>', () => {
  it('reads the date its author’s block shows beside the name', () => {
    const html = `<html><head><title>Slow reading | Margin Notes</title></head><body><main><div class="hero"><p class="big">Slow reading</p><div class="resource-author-details"><p>Luke Kim</p><small>December 17, 2025</small></div></div>${body}</main></body></html>`;
    const article = articleOf(html);
    expect(article.byline).toBe('Luke Kim');
    expect(article.publishedTime?.slice(0, 10)).toBe('2025-12-17');
  });
});

describe('a paper’s date, from the tags Google Scholar reads', () => {
  it('is the citation date (arXiv’s "2025/12/18")', () => {
    const meta = metadataOf(
      '<meta name="citation_title" content="Slow reading"><meta name="citation_date" content="2025/12/18">',
      '<h1>Slow reading</h1>',
    );
    expect(meta.publishedTime?.slice(0, 10)).toBe('2025-12-18');
  });
});

describe('the published date, not the update', () => {
  const head =
    '<title>Slow reading</title><meta property="article:published_time" content="2024-02-21T11:54:45+00:00"><meta property="article:modified_time" content="2025-10-26T18:41:45+00:00">';
  it('an "Updated" date shown under the heading gives way to the published date the page states', () => {
    const { publishedTime } = metadataOf(head, '<h2>Slow reading</h2><p class="meta">Updated Oct 26, 2025</p>');
    expect(publishedTime?.slice(0, 10)).toBe('2024-02-21');
  });
  it('a <time> in the article that is not marked as the publication does not outrank it', () => {
    const { publishedTime } = metadataOf(
      head,
      '<h2>Slow reading</h2><time datetime="2025-10-26T18:41:45Z">Oct 26</time>',
    );
    expect(publishedTime?.slice(0, 10)).toBe('2024-02-21');
  });
  it('a shown date the machine dates do not contradict stays', () => {
    const { publishedTime } = metadataOf(head, '<h2>Slow reading</h2><p class="meta">March 3, 2024</p>');
    expect(publishedTime?.slice(0, 10)).toBe('2024-03-03');
  });
});

describe('a <title> with the site’s name first', () => {
  it('its last part, the article’s title as og:title says it, is not taken for the site’s name', () => {
    const head =
      '<title>Margin Notes - What slow reading asks of us</title><meta property="og:title" content="What slow reading asks of us">';
    // The search box's heading comes first, with the site's long menu after it.
    const menu = Array.from({ length: 70 }, (_, n) => `<li><a href="/s/${n}">Section ${n}</a></li>`).join('');
    const header = `<h1 class="sr-only">Search</h1><ul>${menu}</ul><h1>What slow reading asks of us</h1><p>December 24, 2024</p>`;
    const { title, publishedTime } = metadataOf(head, header);
    expect(title).toBe('What slow reading asks of us');
    expect(publishedTime).toBe('2024-12-24');
  });
});

describe('a date labelled as such away from the header', () => {
  const header = '<h1>A beginner’s guide to slow reading</h1>';
  const datedLine = (html: string) => datedLineOnPage(parseHtml(`<html><body>${html}</body></html>`, URL));
  it('"Posted on" with its date, past the standfirst or after the article, when nothing else dates the page', () => {
    const after = '<div class="meta"><span class="label">Posted on</span><span>Nov 21, 2018</span></div>';
    expect(datedLine(`${header}<p>A standfirst that runs on.</p>${after}`)).toBe('2018-11-21');
    expect(datedLine('<p>Published On: 15 August 2025</p>')).toBe('2025-08-15');
  });
  it('not a comment’s "Posted on", nor an "Updated" line, nor a date in a sentence', () => {
    expect(datedLine('<section class="comments-area"><p>Posted on March 3, 2020 at 5:12 pm</p></section>')).toBe(
      undefined,
    );
    expect(datedLine('<p>Updated on March 3, 2020</p>')).toBeUndefined();
    expect(datedLine('<p>Published on a quiet afternoon after the draft of March 3, 2020</p>')).toBeUndefined();
    expect(datedLine('<p>Posted on</p><p>a quiet afternoon after the draft of March 3, 2020</p>')).toBeUndefined();
  });
  it('the page’s own date still comes first', () => {
    const head = '<meta property="article:published_time" content="2024-02-21T11:54:45+00:00">';
    // Far down the page (past the header's lines, which are read as the page shows its date).
    const notes = Array.from({ length: 70 }, (_, n) => `<li>Note ${n}</li>`).join('');
    const after = `<ul>${notes}</ul><p>Posted on Nov 21, 2018</p>`;
    expect(metadataOf('', header, after).publishedTime).toBe('2018-11-21');
    expect(metadataOf(head, header, after).publishedTime?.slice(0, 10)).toBe('2024-02-21');
  });
});

describe('dates a site names its own way, and headers with styles in them', () => {
  it('a meta named "published" or "w-published-date" is the publication date; "updated" ones are not', () => {
    expect(metadataOf('<meta name="published" content="July 17, 2025">', '<h2>Slow reading</h2>').publishedTime).toBe(
      '2025-07-17',
    );
    const head =
      '<meta name="w-updated-date" content="2025-09-01"><meta name="w-published-date" content="2025-05-27T06:03:43.274Z">';
    expect(metadataOf(head, '<h2>Slow reading</h2>').publishedTime?.slice(0, 10)).toBe('2025-05-27');
    const parsely = '<meta name="parsely-pub-date" content="2020-02-10T16:48:12Z">';
    expect(metadataOf(parsely, '<h2>Slow reading</h2>').publishedTime?.slice(0, 10)).toBe('2020-02-10');
  });

  it('a <style> between the heading and the date line does not end the header', () => {
    const css = `<style>${'.story-byline { margin-left: 20px; margin-right: 20px; } '.repeat(20)}</style>`;
    const header = `<h1>A beginner’s guide to slow reading</h1>${css}<div class="sno-story-byline">Audrey Huang</div>${css}<div><span>May 31, 2024</span></div>`;
    expect(metadataOf('<title>A beginner’s guide to slow reading</title>', header).publishedTime).toBe('2024-05-31');
  });
});

describe('bylines found further away, and bylines that name no one', () => {
  const heading = '<h1>Slow reading</h1>';
  it('a link to an author’s own page whose words are its address names the author', () => {
    const card =
      '<aside><a href="/authors/trevor-jackins">Trevor Jackins</a><a href="/authors/all">All authors</a></aside>';
    expect(metadataOf('', heading, card).byline).toBe('Trevor Jackins');
    // Words that are not the page's address: not taken for a name.
    expect(metadataOf('', heading, '<aside><a href="/authors/upwork-staff">Meet our team</a></aside>').byline).toBe(
      undefined,
    );
  });

  it('a tag’s or a category’s link in the byline’s row is a topic, never the author', () => {
    // A byline row holding the post's tag and its date, the author named nowhere near.
    const row =
      '<h1>Slow reading</h1><div class="post-byline"><a class="tag" href="/blog/tag/personal-finance">Personal finance</a><span>January 27, 2025</span></div>';
    expect(metadataOf('', row).byline).toBe(undefined);
    // A topic as a filter of the blog's index, its link even marked as the author's: the author
    // the page's data gives comes first.
    const filterLink =
      '<h1>Slow reading</h1><div class="post-topic"><a href="/blog/?content_topic=906" id="author-modal">HR Strategy</a></div>';
    expect(metadataOf('<meta name="author" content="Lena Marsh">', filterLink).byline).toBe('Lena Marsh');
    // "By" on its own, the categories after it (rel=tag), then the author's link.
    const byThenTags =
      '<h1>Slow reading</h1><div><h2>By</h2><div><a href="/wedding-checklists/" rel="tag">Wedding Checklists</a><a href="/just-engaged/" rel="tag">Just Engaged</a></div><div><a href="/contact">Naoise McNally</a></div></div>';
    expect(metadataOf('', byThenTags).byline).toBe('Naoise McNally');
  });

  it('a field labelled "Author" or "Contributors:" under the heading names the authors after the label', () => {
    const field = (label: string, value: string) =>
      `<h1>Slow reading</h1><div class="tags"><div><strong>${label}</strong> ${value}</div></div>`;
    expect(metadataOf('', field('Contributors:', 'Janet Loughrey')).byline).toBe('Janet Loughrey');
    expect(
      metadataOf('', `<h1>Slow reading</h1><div class="item"><h3>Author</h3><p>Lisa D. Ellis</p></div>`).byline,
    ).toBe('Lisa D. Ellis');
    // A label over no name, and a name under another label, give none.
    expect(metadataOf('', field('Contributors:', 'see the list below')).byline).toBe(undefined);
    expect(metadataOf('', field('Category:', 'Janet Loughrey')).byline).toBe(undefined);
  });

  it('"Written by …" or "Article by" over the name, anywhere, when nothing else names the author', () => {
    expect(metadataOf('', heading, '<div class="card"><p>Written by John Crenshaw</p></div>').byline).toBe(
      'John Crenshaw',
    );
    expect(metadataOf('', heading, '<section><h2>Article by</h2><div>Matias Heikkilä</div></section>').byline).toBe(
      'Matias Heikkilä',
    );
    // "Powered by …" is not a credit.
    expect(metadataOf('', heading, '<footer><p>Powered by WordPress</p></footer>').byline).toBe(undefined);
  });

  it('a field "Author" in a box after the article, the name after it, past an avatar’s initials', () => {
    const long = `<p>${'Reading slowly is a skill worth keeping, and it can be learned again with some patience and a pencil. '.repeat(4)}</p>`;
    const page = (author: string) =>
      articleOf(
        `<html><head><title>Slow reading</title></head><body><main><article><h1>Slow reading</h1>${long.repeat(4)}</article><aside class="insight"><div><h3>Published</h3><p><time datetime="2024-08-30">August 30, 2024</time></p></div><div><h3>Author</h3>${author}</div></aside></main></body></html>`,
      );
    expect(page('<p> Lisa D. Ellis</p>').byline).toBe('Lisa D. Ellis');
    expect(page('<div class="avatar"><span>LE</span></div><p>Lisa D. Ellis</p>').byline).toBe('Lisa D. Ellis');
  });

  it('an author’s card, the name on its own line over a bio about a person, names the author; a list of people does not', () => {
    const card = (name: string, bio: string) =>
      `<div class="callout"><img src="/face.jpg" alt=""><h3>${name}</h3><p>${bio}</p></div>`;
    const brooke = card(
      'Alban Brooke',
      'Alban Brooke is the Head of Marketing at Buzzsprout and the co-host of Buzzcast. He has recorded over 500 episodes.',
    );
    // Before the page's data, when that names only the publication.
    const publisher = `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', author: { name: 'Buzzsprout' }, publisher: { name: 'Buzzsprout' } })}</script>`;
    expect(metadataOf(publisher, heading, brooke).byline).toBe('Alban Brooke');
    // A place described under its heading, two people each under theirs, a bio without its name
    // line: none is taken for the author.
    const park = card(
      'Memorial Park',
      'Memorial Park is home to the oldest trail system in the city. It has 30 miles of trails.',
    );
    expect(metadataOf('', heading, park).byline).toBe(undefined);
    const people = `<section>${card('Ansel Adams', 'Ansel Adams was an American photographer. He photographed the West.')}${card('Dorothea Lange', 'Dorothea Lange was a documentary photographer. Her portraits are known worldwide.')}</section>`;
    expect(metadataOf('', heading, people).byline).toBe(undefined);
    const bioOnly =
      '<div class="callout"><p>Alban Brooke is the Head of Marketing at Buzzsprout. He has recorded over 500 episodes.</p></div>';
    expect(metadataOf('', heading, bioOnly).byline).toBe(undefined);
    // The name as the description of the picture right before the bio, in the article's own
    // column (too long to be measured as a card); not a picture described otherwise.
    const column = (alt: string) =>
      `<div>${'<p>Hotel rooms hide many small comforts that most guests never think to ask the front desk for.</p>'.repeat(25)}
      <p><img src="/Julia-Gralberg.jpg" alt="${alt}"></p><p>Julia Gralberg is a freelance travel writer and editor. When she isn’t busy she is on a plane.</p></div>`;
    expect(metadataOf('', heading, column('Julia Gralberg')).byline).toBe('Julia Gralberg');
    expect(metadataOf('', heading, column('A hotel bed')).byline).toBe(undefined);
  });

  it('a team after a lower-case "the" under the heading: "By the Lavazza Team"', () => {
    const row = (credit: string) => `<h1>Slow reading</h1><div><span>${credit}</span> <span>2–3 minutes</span></div>`;
    expect(metadataOf('', row('By the Lavazza Team')).byline).toBe('the Lavazza Team');
    expect(metadataOf('', row('By the way')).byline).toBe(undefined);
  });

  it('a name under the heading beside its own small picture is the author’s; a photo’s caption is not', () => {
    const row = (picture: string) =>
      `<h1>Slow reading</h1><div class="row"><span>2025-12-17</span><span>·</span><a>${picture}<div>Trond Teigen</div></a></div>`;
    expect(metadataOf('', row('<img src="/face.png" alt="Trond Teigen">')).byline).toBe('Trond Teigen');
    // Another description, or a picture too large for an avatar: no byline.
    expect(metadataOf('', row('<img src="/face.png" alt="Profile picture">')).byline).toBe(undefined);
    expect(metadataOf('', row('<img src="/face.png" width="800" alt="Trond Teigen">')).byline).toBe(undefined);
    // A photo of the person the article is about, captioned with the name.
    const figure =
      '<h1>Slow reading</h1><figure><img src="/portrait.jpg" alt="Trond Teigen"><figcaption>Trond Teigen</figcaption></figure>';
    expect(metadataOf('', figure).byline).toBe(undefined);
    // A footer's menu of pictures with their names, reached after a short article.
    const footer =
      '<footer><ul><li><a href="/iso"><img src="/iso.svg" width="80" alt="Security Standards">Security Standards</a></li></ul></footer>';
    expect(metadataOf('', '<h1>Slow reading</h1>', footer).byline).toBe(undefined);
    // The picture described by the name and the role, a box further off (a chakra stack).
    const stack = (line: string) =>
      `<h1>Slow reading</h1><div class="stack"><div><img src="/j.jpg" alt="Juliette Carreiro, Ironhack Tech Writer"></div><div><div>${line}<p>Tech Writer</p></div><a href="/authors/juliette-carreiro">Articles by Juliette</a></div></div>`;
    expect(metadataOf('', stack('<p>Juliette Carreiro</p>')).byline).toBe('Juliette Carreiro');
    // A heading that far from a picture titles a card: a course over its logo.
    expect(
      metadataOf(
        '',
        stack('<h2>Adobe Photoshop Elements</h2>').replace(
          'Juliette Carreiro, Ironhack Tech Writer',
          'Adobe Photoshop Elements',
        ),
      ).byline,
    ).toBe(undefined);
  });

  it('the site’s name written with "and" for "&" gives way to the person the page names', () => {
    const head =
      '<meta property="og:site_name" content="Garnish & Glaze"><meta name="author" content="Melanie Lionello">';
    const credit = '<h1>Slow reading</h1><div class="recipe-author">Garnish and Glaze</div>';
    expect(metadataOf(head, credit).byline).toBe('Melanie Lionello');
  });

  it('an address in the author meta tag is passed over for a name further on', () => {
    expect(
      metadataOf(
        '<meta name="author" content="https://www.facebook.com/site">',
        heading,
        '<p>Written by Ada Gardener</p>',
      ).byline,
    ).toBe('Ada Gardener');
  });

  it('a shown list cut short is completed from the page’s data, without the publication', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      author: [
        { name: 'Danielle DeSiato' },
        { name: 'Donna Enzmann' },
        { name: 'Natalie Nguyen' },
        { name: 'Reviewed' },
      ],
      publisher: { name: 'Reviewed' },
    })}</script>`;
    expect(metadataOf(ld, `${heading}<p class="byline">By Danielle DeSiato, Donna Enzmann</p>`).byline).toBe(
      'Danielle DeSiato, Donna Enzmann, Natalie Nguyen',
    );
  });

  it('a credit’s label in other words and languages goes; a label alone, a page’s word or a dash names no one', () => {
    const byline = (credit: string) => metadataOf('', `${heading}<div class="byline">${credit}</div>`).byline;
    expect(byline('<span class="descriptor">Submitted by</span> <span>Michelle</span>')).toBe('Michelle');
    expect(byline('Recipe by Charlotte Roberts')).toBe('Charlotte Roberts');
    expect(byline('Par Cuisine et Vins de France')).toBe('Cuisine et Vins de France');
    expect(byline('Gemaakt door Sandra')).toBe('Sandra');
    // "By" is a whole word: a first name that starts with it stays whole.
    expect(byline('Byron Smith')).toBe('Byron Smith');
    expect(byline('– Christina S')).toBe('Christina S');
    expect(byline('Par')).toBe(undefined);
    expect(byline('<a href="#menu">Menu</a>')).toBe(undefined);
  });

  it('a phrase, a profile’s figures or a sign-off is no one’s name', () => {
    const box = (html: string) => metadataOf('', heading, html).byline;
    expect(box('<div class="about-author"><p>If you make this recipe, give it a rating!</p></div>')).toBe(undefined);
    expect(box('<div class="author-stats"><a href="/u/tips"><span>1956</span> <span>Tips</span></a></div>')).toBe(
      undefined,
    );
    expect(box('<div class="byline"><span class="signature">Enjoy,</span></div>')).toBe(undefined);
    // A brand's name holds a lower-case word or two: it is still a name.
    expect(metadataOf('<meta name="author" content="Spain on a Fork">', heading).byline).toBe('Spain on a Fork');
    // "By Stella on" and the date in an element of its own.
    expect(metadataOf('', `${heading}<p>By Stella on <span>May 3, 2024</span></p>`).byline).toBe('Stella');
  });

  it('a thing’s name beside its photo is no author’s avatar: the dish itself, an icon, a run of cards', () => {
    const row = (html: string) => metadataOf('<title>Veal Francaise</title>', `<h1>Veal Francaise</h1>${html}`).byline;
    expect(row('<div><img src="/veal.jpg" alt="Veal Francaise"><div>Veal Francaise</div></div>')).toBe(undefined);
    expect(
      row('<div><img src="/icons/finished-product.svg" alt="Finished Product"><h4>Finished Product</h4></div>'),
    ).toBe(undefined);
    const ingredient = (name: string) =>
      `<div><div><img src="/${name.length}.png" alt="${name}"></div><div>${name}</div></div>`;
    expect(row(`<div>${['Pak Choi', 'Ginger Root', 'Spring Onions'].map(ingredient).join('')}</div>`)).toBe(undefined);
    // One such row under the heading is still the author's.
    expect(row(ingredient('Trond Teigen'))).toBe('Trond Teigen');
    // A carousel of other recipes sets each name five boxes deep.
    const card = (name: string) =>
      `<div class="item"><div class="entry"><div class="thumb"><a href="/${name.length}"><img src="/${name.length}.jpg" alt="${name}"><span>${name.toUpperCase()}</span></a></div></div></div>`;
    expect(row(`<div class="carousel">${['Veal Marsala', 'Veal Piccata', 'Osso Buco'].map(card).join('')}</div>`)).toBe(
      undefined,
    );
  });

  it('an element marked as the author’s comes before a name that is only beside a picture', () => {
    const byline = metadataOf(
      '<title>Veal Francaise</title>',
      `<h1>Veal Francaise</h1><div><img src="/v.jpg" alt="Veal Marsala"><span>Veal Marsala</span></div>`,
      '<h2>Added by</h2><p><span itemprop="author">Fay Kelco</span></p>',
    ).byline;
    expect(byline).toBe('Fay Kelco');
  });

  it('a byline element inside <main> counts when a banner left unclosed holds the whole page; one in a sidebar does not', () => {
    const page = (main: string) =>
      parseHtml(
        `<html><head><title>Startup lessons</title></head><body><aside class="announcement-banner"><a href="/news">New: functions</a><main>${main}</main></body></html>`,
        URL,
      );
    const inMain = page(
      '<article><h1>Startup lessons</h1><span class="blog-meta-author"> Tim Enwall </span></article>',
    );
    const credit = inMain.querySelector('.blog-meta-author') as Element;
    expect(readVisibleMetadata([credit], undefined).byline).toBe('Tim Enwall');
    const inSidebar = page(
      '<article><h1>Startup lessons</h1></article><aside><div class="post-author">Jane Other</div></aside>',
    );
    const other = inSidebar.querySelector('.post-author') as Element;
    expect(readVisibleMetadata([other], undefined).byline).toBe(undefined);
  });

  it('a whole post marked with its author’s class is no byline box: its first linked phrase is no name', () => {
    const post = `<div class="entry author-maangchi"><h1>Pepper chicken</h1><p>Unlike most <a href="/fried-chicken">Korean fried chicken</a>, this one is served with crisp vegetables and a sweet, sour and salty sauce.</p>${body.repeat(3)}</div>`;
    const article = articleOf(`<html><head><title>Pepper chicken</title></head><body>${post}</body></html>`);
    expect(article.byline).toBe(undefined);
  });

  it('a name and its role in one piece give the name: "…, AP National Political Writer"', () => {
    const header = (html: string) => metadataOf('<title>Debate</title>', `<h1>Debate</h1>${html}`).byline;
    expect(header('<div class="byline"><span>Steve Peoples, AP National Political Writer</span></div>')).toBe(
      'Steve Peoples',
    );
    // A name with "Writer" run on, no comma, loses the word.
    expect(header('<div class="byline"><span>Ada Lovelace Writer</span></div>')).toBe('Ada Lovelace');
  });

  it('a button’s words beside the name, an “About me” link or a link marked as a date’s is no name', () => {
    const header = (html: string) => metadataOf('<title>Dumplings</title>', `<h1>Dumplings</h1>${html}`).byline;
    expect(
      header(
        '<div class="recipe-author-wrapper"><a class="recipe-author" href="/cooks/38994/">Howardcooks</a><a href="#" class="save-cook"><div>Uložiť kuchára</div></a></div>',
      ),
    ).toBe('Howardcooks');
    expect(
      header(
        '<span class="author"><a href="/ueber-mich/">Aurélie Bastian</a> · <a href="/ueber-mich/">Über mich</a></span>',
      ),
    ).toBe('Aurélie Bastian');
    expect(header('<a class="publish" href="/export">Export ▼ Embed Text HTML BeerXML</a>')).toBe(undefined);
  });

  it('a day of the week, a label cut off or a template key is no one’s name; "on Tuesday" is not part of one', () => {
    const meta = (author: string) => metadataOf(`<meta name="author" content="${author}">`, heading).byline;
    expect(meta('Sat')).toBe(undefined);
    expect(meta('About the')).toBe(undefined);
    expect(meta('page.head.extra.author')).toBe(undefined);
    expect(meta('sara.r.peter')).toBe('sara.r.peter');
    // A profile's address without its scheme names a page, not a person.
    expect(meta('facebook.com/vegolosi')).toBe(undefined);
    expect(meta('IndustrySelect on Tuesday')).toBe('IndustrySelect');
    expect(meta('Read more about The Upwork Team')).toBe('The Upwork Team');
  });
});

describe('a visible heading without what pages add to it', () => {
  const site = '<meta property="og:site_name" content="Margin Notes">';
  it('an SEO tail after a bar, the site’s name after a dash', () => {
    expect(metadataOf(site, '<h1>How meditation rewires brains and improves health | Opinion</h1>').title).toBe(
      'How meditation rewires brains and improves health',
    );
    expect(metadataOf(site, '<h1>Critics’ Choice: Best UK Art Exhibitions 2025 – Margin Notes</h1>').title).toBe(
      'Critics’ Choice: Best UK Art Exhibitions 2025',
    );
  });

  it('a subtitle after a bar that the page’s title gives too stays; a channel and site after bars go', () => {
    const whole = 'Top 10 Cameras of 2025 Under $2500 | The Best Mirrorless Cameras on the Market';
    const doc = `<title>${whole} — Margin Notes</title>`;
    expect(metadataOf(site + doc, `<h1>${whole}</h1>`).title).toBe(whole);
    // Without the page's title saying it whole, the tail is the heading's SEO tail.
    expect(metadataOf(site, `<h1>${whole}</h1>`).title).toBe('Top 10 Cameras of 2025 Under $2500');
    // Two bars: a channel and a site, even when the page's title repeats them.
    const chain = 'How to help toddlers sleep through the night | Patient Education | Children’s Hospital';
    expect(metadataOf(`<title>${chain}</title>`, `<h1>${chain}</h1>`).title).toBe(
      'How to help toddlers sleep through the night',
    );
  });

  it('a date or a label before the title the page’s metadata gives', () => {
    const og = '<meta property="og:title" content="Preparing a transition in Debusine">';
    expect(metadataOf(site + og, '<h1>Dec 18 2025 Preparing a transition in Debusine</h1>').title).toBe(
      'Preparing a transition in Debusine',
    );
    // A heading that only begins like the metadata's title keeps its own words.
    const short = '<meta property="og:title" content="Slow reading">';
    expect(metadataOf(site + short, '<h1>Slow reading for busy people</h1>').title).toBe(
      'Slow reading for busy people',
    );
    // "The" before the metadata's words is the heading's own, not a label.
    const bare = '<title>Best Home Security Cameras of 2026 | Margin Notes</title>';
    expect(metadataOf(site + bare, '<h1>The Best Home Security Cameras of 2026</h1>').title).toBe(
      'The Best Home Security Cameras of 2026',
    );
  });

  it('a word or two before the metadata’s words are the heading’s own; a lead-in the metadata holds whole stays', () => {
    // Recipe blogs' SEO titles leave out the heading's first words.
    const og = '<meta property="og:title" content="Taco Seasoning Recipe">';
    expect(metadataOf(site + og, '<h1>Easy Taco Seasoning Recipe</h1>').title).toBe('Easy Taco Seasoning Recipe');
    const crock = '<meta property="og:title" content="Buffalo Chicken Meatballs | Margin Notes">';
    expect(metadataOf(site + crock, '<h1>Crock Pot Buffalo Chicken Meatballs</h1>').title).toBe(
      'Crock Pot Buffalo Chicken Meatballs',
    );
    // A count would read as a label, but the page's <title> gives the heading whole.
    const whole = '<title>10 Minute Taco Seasoning Recipe - Margin Notes</title>';
    expect(metadataOf(site + og + whole, '<h1>10 Minute Taco Seasoning Recipe</h1>').title).toBe(
      '10 Minute Taco Seasoning Recipe',
    );
  });

  it('the metadata’s count before the same words is kept ("8 Recent Trends…")', () => {
    const og = '<meta property="og:title" content="8 Recent Trends in Photography - Margin Notes">';
    expect(metadataOf(site + og, '<h1>Recent Trends in Photography</h1>').title).toBe('8 Recent Trends in Photography');
  });

  it('a bullet between the title and the site’s name in <title>', () => {
    expect(metadataOf(`${site}<title>A brief intro to git • Margin Notes</title>`, '').title).toBe(
      'A brief intro to git',
    );
  });
});

describe('headings that are not the article’s, and titles read whole', () => {
  const site = '<meta property="og:site_name" content="Margin Notes">';
  it('a heading set on several lines reads with spaces; one in capitals gives way to the same title in the author’s case', () => {
    expect(metadataOf(site, '<h1>Slow reading<br>for busy people</h1>').title).toBe('Slow reading for busy people');
    // A subtitle the page sets on a line of its own with a style, not a tag.
    expect(metadataOf(site, '<h1>Slow reading<span class="block text-sm">A field guide</span></h1>').title).toBe(
      'Slow reading A field guide',
    );
    expect(metadataOf(site, '<h1>Slow reading<span style="display: block">A field guide</span></h1>').title).toBe(
      'Slow reading A field guide',
    );
    // Chinese lines run on without a space, as Chinese is written.
    expect(metadataOf(site, '<h1>关于提升青年<br>读书习惯的几点思考</h1>').title).toBe(
      '关于提升青年读书习惯的几点思考',
    );
    const title = '<title>Weekend Coding Agent | Margin Notes</title>';
    expect(metadataOf(site + title, '<h1>WEEKEND<br>CODING<br> <span>AGENT</span></h1>').title).toBe(
      'Weekend Coding Agent',
    );
    const og = '<meta property="og:title" content="GAAP Compliance: Applying Accounting Best Practices">';
    expect(metadataOf(site + og, '<h1>SUPPORTING GAAP COMPLIANCE</h1>').title).toBe(
      'GAAP Compliance: Applying Accounting Best Practices',
    );
    // Capitals with nothing else to go by stay as the page wrote them.
    expect(metadataOf(site, '<h1>TIPS FOR ONLINE SUCCESS</h1>').title).toBe('TIPS FOR ONLINE SUCCESS');
  });

  it('an underscore or a dash between letters joins them; beside a space it separates', () => {
    expect(metadataOf(`${site}<title>rustc_codegen_gcc: Progress Report #39</title>`, '').title).toBe(
      'rustc_codegen_gcc: Progress Report #39',
    );
    expect(metadataOf(`${site}<title>Cybersecurity Sector Update–Fall 2025 – Margin Notes</title>`, '').title).toBe(
      'Cybersecurity Sector Update–Fall 2025',
    );
  });

  it('a heading that names the blog or the site’s address is not the title', () => {
    const blog =
      '<title>Engora Data Blog: Small adventures with small language models</title><meta property="og:title" content="Small adventures with small language models">';
    expect(metadataOf(blog, '<h1>Engora Data Blog</h1><h1>Small is the new large</h1>').title).toBe(
      'Small adventures with small language models',
    );
    expect(metadataOf(`${site}<title>Vibe Coding - Notes</title>`, '<h1>example.com</h1>').title).toBe('Vibe Coding');
  });

  it('a one-word heading of a long title is a section’s', () => {
    const og =
      '<meta property="og:title" content="How we pwned Vercel, Cursor, Discord and hundreds of companies through a supply-chain attack">';
    expect(metadataOf(site + og, '<h1>writeup.md</h1><h1>Discord</h1>').title).toBe(
      'How we pwned Vercel, Cursor, Discord and hundreds of companies through a supply-chain attack',
    );
  });

  it('a link aggregator’s source and count after the title, a “Title:” label, and a lead-in before a two-word title, go', () => {
    const slashdot = '<title>Degrees No Longer Guarantee Jobs - Slashdot</title>';
    expect(metadataOf(slashdot, '<h1>Degrees No Longer Guarantee Jobs (latimes.com) 87</h1>').title).toBe(
      'Degrees No Longer Guarantee Jobs',
    );
    expect(metadataOf(site, '<h1>Title:Model Merging via Geometric Constraints</h1>').title).toBe(
      'Model Merging via Geometric Constraints',
    );
    const app = '<title>Klatch Coffee | Shopify App Store</title>';
    expect(metadataOf(app, '<h1><div>Get that tech stack</div> <span>Klatch Coffee</span></h1>').title).toBe(
      'Klatch Coffee',
    );
  });

  it('a <title> that begins with the site’s address has it taken off; a heading whose letters the encoding lost takes the metadata’s', () => {
    // The page's heading is its address, and the <title> runs the address into the title.
    expect(metadataOf('<title>example.com Vibe Coding</title>', '<h1>example.com</h1>').title).toBe('Vibe Coding');
    // A name without a dot often begins its own titles: it stays.
    expect(metadataOf(`${site}<title>Margin Notes Weekly Digest</title>`, '').title).toBe('Margin Notes Weekly Digest');
    const og = '<meta property="og:title" content="Event Planning: Beginner’s Guide | Margin Notes">';
    expect(metadataOf(og, '<h1>Event Planning? Beginner? Guide</h1>').title).toBe('Event Planning: Beginner’s Guide');
    expect(metadataOf('<title>Le café du coin</title>', '<h1>Le caf? du coin</h1>').title).toBe('Le café du coin');
    // A question the author asked stays a question, whatever the metadata puts in its place.
    const colon = '<meta property="og:title" content="Why Slow Reading: A Short Guide">';
    expect(metadataOf(colon, '<h1>Why Slow Reading? A Short Guide</h1>').title).toBe('Why Slow Reading? A Short Guide');
  });
});

describe('the byline as a line of the article’s own opening', () => {
  const read = (opening: string) => {
    const html = `<html><head><title>Homestead gardening in Rajshahi</title></head><body><main><article>${opening}${body}</article></main></body></html>`;
    const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
    if (!result.ok) throw new Error(result.reason);
    return { byline: result.article.byline, text: result.article.textContent };
  };

  it('"By <name>" under a photo and its caption is the byline, and leaves the text', () => {
    const photo =
      '<div class="img"><img src="/garden.jpg" alt=""></div><div class="caption">Gardens in the Barind tract.</div>';
    const { byline, text } = read(`${photo}<p>By <strong>Md Aynal Haque</strong></p>`);
    expect(byline).toBe('Md Aynal Haque');
    expect(text).not.toContain('By Md Aynal Haque');
    expect(text).toContain('Gardens in the Barind tract.');
    // After a date, and a one-word handle.
    expect(read('<p>12/19 — 2025</p><p>by ibby</p>').byline).toBe('ibby');
    expect(read('<p>03/01/2017 by Agatha Caleo</p>').byline).toBe('Agatha Caleo');
  });

  it('"By <name>" set as a small heading is the byline, and no heading of the text; a heading before the photo does not push it out', () => {
    const small = read('<h6>By Rick Steves</h6>');
    expect(small.byline).toBe('Rick Steves');
    expect(small.text).not.toContain('By Rick Steves');
    // The news site's headline in a wrapper, its photo and caption, then the byline: still the opening.
    const headed = read(
      '<div class="headline"><h4>Homestead gardening in Rajshahi</h4></div><div><p><img src="/garden.jpg" alt=""></p><p>Gardens in the Barind tract.</p></div><p>By <strong>Md Aynal Haque</strong></p>',
    );
    expect(headed.byline).toBe('Md Aynal Haque');
    expect(headed.text).not.toContain('By Md Aynal Haque');
  });

  it('"By <name>" with the author’s affiliation after a line break goes whole, under a kicker set in spans', () => {
    // A kicker's <span>s inside its <p> are that paragraph's line, not blocks of their own: the
    // byline's paragraph is the second of the opening, not the fourth.
    const { byline, text } = read(
      '<p><span>Stopping to smell</span> <span>the flowers</span></p><p><a href="/author/md-aynal-haque"><span>By Md Aynal Haque</span></a><br><span>Barind Garden Network on Facebook</span><br></p>',
    );
    expect(byline).toBe('Md Aynal Haque');
    expect(text).not.toContain('By Md Aynal Haque');
    expect(text).not.toContain('Barind Garden Network on Facebook');
    expect(text).toContain('Stopping to smell the flowers');
  });

  it('the byline line under a fact-check’s badge, photo and quote goes, its template’s space before the comma and all; a photo’s credit stays', () => {
    // Pictures' blocks are no lines of the opening: the byline is its third line, not its fifth.
    const opening = `<p><a href="/rulings/mostly-true/"><img src="/mostly-true.png" alt="Mostly True"></a></p>
      <div><p><a href="/people/lind/"><img src="/lind.jpg" alt="Lind"></a></p><p>"Forty gardens a week are planted along the river."</p>
      <p>— <a href="/people/lind/">Jo Lind</a> on Sunday, October 13th, 2019 in a local newspaper</p></div>
      <p>By <a href="/staff/mara-holm/">Mara Holm</a> , <a href="/staff/ed-park/">Ed Park</a> <span>on Monday, November 18th, 2019 at 11:08 a.m.</span></p>`;
    const html = `<html><head><title>Forty gardens a week?</title><meta name="author" content="Mara Holm, Ed Park"></head><body><main><article>${opening}${body}</article></main></body></html>`;
    const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.byline).toBe('Mara Holm, Ed Park');
    expect(result.article.textContent).not.toContain('By Mara Holm');
    expect(result.article.textContent).toContain('Forty gardens a week are planted');
    // A photo's caption that credits the author stays: it is the photo's line, not the byline.
    const captioned = `<html><head><title>Forty gardens a week?</title><meta name="author" content="Mara Holm"></head><body><main><article><figure><img src="/river.jpg" alt=""><figcaption><p>Gardens along the river | © 2019 Mara Holm</p></figcaption></figure>${body}</article></main></body></html>`;
    const withCaption = extractArticle(parseHtml(captioned, URL), { url: URL, consumeDocument: true });
    expect(withCaption.ok && withCaption.article.textContent).toContain('Gardens along the river | © 2019 Mara Holm');
  });

  it('not a sentence or a phrase that starts with "by"', () => {
    expect(read('<p>By clicking here you agree to our terms</p>').byline).toBeUndefined();
    expect(read('<p>By 2030, most gardens here will be irrigated</p>').byline).toBeUndefined();
    const { byline, text } = read('<p>Powered by WordPress and a lot of coffee, this blog began in 2009.</p>');
    expect(byline).toBeUndefined();
    expect(text).toContain('Powered by WordPress');
  });

  it('a role after the name in the line under the title is left out; a date in figures is read from its <time>', () => {
    const news =
      '<aside class="news"><a href="/news/1">Exam results posted</a> <time datetime="2025-12-17">12/17/2025</time></aside>';
    const html = `<html><body>${news}<main><article><h1>Candidate Experience: Consulting Firm vs. Insurance Carrier</h1><div class="meta"><time datetime="2017-03-01">03/01/2017</time> by Agatha Caleo, Candidate Representative to the Candidate Liaison Committee</div>${body}</article></main></body></html>`;
    const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
    expect(result.ok && result.article.byline).toBe('Agatha Caleo');
    // "03/01/2017" may be the 3rd of January or the 1st of March: its datetime says which.
    expect(result.ok && result.article.publishedTime?.slice(0, 10)).toBe('2017-03-01');
  });
});

describe('the site’s own name as the author', () => {
  const site = '<meta property="og:site_name" content="Buzzsprout"><meta name="author" content="Buzzsprout">';
  // Far from the title (beyond what is read around it), as an author card at a long page's end.
  const farAway = `<section class="related"><ul>${'<li><span>Episode notes</span></li>'.repeat(150)}</ul></section>`;
  it('gives way to a person the page credits', () => {
    const card = '<section class="bio"><div>Written by</div><div>Alban Brooke</div></section>';
    expect(metadataOf(site, '', farAway + card).byline).toBe('Alban Brooke');
    // With no one credited, the site's name is what the page says.
    expect(metadataOf(site, '').byline).toBe('Buzzsprout');
  });

  it('but not to a name after "written by" inside a sentence', () => {
    const sentence =
      '<p>Python also has a separate <a href="https://github.com/mrabarnett/mrab-regex">regex library</a> written by <a href="https://github.com/mrabarnett">Matthew Barnett</a> in C, with full case folding.</p>';
    expect(metadataOf(site, '', farAway + sentence).byline).toBe('Buzzsprout');
  });
});

describe('a site that gives its address as its name', () => {
  it('is named by its host, as a reader would say it', () => {
    const html = `<html><head><meta property="og:site_name" content="https://www.quietpages.example/"></head><body><article><h1>Slow reading</h1>${body}</article></body></html>`;
    const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.siteName).toBe('quietpages.example');
  });
});

describe('a site that gives its tagline with its name', () => {
  const siteNameOf = (given: string) => {
    const html = `<html><head><meta property="og:site_name" content="${given}"></head><body><article><h1>Slow reading</h1>${body}</article></body></html>`;
    const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
    if (!result.ok) throw new Error(result.reason);
    return result.article.siteName;
  };

  it('is named without the tagline: the first part, or the last when the first is a line about the site', () => {
    expect(siteNameOf('Resy | Right This Way')).toBe('Resy');
    expect(siteNameOf('Utne – Cure Ignorance')).toBe('Utne');
    expect(siteNameOf('Thoughts about Product Adoption, User Onboarding and Good UX | Userpilot Blog')).toBe(
      'Userpilot Blog',
    );
    // A colon, a hyphen inside a word and a name in one piece are the name.
    expect(siteNameOf('Wirecutter: Reviews for the Real World')).toBe('Wirecutter: Reviews for the Real World');
    expect(siteNameOf('Hacker-News Digest')).toBe('Hacker-News Digest');
  });

  it('is named by the part the page’s address spells, when the first part is a line about the site', () => {
    const siteNameAt = (given: string, url: string) =>
      articleOf(
        `<html><head><meta property="og:site_name" content="${given}"></head><body><article><h1>Slow reading</h1>${body}</article></body></html>`,
        url,
      ).siteName;
    expect(
      siteNameAt('Find a Provider Near You - Book Online - Sofia Health', 'https://sofia-health.com/c/cost/'),
    ).toBe('Sofia Health');
    // The first part is the name when it spells the address, whole or by its initials, or when
    // no part does; a part that only holds the address's words is not taken for it.
    expect(siteNameAt('National Cyber Security Centre - NCSC.GOV.UK', 'https://www.ncsc.gov.uk/guide')).toBe(
      'National Cyber Security Centre',
    );
    expect(siteNameAt('public voit - Web-page of Karl Voit', 'https://karl-voit.at/2021/tools/')).toBe('public voit');
    expect(siteNameAt('Tech Blog | Mobile App, eCommerce Insights', 'https://emizentech.com/blog/ideas/')).toBe(
      'Tech Blog',
    );
  });

  it('is named without a separator its template left at an edge ("Mindesigns -")', () => {
    expect(siteNameOf('Mindesigns -')).toBe('Mindesigns');
    expect(siteNameOf('| Quiet Pages |')).toBe('Quiet Pages');
  });

  it('is written as the <title> writes it when given as a slug or in lower case ("cultivating-health")', () => {
    const named = (given: string, title: string) =>
      articleOf(
        `<html><head><title>${title}</title><meta property="og:site_name" content="${given}"></head><body><article><h1>Slow reading</h1>${body}</article></body></html>`,
      ).siteName;
    expect(named('cultivating-health', 'Slow reading | Cultivating Health | UC Davis Health')).toBe(
      'Cultivating Health',
    );
    expect(named('tastewise', 'Slow reading - Tastewise')).toBe('Tastewise');
    // Written otherwise, or not in the <title>, it stays as given.
    expect(named('Quiet Pages', 'Slow reading - QUIET PAGES')).toBe('Quiet Pages');
    expect(named('discodanlives', 'Slow reading | discodanlives')).toBe('discodanlives');
  });

  it('is not a placeholder that names nothing ("/"): the next source names the site, or none does', () => {
    expect(siteNameOf('/')).toBeUndefined();
    const html = `<html><head><meta property="og:site_name" content="/"><script type="application/ld+json">{"@type":"Article","headline":"Slow reading","publisher":{"@type":"Organization","name":"Quiet Pages"}}</script></head><body><article><h1>Slow reading</h1>${body}</article></body></html>`;
    expect(articleOf(html, URL).siteName).toBe('Quiet Pages');
  });
});
