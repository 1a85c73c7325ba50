import accepts from 'accepts';
import type { IncomingMessage } from 'node:http';

/** The language a request's Accept-Language prefers most, negotiated as Express does for HTTP (`req.acceptsLanguages()`). */
export function preferredLanguage(request: IncomingMessage): string | undefined {
  return accepts(request).languages()[0];
}
