import type { CypherRunner } from './cypher-runner.js';

/** A relation query's rows (src/graphql/loaders.ts): the index of a key, and its items. */
export interface RelationRow {
  key: number;
  items: unknown[];
}

interface Pending {
  name: string;
  cypher: string;
  keys: unknown[];
  resolve: (rows: RelationRow[]) => void;
  reject: (err: unknown) => void;
}

/** A parameter other than $keys: a query that takes one runs alone (only $keys is renamed when queries are merged). */
const OTHER_PARAMETER = /\$(?!keys\b)\w/;

/**
 * Relation queries that the request's DataLoaders dispatch in the same tick, run as one statement:
 * a page of passage hits asks for the texts of its passages (for snippets) and for their mentions
 * at once, and these were two round trips side by side. Each query runs in a CALL subquery of its
 * own, with its keys as a parameter of its own, and its rows come back collected as [key, items];
 * one that takes other parameters runs alone. DataLoader dispatches its batches in process.nextTick
 * callbacks, so a flush queued by the first of them runs after all those already queued.
 */
export class SiblingReads {
  private pending: Pending[] = [];

  constructor(private readonly runner: CypherRunner) {}

  read(name: string, cypher: string, keys: unknown[]): Promise<RelationRow[]> {
    if (OTHER_PARAMETER.test(cypher)) return this.runner.read<RelationRow>(name, cypher, { keys });
    return new Promise((resolve, reject) => {
      if (!this.pending.length) process.nextTick(() => this.flush());
      this.pending.push({ name, cypher, keys, resolve, reject });
    });
  }

  private flush(): void {
    // In the order of their names: the same queries make the same statement (one entry in Neo4j's
    // plan cache, one name in the db-hits snapshot) whichever resolver asked first.
    const batch = this.pending.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    this.pending = [];
    if (batch.length === 1) {
      const [p] = batch as [Pending];
      this.runner.read<RelationRow>(p.name, p.cypher, { keys: p.keys }).then(p.resolve, p.reject);
      return;
    }
    const { cypher, params } = together(batch);
    this.runner.read<{ rows: Array<Array<[number, unknown[]]>> }>(batch.map((p) => p.name).join('+'), cypher, params).then(
      ([row]) => batch.forEach((p, i) => p.resolve((row?.rows[i] ?? []).map(([key, items]) => ({ key, items })))),
      (err: unknown) => batch.forEach((p) => p.reject(err)),
    );
  }
}

/**
 * One statement for several relation queries: each in its subquery, its rows collected in order.
 * The collect is inside a CALL of its own, which so returns one row even when its query returns
 * none (a subquery without rows would drop the row it was called for, and every query's rows
 * with it).
 */
export function together(batch: ReadonlyArray<{ cypher: string; keys: unknown[] }>): { cypher: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const parts = batch.map((p, i) => {
    params[`keys${i}`] = p.keys;
    return `CALL () {\nCALL () {\n${p.cypher.replace(/\$keys\b/g, `$keys${i}`)}\n}\nRETURN collect([key, items]) AS __rows${i}\n}`;
  });
  return { cypher: `${parts.join('\n')}\nRETURN [${batch.map((_p, i) => `__rows${i}`).join(', ')}] AS rows`, params };
}
