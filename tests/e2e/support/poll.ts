/**
 * Reads until the value is truthy, then returns it; fails with `message` after `timeoutMs`. The
 * one polling loop of the end-to-end helpers, in both browsers.
 */
export async function pollFor<T>(
  read: () => Promise<T | undefined>,
  timeoutMs = 10_000,
  message = 'The reader did not show what was expected in time.',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((done) => setTimeout(done, 100));
  }
}
