import type { Context } from '../graphql/context.js';
import type { NodeModel } from '../graphql/model.js';
import { orgCounty } from './queries.js';

/**
 * A region whose name no document states is named after its county, and says so (nameDocumented).
 * A stated name is returned as it is, not as a promise: GraphQL completes an object whose fields
 * are all plain values without waiting, and most organisations have a name.
 */
export function organisationName(o: NodeModel, ctx: Context): string | Promise<string> {
  if (o.name) return String(o.name);
  return ctx.loaders.one(orgCounty, { id: o.id }).then((county) => `Regionen i ${county?.name ?? 'okänt län'}`);
}
