import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { DocumentNode, GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError, ErrorCode } from './app-errors';

/** Costs worked out per parsed operation, by its numeric variables; a client sends few distinct page sizes. */
const MAX_COSTS_PER_DOCUMENT = 32;

/**
 * The estimated cost of operations, with a ceiling. List fields declare their cost as `complexity`
 * in their @Field options, scaled by numeric arguments (`first`). Because a cost depends on nothing
 * else, it is remembered per parsed document (Apollo reuses it for the same query text) and numeric
 * variables: a chat message sent again and again costs one estimate, not one per message.
 */
export class OperationCosts {
  private readonly costs = new WeakMap<DocumentNode, Map<string, number>>();

  constructor(
    private readonly max: number,
    private readonly getSchema: () => GraphQLSchema,
  ) {}

  /** The error to answer with if the operation costs more than the ceiling, else null. */
  refusal(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): AppError | null {
    const complexity = this.costOf(document, operationName ?? undefined, variables ?? undefined);
    if (complexity <= this.max) return null;
    return new AppError(ErrorCode.QUERY_TOO_COMPLEX, `This query is too complex (${complexity}; the limit is ${this.max}). Ask for fewer fields or smaller pages.`);
  }

  private costOf(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined): number {
    const key = `${operationName ?? ''} ${numbersOf(variables)}`;
    let known = this.costs.get(document);
    const cached = known?.get(key);
    if (cached !== undefined) return cached;
    const complexity = getComplexity({
      schema: this.getSchema(),
      operationName,
      query: document,
      variables,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
    if (!known) this.costs.set(document, (known = new Map()));
    if (known.size < MAX_COSTS_PER_DOCUMENT) known.set(key, complexity);
    return complexity;
  }
}

/** Rejects HTTP operations that cost more than the ceiling before any resolver runs. */
export function complexityPlugin(costs: OperationCosts): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return {
        async didResolveOperation({ request, document }) {
          const refusal = costs.refusal(document, request.operationName, request.variables);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

/** The variables with only their numbers kept: text, flags and ids never change a cost. */
function numbersOf(variables: Record<string, unknown> | undefined): string {
  return JSON.stringify(variables ?? {}, (_key, value: unknown) => (typeof value === 'string' || typeof value === 'boolean' ? undefined : value));
}
