/** What `withTimeout` throws when the time is up (compare with ===). */
export const TIMED_OUT = Symbol('timed out');

/**
 * The promise, or TIMED_OUT thrown after `ms`; the timer is cleared once either settles, so a
 * finished wait keeps nothing alive.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(TIMED_OUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
