/** Codes the API puts in `errors[].extensions.code`, plus the transport's own failures. */
export type ChatErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'RATE_LIMITED'
  | 'NOT_FOUND'
  | 'NETWORK'
  | 'INTERNAL';

const KNOWN_CODES: ReadonlySet<string> = new Set<ChatErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'NOT_FOUND',
  'NETWORK',
  'INTERNAL',
]);

export class ChatApiError extends Error {
  override readonly name = 'ChatApiError';

  constructor(
    readonly code: ChatErrorCode,
    message: string = code,
  ) {
    super(message);
  }

  static fromCode(code: unknown, message: string): ChatApiError {
    return new ChatApiError(typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ChatErrorCode) : 'INTERNAL', message);
  }

  static codeOf(error: unknown): ChatErrorCode {
    return error instanceof ChatApiError ? error.code : 'INTERNAL';
  }
}
