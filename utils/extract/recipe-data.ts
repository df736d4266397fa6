import { decodeEntities } from './metadata';
import { normalizeSpace } from './text';

/** What a page's structured data says its recipe is: its ingredients and its steps, as text. */
export interface RecipeText {
  ingredients: string[];
  steps: string[];
  /** What it makes ("2 servings", "one 9" loaf"), when the data says it in words. */
  yield?: string;
  /** Its prep, cook and total times, in minutes. */
  minutes?: number[];
  /** The summary the recipe card shows under its name. */
  description?: string;
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
  if (!ingredients.length && !steps.length) return undefined;
  const made = yieldOf(recipe.recipeYield ?? recipe.yield);
  const minutes = [recipe.prepTime, recipe.cookTime, recipe.totalTime]
    .map(minutesOf)
    .filter((m): m is number => m !== undefined);
  const description = typeof recipe.description === 'string' ? cleanRecipeText(recipe.description) : '';
  return {
    ingredients,
    steps,
    ...(made ? { yield: made } : {}),
    ...(minutes.length ? { minutes } : {}),
    ...(description ? { description } : {}),
  };
}

/** A yield the page would show in words: of the data's strings ("4", "4 servings"), the longest with a letter. */
function yieldOf(value: unknown): string | undefined {
  const texts = textsOf(value).filter((text) => /\p{L}/u.test(text) && text.length <= MAX_YIELD_LENGTH);
  return texts.sort((a, b) => b.length - a.length)[0];
}

/** A yield longer than this is not a yield. */
const MAX_YIELD_LENGTH = 80;
/** An ISO 8601 duration as recipe data writes it: "PT1H20M", "P0DT0H45M", "PT90M". */
const DURATION = /^P(?:(\d{1,3})D)?(?:T(?:(\d{1,4})H)?(?:(\d{1,5})M)?(?:[\d.]{1,8}S)?)?$/;
/** Longer than a week is not a time a card shows in minutes and hours. */
const MAX_MINUTES = 7 * 24 * 60;

function minutesOf(value: unknown): number | undefined {
  const match = typeof value === 'string' ? DURATION.exec(value.trim()) : null;
  if (!match) return undefined;
  const [, days, hours, minutes] = match;
  const total = Number(days ?? 0) * 24 * 60 + Number(hours ?? 0) * 60 + Number(minutes ?? 0);
  return total > 0 && total <= MAX_MINUTES ? total : undefined;
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
