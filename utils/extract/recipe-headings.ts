import { isHeading } from './dom';
import { cleanRecipeText, MAX_RECIPE_ITEMS, type RecipeText } from './recipe-data';

/**
 * Headings that open a recipe's ingredients, as pages word them (lower case, no colon), in the
 * languages Folio's readers write recipes in most. Compared whole: "Ingredients" opens the list,
 * "The ingredients that matter most" opens an essay's section.
 */
const INGREDIENTS_HEADINGS = new Set([
  'ingredients',
  'ingredient list',
  "what you'll need",
  'what you’ll need',
  'you will need',
  'zutaten',
  'ingrédients',
  'ingredientes',
  'ingredienti',
  'ingrediënten',
  '材料',
  '食材',
  '用料',
  '所需材料',
  '准备材料',
  '準備材料',
]);

/** Headings that open a recipe's steps. */
const STEPS_HEADINGS = new Set([
  'instructions',
  'directions',
  'method',
  'steps',
  'preparation',
  'how to make it',
  'zubereitung',
  'préparation',
  'preparación',
  'preparazione',
  'bereiding',
  'bereidingswijze',
  'werkwijze',
  'instrucciones',
  'elaboración',
  'procedimento',
  'mode de préparation',
  '做法',
  '步骤',
  '步驟',
  '制作步骤',
  '做法步骤',
]);

/** A heading's words as compared: trimmed, lower case, without a closing colon. */
const CLOSING_COLON = /[:：]$/;

/** How many elements after a heading are looked through for its lists: a recipe card's, with room. */
const MAX_WALKED = 600;

/**
 * The recipe a page shows without describing it in data (no JSON-LD, no microdata): the items of
 * the lists under its "Ingredients" heading, and of those under its "Instructions" (or
 * "Directions", "Method"…) heading. Both headings must be there: "Ingredients" alone heads a
 * cosmetic's label as well. recipe.ts keeps the lists these texts find, as it does for a recipe
 * the page describes in data: King Arthur sets a recipe's ingredients in an <aside> beside its
 * steps, which the cleaning steps removed as a sidebar.
 */
export function recipeOfHeadings(headings: readonly Element[]): RecipeText | undefined {
  const opening = (names: Set<string>) => headings.find((h) => names.has(headingWords(h)));
  const ingredientsHeading = opening(INGREDIENTS_HEADINGS);
  const stepsHeading = opening(STEPS_HEADINGS);
  if (!ingredientsHeading || !stepsHeading) return undefined;
  const ingredients = itemsUnder(ingredientsHeading);
  // A list of one is a line, not a recipe's ingredients.
  if (ingredients.length < 2) return undefined;
  return { ingredients, steps: itemsUnder(stepsHeading) };
}

function headingWords(heading: Element): string {
  return (heading.textContent ?? '').slice(0, 40).trim().toLowerCase().replace(CLOSING_COLON, '').trimEnd();
}

/**
 * The innermost list items after `heading`, up to the next heading of its rank or higher: a
 * card's lists under sub-headings ("For the dough", "For the filling") all belong to it.
 */
function itemsUnder(heading: Element): string[] {
  const rank = Number(heading.tagName[1]);
  const items: string[] = [];
  let walked = 0;
  for (let el = nextInOrder(heading, true); el && walked < MAX_WALKED; el = nextInOrder(el, false), walked++) {
    if (isHeading(el) && Number(el.tagName[1]) <= rank) break;
    // (The first inner item found ends the search: a live count would walk the whole item.)
    if (el.tagName !== 'LI' || el.querySelector('li')) continue;
    const text = cleanRecipeText(el.textContent ?? '');
    if (text) items.push(text);
    if (items.length >= MAX_RECIPE_ITEMS) break;
  }
  return items;
}

/** The element after `el` in document order; past `el`'s own descendants when `skipInside`. */
function nextInOrder(el: Element, skipInside: boolean): Element | null {
  if (!skipInside && el.firstElementChild) return el.firstElementChild;
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}
