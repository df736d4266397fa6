import { IMAGE_LIMITS } from './limits';
import { type KeptImageType, sniffImageType } from './sniff-image';

/** Why a picture was not kept, said to the user in words (see notKeptMessage in the reader). */
export type NotKeptReason =
  | 'http'
  | 'unreachable'
  | 'timeout'
  | 'too-large'
  | 'not-an-image'
  | 'article-full'
  | 'no-permission';

export type FetchedImage =
  | { url: string; ok: true; bytes: Uint8Array; type: KeptImageType }
  | { url: string; ok: false; reason: NotKeptReason; status?: number };

export interface ImageFetchOptions {
  /** The fetch to use: the content script's (the page's own cookies) or the background's. */
  fetcher: typeof fetch;
  credentials: RequestCredentials;
  maxBytes?: number;
  timeoutMs?: number;
}

/**
 * One picture's bytes, read no further than the size cap (a server that lies about its length,
 * or sends no length, is cut off there), and kept only when its first bytes say it is a raster
 * image. Never throws: every failure is a reason.
 */
export async function fetchImage(url: string, options: ImageFetchOptions): Promise<FetchedImage> {
  const maxBytes = options.maxBytes ?? IMAGE_LIMITS.maxImageBytes;
  const signal = AbortSignal.timeout(options.timeoutMs ?? IMAGE_LIMITS.timeoutMs);
  // Called unbound: a window's fetch called as a method of `options` throws "Illegal invocation".
  const fetcher = options.fetcher;
  let response: Response;
  try {
    response = await fetcher(url, { credentials: options.credentials, signal, redirect: 'follow' });
  } catch (error) {
    return { url, ok: false, reason: (error as Error)?.name === 'TimeoutError' ? 'timeout' : 'unreachable' };
  }
  if (!response.ok) return { url, ok: false, reason: 'http', status: response.status };
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return { url, ok: false, reason: 'too-large' };
  }
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readAtMost(response, maxBytes);
  } catch (error) {
    return { url, ok: false, reason: (error as Error)?.name === 'TimeoutError' ? 'timeout' : 'unreachable' };
  }
  if (!bytes) return { url, ok: false, reason: 'too-large' };
  const type = sniffImageType(bytes);
  if (!type) return { url, ok: false, reason: 'not-an-image' };
  return { url, ok: true, bytes, type };
}

/**
 * The body, or undefined once it passes `maxBytes`. Each chunk is copied into this context's own
 * array: in a Firefox content script a response's buffers belong to another compartment.
 */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
