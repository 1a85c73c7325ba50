import { DynamicModule, Global, Module } from '@nestjs/common';
import { InMemoryRateLimiter } from './in-memory-rate-limiter';
import { RateLimiterPort } from './rate-limiter.port';
import { RedisRateLimiter } from './redis-rate-limiter';

@Global()
@Module({})
export class RateLimitModule {
  static forRoot(redisUrl?: string, prefix = 'shopdesk'): DynamicModule {
    return {
      module: RateLimitModule,
      providers: [{ provide: RateLimiterPort, useFactory: () => (redisUrl ? new RedisRateLimiter(redisUrl, `${prefix}:rl:`) : new InMemoryRateLimiter()) }],
      exports: [RateLimiterPort],
    };
  }
}
