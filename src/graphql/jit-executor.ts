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
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  // Apollo's document store hands the same parsed document for the same query text, so compiled
  // operations are kept by document (and operation name); they go with the document.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    if (!byName.has(key)) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      // What the compiler does not take (it reports errors as an answer) is executed by graphql-js.
      byName.set(key, isCompiledQuery(result) ? result : null);
    }
    return byName.get(key)!;
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
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}
