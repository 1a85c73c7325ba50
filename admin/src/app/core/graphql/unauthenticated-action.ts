import type { ApiErrorCode } from './api-error-code';

export type UnauthenticatedAction = 'none' | 'refresh-and-retry' | 'sign-out';

/**
 * What to do when an operation fails: an expired access token gets one refresh and one retry;
 * if the retried operation is still refused, the session is over.
 */
export function unauthenticatedAction(codes: readonly ApiErrorCode[], alreadyRetried: boolean): UnauthenticatedAction {
  if (!codes.includes('UNAUTHENTICATED')) return 'none';
  return alreadyRetried ? 'sign-out' : 'refresh-and-retry';
}
