import { createRequire } from 'node:module';

/**
 * jsdom answers every read of an HTMLCollection's property that is not an index (`length`, read
 * at each step of a `for…of`, a spread or an `Array.from`) by first searching the whole
 * collection for an element with that id or name, a collection's "named properties", and then
 * dropping what it found because `length` is the collection's own. Walking a collection of n
 * elements so costs n² attribute reads: Readability's `Array.from(getElementsByTagName("img"))`
 * over 20,000 pictures, or its loop over a table's 20,000 rows, took tens of seconds in the
 * command line, where browsers take milliseconds.
 *
 * Here that search looks the name up in an index of the collection's ids and names instead. The
 * index is made at the second search of the same state of the collection (jsdom counts every
 * change under the collection's root, attributes included, as a new state), so a loop that
 * changes the page between reads pays what it paid before, and a loop that only reads pays once.
 * Same answer as jsdom's: the first element, in the collection's order, whose id is the name or,
 * for an HTML element, whose `name` attribute is.
 *
 * For the command line and the benches only (jsdom is not in the extension).
 */

interface CollectionImpl {
  _list: ElementImpl[];
  _version: number;
  _update(): void;
  namedItem(key: string): ElementImpl | null;
  [NAMED]?: { version: number; searches: number; index?: Map<string, ElementImpl> };
}

interface ElementImpl {
  _namespaceURI: string | null;
  getAttributeNS(namespace: null, name: string): string | null;
}

const NAMED = Symbol('folio named items');
const HTML_NS = 'http://www.w3.org/1999/xhtml';

let installed = false;

/** Whether the faster search is in place (false if jsdom's insides were not as expected). */
export function installFastNamedItems(): boolean {
  if (installed) return true;
  const require = createRequire(import.meta.url);
  let prototype: CollectionImpl | undefined;
  try {
    prototype = require('jsdom/lib/jsdom/living/nodes/HTMLCollection-impl.js').implementation?.prototype;
  } catch {
    return false;
  }
  // A jsdom that moved or renamed these keeps its own search (slow on big collections, still right).
  if (!prototype || typeof prototype.namedItem !== 'function' || typeof prototype._update !== 'function') return false;
  const search = prototype.namedItem;
  prototype.namedItem = function (this: CollectionImpl, key: string): ElementImpl | null {
    if (key === '') return null;
    this._update();
    let state = this[NAMED];
    if (!state || state.version !== this._version) {
      state = { version: this._version, searches: 0 };
      this[NAMED] = state;
    }
    if (++state.searches === 1) return search.call(this, key);
    state.index ??= indexOf(this._list);
    return state.index.get(key) ?? null;
  };
  installed = true;
  return true;
}

/** Each id and name to the first element that has it, in the collection's order. */
function indexOf(list: ElementImpl[]): Map<string, ElementImpl> {
  const index = new Map<string, ElementImpl>();
  for (const element of list) {
    const id = element.getAttributeNS(null, 'id');
    if (id && !index.has(id)) index.set(id, element);
    if (element._namespaceURI !== HTML_NS) continue;
    const name = element.getAttributeNS(null, 'name');
    if (name && !index.has(name)) index.set(name, element);
  }
  return index;
}
