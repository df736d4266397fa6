/**
 * A poem of short lines among a site's links, as a poetry site sets it: no paragraph long enough
 * for Folio to take for an article. The e2e fixture server serves it (generated/poem.html); the
 * extraction unit tests parse it.
 */
export const POEM_TITLE = '静夜思 - 诗词网';

export const POEM_BODY = `<nav><a href="/">首页</a> <a href="/tang">唐诗</a> <a href="/song">宋词</a></nav>
<div id="poem"><h2>静夜思</h2><div class="author">李白</div>${[
  '床前明月光，',
  '疑是地上霜。',
  '举头望明月，',
  '低头思故乡。',
]
  .map((line) => `<div class="line">${line}</div>`)
  .join('')}</div><div class="ornament"><img width="300" height="40" alt=""></div>
<footer><a href="/about">关于我们</a></footer>`;
