import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { DocumentNode, GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError, ErrorCode } from './app-errors';

/** Costs worked out per parsed operation, by its numeric variables; a client sends few distinct page sizes. */
const MAX_COSTS_PER_DOCUMENT = 32;

/**
 * Rejects operations whose estimated cost exceeds `max` before any resolver runs. List fields
 * declare their cost as `complexity` in their @Field options, scaled by numeric arguments (`first`).
 * Because a cost depends on nothing else, it is remembered per parsed document (Apollo reuses it
 * for the same query text) and numeric variables: a chat message sent again and again costs one
 * estimate, not one per message.
 */
export function complexityPlugin(max: number, getSchema: () => GraphQLSchema): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return {
        async didResolveOperation({ request, document }) {
          const key = `${request.operationName ?? ''} ${numbersOf(request.variables)}`;
          let known = costs.get(document);
          let complexity = known?.get(key);
          if (complexity === undefined) {
            complexity = getComplexity({
              schema: getSchema(),
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
            if (!known) costs.set(document, (known = new Map()));
            if (known.size < MAX_COSTS_PER_DOCUMENT) known.set(key, complexity);
          }
          if (complexity > max) {
            throw new AppError(ErrorCode.QUERY_TOO_COMPLEX, `This query is too complex (${complexity}; the limit is ${max}). Ask for fewer fields or smaller pages.`);
          }
        },
      };
    },
  };
}

/** The variables with only their numbers kept: text, flags and ids never change a cost. */
function numbersOf(variables: Record<string, unknown> | undefined): string {
  return JSON.stringify(variables ?? {}, (_key, value: unknown) => (typeof value === 'string' || typeof value === 'boolean' ? undefined : value));
}
