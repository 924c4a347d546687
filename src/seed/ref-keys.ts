import { refKeysOf } from '../reference/keys.js';
import { NODE_LABELS } from '../reference/kinds.js';
import type { Graph } from './graph-model.js';

/**
 * Bumped when what the loader writes changes without a change in seeds/ or in the code that
 * derives refKeys and passages (that code is hashed itself: ./deriving-code.ts), so a
 * database loaded by an older version is reloaded at the next start (see seedHash in ./load.ts).
 */
export const GRAPH_FORMAT = 'refKeys-2+passages-1+truth-2+processes-1';

/**
 * Adds `refKeys` (src/reference/keys.ts) to every node that has a kind, i.e. that a reference
 * can name; graph-internal nodes (a Role, a Name, a Status) get none. A passage's keys are only
 * its id and citation (refFormsOf), so its words never answer a reference to an entity. An
 * organisation's or a body's former names come from its Name nodes; a region without a stated
 * name gets its county's name. The ids of merged-away duplicates (formerIds) stay keys, so old
 * references still resolve.
 */
export function withRefKeys(graph: Graph): Graph {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const otherNames = new Map<string, string[]>();
  const countyOf = new Map<string, string>();
  for (const e of graph.edges) {
    if (e.type === 'HAS_NAME') {
      const name = byId.get(e.to)?.props;
      const names = [name?.name, name?.shortName].filter((x): x is string => typeof x === 'string');
      otherNames.set(e.from, [...(otherNames.get(e.from) ?? []), ...names]);
    }
    if (e.type === 'IN_COUNTY') countyOf.set(e.from, String(byId.get(e.to)?.props.name ?? ''));
  }
  const referable = (labels: string[]) => NODE_LABELS.some((l) => labels.includes(l));
  return {
    ...graph,
    nodes: graph.nodes.map((n) =>
      referable(n.labels)
        ? {
            ...n,
            props: {
              ...n.props,
              refKeys: refKeysOf(n.labels, n.props, {
                otherNames: [...(otherNames.get(n.id) ?? []), ...((n.props.formerIds as string[] | null) ?? [])],
                countyName: countyOf.get(n.id),
              }),
            },
          }
        : n,
    ),
  };
}
