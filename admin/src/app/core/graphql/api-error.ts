import type { ApiErrorCode } from './api-error-code';

/** A failed API call, with the contract's error code for the UI to choose its wording. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
