import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { AppConfig } from '../config/app-config';
import { RedisHealthIndicator } from './redis-health.indicator';

@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly config: AppConfig,
  ) {}

  /** 200 when the database (and Redis, when configured) answer; 503 otherwise. For load balancers. */
  @Get('health')
  @HealthCheck()
  check() {
    const checks = [() => this.db.pingCheck('database', { timeout: 3000 })];
    if (this.config.REDIS_URL) checks.push(() => this.redis.check('redis'));
    return this.health.check(checks);
  }
}
