// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import { restoreFaq } from '../../utils/extract/faq';

const URL = 'https://guide.folio.test/postgres-tuning';
const paragraph = (n: number) =>
  `<p>Paragraph ${n}: a slow query is a plan that reads more than it needs, and the planner's estimates tell you where it went wrong, one node at a time.</p>`;

const QUESTIONS = [
  'What is performance tuning in PostgreSQL?',
  'How can I improve my PostgreSQL performance?',
  'How do I tune work_mem?',
  'When should I run VACUUM by hand?',
];
// (wcxb-dev 0342's, reworded.)
const SERVICE_QUESTIONS = [
  'Can you help me grow my Instagram followers?',
  'What photos or videos do you use?',
  'How do you match my branding colors and style?',
  'Do you offer a free trial of the plans?',
];
const serviceAnswer = (n: number) =>
  `Answer ${n}: we can do that for you. Our team partners with specialists, and we will set it up on your plan with us.`;
const answer = (n: number) =>
  `Answer ${n}: start from the plan, change one setting at a time, and measure again before you keep it.`;

/** A CMS's "additional section" beside the body: an accordion of questions and answers. */
const accordion = (questions = QUESTIONS, icon = '', answerOf = answer) =>
  `<div class="field field--name-field-additional-sections"><div class="row"><div class="col"><div class="section-head"><h2>Performance tuning: FAQs</h2></div><div class="faq-container">${questions
    .map(
      (q, i) =>
        `<div class="accordion-item"><div class="accordion-item-title">${q}${icon}</div><div class="accordion-item-answer"><div class="field--name-field-answer">${answerOf(i + 1)}</div></div></div>`,
    )
    .join('')}</div></div></div></div>`;

// (wcxb-dev 4413's title, shortened.)
const TITLE = 'How to use EXPLAIN ANALYZE to improve PostgreSQL performance';
const page = (after: string) =>
  `<body><main><article><h1>${TITLE}</h1><div class="blog-body"><div class="field field--name-body">${[
    1, 2, 3, 4, 5, 6, 7, 8,
  ]
    .map(paragraph)
    .join('')}</div>${after}</div></article></main></body>`;

const textOf = (html: string) => {
  const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
  return result.ok ? result.article.textContent : `(no article: ${result.reason})`;
};

describe('a FAQ set beside the article’s body', () => {
  it('comes back at the article’s end, questions, answers and heading', () => {
    const text = textOf(page(accordion()));
    expect(text).toContain('Paragraph 8');
    expect(text).toContain('Performance tuning: FAQs');
    for (const [i, q] of QUESTIONS.entries()) {
      expect(text).toContain(q);
      expect(text).toContain(`Answer ${i + 1}: start from the plan`);
    }
    expect(text.indexOf('Performance tuning: FAQs')).toBeGreaterThan(text.indexOf('Paragraph 8'));
    expect(text.indexOf(QUESTIONS[0] as string)).toBeLessThan(text.indexOf(QUESTIONS[1] as string));
  });

  it('sets each question in bold over its answer', () => {
    const result = extractArticle(parseHtml(page(accordion()), URL), { url: URL, consumeDocument: true });
    const content = result.ok ? result.article.content : '';
    for (const q of QUESTIONS) expect(content).toContain(`<strong>${q}</strong>`);
  });

  it('reads a question whose toggle icon is a font’s ligature without the icon’s name (EnterpriseDB)', () => {
    // Material Icons draws "chevron_right" from those letters; without the font they are words.
    const text = textOf(page(accordion(QUESTIONS, '\n<i class="material-icons">chevron_right</i>')));
    for (const q of QUESTIONS) expect(text).toContain(q);
    expect(text).toContain('Answer 4: start from the plan');
    expect(text).not.toContain('chevron_right');
  });

  it('is not the site’s own FAQ about its services, set under every post', () => {
    // wcxb-dev 0342: an agency's questions under a post, in its own voice, not on the post's subject.
    const text = textOf(page(accordion() + accordion(SERVICE_QUESTIONS, '', serviceAnswer)));
    for (const q of QUESTIONS) expect(text).toContain(q);
    for (const q of SERVICE_QUESTIONS) expect(text).not.toContain(q);
    expect(text).not.toContain('we can do that for you');
  });

  it('is the article’s when only one of the two says otherwise: the voice, or the words', () => {
    // The same questions in the article's voice; the site's voice on the article's subject.
    const plain = textOf(page(accordion(SERVICE_QUESTIONS)));
    for (const q of SERVICE_QUESTIONS) expect(plain).toContain(q);
    const onTheSubject = [
      'Does EXPLAIN ANALYZE run the query it explains?',
      'How do I read the PostgreSQL plan it prints?',
      'Can you improve performance without changing the query?',
    ];
    const ours = textOf(page(accordion(onTheSubject, '', serviceAnswer)));
    for (const q of onTheSubject) expect(ours).toContain(q);
  });

  it('is not taken from a thread, a form, linked questions, a sidebar, a copy or questions without answers', () => {
    // The step itself, on what Readability left of a page: each candidate alone.
    const restores = (left: string) => {
      const doc = parseHtml(
        `<body><div id="article">${[1, 2, 3].map(paragraph).join('')}</div><div id="page">${left}</div></body>`,
        URL,
      );
      const container = doc.getElementById('article') as Element;
      const leftOver = doc.getElementById('page') as Element;
      const before = leftOver.innerHTML;
      const count = restoreFaq(container, leftOver, [TITLE], ['guide.folio.test']);
      return { count, untouched: leftOver.innerHTML === before };
    };
    expect(restores(accordion()).count).toBe(1);
    const thread = `<div class="responses">${[1, 2, 3, 4, 5, 6, 7]
      .map(
        (n) =>
          `<p>${n % 3 === 0 ? `Did anyone else see this on version ${n} of the server?` : `Reader ${n} wrote a long reply about their own database and what they changed on it.`}</p>`,
      )
      .join('')}</div>`;
    const form = `<div class="signup"><form><div>Are you a database administrator?</div><p>Tell us about your setup, the versions you run and what you would like to read next.</p><div>Do you run PostgreSQL in production?</div><p>Tell us about your setup, the versions you run and what you would like to read next.</p></form></div>`;
    const linked = `<div class="people-ask">${QUESTIONS.map((q) => `<div class="ask"><strong><a href="/q/${q.length}">${q}</a></strong><div>${answer(1)}</div></div>`).join('')}</div>`;
    const sidebar = `<div class="sidebar">${accordion(['Is this a sidebar question?', 'Is this one too?'])}</div>`;
    // The article's own paragraphs under question headings: a copy of it, when Readability read one.
    const copy = `<div class="copy"><h2>${QUESTIONS[0]}</h2>${paragraph(1)}<h2>${QUESTIONS[1]}</h2>${paragraph(2)}${paragraph(3)}</div>`;
    // Questions without answers: a checklist to take to the doctor, not a FAQ.
    const unanswered = `<div class="prompts">${QUESTIONS.map((q) => `<div class="prompt">${q}</div>`).join('')}</div>`;
    for (const [name, left] of Object.entries({ thread, form, linked, sidebar, copy, unanswered }))
      expect(restores(left), name).toEqual({ count: 0, untouched: true });
  });
});
