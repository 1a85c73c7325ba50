import type { AccessToken } from './access-token';
import { SingleFlight } from './single-flight';

/**
 * Hands out a usable access token: the current one while it is fresh, otherwise the result
 * of one shared refresh. Resolves to null when the session cannot be renewed.
 */
export class TokenRefresher {
  private readonly flight = new SingleFlight<AccessToken | null>();

  constructor(
    private readonly renew: () => Promise<AccessToken | null>,
    private readonly now: () => number = Date.now,
  ) {}

  get refreshing(): boolean {
    return this.flight.inFlight;
  }

  refresh(): Promise<AccessToken | null> {
    return this.flight.run(() => this.renew().catch(() => null));
  }

  async usable(current: AccessToken | null): Promise<AccessToken | null> {
    if (!current) return null;
    if (!current.isExpired(this.now())) return current;
    return this.refresh();
  }
}
