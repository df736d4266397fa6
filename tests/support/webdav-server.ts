import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real WebDAV server for sync tests: `rclone serve webdav` (Debian's rclone, installed by
 * .ci/run) on a free loopback port, over a fresh folder, with a user and password.
 */
export interface WebDavServer {
  url: string;
  dir: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

export async function startWebDav(user = 'reader', password = 'app-pass-密码'): Promise<WebDavServer> {
  const dir = mkdtempSync(join(tmpdir(), 'folio-dav-'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    'rclone',
    ['serve', 'webdav', dir, '--addr', `127.0.0.1:${port}`, '--user', user, '--pass', password],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk) => {
    log += String(chunk);
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`rclone exited: ${log}`);
    const up = await fetch(url, { method: 'OPTIONS' }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (i > 100) throw new Error(`rclone did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    dir,
    user,
    password,
    stop: async () => {
      child.kill();
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A proxy in front of the server that fails requests on demand, the way real servers and
 * networks fail: `fail(rule)` answers the next matching request(s) with a status, or never.
 */
export interface FaultRule {
  method?: string;
  /** Part of the path, e.g. "records/" or "folio-sync.json". */
  path?: string;
  /** An HTTP status to answer with, or 'hang' (no answer: the client's timeout), or 'reset'. */
  answer: number | 'hang' | 'reset';
  /** How many matching requests fail (default 1); Infinity until cleared. */
  times?: number;
  /** Let this many matching requests through first. */
  after?: number;
}

export interface FaultProxy {
  url: string;
  /** Every request seen: "METHOD path status". */
  log: string[];
  fail(rule: FaultRule): void;
  clear(): void;
  stop(): Promise<void>;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const rules: (FaultRule & { seen: number; failed: number })[] = [];
  const log: string[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    const rule = rules.find(
      (r) =>
        (!r.method || r.method === request.method) &&
        (!r.path || path.includes(r.path)) &&
        r.failed < (r.times ?? 1) &&
        r.seen++ >= (r.after ?? 0),
    );
    if (rule) {
      rule.failed++;
      log.push(`${request.method} ${path} ${rule.answer}`);
      if (rule.answer === 'hang') {
        hanging.add(response);
        return;
      }
      if (rule.answer === 'reset') {
        request.socket.destroy();
        return;
      }
      request.resume();
      response.writeHead(rule.answer, { 'Content-Type': 'text/plain' }).end(`injected ${rule.answer}`);
      return;
    }
    const upstream = http.request(
      new URL(path, target),
      // The Host header stays the proxy's: rclone checks a MOVE's Destination against it.
      { method: request.method, headers: request.headers },
      (answer) => {
        log.push(`${request.method} ${path} ${answer.statusCode}`);
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    fail: (rule) => rules.push({ ...rule, seen: 0, failed: 0 }),
    clear: () => {
      rules.length = 0;
    },
    stop: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
