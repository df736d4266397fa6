// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { installFastNamedItems } from '../../bin/jsdom-named-items';
import { parseHtml } from '../../bin/parse-html';

/**
 * The command line's jsdom looks a collection's named items up in an index (bin/jsdom-named-items.ts):
 * it must find what jsdom's own search finds, before and after the page changes.
 */
describe('the faster named-item search of jsdom collections', () => {
  it('is in place (a jsdom that moved its insides fails here, not in silence)', () => {
    expect(installFastNamedItems()).toBe(true);
  });

  it('finds the first element by id or by name, as jsdom does, through every change', () => {
    const doc = parseHtml(
      `<form>
        <input id="first" name="shared">
        <input name="first" id="other">
        <input name="shared" id="third">
        <svg><a name="drawn" id="svg-link"></a></svg>
        <input id="" name="">
        <input id="twice" class="earlier"><input id="twice" class="later">
      </form>`,
      'https://named.test/',
    );
    const all = doc.getElementsByTagName('*');
    const ids = (key: string) => all.namedItem(key)?.id ?? null;
    // Each asked several times: the first search is jsdom's own, later ones use the index.
    for (let round = 0; round < 3; round++) {
      expect(ids('first')).toBe('first');
      expect(ids('shared')).toBe('first');
      expect(ids('third')).toBe('third');
      expect(ids('svg-link')).toBe('svg-link');
      // An SVG element's name attribute names nothing (only HTML elements' do).
      expect(ids('drawn')).toBe(null);
      expect(ids('')).toBe(null);
      expect(ids('length')).toBe(null);
      expect(all.namedItem('twice')?.className).toBe('earlier');
      expect(all.length).toBe(12);
    }
    // A named property read on the collection goes through the same search.
    expect((all as unknown as Record<string, Element | undefined>).third?.id).toBe('third');

    // The page changes: the index follows.
    doc.getElementById('first')?.setAttribute('id', 'renamed');
    expect(ids('first')).toBe('other');
    expect(ids('first')).toBe('other');
    expect(ids('renamed')).toBe('renamed');
    doc.getElementById('renamed')?.remove();
    expect(ids('shared')).toBe('third');
    expect(ids('shared')).toBe('third');
    expect(ids('renamed')).toBe(null);
    const added = doc.createElement('input');
    added.setAttribute('name', 'length');
    doc.querySelector('form')?.prepend(added);
    expect(ids('length')).toBe('');
    expect(all.namedItem('length')).toBe(added);
    // `length` is still the collection's own, whatever an element is named.
    expect(all.length).toBe(12);
  });
});
