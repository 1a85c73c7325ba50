export type ProviderFailure = 'http' | 'timeout' | 'garbled' | 'incomplete' | 'network' | 'step_limit' | 'circuit_open' | 'not_configured';

/** The model endpoint failed in a way the turn recovers from by answering with the rules. */
export class ProviderError extends Error {
  constructor(
    readonly failure: ProviderFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}
