import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError, ErrorCode } from './app-errors';

/**
 * Rejects operations whose estimated cost exceeds `max` before any resolver runs. List fields
 * declare their cost as `complexity` in their @Field options (usually scaled by `first`).
 */
export function complexityPlugin(max: number, getSchema: () => GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema: getSchema(),
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > max) {
            throw new AppError(ErrorCode.QUERY_TOO_COMPLEX, `This query is too complex (${complexity}; the limit is ${max}). Ask for fewer fields or smaller pages.`);
          }
        },
      };
    },
  };
}
