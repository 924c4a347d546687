import { GraphQLError } from 'graphql';
import { ErrorCode } from '../graphql/errors.js';
import type { NodeModel } from '../graphql/model.js';
import { echo } from './fold.js';
import { kindOf, type RefSpec } from './kinds.js';

/** How an error lists a thing: enough to pick the right one and to pass its id next time. */
export interface RefCandidate {
  id: string;
  name: string;
  kind: string;
}

/** A passage has no name: it is listed by its citation (002:309). */
export const candidate = (n: NodeModel): RefCandidate => ({
  id: n.id,
  name: String(n.name ?? n.title ?? n.purpose ?? n.citation ?? n.diarienummer ?? n.id),
  kind: kindOf(n.__labels) ?? 'OTHER',
});

const sortCandidates = (xs: RefCandidate[]) =>
  [...xs].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
const listed = (xs: RefCandidate[]) => xs.map((c) => `${c.name} (${c.id}, ${c.kind.toLowerCase()})`).join(', ');

/** A reference that names several things the argument accepts: BAD_USER_INPUT with the candidates. */
export function ambiguous(spec: RefSpec, ref: string, found: NodeModel[]): GraphQLError {
  const candidates = sortCandidates(found.map(candidate));
  return new GraphQLError(`${spec.argument}: ${echo(ref)} is ambiguous; it names ${listed(candidates)}. Pass one of the ids.`, {
    extensions: { code: ErrorCode.BadUserInput, argument: spec.argument, reason: 'AMBIGUOUS', candidates },
  });
}

/** A reference to something of another kind than the argument takes (body: "Stockholm"). */
export function wrongKind(spec: RefSpec, ref: string, found: NodeModel[]): GraphQLError {
  const candidates = sortCandidates(found.map(candidate));
  return new GraphQLError(`${spec.argument}: ${echo(ref)} names no ${spec.what}; it names ${listed(candidates)}.`, {
    extensions: { code: ErrorCode.BadUserInput, argument: spec.argument, reason: 'WRONG_KIND', candidates },
  });
}

/** Nothing answers to the reference: NOT_FOUND, with up to three close names of the right kind. */
export function unknown(spec: RefSpec, ref: string, close: NodeModel[]): GraphQLError {
  const suggestions = close.map(candidate);
  const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `${s.name} (${s.id})`).join(', or ')}?` : '';
  const what = spec.labels ? `no ${spec.what}` : 'nothing in the graph';
  return new GraphQLError(`${spec.argument}: ${echo(ref)} matches ${what} by ${spec.by ?? 'id, name, short name, alias or code'}.${hint}`, {
    extensions: { code: ErrorCode.NotFound, argument: spec.argument, reference: ref.slice(0, 60), suggestions },
  });
}

export function emptyRef(spec: RefSpec): GraphQLError {
  return new GraphQLError(`${spec.argument}: the reference is empty; give an id, name, short name, alias or code`, {
    extensions: { code: ErrorCode.BadUserInput, argument: spec.argument },
  });
}
