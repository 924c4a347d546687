/**
 * Admission to Neo4j: at most `capacity` transactions at once (no more than the driver's pool, so
 * nobody waits inside the driver), at most `perRequest` of them for one request, and when a slot
 * frees it goes to the waiting request that holds the fewest. One client firing heavy queries
 * therefore queues behind itself, while a light request from someone else gets the next slot.
 */
export class TransactionGate {
  private active = 0;
  private readonly byRequest = new Map<string, number>();
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly capacity: number,
    readonly perRequest: number,
  ) {}

  /** Transactions running and waiting now (for /metrics). */
  get inUse(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Resolves with a release function once the request may run a transaction; rejects with
   * `onTimeout()` when no slot came within `timeoutMs`, and with `abandoned.error()` as soon as
   * `abandoned.signal` aborts (its client has gone: its place in the queue goes to the others).
   */
  acquire(request: string, timeoutMs: number, onTimeout: () => Error, abandoned?: { signal: AbortSignal; error: () => Error }): Promise<() => void> {
    if (this.canRun(request)) return Promise.resolve(this.take(request));
    return new Promise((resolve, reject) => {
      const leave = (error: Error) => {
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        clearTimeout(timer);
        abandoned?.signal.removeEventListener('abort', onAbort);
        reject(error);
      };
      const onAbort = () => leave(abandoned!.error());
      const waiter: Waiter = {
        request,
        grant: () => {
          clearTimeout(timer);
          abandoned?.signal.removeEventListener('abort', onAbort);
          resolve(this.take(request));
        },
      };
      const timer = setTimeout(() => leave(onTimeout()), Math.max(0, timeoutMs));
      if (abandoned?.signal.aborted) return leave(abandoned.error());
      abandoned?.signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  private canRun(request: string): boolean {
    return this.active < this.capacity && (this.byRequest.get(request) ?? 0) < this.perRequest;
  }

  private take(request: string): () => void {
    this.active++;
    this.byRequest.set(request, (this.byRequest.get(request) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      const left = (this.byRequest.get(request) ?? 1) - 1;
      if (left > 0) this.byRequest.set(request, left);
      else this.byRequest.delete(request);
      this.grantNext();
    };
  }

  /** Fair share: among waiters allowed to run, the one whose request holds the fewest slots (then the oldest). */
  private grantNext(): void {
    while (this.active < this.capacity) {
      let best = -1;
      for (let i = 0; i < this.waiting.length; i++) {
        const w = this.waiting[i]!;
        if (!this.canRun(w.request)) continue;
        if (best < 0 || (this.byRequest.get(w.request) ?? 0) < (this.byRequest.get(this.waiting[best]!.request) ?? 0)) best = i;
      }
      if (best < 0) return;
      const [next] = this.waiting.splice(best, 1);
      next!.grant();
    }
  }
}

interface Waiter {
  request: string;
  grant: () => void;
}
