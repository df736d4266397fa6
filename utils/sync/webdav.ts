import { kindOfStatus, SyncError } from './errors';

/**
 * The few WebDAV requests sync needs (GET, PUT, MOVE, MKCOL, DELETE), on `fetch`.
 *
 * Why not the `webdav` package: sync never lists a folder (the manifest says what is there), so
 * no PROPFIND and no XML parser, which a Chrome service worker lacks (no DOMParser); what is left
 * is a dozen lines per verb, and this way each answer maps straight to a SyncError kind, every
 * request has a timeout, and bodies stay bytes (encrypted files are binary).
 */
export interface DavConfig {
  /** The folder's URL, ending in "/" (see folderUrl in settings.ts). */
  folder: string;
  user: string;
  password: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface DavFile {
  body: Uint8Array;
  etag?: string;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export class DavClient {
  private readonly authorization: string;
  private readonly fetcher: typeof fetch;

  constructor(private readonly config: DavConfig) {
    this.authorization = `Basic ${basicCredentials(config.user, config.password)}`;
    this.fetcher = config.fetch ?? ((input, init) => fetch(input, init));
  }

  /** The file's bytes; undefined when it does not exist; `unchanged` when it still has `etag`. */
  async get(path: string, etag?: string): Promise<DavFile | 'unchanged' | undefined> {
    const response = await this.request('GET', path, { headers: etag ? { 'If-None-Match': etag } : {} });
    if (response.status === 304) return 'unchanged';
    if (response.status === 404) return undefined;
    this.check(response, path);
    return { body: new Uint8Array(await response.arrayBuffer()), etag: response.headers.get('ETag') ?? undefined };
  }

  /**
   * Writes a file so that a torn upload never replaces good data: the bytes go to a temporary
   * name beside it, then a MOVE puts them in place (a rename on the server).
   */
  async putAtomic(path: string, body: Uint8Array, contentType = 'application/octet-stream'): Promise<void> {
    const temporary = `${path}.${randomSuffix()}.tmp`;
    await this.put(temporary, body, contentType);
    try {
      const response = await this.request('MOVE', temporary, {
        headers: { Destination: this.url(path), Overwrite: 'T' },
      });
      this.check(response, path);
    } catch (error) {
      await this.delete(temporary).catch(() => {});
      throw error;
    }
  }

  async put(path: string, body: Uint8Array, contentType = 'application/octet-stream'): Promise<void> {
    const response = await this.request('PUT', path, {
      body: body as Uint8Array<ArrayBuffer>,
      headers: { 'Content-Type': contentType },
    });
    this.check(response, path);
  }

  /** Creates a folder; one that exists already is fine (405). */
  async mkcol(path: string): Promise<void> {
    const response = await this.request('MKCOL', path, {});
    if (response.status === 405) return;
    this.check(response, path);
  }

  /**
   * Creates the folder, and its parents that are missing (servers answer 409 to a MKCOL whose
   * parent does not exist), up to the server's root.
   */
  async createFolder(url = this.config.folder): Promise<void> {
    const response = await this.request('MKCOL', url, {});
    if (response.status === 409 && new URL(url).pathname !== '/') {
      await this.createFolder(new URL('..', url).href);
      return this.createFolder(url);
    }
    if (response.status === 405) return;
    this.check(response, url);
  }

  /** Deletes a file; one already gone is fine. */
  async delete(path: string): Promise<void> {
    const response = await this.request('DELETE', path, {});
    if (response.status === 404) return;
    this.check(response, path);
  }

  /**
   * Whether the folder (or `path` in it) is there: a PROPFIND (Depth 0) with these credentials.
   * Test connection asks it of the folder; a sync of its shards folder (RemoteStore.holdsLibrary).
   */
  async probe(path = ''): Promise<'ok' | 'missing'> {
    const response = await this.request('PROPFIND', path, { headers: { Depth: '0' } });
    if (response.status === 404) return 'missing';
    this.check(response, path);
    return 'ok';
  }

  url(path: string): string {
    return new URL(path, this.config.folder).href;
  }

  private async request(method: string, path: string, init: RequestInit): Promise<Response> {
    const timeout = this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    try {
      return await this.fetcher(this.url(path), {
        ...init,
        method,
        headers: { ...(init.headers as Record<string, string>), Authorization: this.authorization },
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'follow',
      });
    } catch (error) {
      if (controller.signal.aborted) {
        throw new SyncError('timeout', `The server did not answer within ${Math.round(timeout / 1000)} s.`);
      }
      throw new SyncError('network', `The server could not be reached (${(error as Error).message}).`);
    } finally {
      clearTimeout(timer);
    }
  }

  private check(response: Response, path: string): void {
    if (response.ok) return;
    const kind = kindOfStatus(response.status) ?? 'server';
    throw new SyncError(
      kind,
      `The server answered HTTP ${response.status} for ${path || 'the folder'}.`,
      response.status,
    );
  }
}

/** user:password as Basic credentials, in UTF-8 (btoa alone refuses a non-Latin-1 password). */
export function basicCredentials(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function randomSuffix(): string {
  return crypto.randomUUID().slice(0, 8);
}
