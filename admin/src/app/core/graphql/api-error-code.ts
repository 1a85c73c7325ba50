/** `errors[].extensions.code` values of the API, plus the two failures that never reach it. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'RATE_LIMITED'
  | 'NOT_FOUND'
  | 'NETWORK'
  | 'UNKNOWN';

const SERVER_CODES: readonly ApiErrorCode[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'RATE_LIMITED', 'NOT_FOUND'];

export interface GraphQLErrorLike {
  readonly message?: string;
  readonly extensions?: Readonly<Record<string, unknown>> | null;
}

/** The API codes carried by a list of GraphQL errors, unknown codes mapped to UNKNOWN. */
export function errorCodesOf(errors: readonly GraphQLErrorLike[] | null | undefined): ApiErrorCode[] {
  return (errors ?? []).map((error) => {
    const code = error.extensions?.['code'];
    return typeof code === 'string' && (SERVER_CODES as readonly string[]).includes(code)
      ? (code as ApiErrorCode)
      : 'UNKNOWN';
  });
}

/**
 * The code of a failed GraphQL-over-HTTP call. A server may answer errors with a 200 or with a
 * 4xx carrying the same JSON body, so the body wins over the status.
 */
export function apiErrorCodeOf(body: unknown, httpStatus: number): ApiErrorCode {
  const errors = isRecord(body) && Array.isArray(body['errors']) ? (body['errors'] as GraphQLErrorLike[]) : [];
  const [first] = errorCodesOf(errors.filter(isRecord));
  if (first) return first;
  if (httpStatus === 0) return 'NETWORK';
  if (httpStatus === 401) return 'UNAUTHENTICATED';
  if (httpStatus === 429) return 'RATE_LIMITED';
  return 'UNKNOWN';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
