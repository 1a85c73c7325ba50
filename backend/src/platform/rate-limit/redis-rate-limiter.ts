import Redis from 'ioredis';
import { RateLimitDecision, RateLimiterPort } from './rate-limiter.port';

// INCR and set the expiry on the first hit in one round trip, atomically.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('TTL', KEYS[1]) }
`;

export class RedisRateLimiter extends RateLimiterPort {
  private readonly redis: Redis;

  constructor(url: string, private readonly prefix = 'shopdesk:rl:') {
    super();
    this.redis = new Redis(url, { maxRetriesPerRequest: 2 });
  }

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision> {
    const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, this.prefix + key, windowSeconds)) as [number, number];
    return { allowed: count <= limit, remaining: Math.max(0, limit - count), retryAfterSeconds: Math.max(1, ttl) };
  }

  async peek(key: string): Promise<number> {
    return Number((await this.redis.get(this.prefix + key)) ?? 0);
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  override async onModuleDestroy(): Promise<void> {
    await this.redis.quit();
  }
}
