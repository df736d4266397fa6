/**
 * One chunk of the extraction benchmark, in its own process (jsdom holds on to memory across
 * hundreds of pages even with windows closed, so the driver hands out chunks). Reads page ids on
 * argv, prints one JSON line per page: both extractors' text, time and metadata (title, byline,
 * date). FOLIO_ONLY=1 skips Readability (bench:metadata).
 */
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../bin/parse-html';
import { extractArticle } from '../utils/extract';
import { loadCorpus } from './corpus';

const [set, ...ids] = process.argv.slice(2);
for (const [i, page] of loadCorpus([set as string], undefined, ids).entries()) {
  const html = page.html();
  const runReadability = () => {
    const doc = parseHtml(html, page.url);
    const t0 = performance.now();
    let text = '';
    let meta = {};
    try {
      const parsed = new Readability(doc).parse();
      text = parsed?.textContent ?? '';
      meta = { title: parsed?.title, byline: parsed?.byline, publishedTime: parsed?.publishedTime };
    } catch {}
    const ms = performance.now() - t0;
    doc.defaultView?.close();
    return { text, ms, meta };
  };
  const runFolio = () => {
    const doc = parseHtml(html, page.url);
    const t0 = performance.now();
    const result = extractArticle(doc, { url: page.url, consumeDocument: true });
    const ms = performance.now() - t0;
    doc.defaultView?.close();
    const meta = result.ok
      ? { title: result.article.title, byline: result.article.byline, publishedTime: result.article.publishedTime }
      : // What the reader's notice names the page by.
        { title: result.title };
    return { text: result.ok ? result.article.textContent : '', ms, meta };
  };
  if (process.env.FOLIO_ONLY === '1') {
    process.stdout.write(`${JSON.stringify({ id: page.id, folio: runFolio() })}\n`);
    continue;
  }
  // Alternate which runs first, so that neither is favoured by a warm cache.
  const [readability, folio] = i % 2 ? [runReadability(), runFolio()] : [runFolio(), runReadability()].reverse();
  process.stdout.write(`${JSON.stringify({ id: page.id, readability, folio })}\n`);
}
