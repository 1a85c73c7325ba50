import { CombinedGraphQLErrors } from '@apollo/client';

/** Codes whose server message is written for the person who asked (validation, missing rights, a wrong password). */
const SPOKEN_CODES = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED']);

/** The server's own words for a refused change, or `fallback` for anything else (network, bugs). */
export function failureMessage(error: unknown, fallback: string): string {
  if (!CombinedGraphQLErrors.is(error)) return fallback;
  const spoken = error.errors.find((e) => SPOKEN_CODES.has(String(e.extensions?.['code'])));
  return spoken ? spoken.message.replace(/^Invalid input: /, '') : fallback;
}
