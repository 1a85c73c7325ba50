import { HttpException, Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from './app-errors';

const logger = new Logger('GraphQL');

/** Codes produced by graphql-js and Apollo themselves for malformed requests. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  ...Object.values(ErrorCode),
]);

/**
 * Clients see a code and a human message, never a stack trace or an internal error text.
 * Anything unexpected is logged in full and reported as INTERNAL_SERVER_ERROR.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof HttpException) {
    return fromHttpException(original, base);
  }
  // A malformed id (not a UUID) reaching PostgreSQL is the caller's mistake, not ours.
  if ((original as { code?: string } | undefined)?.code === '22P02') {
    return { ...base, message: 'Invalid id or value format', extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && PASS_THROUGH.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _hidden, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions };
  }
  logger.error({ err: original, path: formatted.path }, 'Unhandled error in a GraphQL operation');
  return { ...base, message: 'Something went wrong on our side. Please try again.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

function fromHttpException(exception: HttpException, base: GraphQLFormattedError): GraphQLFormattedError {
  const status = exception.getStatus();
  const response = exception.getResponse() as { message?: string | string[] } | string;
  const messages = typeof response === 'string' ? [response] : Array.isArray(response.message) ? response.message : [response.message ?? exception.message];
  const code =
    status === 401 ? ErrorCode.UNAUTHENTICATED : status === 403 ? ErrorCode.FORBIDDEN : status === 404 ? ErrorCode.NOT_FOUND : status === 429 ? ErrorCode.RATE_LIMITED : status < 500 ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL_SERVER_ERROR;
  if (code === ErrorCode.INTERNAL_SERVER_ERROR) {
    logger.error({ err: exception }, 'HTTP exception in a GraphQL operation');
    return { ...base, message: 'Something went wrong on our side. Please try again.', extensions: { code } };
  }
  const message = code === ErrorCode.BAD_USER_INPUT ? `Invalid input: ${messages.join('; ')}` : messages.join('; ');
  return { ...base, message, extensions: { code, ...(code === ErrorCode.BAD_USER_INPUT ? { details: messages } : {}) } };
}
