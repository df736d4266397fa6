import { JSDOM, VirtualConsole } from 'jsdom';
import { installFastNamedItems } from './jsdom-named-items';

installFastNamedItems();

/**
 * Parses a page with jsdom, as the CLI and the benchmark do. jsdom 27's CSS parser (cssstyle 5)
 * throws on some real stylesheets (`border: inherit` shorthands); extraction needs no
 * stylesheet, so such a page is parsed again without its <style> blocks rather than failing.
 */
export function parseHtml(html: string, url?: string): Document {
  const options = { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) };
  try {
    return new JSDOM(html, options).window.document;
  } catch {
    return new JSDOM(withoutStyleElements(html), options).window.document;
  }
}

/**
 * The HTML less its <style> elements. Found tag by tag rather than with one `<style…</style>`
 * pattern, which would scan to the end of the page again from every unclosed <style.
 */
export function withoutStyleElements(html: string): string {
  let out = '';
  let keptFrom = 0;
  let openAt = -1;
  for (const tag of html.matchAll(/<(\/?)style\b[^<>]*>?/gi)) {
    const closing = tag[1] === '/';
    if (!closing && openAt < 0) openAt = tag.index;
    else if (closing && openAt >= 0) {
      out += html.slice(keptFrom, openAt);
      keptFrom = tag.index + tag[0].length;
      openAt = -1;
    }
  }
  return out + html.slice(keptFrom);
}
