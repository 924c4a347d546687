import type { RunCypher } from '../graphql/cypher-runner.js';
import type { RefSpec } from '../reference/kinds.js';
import { referencesIn } from '../reference/resolver.js';
import { NEED, SEAT_PLACE, TOPIC } from '../reference/specs.js';
import type { Operation } from './audited-write.js';

/**
 * What each entity-valued field of a write's input accepts. Writes name things the way reads do
 * (the vocabulary issue): "Stockholms län", "01" or "county-01"; "MILK" or "body-natverk-milk".
 * The one resolver of references (src/reference) runs inside the write transaction, so an
 * ambiguous or unknown reference is refused with its candidates or suggestions before anything
 * is locked or written.
 */
const PARTY = (argument: string): RefSpec => ({ argument, labels: ['Organisation', 'Body', 'Person', 'County'], what: 'organisation, body, person or county' });

export const INPUT_REFS: Record<Operation, Record<string, RefSpec>> = {
  recordNeed: { raisedBy: PARTY('raisedBy'), topic: TOPIC('topic') },
  addNeedStep: {
    need: NEED('need'),
    from: PARTY('from'),
    to: PARTY('to'),
    by: { argument: 'by', labels: ['Person', 'Body', 'Organisation'], what: 'person, body or organisation' },
  },
  addSeat: {
    member: { argument: 'member', labels: ['Person', 'Organisation'], what: 'person or organisation' },
    body: SEAT_PLACE('body'),
    onBehalfOf: { argument: 'onBehalfOf', labels: ['County', 'Organisation'], what: 'county or organisation' },
    via: { argument: 'via', labels: ['Organisation'], what: 'organisation' },
  },
  endSeat: { seat: { argument: 'seat', labels: ['Mandate'], what: 'seat (mandate)', by: 'id' } },
};

/** The input with every reference replaced by the id of the one thing it names (one round trip for all). */
export async function resolveInputRefs<I extends object>(run: RunCypher, operation: Operation, input: I): Promise<I> {
  const refs = referencesIn(run);
  const out = { ...input } as Record<string, unknown>;
  await Promise.all(
    Object.entries(INPUT_REFS[operation]).map(async ([field, spec]) => {
      const value = out[field];
      if (typeof value === 'string') out[field] = (await refs.resolve(value, spec)).id;
    }),
  );
  return out as I;
}
