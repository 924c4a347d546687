import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import type { ValidationRule } from 'graphql';
import { ErrorCode, limitError } from '../graphql/errors.js';
import type { Limits } from './settings.js';

const found = (message: string) => Number(/found (\d+)/.exec(message)?.[1] ?? NaN);
const fmt = (n: number) => n.toLocaleString('en-GB');

/** Reports armor's rejection as our own error: its code, the numbers, and what to do instead. */
const reject = (code: string, explain: (found: number) => string, limit: number): GraphQLArmorRejectCallback[] => [
  (ctx, err) => ctx?.reportError(limitError(code, explain(found(err.message)), { found: found(err.message) || undefined, limit })),
];

/**
 * Depth, alias and directive limits: graphql-armor's validation rules, with our codes and messages
 * (armor's own read "Syntax Error: …" with a generic code). Aliases of __typename count too (armor
 * exempts them by default; 1,000 of them passed a limit of 30). Cost and tokens are handled by
 * cost-plugin.ts (armor's cost limit knows no list sizes) and by graphql's own parser (maxTokens).
 */
export function shapeRules(limits: Limits): ValidationRule[] {
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: reject(
        ErrorCode.QueryTooDeep,
        (n) =>
          `The query nests ${fmt(n)} levels deep, over the limit of ${limits.maxDepth} (KG_MAX_DEPTH). ` +
          'Ask for the deep part in a second query that starts from its id (node(id: …), organisation(id: …), body(id: …)).',
        limits.maxDepth,
      ),
    },
    maxAliases: {
      n: limits.maxAliases,
      allowList: [],
      propagateOnRejection: false,
      onReject: reject(
        ErrorCode.TooManyAliases,
        (n) =>
          `The query uses ${fmt(n)} aliases, over the limit of ${limits.maxAliases} (KG_MAX_ALIASES; aliases of __typename count too). ` +
          'Ask for a list with first: instead of one alias per item, or send several smaller queries.',
        limits.maxAliases,
      ),
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: reject(
        ErrorCode.TooManyDirectives,
        (n) => `The query uses ${fmt(n)} directives, over the limit of ${limits.maxDirectives}. Use fewer @include/@skip, e.g. one on a fragment.`,
        limits.maxDirectives,
      ),
    },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    // Field suggestions stay on: analysts explore the schema by typing.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules as ValidationRule[];
}
