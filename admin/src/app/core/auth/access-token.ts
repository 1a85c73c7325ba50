/** Refresh this long before expiry at most, so a request never races the deadline. */
const MAX_REFRESH_MARGIN_MS = 60_000;
/** Share of the token's lifetime kept as margin when the lifetime is short. */
const REFRESH_MARGIN_SHARE = 0.2;
/** A token this close to expiry is treated as already expired (clock skew, network latency). */
const EXPIRY_SKEW_MS = 5_000;

/** A staff access token held in memory only, with the moment it stops being valid. */
export class AccessToken {
  private constructor(
    readonly value: string,
    readonly issuedAt: number,
    readonly expiresAt: number,
  ) {}

  /** `expiresInSeconds` is the server's `AuthPayload.expiresIn`. */
  static issue(value: string, expiresInSeconds: number, now: number): AccessToken {
    const lifetimeMs = Math.max(0, expiresInSeconds) * 1000;
    return new AccessToken(value, now, now + lifetimeMs);
  }

  isExpired(now: number): boolean {
    return now >= this.expiresAt - EXPIRY_SKEW_MS;
  }

  /** Milliseconds to wait before refreshing proactively; 0 means refresh now. */
  refreshDelay(now: number): number {
    const lifetime = this.expiresAt - this.issuedAt;
    const margin = Math.min(MAX_REFRESH_MARGIN_MS, lifetime * REFRESH_MARGIN_SHARE);
    return Math.max(0, this.expiresAt - margin - now);
  }
}
