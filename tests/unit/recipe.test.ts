import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle, toPlainText } from '../../utils/extract';
import { surveyPage } from '../../utils/extract/page-metadata';
import { listStart, type RecipePart, restoreRecipeParts, takeRecipeParts } from '../../utils/extract/recipe';
import { recipeOfJsonLd } from '../../utils/extract/recipe-data';
import { recipeOfHeadings } from '../../utils/extract/recipe-headings';
import { recipeOfMicrodata } from '../../utils/extract/recipe-microdata';
import { htmlToMarkdown } from '../../utils/markdown/html-to-markdown';

describe("the recipe a page's JSON-LD describes", () => {
  it('reads ingredients and steps however the page writes them', () => {
    expect(
      recipeOfJsonLd([
        { '@type': 'BlogPosting', headline: 'Soup' },
        {
          '@type': ['Recipe', 'NewsArticle'],
          recipeIngredient: ['2 cups  flour', '&#189; teaspoon salt', 42, ''],
          recipeInstructions: [
            { '@type': 'HowToSection', name: 'Dough', itemListElement: [{ '@type': 'HowToStep', text: 'Mix.' }] },
            { '@type': 'HowToStep', name: 'Bake', text: 'Bake for &quot;forty&quot; minutes.' },
            { '@type': 'HowToStep', name: 'Rest on a rack.' },
            'Slice.',
          ],
        },
      ]),
    ).toEqual({
      ingredients: ['2 cups flour', '½ teaspoon salt'],
      steps: ['Mix.', 'Bake for "forty" minutes.', 'Rest on a rack.', 'Slice.'],
    });
    // One string for all the steps, a line or a list item each; the older `ingredients` name.
    expect(
      recipeOfJsonLd([{ '@type': 'Recipe', ingredients: 'one egg', recipeInstructions: 'Whisk.\r\nFry.\n\n' }]),
    ).toEqual({ ingredients: ['one egg'], steps: ['Whisk.', 'Fry.'] });
    expect(
      recipeOfJsonLd([
        { '@type': 'Recipe', recipeInstructions: '<ol><li>Whisk the eggs.</li><li>Fry them.</li></ol>' },
      ]),
    ).toEqual({ ingredients: [], steps: ['Whisk the eggs.', 'Fry them.'] });
  });

  it('finds no recipe where there is none, and bounds a hostile one', () => {
    expect(recipeOfJsonLd([{ '@type': 'Article', recipeIngredient: ['x'] }])).toBeUndefined();
    expect(recipeOfJsonLd([{ '@type': 'Recipe', name: 'Empty' }])).toBeUndefined();
    let nested: unknown = { '@type': 'HowToStep', text: 'Too deep.' };
    for (let i = 0; i < 10_000; i++) nested = { '@type': 'HowToSection', itemListElement: [nested] };
    const hostile = recipeOfJsonLd([
      {
        '@type': 'Recipe',
        recipeIngredient: Array.from({ length: 100_000 }, (_, i) => `${i} ${'x'.repeat(10_000)}`),
        recipeInstructions: [nested, 'Real step.'],
      },
    ]);
    expect(hostile?.ingredients).toHaveLength(200);
    expect(hostile?.ingredients.every((text) => text.length <= 3000)).toBe(true);
    expect(hostile?.steps).toEqual(['Real step.']);
  });
});

describe('the recipe a page shows under its headings', () => {
  const headings = (html: string) => [...parseHtml(`<body>${html}</body>`, URL).querySelectorAll('h2, h3, h4')];
  const list = (items: string[], tag = 'ul') => `<${tag}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;

  it("reads the lists under each heading, a group's sub-headings included, up to the next heading of its rank", () => {
    const recipe = recipeOfHeadings(
      headings(
        `<h2>Ingredients:</h2><h3>For the soup</h3>${list(INGREDIENTS.slice(0, 2))}<h3>To serve</h3>${list(INGREDIENTS.slice(2))}<h2>Method</h2><div><div>${list(STEPS, 'ol')}</div></div><h2>Comments</h2>${list(['Lovely!', 'Made it twice'])}`,
      ),
    );
    expect(recipe).toEqual({ ingredients: INGREDIENTS, steps: STEPS });
    // Chinese recipes head their lists 用料 and 做法.
    expect(
      recipeOfHeadings(
        headings(`<h3>用料</h3>${list(['鸡蛋 2 个', '番茄 1 个'])}<h3>做法</h3>${list(['打散鸡蛋。'], 'ol')}`),
      ),
    ).toEqual({ ingredients: ['鸡蛋 2 个', '番茄 1 个'], steps: ['打散鸡蛋。'] });
    // Dutch ones Ingrediënten and Bereidingswijze.
    expect(
      recipeOfHeadings(
        headings(
          `<h2>Ingrediënten</h2>${list(['8 kippenvleugels', '½ tl zout'])}<h2>Bereidingswijze</h2>${list(['Bak de vleugels.'], 'ol')}`,
        ),
      ),
    ).toEqual({ ingredients: ['8 kippenvleugels', '½ tl zout'], steps: ['Bak de vleugels.'] });
  });

  it('takes the steps under a heading of the page’s own words when its first list reads as steps', () => {
    const others = list(['Naked', 'Smoked', 'Tikka']);
    expect(
      recipeOfHeadings(
        headings(
          `<h2>Ingredients</h2>${list(INGREDIENTS, 'ol')}<h2>Get started</h2><div>${list(STEPS, 'ol')}</div>${others}`,
        ),
      ),
    ).toEqual({ ingredients: INGREDIENTS, steps: STEPS });
    // Chinese steps say in ten characters what English says in forty.
    const zhSteps = ['番茄切块，鸡蛋打散。', '热锅下油炒鸡蛋。', '加入番茄翻炒出汁。'];
    expect(
      recipeOfHeadings(
        headings(`<h2>用料</h2>${list(['鸡蛋 2 个', '番茄 1 个'])}<h2>开始动手</h2>${list(zhSteps, 'ol')}`),
      ),
    ).toEqual({ ingredients: ['鸡蛋 2 个', '番茄 1 个'], steps: zhSteps });
    // A cosmetic's label: names under "Ingredients", then reviews or prose, not instructions.
    const label = list(['Aqua', 'Glycerin', 'Parfum']);
    expect(
      recipeOfHeadings(headings(`<h2>Ingredients</h2>${label}<h2>Reviews</h2>${list(['Lovely!', 'So soft.'])}`)),
    ).toBe(undefined);
    expect(recipeOfHeadings(headings(`<h2>Ingredients</h2>${label}<h2>About us</h2><p>${STEPS[0]}</p>`))).toBe(
      undefined,
    );
  });

  it('finds none without both headings, a list under "Ingredients", or for a heading that only starts so', () => {
    expect(recipeOfHeadings(headings(`<h2>Ingredients</h2>${list(INGREDIENTS)}`))).toBeUndefined();
    expect(
      recipeOfHeadings(headings(`<h2>Ingredients</h2><p>Leeks.</p><h2>Method</h2>${list(STEPS)}`)),
    ).toBeUndefined();
    expect(
      recipeOfHeadings(headings(`<h2>Ingredients that matter</h2>${list(INGREDIENTS)}<h2>Method</h2>${list(STEPS)}`)),
    ).toBeUndefined();
    // A hostile page's list of a thousand items is read up to a recipe's size.
    const many = Array.from({ length: 1000 }, (_, i) => `item ${i}`);
    const hostile = recipeOfHeadings(headings(`<h2>Ingredients</h2>${list(many)}<h2>Method</h2>${list(STEPS)}`));
    expect(hostile?.ingredients.length).toBeLessThanOrEqual(200);
  });
});

describe("the recipe a page's microdata describes", () => {
  // The page's microdata items, as the extractor's survey collects them.
  const scopeOf = (html: string) => surveyPage(parseHtml(`<body>${html}</body>`, 'https://food.test/')).withAttribute;

  it('reads the ingredients and the steps from the itemprops, in each way pages set the steps', () => {
    const ingredients =
      '<li itemprop="recipeIngredient">6 cl  coconut liqueur</li><li itemprop="ingredients">1 cl grenadine</li>';
    // A list of steps in one element; HowToSteps with their text; paragraphs; one block of text.
    const lists = [
      '<div itemprop="recipeInstructions"><ol><li>Shake with ice.</li><li>Strain into a glass.</li></ol></div>',
      '<ol><li itemprop="recipeInstructions" itemscope itemtype="https://schema.org/HowToStep"><span itemprop="name">1</span><span itemprop="text">Shake with ice.</span></li>' +
        '<li itemprop="recipeInstructions" itemscope itemtype="https://schema.org/HowToStep"><span itemprop="text">Strain into a glass.</span></li></ol>',
      '<div itemprop="recipeInstructions"><p>Shake with ice.</p><p>Strain into a glass.</p></div>',
    ];
    for (const steps of lists) {
      // (Inside the page's other items: the recipe is found among them.)
      const root = scopeOf(
        `<article itemscope itemtype="https://schema.org/BlogPosting"><span itemscope itemtype="https://schema.org/Person">Ana</span><section itemscope itemtype="http://schema.org/Recipe"><ul>${ingredients}</ul>${steps}</section></article>`,
      );
      expect(recipeOfMicrodata(root)).toEqual({
        ingredients: ['6 cl coconut liqueur', '1 cl grenadine'],
        steps: ['Shake with ice.', 'Strain into a glass.'],
      });
    }
    expect(
      recipeOfMicrodata(
        scopeOf(
          '<div itemscope itemtype="https://schema.org/Recipe"><p itemprop="recipeInstructions">Shake.</p></div>',
        ),
      ),
    ).toEqual({ ingredients: [], steps: ['Shake.'] });
  });

  it('finds none outside a Recipe scope, and bounds a hostile one', () => {
    expect(recipeOfMicrodata(scopeOf('<ul><li itemprop="recipeIngredient">salt</li></ul>'))).toBeUndefined();
    // A collection of recipes is not one.
    expect(
      recipeOfMicrodata(
        scopeOf(
          '<ul itemscope itemtype="https://schema.org/RecipeCollection"><li itemprop="recipeIngredient">salt</li></ul>',
        ),
      ),
    ).toBeUndefined();
    expect(
      recipeOfMicrodata(
        scopeOf('<div itemscope itemtype="https://schema.org/Recipe"><h1 itemprop="name">Empty</h1></div>'),
      ),
    ).toBeUndefined();
    const many = '<li itemprop="recipeIngredient">salt</li>'.repeat(5_000);
    const nested = `${'<ul><li>'.repeat(500)}Too deep.${'</li></ul>'.repeat(500)}`;
    const hostile = recipeOfMicrodata(
      scopeOf(
        `<div itemscope itemtype="https://schema.org/Recipe"><ul>${many}</ul><div itemprop="recipeInstructions">${nested}</div></div>`,
      ),
    );
    expect(hostile?.ingredients).toHaveLength(200);
    expect(hostile?.steps.length).toBeLessThanOrEqual(200);
  });

  it('puts back the card the article left out, on a page without JSON-LD', () => {
    // A card below the comments, marked up with microdata, its ingredients in a table of links:
    // Readability takes the story and the steps, not the table.
    const card = `<section class="recipe-card" itemscope itemtype="http://schema.org/Recipe"><h3>Ingredients</h3><table>${INGREDIENTS.map(
      (item) => `<tr><td><a href="/i/${item.length}" itemprop="recipeIngredient">${item}</a></td></tr>`,
    ).join('')}</table><h3>Steps</h3><div itemprop="recipeInstructions"><ol>${STEPS.map((s) => `<li>${s}</li>`).join(
      '',
    )}</ol></div></section>`;
    const html = page(
      `<article><h1>Leek and potato soup</h1>${story}</article><section class="comments"><p>Lovely! — Ann</p></section><div class="sidebar-recipe">${card}</div>`,
      null,
    );
    const text = textOf(html);
    const at = positions(text, [...INGREDIENTS, ...STEPS]);
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).not.toContain('Lovely!');
  });
});

const URL = 'https://food.test/soup/';

const story = [
  'Every autumn the first cold evening sends me to the market for leeks and potatoes, and this soup is what they become.',
  'It asks for nothing but patience: the leeks soften slowly in butter until they are sweet, and the potatoes thicken the broth on their own.',
  'A blender makes it smooth, but I like it rough, with the potatoes crushed against the side of the pot with a wooden spoon.',
  'Serve it with bread and a sharp cheese, and keep the rest in the fridge: it is better the next day, as soups are.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

const INGREDIENTS = [
  '3 leeks, sliced',
  '2 tablespoons butter',
  '4 potatoes, peeled and cubed',
  '1 litre chicken stock',
];
const STEPS = [
  'Melt the butter in a heavy pot and soften the leeks over low heat for fifteen minutes.',
  'Add the potatoes and the stock, bring to a simmer and cook until the potatoes fall apart.',
  'Crush some of the potatoes against the pot, season with salt and pepper, and serve.',
];

/** A page with the recipe's JSON-LD (`null`: without any). */
function page(
  body: string,
  recipe: object | null = { ingredients: INGREDIENTS, steps: STEPS },
  facts: Record<string, unknown> = {},
): string {
  const ld = recipe && {
    '@type': 'Recipe',
    ...facts,
    recipeIngredient: (recipe as { ingredients: string[] }).ingredients,
    recipeInstructions: (recipe as { steps: string[] }).steps.map((text) => ({ '@type': 'HowToStep', text })),
  };
  return `<!doctype html><html lang="en"><head><title>Leek and potato soup</title>${
    ld ? `<script type="application/ld+json">${JSON.stringify(ld)}</script>` : ''
  }</head><body>${body}</body></html>`;
}

const extract = (html: string) => extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });

function textOf(html: string): string {
  const result = extract(html);
  if (!result.ok) throw new Error(result.reason);
  return result.article.textContent;
}

/** Where each line starts in the text, -1 for a line it lacks. */
const positions = (text: string, lines: string[]) => lines.map((line) => text.indexOf(line));

const checkboxList = (items: string[]) =>
  `<ul>${items.map((item, i) => `<li><label for="c${i}"><input type="checkbox" id="c${i}"> ${item}</label></li>`).join('')}</ul>`;

describe("a recipe's lists in the article", () => {
  it("keeps a card's ingredients set in an <aside> as checkbox labels, before the steps", () => {
    const html = page(
      `<article><h1>Leek and potato soup</h1>${story}
      <div class="recipe">
        <aside class="recipe__ingredients"><h2>Ingredients</h2>${checkboxList(INGREDIENTS)}</aside>
        <div class="recipe__method"><h2>Method</h2><ol>${STEPS.map((s) => `<li>${s}</li>`).join('')}</ol></div>
      </div></article>
      <form class="comment-form"><p><input type="checkbox" id="consent"> <label for="consent">Save my name, email, and website in this browser for the next time I comment.</label></p></form>`,
    );
    const text = textOf(html);
    const [ingredientsAt, methodAt, ...items] = positions(text, ['Ingredients', 'Method', ...INGREDIENTS]);
    expect(items.every((at) => at > (ingredientsAt ?? -1) && at < (methodAt ?? -1))).toBe(true);
    expect(positions(text, STEPS).every((at) => at > (methodAt ?? Number.MAX_VALUE))).toBe(true);
    expect(text).not.toContain('Save my name');
    const result = extract(html);
    expect(result.ok && result.article.content).not.toMatch(/<input|<label/);
  });

  it('keeps ingredients a page shows under its "Ingredients" heading alone, with no recipe data', () => {
    // King Arthur's layout: the heading in a header box, the list and its footnote in the box after
    // it, the whole an <aside> beside the steps. Without data, the aside went as a sidebar.
    const card = `<section class="recipe"><aside class="recipe__ingredients"><div class="recipe__ingredients-header"><h2>Ingredients</h2></div><div class="ingredients-list"><div class="ingredient-section"><ul>${INGREDIENTS.map(
      (item) => `<li>${item}</li>`,
    ).join('')}</ul><div class="footnote"><p>*See the tips, below.</p></div></div></div></aside>
      <article class="recipe__instructions"><h2 class="recipe__instructions-header">Instructions</h2><div class="cook-mode"><div class="cook-mode-toggle"><input type="checkbox" id="cook-mode"><label for="cook-mode">Bake Mode</label></div><div class="cook-mode-description">Prevent your screen from going dark as you follow along.</div></div><div class="field field--recipe-steps"><ol>${STEPS.map((s) => `<li><p>${s}</p></li>`).join('')}</ol></div></article></section>`;
    const text = textOf(page(`<main><h1>Leek and potato soup</h1>${story}${card}</main>`, null));
    const at = positions(text, ['Ingredients', ...INGREDIENTS, 'Instructions', ...STEPS]);
    expect(text).not.toContain('Prevent your screen');
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // A cosmetic's label has "Ingredients" and no steps: its sidebar stays out.
    const label = `<main><h1>Night cream</h1>${story}</main><aside class="product-aside"><h2>Ingredients</h2><ul><li>Aqua</li><li>Glycerin</li><li>Shea butter</li></ul></aside>`;
    expect(textOf(page(label, null))).not.toContain('Glycerin');
  });

  it('keeps ingredients whose names link to a shop, and exports them as a list', () => {
    const linked = INGREDIENTS.map((item, i) => {
      const [amount, ...name] = item.split(' ');
      return `${amount} <a href="https://shop.test/go/${i}" rel="sponsored">${name.join(' ')}</a>`;
    });
    const result = extract(
      page(
        `<article><h1>Leek and potato soup</h1>${story}<div class="recipe-card"><div class="recipe-card-ingredients"><h3>Ingredients</h3><ul>${linked
          .map((item) => `<li>${item}</li>`)
          .join(
            '',
          )}</ul></div><div class="recipe-card-steps"><h3>Instructions</h3><ol>${STEPS.map((s) => `<li>${s}</li>`).join('')}</ol></div></div></article>`,
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(positions(result.article.textContent, INGREDIENTS).every((at) => at >= 0)).toBe(true);
    const markdown = htmlToMarkdown(result.article.content);
    expect(markdown).toMatch(
      /### Ingredients\n\n-\s+3 \[leeks, sliced\]\(https:\/\/shop\.test\/go\/0\)\n-\s+2 \[tablespoons butter\]/,
    );
    expect(markdown.indexOf('### Ingredients')).toBeLessThan(markdown.indexOf('### Instructions'));
  });

  it('keeps a last group of ingredients each linked to a shop, at the article’s end', () => {
    // Half Baked Harvest's card: steps, then the ingredients in groups; the last group's names all
    // link to a shop, and nothing follows it once the card's unit switch ("US Customary - Metric",
    // links to nowhere) is gone.
    const shop = (item: string) => `<li><a href="https://shop.test/p/${item.length}">${item}</a></li>`;
    const result = extract(
      page(
        `<article><h1>Leek and potato soup</h1>${story}<div class="recipe-card"><h3>Instructions</h3><ol>${STEPS.map((s) => `<li>${s}</li>`).join('')}</ol>
        <div class="ingredients"><h3>Ingredients</h3><div class="group"><h4>The soup</h4><ul>${INGREDIENTS.slice(0, 2)
          .map((item) => `<li>${item}</li>`)
          .join(
            '',
          )}</ul></div><div class="group"><h4>To serve</h4><ul>${INGREDIENTS.slice(2).map(shop).join('')}</ul></div></div>
        <div class="units"><a href="#">US Customary</a> - <a href="#">Metric</a></div></div></article>`,
      ),
    );
    if (!result.ok) throw new Error(result.reason);
    const text = result.article.textContent;
    expect(positions(text, ['To serve', ...INGREDIENTS]).every((at) => at >= 0)).toBe(true);
    expect(text).not.toContain('Metric');
  });

  it('puts back a card the article left out whole, ingredients then steps', () => {
    // The card is below the comments, with its ingredients in a table of links: Readability
    // takes the story alone.
    const card = `<div class="recipe-card"><div class="recipe-card-ingredients"><h3>Ingredients</h3><table>${INGREDIENTS.map(
      (item) => `<tr><td><a href="/i/${item.length}">${item}</a></td></tr>`,
    ).join('')}</table></div><div class="recipe-card-steps"><h3>Steps</h3><ol>${STEPS.map((s) => `<li>${s}</li>`).join(
      '',
    )}</ol></div></div>`;
    const html = page(
      `<article><h1>Leek and potato soup</h1>${story}</article><section class="comments"><p>Lovely! — Ann</p></section><div class="sidebar-recipe">${card}</div>`,
    );
    const text = textOf(html);
    const at = positions(text, [...INGREDIENTS, ...STEPS]);
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.indexOf('Ingredients')).toBeGreaterThan(text.indexOf('sharp cheese'));
    expect(text).not.toContain('Lovely!');
  });

  it('changes nothing where the article kept the lists, or the page does not show them', () => {
    const body = `<article><h1>Leek and potato soup</h1>${story}<h2>What you need</h2><p>Leeks, butter, potatoes and stock: nothing else.</p><h2>Ingredients</h2><ul>${INGREDIENTS.map(
      (s) => `<li>${s}</li>`,
    ).join('')}</ul><h2>Method</h2><ol>${STEPS.map((s) => `<li>${s}</li>`).join('')}</ol></article>`;
    expect(textOf(page(body))).toBe(textOf(page(body, null)));
    // The JSON-LD describes a recipe this page does not show (a recipe index's first card).
    const other = { ingredients: ['2 lemons, zested', '1 cup sugar', '3 eggs'], steps: ['Whisk the eggs and sugar.'] };
    const plainStory = `<article><h1>Leek and potato soup</h1>${story}</article>`;
    expect(textOf(page(plainStory, other))).toBe(textOf(page(plainStory, null)));
  });

  it("keeps a recipe plugin's card whole: its heading, its groups, no checkbox or servings button", () => {
    // Modeled on WP Recipe Maker, as tests/fixtures/pages/en-recipe.html (its golden files) is.
    const html = `${page(
      `<article><h1>Leek and potato soup</h1>${story}<div class="wprm-recipe-container"><div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Ingredients <div><button>1x</button><button>2x</button></div></h3><div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name">For the soup</h4><ul>${INGREDIENTS.map(
        (item, i) =>
          `<li><span class="wprm-checkbox-container"><input type="checkbox" id="w${i}"><label for="w${i}"><span class="sr-only">&#x25a2; </span></label></span><a href="https://shop.test/${i}" rel="sponsored">${item}</a></li>`,
      ).join(
        '',
      )}</ul></div></div><div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">Instructions</h3><ul>${STEPS.map(
        (s) => `<li><div class="wprm-recipe-instruction-text">${s}</div></li>`,
      ).join('')}</ul></div></div></article>`,
    )}`;
    const text = textOf(html);
    expect(text).toContain(`Ingredients\nFor the soup\n${INGREDIENTS.join('\n')}\nInstructions`);
    expect(text).not.toMatch(/▢|1x|2x/);
  });
});

describe("a recipe card's facts: its yield, its times, its summary", () => {
  const FACTS = {
    recipeYield: ['4', '4 bowls'],
    prepTime: 'PT15M',
    cookTime: 'PT1H5M',
    totalTime: 'P0DT1H20M',
    description: 'A thick, rough soup of leeks and potatoes for a cold evening, better the next day.',
  };
  // Modeled on WP Recipe Maker's cards (abeautifulmess.com, cafedelites.com): the name, the
  // rating and the print link in a header box with the summary and the times, which went with it.
  const card = (after = '', header = 'header class="oc-recipe-header"') =>
    `<div class="wprm-recipe-container"><${header}><div class="wprm-recipe-rating"><a href="#rate">5 from 3 votes</a></div>` +
    `<a class="wprm-recipe-print" href="/print/soup">Print</a><h2 class="oc-recipe-title">Leek and potato soup</h2>` +
    `<div class="wprm-recipe-summary"><span>${FACTS.description}</span></div>` +
    `<div class="wprm-recipe-meta-container"><div class="wprm-recipe-servings-container"><span class="wprm-recipe-details-label">Yield </span><span>4</span> <span>bowls</span></div>` +
    `<div class="wprm-recipe-time-container"><span class="wprm-recipe-details-label">Prep </span><span>15<span class="sr-only"> minutes</span></span> <span aria-hidden="true">mins</span></div>` +
    `<div class="wprm-recipe-time-container"><span class="wprm-recipe-details-label">Cook </span><span>1 hr 5 mins</span></div>` +
    `<div class="wprm-recipe-time-container"><span class="wprm-recipe-details-label">Total </span><span>1 hr 20 mins</span></div></div></${header.split(' ')[0]}>` +
    `<div class="wprm-recipe-ingredients-container"><h3>Ingredients</h3><ul>${INGREDIENTS.map((i) => `<li>${i}</li>`).join('')}</ul></div>` +
    `<div class="wprm-recipe-instructions-container"><h3>Instructions</h3><ol>${STEPS.map((i) => `<li>${i}</li>`).join('')}</ol></div>${after}</div>`;

  it('reads them from the JSON-LD, and leaves out a yield without words and times that are not durations', () => {
    expect(recipeOfJsonLd([{ '@type': 'Recipe', recipeIngredient: ['salt'], ...FACTS }])).toMatchObject({
      yield: '4 bowls',
      minutes: [15, 65, 80],
      description: FACTS.description,
    });
    const odd = recipeOfJsonLd([
      {
        '@type': 'Recipe',
        recipeIngredient: ['salt'],
        recipeYield: 4,
        prepTime: '15 minutes',
        cookTime: 'PT',
        totalTime: 'PT99999M',
      },
    ]);
    expect(odd).toEqual({ ingredients: ['salt'], steps: [] });
  });

  it('are put back before the ingredients when the card’s header went, without its rating and print link', () => {
    const text = textOf(page(`<article><h1>Leek and potato soup</h1>${story}${card()}</article>`, undefined, FACTS));
    const [summary, made, prep, cook, total, ingredients] = positions(text, [
      FACTS.description,
      'Yield 4 bowls',
      'Prep 15 minutes',
      'Cook 1 hr 5 mins',
      'Total 1 hr 20 mins',
      'Ingredients',
    ]);
    for (const at of [summary, made, prep, cook, total]) {
      expect(at).toBeGreaterThan(-1);
      expect(at).toBeLessThan(ingredients ?? -1);
    }
    expect(text).not.toContain('minutes mins');
    expect(text).not.toMatch(/Print|votes/);
  });

  it('are not put back where the article kept them, nor from a sentence or a badge without a label', () => {
    const kept = textOf(
      page(
        `<article><h1>Leek and potato soup</h1>${story}${card('', 'div class="recipe-top"')}</article>`,
        undefined,
        FACTS,
      ),
    );
    expect(kept.split('Yield 4 bowls').length - 1).toBe(1);
    expect(kept.split(FACTS.description).length - 1).toBe(1);
    // Short lines that hold a time and are no card's facts, in boxes the article leaves out: a
    // sentence, and a teaser's bare time.
    const note = '<aside class="sidebar"><p>Let it rest 15 minutes.</p></aside>';
    const badge = '<aside class="sidebar"><a href="/quick">Quick soups</a><span class="badge">15 mins</span></aside>';
    const text = textOf(
      page(`<article><h1>Leek and potato soup</h1>${story}${card()}</article>${note}${badge}`, undefined, FACTS),
    );
    const beforeIngredients = text.slice(0, text.indexOf('Ingredients'));
    expect(beforeIngredients).toContain('Prep 15 minutes');
    expect(beforeIngredients).not.toContain('rest 15 minutes');
    expect(beforeIngredients).not.toMatch(/^15 mins$/m);
  });
});

describe("putting a recipe's lists back", () => {
  const card = `<div class="card"><div><h3>Ingredients</h3><h4>For the soup</h4><ul>${INGREDIENTS.map(
    (item) => `<li><input type="checkbox"> <label>${item}</label></li>`,
  ).join('')}</ul></div><div><h3>Method</h3><ol>${STEPS.map((s) => `<li>${s}</li>`).join('')}</ol></div></div>`;
  const parts = () =>
    takeRecipeParts(parseHtml(`<body><p>Story.</p>${card}</body>`, URL).body, {
      ingredients: INGREDIENTS,
      steps: STEPS,
    });
  const article = (html: string) =>
    parseHtml(`<body><div id="a">${html}</div></body>`, URL).getElementById('a') as Element;
  const lines = (el: Element) => toPlainText(el).split('\n');
  const steps = `<h3>Method</h3><ol>${STEPS.map((s) => `<li>${s}</li>`).join('')}</ol>`;

  it('finds where the ingredients start: their heading over the groups, not the story before them', () => {
    const [ingredients] = parts();
    const container = article(
      `<p>Season the soup with salt and 2 tablespoons butter, as the list says.</p><h3>Ingredients</h3><div><h4>For the soup</h4><ul>${INGREDIENTS.map((item) => `<li>${item}</li>`).join('')}</ul></div>${steps}`,
    );
    expect(listStart(container, ingredients as RecipePart)?.textContent).toBe('Ingredients');
  });

  it('puts a lost list where the article kept its headings alone', () => {
    const kept = article(`<p>Story.</p><h3>Ingredients</h3><h4>For the soup</h4>${steps}<p>Enjoy.</p>`);
    expect(restoreRecipeParts(kept, parts())).toBe(1);
    expect(lines(kept)).toEqual([
      'Story.',
      'Ingredients',
      'For the soup',
      ...INGREDIENTS,
      'Method',
      ...STEPS,
      'Enjoy.',
    ]);
  });

  it('replaces a list the article holds in part, and leaves a whole one', () => {
    const kept = article(`<p>Story.</p><ul><li>${INGREDIENTS[0]}</li><li>${INGREDIENTS[3]}</li></ul>${steps}`);
    expect(restoreRecipeParts(kept, parts())).toBe(1);
    expect(lines(kept)).toEqual(['Story.', 'Ingredients', 'For the soup', ...INGREDIENTS, 'Method', ...STEPS]);
    expect(restoreRecipeParts(kept, parts())).toBe(0);
    expect(kept.querySelectorAll('input, label')).toHaveLength(0);
  });

  it('puts the steps after the ingredients, and both at the end when neither is there', () => {
    const noSteps = article(
      `<p>Story.</p><h3>Ingredients</h3><ul>${INGREDIENTS.map((i) => `<li>${i}</li>`).join('')}</ul><p>Enjoy.</p>`,
    );
    expect(restoreRecipeParts(noSteps, parts())).toBe(1);
    expect(lines(noSteps)).toEqual(['Story.', 'Ingredients', ...INGREDIENTS, 'Method', ...STEPS, 'Enjoy.']);
    const neither = article('<p>Story.</p>');
    expect(restoreRecipeParts(neither, parts())).toBe(2);
    expect(lines(neither)).toEqual(['Story.', 'Ingredients', 'For the soup', ...INGREDIENTS, 'Method', ...STEPS]);
  });
});

describe('a recipe page without an article', () => {
  const card = (ingredients: string[]) =>
    `<div class="recipe-card"><h1>Leek and potato soup</h1><h2>Ingredients</h2><ul>${ingredients
      .map((item) => `<li>${item}</li>`)
      .join('')}</ul><h2>Method</h2><ol>${STEPS.map((s) => `<li>${s}</li>`).join('')}</ol></div>`;
  // A shop's page: its product menu is most of the page's text, the recipe a card of lists.
  const menu = `<div class="shop-nav"><p>Rice, sushi and more: everything from our shop, delivered fresh.</p><ul>${Array.from(
    { length: 40 },
    (_, i) => `<li><a href="/shop/${i}">Product number ${i} from the shop</a></li>`,
  ).join('')}</ul></div>`;
  const linked = INGREDIENTS.map((item, i) => `<a href="https://shop.test/p/${i}">${item}</a>`);

  it('shows the recipe the page describes, its ingredients linked to the shop or not', () => {
    for (const ingredients of [INGREDIENTS, linked]) {
      const result = extract(page(`${menu}${card(ingredients)}`));
      if (!result.ok) throw new Error(result.reason);
      expect(result.article.title).toBe('Leek and potato soup');
      const text = result.article.textContent;
      const at = positions(text, ['Ingredients', ...INGREDIENTS, 'Method', ...STEPS]);
      expect(at.every((p) => p >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      for (const menuLine of ['Product number', 'everything from our shop']) expect(text).not.toContain(menuLine);
    }
    const shop = extract(page(`${menu}${card(linked)}`));
    expect(shop.ok && shop.article.content).toContain('href="https://shop.test/p/0"');
  });

  it('shows a recipe the page heads "Ingredients" and "Method" without describing it in data', () => {
    const result = extract(page(`${menu}${card(INGREDIENTS)}`, null));
    if (!result.ok) throw new Error(result.reason);
    const at = positions(result.article.textContent, ['Ingredients', ...INGREDIENTS, 'Method', ...STEPS]);
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('shows the recipe under its own steps heading, not the cards of other recipes beside it', () => {
    // Tofoo's pages: a hero, the two lists ("Get started" over the steps), and a carousel of
    // other recipes, each a link round its picture, tags and name: Readability's largest block.
    const cards = Array.from(
      { length: 12 },
      (_, i) =>
        `<div class="slide"><a href="/recipes/r${i}/"><img src="/r${i}.jpg"><ul><li>Naked</li></ul><p>Crispy chilli tofu ramen number ${i}</p></a></div>`,
    ).join('');
    // Lists long enough that Readability's block of cards, with them put back, reads as prose.
    const ingredients = [...INGREDIENTS, ...['salt', 'pepper', 'chives', 'cream'].map((herb) => `a pinch of ${herb}`)];
    const steps = [...STEPS, 'Stir in the cream and warm the soup through without letting it boil.'];
    const result = extract(
      page(
        `<div class="hero"><h1>Leek and potato soup</h1><a class="btn" href="#recipe"><span>Get started</span></a></div>
        <div id="recipe"><div><h2>Ingredients</h2><ol>${ingredients.map((item) => `<li>${item}</li>`).join('')}</ol></div>
        <div><h2>Get started</h2><div><ol>${steps.map((step) => `<li>${step}</li>`).join('')}</ol></div></div></div>
        <div class="carousel">${cards}</div>`,
        null,
      ),
    );
    if (!result.ok) throw new Error(result.reason);
    const text = result.article.textContent;
    const at = positions(text, ['Ingredients', ...ingredients, 'Get started', ...steps]);
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).not.toContain('Crispy chilli');
  });

  it('is still "no article" for lists without data or headings, and for a recipe of a line or two', () => {
    const unheaded = card(INGREDIENTS).replace('<h2>Ingredients</h2>', '').replace('<h2>Method</h2>', '');
    expect(extract(page(`${menu}${unheaded}`, null)).ok).toBe(false);
    const toast = `<div><h1>Toast</h1><ul><li>2 slices of bread</li><li>Some salted butter</li></ul><ol><li>Toast the bread, then butter it.</li></ol></div>`;
    const tiny = {
      ingredients: ['2 slices of bread', 'Some salted butter'],
      steps: ['Toast the bread, then butter it.'],
    };
    expect(extract(page(`${menu}${toast}`, tiny)).ok).toBe(false);
  });
});
