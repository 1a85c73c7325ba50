export interface RateLimitDecision {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/** Fixed-window counters, shared across instances when Redis is configured. */
export abstract class RateLimiterPort {
  /** Counts one hit on `key` and says whether it is within `limit` per `windowSeconds`. */
  abstract hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision>;
  /** How many hits `key` has in its current window, without counting one. */
  abstract peek(key: string): Promise<number>;
  abstract reset(key: string): Promise<void>;

  async onModuleDestroy(): Promise<void> {
    return;
  }
}
