import { isName } from './visible-metadata';

/**
 * The author a WordPress page names in its analytics data layer: the "GTM4WP" plugin (Google Tag
 * Manager for WordPress) writes `"pagePostAuthor":"Krystyna"` into an inline script on every
 * post, the post's author's display name, whether or not the theme shows a byline. A last way
 * to the author, after everything the page shows or marks up.
 */
export function dataLayerAuthor(scripts: readonly Element[]): string | undefined {
  for (const script of scripts) {
    // An inline script of code: not a data block (JSON-LD) nor a loaded file.
    if (script.hasAttribute('src') || /json/i.test(script.getAttribute('type') ?? '')) continue;
    const code = script.textContent ?? '';
    const at = code.indexOf(KEY);
    if (at < 0) continue;
    const value = VALUE.exec(code.slice(at + KEY.length, at + KEY.length + MAX_VALUE + 2))?.[1]?.trim();
    // A display name, not a login left as one ("australianbakels", "danjones").
    if (value && isName(value)) return value;
  }
  return undefined;
}

const KEY = '"pagePostAuthor":"';
/** A display name is short; a longer value is not one. */
const MAX_VALUE = 80;
/** The value up to its closing quote (no escapes: a display name has none). */
const VALUE = /^([^"\\]{1,80})"/;
