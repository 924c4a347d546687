import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode, limitError } from '../graphql/errors.js';
import { perOperation } from '../graphql/per-operation.js';
import { estimateCost } from './cost-model.js';
import { costMessage, explainCost } from './explain-cost.js';

/**
 * Rejects, before anything runs, an operation whose estimated answer is larger than `maxCost`
 * (QUERY_TOO_COMPLEX, HTTP 400), saying the cost, the limit, where it comes from and how to ask
 * for less. Runs after validation, so the document is known to be valid for the schema.
 */
export function costLimitPlugin<T extends object>(maxCost: number): ApolloServerPlugin<T> {
  // A repeated operation is estimated once; an estimate that throws is not kept, and is redone.
  const estimateOnce = perOperation((input) => estimateCost(input));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const input = { schema, document, operationName, variables: request.variables ?? {} };
          let estimate: ReturnType<typeof estimateCost>;
          try {
            estimate = estimateOnce(input);
          } catch (err) {
            // Bad variables are reported by execution, with the argument's name; anything else is a limit.
            if (err instanceof GraphQLError && /maximum allowed number of nodes/.test(err.message)) {
              throw limitError(ErrorCode.QueryTooComplex, 'The query expands to more than 10,000 fields (through fragments); split it into smaller queries.', {
                limit: maxCost,
              });
            }
            return;
          }
          if (estimate.cost <= maxCost) return;
          const explanation = explainCost(input, estimate.cost, estimate.fields, maxCost);
          throw limitError(ErrorCode.QueryTooComplex, costMessage(estimate.cost, maxCost, explanation), {
            cost: estimate.cost,
            limit: maxCost,
            costliest: explanation.costliest,
            heavy: explanation.heavy,
            suggestions: explanation.suggestions,
          });
        },
      };
    },
  };
}
