import type { Driver } from 'neo4j-driver';
import { logger } from '../logger.js';

/**
 * Whether Neo4j answers. After a request finds it unreachable, later requests are refused at once
 * (DATABASE_UNAVAILABLE, 503) instead of each waiting for its own connection timeout, while one
 * probe asks Neo4j every `probeMs` and lets requests through again as soon as it answers.
 */
export class Availability {
  private downSince: number | undefined;
  private probing = false;
  private closed = false;
  /** How many requests were refused without trying Neo4j (for /metrics). */
  shortCircuited = 0;
  /** Seconds from the first failure to the first successful probe, per outage (for /metrics and the soak report). */
  readonly outages: number[] = [];
  private readonly listeners: Array<(up: boolean) => void> = [];

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly probeMs = 500,
  ) {}

  get up(): boolean {
    return this.downSince === undefined;
  }

  /** Called on every change (metrics keep a gauge). */
  onChange(listener: (up: boolean) => void): void {
    this.listeners.push(listener);
  }

  /** A request found Neo4j unreachable: refuse others until a probe succeeds. */
  markDown(reason: unknown): void {
    if (this.downSince === undefined) {
      this.downSince = Date.now();
      logger.warn(
        { reason: String((reason as Error)?.message ?? reason).split('\n')[0] },
        'Neo4j is not reachable: answering DATABASE_UNAVAILABLE until it is back',
      );
      for (const l of this.listeners) l(false);
    }
    void this.probe();
  }

  /** Counts a request refused while down; true when the caller should refuse. */
  refuse(): boolean {
    if (this.up) return false;
    this.shortCircuited++;
    return true;
  }

  /** Stops probing (server shutdown). */
  close(): void {
    this.closed = true;
  }

  private async probe(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      while (!this.up && !this.closed) {
        await new Promise((r) => setTimeout(r, this.probeMs));
        try {
          await this.driver.verifyConnectivity({ database: this.database });
          const seconds = (Date.now() - (this.downSince ?? Date.now())) / 1000;
          this.outages.push(seconds);
          this.downSince = undefined;
          logger.warn({ outageSeconds: seconds }, 'Neo4j answers again');
          for (const l of this.listeners) l(true);
        } catch {
          // still down: try again after probeMs
        }
      }
    } finally {
      this.probing = false;
    }
  }
}
