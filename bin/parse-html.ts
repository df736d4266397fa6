import { JSDOM, VirtualConsole } from 'jsdom';

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
    return new JSDOM(html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, ''), options).window.document;
  }
}
