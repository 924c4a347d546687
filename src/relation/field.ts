import type { Context } from '../graphql/context.js';
import type { NodeModel, RelationModel } from '../graphql/model.js';
import { relationsOf } from './queries.js';

/** The `relations(type, direction)` field, shared by every type that has stated relations. */
export const relationsField = (
  n: NodeModel,
  { type, direction }: { type?: string | null; direction?: 'IN' | 'OUT' | null },
  ctx: Context,
) => ctx.loaders.many(relationsOf, { id: n.id, type: type ?? null, direction: direction ?? null }) as unknown as Promise<RelationModel[]>;
