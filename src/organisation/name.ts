import type { Context } from '../graphql/context.js';
import type { NodeModel } from '../graphql/model.js';
import { orgCounty } from './queries.js';

/** A region whose name no document states is named after its county, and says so (nameDocumented). */
export async function organisationName(o: NodeModel, ctx: Context): Promise<string> {
  if (o.name) return String(o.name);
  const county = await ctx.loaders.one(orgCounty, { id: o.id });
  return `Regionen i ${county?.name ?? 'okänt län'}`;
}
