import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, printSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit instead of graphql-js's `execute`: an operation is compiled
 * once into JavaScript for its selection, so each field of an answer costs a direct call instead of
 * graphql-js's walk of the selection (for the every-county question's few thousand fields, most of
 * GraphQL's time; issue 15). Parsing, validation, the limits and every plugin are Apollo's as before.
 *
 * Apollo Server has no executor option since version 4; its gateway interface is the hook it keeps
 * for a server that brings its own executor, and this "gateway" serves the one local schema.
 */
export function jitGateway(schema: GraphQLSchema, { compileAfter = 1 }: { compileAfter?: number } = {}): GatewayInterface {
  // Apollo's document store hands the same parsed document for the same query text, so compiled
  // operations are kept by document (and operation name); they go with the document. An operation
  // is compiled once it has been executed `compileAfter` times by graphql-js: compiling costs 0.5–23
  // ms (3–10 times its validation), which a query asked once, as in the explorer, would only lose.
  const operations = new WeakMap<DocumentNode, Map<string, { seen: number; compiled?: CompiledQuery | null }>>();

  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = operations.get(document);
    if (!byName) operations.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let state = byName.get(key);
    if (!state) byName.set(key, (state = { seen: 0 }));
    if (state.compiled !== undefined) return state.compiled;
    if (state.seen++ < compileAfter) return null;
    const result = compileQuery(schema, document, operationName ?? undefined);
    // What the compiler does not take (it reports errors as an answer) stays with graphql-js.
    state.compiled = isCompiledQuery(result) ? result : null;
    return state.compiled;
  };

  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const query = compiledFor(document, operationName);
    if (!query) return execute({ schema, document, operationName, variableValues: request.variables, contextValue: context });
    const variables = request.variables ?? {};
    // Variables are checked by graphql-js first: its errors carry the scalar's own message and the
    // variable's definition (Apollo answers them 400 BAD_USER_INPUT); graphql-jit's say only
    // "Expected type …". Valid ones are coerced again by the compiled query, from the same input.
    if (operation.variableDefinitions?.length) {
      const checked = getVariableValues(schema, operation.variableDefinitions, variables, { maxErrors: 50 });
      if (checked.errors) return { errors: checked.errors };
    }
    return query.query(undefined, context, variables);
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      // The SDL is printed only if a plugin reads it (none of ours: 8 ms at every start otherwise).
      callback({
        apiSchema: schema,
        get coreSupergraphSdl() {
          return printSchema(schema);
        },
      });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}
