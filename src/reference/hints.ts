import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema, type ValueNode } from 'graphql';
import type { Context } from '../graphql/context.js';
import { perOperation } from '../graphql/per-operation.js';

/**
 * Every reference a query names, found before it runs: the Ref-typed arguments and input fields of
 * the operation, from literals and variables alike. The request's References (./resolver.ts) look
 * them all up in the first batch, so a reference below the root (`representatives(body: "MILK")`
 * under `county(id: "01")`) costs no round trip of its own. Only for queries: a mutation resolves
 * its references inside its write transaction.
 */
export function referencesNamed(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): string[] {
  const out = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(add);
  };
  const literal = (node: ValueNode) => {
    if (node.kind === Kind.STRING) out.add(node.value);
    else if (node.kind === Kind.LIST) node.values.forEach(literal);
    else if (node.kind === Kind.VARIABLE) add(variables[node.name.value]);
  };
  const typeInfo = new TypeInfo(schema);
  const isRef = () => getNamedType(typeInfo.getInputType() ?? undefined)?.name === 'Ref';
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION || def.operation !== 'query') continue;
    if (operationName && def.name?.value !== operationName) continue;
    visit(
      def,
      visitWithTypeInfo(typeInfo, {
        Argument: (node) => (isRef() ? literal(node.value) : undefined),
        ObjectField: (node) => (isRef() ? literal(node.value) : undefined),
      }),
    );
  }
  return [...out];
}

const namedIn = perOperation(({ schema, document, operationName, variables }) => referencesNamed(schema, document, operationName, variables ?? {}));

/** Hands the operation's references to the request (Context.refHints) once Apollo has resolved which operation runs. */
export const referenceHintsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operationName, request, contextValue }) {
        contextValue.refHints = namedIn({ schema, document, operationName, variables: request.variables });
      },
    };
  },
};
