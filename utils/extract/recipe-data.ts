import { decodeEntities } from './metadata';
import { normalizeSpace } from './text';

/** What a page's structured data says its recipe is: its ingredients and its steps, as text. */
export interface RecipeText {
  ingredients: string[];
  steps: string[];
}

/** A hostile page's JSON-LD could list a million steps; a real recipe has tens. */
export const MAX_RECIPE_ITEMS = 200;
const MAX_ITEM_LENGTH = 3000;
/** How deep HowToSections may nest HowToSteps (schema.org allows sections of sections). */
const MAX_SECTION_DEPTH = 4;

/** A tag in an instruction string: some sites put their steps' HTML in the JSON-LD. */
const TAG = /<[^<>]{0,2000}>/g;
/** Lines of an instruction string that holds all the steps, one a line (each then trimmed). */
const LINE_BREAK = /[\r\n]+/;

/**
 * The recipe of a page's JSON-LD objects (`@type` Recipe, alone or among others): the strings of
 * `recipeIngredient` (or the older `ingredients`) and the steps of `recipeInstructions`, whether
 * the page writes them as one string, a list of strings, HowToSteps or HowToSections of them.
 * Google asks recipe pages for this data, so nearly every recipe plugin writes it; recipe.ts
 * finds these texts on the page to keep the lists that show them.
 */
export function recipeOfJsonLd(items: readonly Record<string, unknown>[]): RecipeText | undefined {
  const recipe = items.find((item) => [item['@type']].flat().some((type) => type === 'Recipe'));
  if (!recipe) return undefined;
  const ingredients = textsOf(recipe.recipeIngredient ?? recipe.ingredients);
  const steps = stepsOf(recipe.recipeInstructions, 0);
  return ingredients.length || steps.length ? { ingredients, steps } : undefined;
}

function textsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.slice(0, MAX_RECIPE_ITEMS).flatMap((item) => {
    const text = typeof item === 'string' ? cleanRecipeText(item) : '';
    return text ? [text] : [];
  });
}

function stepsOf(value: unknown, depth: number): string[] {
  if (depth > MAX_SECTION_DEPTH) return [];
  if (typeof value === 'string') {
    return value
      .slice(0, MAX_RECIPE_ITEMS * MAX_ITEM_LENGTH)
      .replace(TAG, '\n')
      .split(LINE_BREAK)
      .map(cleanRecipeText)
      .filter(Boolean)
      .slice(0, MAX_RECIPE_ITEMS);
  }
  if (Array.isArray(value))
    return value
      .slice(0, MAX_RECIPE_ITEMS)
      .flatMap((step) => stepsOf(step, depth + 1))
      .slice(0, MAX_RECIPE_ITEMS);
  if (value && typeof value === 'object') {
    const step = value as Record<string, unknown>;
    // A HowToSection lists its steps; a HowToStep says its text (its name is often the text's start).
    if (step.itemListElement) return stepsOf(step.itemListElement, depth + 1);
    return stepsOf(typeof step.text === 'string' ? step.text : step.name, depth + 1);
  }
  return [];
}

/** One item's text, bounded, entities decoded, white space collapsed. */
export function cleanRecipeText(text: string): string {
  return normalizeSpace(decodeEntities(text.slice(0, MAX_ITEM_LENGTH)));
}
