import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../work/main/utils/extract/index.ts';

for (const f of process.argv.slice(2)) {
  const buf = readFileSync(f);
  const enc = /charset=gbk/i.test(buf.toString('latin1')) ? 'gbk' : 'utf-8';
  const html = new TextDecoder(enc).decode(buf);
  const dom = new JSDOM(html, { url: 'https://fanwen.example/dxs/12345.html' });
  const r = extractArticle(dom.window.document, { debug: true });
  if (!r.ok) {
    console.log('FAIL', r.reason);
    continue;
  }
  const { content, ...rest } = r.article;
  console.log(JSON.stringify(rest, null, 1));
  console.log(r.removals.map((x) => `${x.step}: ${x.reason}: ${x.text}`).join('\n'));
}
