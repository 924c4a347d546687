/**
 * Polls `check` until it holds, for at most `seconds`: what a test waits for is an event (a
 * transaction seen in Neo4j, a line logged, a counter moved), never a fixed duration. A check that
 * throws counts as not yet; `detail` adds what helps to read a timeout (a server's output).
 */
export async function until(what: string, check: () => Promise<boolean> | boolean, seconds = 30, detail?: () => string): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`gave up waiting for ${what} after ${seconds} s${detail ? `; ${detail()}` : ''}`);
}
