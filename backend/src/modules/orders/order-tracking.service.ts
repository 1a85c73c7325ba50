import { Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { RateLimitedError } from '../../platform/graphql/app-errors';
import { RateLimiterPort } from '../../platform/rate-limit/rate-limiter.port';
import { Order } from './entities/order.entity';
import { OrderNotFound } from './order-failures';
import { normalizeOrderNumber } from './order-number';

const LOOKUPS_PER_IP = 20;
const LOOKUPS_PER_ORDER = 10;
const LOOKUP_WINDOW_SECONDS = 600;

/**
 * Finds a shopper's order: by number plus the email it was placed with (compared in constant time),
 * or by number alone for the visitor who placed it (their token, or their store-signed identity,
 * which brings every device of a customer to the same visitor). Guesses are rate-limited per IP and
 * per order number, and every miss looks the same.
 */
@Injectable()
export class OrderTrackingService {
  constructor(
    private readonly data: TenantDataService,
    private readonly rateLimiter: RateLimiterPort,
  ) {}

  async find(ctx: TenantContext, rawNumber: string, email?: string | null): Promise<Order | OrderNotFound> {
    const number = normalizeOrderNumber(rawNumber);
    // Only number + email can reveal someone else's order; the placing visitor's own lookups are not guesses.
    if (email) await this.limit(ctx, number);
    const order = number.length <= 16 ? await this.data.repo(ctx, Order).findOneBy({ number }) : null;
    // Compare even when no order matched, so the time taken does not say whether the number exists.
    const emailMatches = sameEmail(order?.customerEmail ?? 'nobody@invalid', email ?? '');
    if (!order) return new OrderNotFound();
    if (email) return emailMatches ? order : new OrderNotFound();
    return ctx.actor.kind === 'visitor' && order.visitorId === ctx.actor.visitorId ? order : new OrderNotFound();
  }

  private async limit(ctx: TenantContext, number: string): Promise<void> {
    for (const [key, limit] of [
      [`order-lookup:ip:${ctx.tenantId}:${ctx.ip ?? 'unknown'}`, LOOKUPS_PER_IP],
      [`order-lookup:number:${ctx.tenantId}:${number}`, LOOKUPS_PER_ORDER],
    ] as const) {
      const decision = await this.rateLimiter.hit(key, limit, LOOKUP_WINDOW_SECONDS);
      if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds, 'Too many order lookups. Please wait a few minutes and try again.');
    }
  }

  /** The visitor's own orders, newest first. */
  async mine(ctx: TenantContext, visitorId: string): Promise<Order[]> {
    return this.data.repo(ctx, Order).find({ where: { visitorId }, order: { createdAt: 'DESC' }, take: 20 });
  }
}

function sameEmail(stored: string, given: string): boolean {
  const a = createHash('sha256').update(stored.trim().toLowerCase()).digest();
  const b = createHash('sha256').update(given.trim().toLowerCase()).digest();
  return timingSafeEqual(a, b);
}
