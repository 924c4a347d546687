import type { Driver } from 'neo4j-driver';
import { logger } from '../logger.js';

/** Runs one statement inside a write transaction (see CypherRunner.write). */
export type RunCypher = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/**
 * Runs parameterised Cypher for one request, in read or write transactions (reads can go to
 * secondaries in a cluster), tagged with the operation name so slow queries can be traced in
 * Neo4j's query log. Counts round trips, which the N+1 test asserts on.
 */
export class CypherRunner {
  roundTrips = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly operationName = 'anonymous',
  ) {}

  async read<T = Record<string, unknown>>(name: string, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.roundTrips++;
    logger.debug({ cypher: name, params }, 'cypher read');
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) => tx.run(cypher, params), {
        metadata: { app: 'kunskapsgrafen', operation: this.operationName, query: name },
      });
      return result.records.map((r) => r.toObject() as T);
    } finally {
      await session.close();
    }
  }

  /** Runs work in one write transaction: all of it is committed, or none. */
  async write<T>(name: string, work: (run: RunCypher) => Promise<T>): Promise<T> {
    this.roundTrips++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(
        (tx) => work(async (cypher, params = {}) => {
          logger.debug({ cypher: name, params }, 'cypher write');
          return (await tx.run(cypher, params)).records.map((r) => r.toObject());
        }),
        { metadata: { app: 'kunskapsgrafen', operation: this.operationName, query: name } },
      );
    } finally {
      await session.close();
    }
  }
}
