/**
 * One chunk of bench:recipes, in its own process (jsdom keeps memory across hundreds of pages).
 * Reads page files (recipe-scrapers' `.testhtml`, each beside its `.json`) on argv and prints one
 * JSON line per page: for Folio and for Readability alone, how many of the recipe's ingredients and
 * steps that the page shows are in the article's text, and whether its yield and summary are.
 */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../bin/parse-html';
import { extractArticle } from '../utils/extract';
import { lettersOf } from '../utils/extract/recipe';
// Letters and digits: a yield's number is what it says.
import { wordsOf } from '../utils/extract/recipe-facts';
import { normalizeAuthor, normalizeText } from './metadata-score';

interface Expected {
  title?: unknown;
  author?: unknown;
  yields?: unknown;
  description?: unknown;
  canonical_url?: string;
  host?: string;
  ingredients?: unknown;
  instructions_list?: unknown;
}

/** An item's start, by its letters: the page writes "½ cup" where the data says "1/2 cup". */
const KEY_LETTERS = 60;

for (const file of process.argv.slice(2)) {
  const expected = JSON.parse(readFileSync(file.replace(/\.testhtml$/, '.json'), 'utf8')) as Expected;
  const html = readFileSync(file, 'utf8');
  const address = expected.canonical_url ?? `https://${expected.host}/`;
  const url = /^https?:/.test(address) ? address : `https://${address.replace(/^\/+/, '')}`;
  const pageDoc = parseHtml(html, url);
  // The recipe's name, where the page's headline says it: an <h1> with the same words. (Elsewhere
  // the data's name is the card's, and the post's headline is another title.)
  const recipeName = normalizeText(String(expected.title ?? ''));
  const namedByHeading =
    recipeName.length > 0 &&
    [...pageDoc.querySelectorAll('h1')].some((h) => normalizeText(h.textContent ?? '') === recipeName);
  const author = normalizeAuthor(String(expected.author ?? ''));
  const metadata = (title: string | null | undefined, byline: string | null | undefined) => ({
    title: namedByHeading && normalizeText(title ?? '') === recipeName ? 1 : 0,
    author: author && normalizeAuthor(byline ?? '') === author ? 1 : 0,
  });
  for (const el of pageDoc.querySelectorAll('script, style, noscript, template')) el.remove();
  const onPage = lettersOf(pageDoc.body?.textContent ?? '');
  // A few expectations list their items otherwise (one string): those pages count no items.
  const keysOnPage = (items: unknown) =>
    (Array.isArray(items) ? items : [])
      .map((item) => lettersOf(String(item)).slice(0, KEY_LETTERS))
      .filter((k) => k.length >= 4 && onPage.includes(k));
  const ingredients = keysOnPage(expected.ingredients);
  const steps = keysOnPage(expected.instructions_list);
  // The card's yield, as the page writes it ("4 servings": its digits count), and its summary's start.
  const pageWords = wordsOf(pageDoc.body?.textContent ?? '');
  const made = wordsOf(String(expected.yields ?? ''));
  const summary = lettersOf(String(expected.description ?? '')).slice(0, KEY_LETTERS);
  const shownYield = made.length >= 3 && /\p{L}/u.test(made) && pageWords.includes(made);
  const shownSummary = summary.length >= 20 && onPage.includes(summary);
  const kept = (text: string) => {
    const letters = lettersOf(text);
    return {
      ingredients: ingredients.filter((k) => letters.includes(k)).length,
      steps: steps.filter((k) => letters.includes(k)).length,
      yield: shownYield && wordsOf(text).includes(made) ? 1 : 0,
      summary: shownSummary && letters.includes(summary) ? 1 : 0,
    };
  };
  let folioText = '';
  let readabilityText = '';
  let folioMetadata = metadata('', '');
  let readabilityMetadata = metadata('', '');
  try {
    const result = extractArticle(parseHtml(html, url), { url, consumeDocument: true });
    // The standfirst shows above the article: a summary there is shown.
    folioText = result.ok ? `${result.article.standfirst ?? ''}\n${result.article.textContent}` : '';
    if (result.ok) folioMetadata = metadata(result.article.title, result.article.byline);
  } catch {}
  try {
    const parsed = new Readability(parseHtml(html, url)).parse();
    readabilityText = parsed?.textContent ?? '';
    readabilityMetadata = metadata(parsed?.title, parsed?.byline);
  } catch {}
  console.log(
    JSON.stringify({
      file,
      shown: {
        ingredients: ingredients.length,
        steps: steps.length,
        yield: shownYield ? 1 : 0,
        summary: shownSummary ? 1 : 0,
        title: namedByHeading ? 1 : 0,
        author: author ? 1 : 0,
      },
      folio: { ...kept(folioText), ...folioMetadata, article: folioText.length > 0 },
      readability: { ...kept(readabilityText), ...readabilityMetadata, article: readabilityText.length > 0 },
    }),
  );
}
