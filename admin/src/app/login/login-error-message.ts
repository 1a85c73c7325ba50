import type { ApiErrorCode } from '../core/graphql/api-error-code';

/** What the sign-in form says when signing in fails. */
export function loginErrorMessage(code: ApiErrorCode): string {
  switch (code) {
    case 'UNAUTHENTICATED':
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
      return 'That email and password don’t match an account. Check them and try again.';
    case 'FORBIDDEN':
      return 'This account can’t sign in to the store dashboard. Ask your store owner for access.';
    case 'RATE_LIMITED':
      return 'Too many sign-in attempts. Please wait a few minutes, then try again.';
    case 'NETWORK':
      return 'We couldn’t reach Shopdesk. Check your connection and try again.';
    case 'UNKNOWN':
      return 'Something went wrong on our side. Please try again in a moment.';
  }
}
