import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { decodeHtml } from '../utils/encoding';
import { type Article, extractArticle } from '../utils/extract';
import { htmlToMarkdown } from '../utils/markdown';
import { importCommand } from './import-command';
import { parseHtml } from './parse-html';

const USAGE = `Usage: folio extract <file-or-url> [--format text|markdown|html|json] [--url URL] [--encoding ENC] [--debug]
       folio import <file> --dry-run [--format json|text]   (folio import --help)

Extracts the article from a saved page or an http(s) URL and prints it to stdout.
  --format    text (default: one block per line), markdown, html (sanitized) or json
  --url       the page's original URL, for relative links and site rules (files only)
  --encoding  the page's charset when it does not declare one (utf-8, gbk, gb18030, …)
  --debug     also print to stderr what each step removed`;

const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Runs the CLI; returns the exit code. Errors go to stderr, never as a stack trace. */
export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  if (argv[0] === 'import') return importCommand(argv.slice(1), out, err);
  let parsed: ReturnType<typeof parseCli>;
  try {
    parsed = parseCli(argv);
  } catch (error) {
    err.write(`folio: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed === 'help') {
    out.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const { html, url } = await load(parsed.source, parsed.encoding, parsed.url);
    const result = extractArticle(parseHtml(html, url), { url, debug: parsed.debug, consumeDocument: true });
    if (parsed.debug) for (const r of result.removals) err.write(`[${r.step}] ${r.reason}: ${r.text}\n`);
    if (!result.ok) {
      err.write(`folio: ${result.reason}\n`);
      return 1;
    }
    out.write(`${format(result.article, parsed.format)}\n`);
    return 0;
  } catch (error) {
    err.write(`folio: ${(error as Error).message}\n`);
    return 1;
  }
}

function parseCli(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      url: { type: 'string' },
      encoding: { type: 'string' },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help' as const;
  const [command, source, ...rest] = positionals;
  if (command !== 'extract') throw new Error(command ? `unknown command "${command}"` : 'missing command');
  if (!source) throw new Error('missing <file-or-url>');
  if (rest.length) throw new Error(`unexpected argument "${rest[0]}"`);
  if (!FORMATS.includes(values.format as Format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
  return {
    source,
    format: values.format as Format,
    url: values.url,
    encoding: values.encoding,
    debug: values.debug ?? false,
  };
}

async function load(source: string, encoding?: string, url?: string): Promise<{ html: string; url?: string }> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { redirect: 'follow' });
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status} ${response.statusText}`);
    const headerCharset = /charset=([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { html: decodeHtml(bytes, encoding ?? headerCharset).text, url: url ?? response.url };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${source}: no such file` : `${source}: ${(error as Error).message}`);
  }
  return { html: decodeHtml(bytes, encoding).text, ...(url ? { url } : {}) };
}

export function format(article: Article, as: Format): string {
  switch (as) {
    case 'text':
      return `${article.title}\n\n${article.textContent}`;
    case 'html':
      return article.content;
    case 'markdown':
      return `# ${article.title}\n\n${htmlToMarkdown(article.content)}`;
    case 'json':
      return JSON.stringify(article, null, 2);
  }
}
