import type { LoaderKey } from './loaders.js';
import { shapedItems, type Level, type Plan, type Shaped } from './look-ahead.js';
import type { NodeModel } from './model.js';

/**
 * What a composed statement fetched below a node is set on the node as it is revived (revive),
 * under a symbol per loader (aheadKey of its loaderName), and read from there by
 * Loaders.manyNow with the node as parent (fetchedAhead).
 * On the node, not in maps by parent id: for the every-county question at ×100, keying tens of
 * thousands of fetched lists by their parents' ids, and looking each up again by the field's key,
 * took some 60 ms of the service's 200-odd ms of CPU per request (docs/performance.md).
 */
type Ahead = Record<symbol, NodeModel[] | undefined>;

/** The symbol of a loader's name. Names grow with the selections clients send: bounded, a miss only costs a round trip. */
const aheadKeys = new Map<string, symbol>();
export function aheadKey(name: string): symbol {
  let key = aheadKeys.get(name);
  if (!key) {
    if (aheadKeys.size >= 10_000) aheadKeys.clear();
    aheadKeys.set(name, (key = Symbol(name)));
  }
  return key;
}

/**
 * Whether a loader key is the parent's id alone (other entries null; a missing and a null argument
 * are the same to Cypher's `k.x`): what look-ahead fetches for, and the keys loaders.ts keyOf writes
 * as the id itself.
 */
export function idAlone(key: LoaderKey): boolean {
  for (const k in key) if (k !== 'id' && key[k] != null) return false;
  return true;
}

/** What was fetched below `parent` for the loader whose symbol is `ahead`, if `key` asks for just that. */
export function fetchedAhead(parent: NodeModel, ahead: symbol, key: LoaderKey): NodeModel[] | undefined {
  const found = (parent as unknown as Ahead)[ahead];
  return found && idAlone(key) ? found : undefined;
}

/**
 * `lists` of items as a composed statement returned them (one list per parent), revived, each
 * item carrying what the plans below fetched for it: from inside the item (look-ahead.ts
 * shapedItems), or from the plan's own level by the item's id, none where the level has no row.
 */
export function revive(shaped: Shaped, plans: readonly Plan[], lists: readonly unknown[][], nested: readonly Level[]): NodeModel[][] {
  const models = lists.map((items) => shaped.shape.revive(items));
  if (!plans.length) return models;
  // Every item with its node, in one list each (by hand: Array.prototype.flat was a third of this function's time at ×100).
  const items: unknown[] = [];
  const nodes: Ahead[] = [];
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i]!;
    const revived = models[i]! as unknown as Ahead[];
    for (let j = 0; j < list.length; j++) {
      items.push(list[j]);
      nodes.push(revived[j]!);
    }
  }
  plans.forEach((plan, i) => {
    const [rows, below] = nested[i] ?? [[], []];
    const inlined = shaped.inlined.get(i);
    const ahead = aheadKey(plan.name);
    if (inlined) {
      const inside = items.map((item) => (item as unknown[])[inlined.position] as unknown[]);
      const found = revive(inlined.child, plan.children, inside, below);
      for (let j = 0; j < nodes.length; j++) nodes[j]![ahead] = found[j];
    } else {
      const found = revive(
        shapedItems(plan.query, plan.properties, plan.children, plan.idRead),
        plan.children,
        rows.map(([, list]) => list),
        below,
      );
      const byId = new Map(rows.map(([id], j) => [String(id), found[j]!]));
      for (let j = 0; j < nodes.length; j++) nodes[j]![ahead] = byId.get(shaped.shape.keyOf(items[j])) ?? [];
    }
  });
  return models;
}
