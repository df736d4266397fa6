import { isHeading } from './dom';
import { cleanRecipeText, MAX_RECIPE_ITEMS, type RecipeText } from './recipe-data';
import { weightedLength } from './text';

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
 * "Directions", "Method"…) heading, or under the next heading when its list reads as steps
 * (stepsInNextSection). "Ingredients" alone heads a cosmetic's label as well. recipe.ts keeps
 * the lists these texts find, as it does for a recipe the page describes in data: King Arthur
 * sets a recipe's ingredients in an <aside> beside its steps, which the cleaning steps removed
 * as a sidebar.
 */
export function recipeOfHeadings(headings: readonly Element[]): RecipeText | undefined {
  const opening = (names: Set<string>) => headings.find((h) => names.has(headingWords(h)));
  const ingredientsHeading = opening(INGREDIENTS_HEADINGS);
  if (!ingredientsHeading) return undefined;
  const ingredients = itemsUnder(ingredientsHeading);
  // A list of one is a line, not a recipe's ingredients.
  if (ingredients.length < 2) return undefined;
  const stepsHeading = opening(STEPS_HEADINGS);
  if (stepsHeading) return { ingredients, steps: itemsUnder(stepsHeading) };
  const steps = stepsInNextSection(headings, ingredientsHeading);
  return steps ? { ingredients, steps } : undefined;
}

/**
 * The steps under a heading of the page's own words ("Get started", "Let's cook"): the section
 * right after the ingredients', at their heading's rank, when its list is of sentences, as steps
 * are and ingredients are not. A cosmetic's "Ingredients" is followed by a list of names or by
 * prose, not by a list of instructions.
 */
function stepsInNextSection(headings: readonly Element[], ingredientsHeading: Element): string[] | undefined {
  let next: Element | undefined;
  for (const h of headings) {
    const after = ingredientsHeading.compareDocumentPosition(h) & FOLLOWING;
    if (h.tagName === ingredientsHeading.tagName && after && (!next || h.compareDocumentPosition(next) & FOLLOWING)) {
      next = h;
    }
  }
  if (!next) return undefined;
  // Its first list alone: with no heading of its rank after it, the section runs on through
  // the page's cards of other recipes.
  const steps = itemsUnder(next, true);
  const sentences = steps.filter((step) => SENTENCE_END.test(step) && weightedLength(step) >= MIN_STEP_LENGTH);
  return steps.length >= 2 && sentences.length * 3 >= steps.length * 2 ? steps : undefined;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the DOM's globals
/** How a step ends: a sentence's full stop (or bang), in Latin or CJK script. */
const SENTENCE_END = /[.!。！]$/;
/**
 * A step is an instruction, longer than an ingredient's "Squeeze of lime." (Weighted: a CJK
 * character counts three, so "热锅下油炒鸡蛋。" is one.)
 */
const MIN_STEP_LENGTH = 20;

function headingWords(heading: Element): string {
  return (heading.textContent ?? '').slice(0, 40).trim().toLowerCase().replace(CLOSING_COLON, '').trimEnd();
}

/**
 * The innermost list items after `heading`, up to the next heading of its rank or higher: a
 * card's lists under sub-headings ("For the dough", "For the filling") all belong to it. Or
 * those of the first list alone.
 */
function itemsUnder(heading: Element, firstListOnly = false): string[] {
  const rank = Number(heading.tagName[1]);
  const items: string[] = [];
  let list: Element | null = null;
  let walked = 0;
  for (let el = nextInOrder(heading, true); el && walked < MAX_WALKED; el = nextInOrder(el, false), walked++) {
    if (isHeading(el) && Number(el.tagName[1]) <= rank) break;
    // (The first inner item found ends the search: a live count would walk the whole item.)
    if (el.tagName !== 'LI' || el.querySelector('li')) continue;
    list ??= el.parentElement;
    if (firstListOnly && el.parentElement !== list) break;
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
