import type { Context } from '../graphql/context.js';
import { factKey, type NodeModel, type RelationModel } from '../graphql/model.js';
import { reads } from '../graphql/projection.js';
import { relationsOf } from './queries.js';

/** The `relations(type, direction, basis, modality)` field, shared by every type that has stated relations. */
export const relationsField = reads(
  ['id'],
  (
    n: NodeModel,
    { type, direction, basis, modality }: { type?: string | null; direction?: 'IN' | 'OUT' | null; basis?: string | null; modality?: string | null },
    ctx: Context,
  ) =>
    ctx.loaders.many(relationsOf, { id: n.id, type: type ?? null, direction: direction ?? null, ...factKey({ basis, modality }) }) as unknown as Promise<
      RelationModel[]
    >,
);
