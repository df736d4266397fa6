import { cleanRecipeText, MAX_RECIPE_ITEMS, type RecipeText } from './recipe-data';

/** A schema.org Recipe type among an item's types (`itemtype` lists addresses, http or https). */
const RECIPE_TYPE = /schema\.org\/Recipe(?![\w-])/i;

/**
 * The recipe a page marks up with schema.org microdata instead of JSON-LD (`itemscope
 * itemtype="https://schema.org/Recipe"`, an `itemprop` on each ingredient and on the steps), as
 * older recipe plugins and many European sites still do: the same texts recipeOfJsonLd reads,
 * for recipe.ts to find the lists by. On the recipe-scrapers project's test pages, 50 of 1,102
 * describe their recipe this way alone.
 */
export function recipeOfMicrodata(items: readonly Element[]): RecipeText | undefined {
  // The page's items come from the survey's walk: a selector for them walked the page again,
  // slowly in jsdom (7 ms a page).
  const scope = items.find((el) => el.hasAttribute('itemscope') && RECIPE_TYPE.test(el.getAttribute('itemtype') ?? ''));
  if (!scope) return undefined;
  const ingredients: string[] = [];
  const steps: string[] = [];
  for (const el of scope.querySelectorAll('[itemprop]')) {
    if (ingredients.length >= MAX_RECIPE_ITEMS && steps.length >= MAX_RECIPE_ITEMS) break;
    const props = (el.getAttribute('itemprop') ?? '').split(/\s+/);
    if (props.includes('recipeIngredient') || props.includes('ingredients')) {
      const text = cleanRecipeText(el.textContent ?? '');
      if (text && ingredients.length < MAX_RECIPE_ITEMS) ingredients.push(text);
    } else if (props.includes('recipeInstructions') && steps.length < MAX_RECIPE_ITEMS) {
      for (const text of stepsIn(el)) if (steps.length < MAX_RECIPE_ITEMS) steps.push(text);
    }
  }
  return ingredients.length || steps.length ? { ingredients, steps } : undefined;
}

/**
 * The steps one `recipeInstructions` element holds: a HowToStep's `text`, the items of the list
 * it is (or holds), its paragraphs, or its text as one step.
 */
function stepsIn(el: Element): string[] {
  const own = el.hasAttribute('itemscope') ? el.querySelector('[itemprop~="text"]') : null;
  if (own) return [cleanRecipeText(own.textContent ?? '')].filter(Boolean);
  // The innermost items: a step list with sub-lists counts each sub-item once.
  // (Only the first items are looked into: a hostile list of lists would cost its size squared.)
  const items = [...el.querySelectorAll('li')].slice(0, MAX_RECIPE_ITEMS * 2).filter((li) => !li.querySelector('li'));
  const paragraphs = items.length ? [] : [...el.querySelectorAll('p')];
  const blocks = items.length ? items : paragraphs.length > 1 ? paragraphs : [el];
  return blocks
    .slice(0, MAX_RECIPE_ITEMS)
    .map((block) => cleanRecipeText(block.textContent ?? ''))
    .filter(Boolean);
}
