import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { decodeUriOrAsWritten } from '../../../utils/decode-uri';
import { GENERATED_PAGES } from './generated-pages';
import { pictureResponse } from './pictures';

export const FIXTURE_PAGES = resolve(import.meta.dirname, '../../fixtures/pages');

const TYPES: Record<string, string> = {
  // No charset for HTML: each page declares its own (<meta charset>, GBK included), as on the web.
  '.html': 'text/html',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 (a free port). Paths outside the folder are refused. */
export async function startFixtureServer(root = FIXTURE_PAGES): Promise<FixtureServer> {
  const visits = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    const requested = new URL(req.url ?? '/', `http://${req.headers.host ?? 'x'}`);
    // (A page may name a picture with a stray "%": the path is then taken as written.)
    const path = decodeUriOrAsWritten(requested.pathname);
    if (path.startsWith('/pictures/')) {
      // A picture whose server never answers: it stays loading until the server closes.
      if (requested.searchParams.has('hang')) return;
      const picture = pictureResponse(requested);
      res.writeHead(picture.status, { 'content-type': picture.type, 'cache-control': 'no-store' }).end(picture.body);
      return;
    }
    const generate = path.startsWith('/generated/') ? GENERATED_PAGES[path.slice('/generated/'.length)] : undefined;
    if (generate) {
      const visit = (visits.get(path) ?? 0) + 1;
      visits.set(path, visit);
      const html = generate(visit, requested);
      if (html === null) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
      return;
    }
    const file = normalize(join(root, path === '/' ? '/index.html' : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
