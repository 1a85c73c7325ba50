import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { TenantContext } from './tenant-context';

/** What each GraphQL operation's context holds: the HTTP pair, or the graphql-ws connection's `extra`. */
export interface GraphQLRequestContext {
  req?: Request & { tenantContext?: TenantContext };
  res?: Response;
  extra?: { tenantContext?: TenantContext };
}

export function graphqlContextOf(context: ExecutionContext): GraphQLRequestContext {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<GraphQLRequestContext>();
  return { req: context.switchToHttp().getRequest(), res: context.switchToHttp().getResponse() };
}

export function tenantContextOf(context: ExecutionContext): TenantContext {
  const gql = graphqlContextOf(context);
  const ctx = gql.req?.tenantContext ?? gql.extra?.tenantContext;
  if (!ctx) throw new Error('TenantContext requested before the access guard ran');
  return ctx;
}
