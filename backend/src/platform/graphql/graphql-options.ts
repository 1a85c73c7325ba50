import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { DocumentNode, ExecutionResult, GraphQLError, GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { AuthenticatorPort } from '../context/authenticator.port';
import { TenantContext } from '../context/tenant-context';
import { complexityPlugin, OperationCosts } from './complexity.plugin';
import { preferredLanguage } from '../web/preferred-language';
import { clientAddressOf } from '../web/trusted-proxies';
import { formatError } from './format-error';

const logger = new Logger('GraphQL');

interface WsExtra {
  request?: IncomingMessage;
  tenantContext?: TenantContext;
}

/** Operations parsed and validated once per query text, as Apollo does for HTTP; a chat sends the same few again and again. */
const MAX_KNOWN_DOCUMENTS = 500;

export interface GraphQLOptionsInput {
  config: AppConfig;
  authenticator: AuthenticatorPort;
  /** Where to print the schema; `true` keeps it in memory (tests, read-only deployments). */
  schemaFile: string | true;
}

/**
 * Code-first Apollo with the OWASP GraphQL cheat sheet applied: depth and cost limits, no batching,
 * no stack traces, CSRF prevention, introspection configurable, auth of WebSockets at connect time.
 */
export function graphqlOptions({ config, authenticator, schemaFile }: GraphQLOptionsInput): ApolloDriverConfig {
  let schema: GraphQLSchema | undefined;
  const depthRule = depthLimit(config.GRAPHQL_MAX_DEPTH);
  const costs = new OperationCosts(config.GRAPHQL_MAX_COMPLEXITY, () => schema!);
  const socketDocuments = new Map<string, DocumentNode | readonly GraphQLError[]>();
  /** The parsed, validated operation (the same object every time for the same text), or why it is refused. */
  const socketDocument = (query: string): DocumentNode | readonly GraphQLError[] => {
    const known = socketDocuments.get(query);
    if (known) return known;
    let checked: DocumentNode | readonly GraphQLError[];
    try {
      const document = parse(query);
      const invalid = validate(schema!, document, [...specifiedRules, depthRule]);
      checked = invalid.length ? invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')) : document;
    } catch (error) {
      checked = [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
    }
    if (socketDocuments.size >= MAX_KNOWN_DOCUMENTS) socketDocuments.clear();
    socketDocuments.set(query, checked);
    return checked;
  };
  return {
    autoSchemaFile: schemaFile,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: config.GRAPHQL_INTROSPECTION,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthRule],
    plugins: [complexityPlugin(costs)],
    transformSchema: (built: GraphQLSchema) => {
      schema = built;
      return built;
    },
    formatError,
    context: ({ req, res, extra }: { req?: Request; res?: Response; extra?: WsExtra }) => ({ req, res, extra }),
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // Authenticate once per socket; a connection without a valid credential is closed (4403).
        onConnect: async (context: { connectionParams?: Record<string, unknown>; extra: unknown }) => {
          const extra = context.extra as WsExtra;
          const raw = context.connectionParams?.authorization ?? context.connectionParams?.Authorization;
          const match = typeof raw === 'string' ? /^Bearer\s+(\S+)$/i.exec(raw) : null;
          if (!match) return false;
          const headers = extra.request?.headers ?? {};
          try {
            extra.tenantContext = await authenticator.authenticate(match[1], {
              // Behind a load balancer the socket's peer is the balancer: the client is who it forwarded.
              ip: extra.request ? clientAddressOf(extra.request) : undefined,
              origin: typeof headers.origin === 'string' ? headers.origin : undefined,
              requestId: randomUUID(),
              // Messages sent over the socket carry the browser's language as HTTP ones do.
              locale: extra.request ? preferredLanguage(extra.request) : undefined,
            });
            return true;
          } catch (error) {
            logger.debug({ err: error }, 'WebSocket connection refused');
            return false;
          }
        },
        // Operations over the socket get what Apollo gives HTTP ones: the depth and cost limits, and
        // errors with a code and a human message, never an internal error's text. (Refusals made
        // here already carry their code.)
        onSubscribe: (_ctx: unknown, _id: string, payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null }) => {
          const document = socketDocument(payload.query);
          if (isRefusal(document)) return document;
          const refusal = costs.refusal(document, payload.operationName, payload.variables);
          if (refusal) return [refusal];
          return { schema: schema!, document, operationName: payload.operationName, variableValues: payload.variables };
        },
        onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
          result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
      },
    },
  };
}

/** A graphql-js error as Apollo reports it over HTTP: with the code of the stage that refused it. */
function withCode(error: GraphQLError, code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

function isRefusal(checked: DocumentNode | readonly GraphQLError[]): checked is readonly GraphQLError[] {
  return Array.isArray(checked);
}
