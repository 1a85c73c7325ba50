import { Injectable, Logger } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantService } from './tenant.service';
import { isValidTimeZone } from './zoned-time';

const CACHE_MS = 60_000;

/** Each store's time zone (UTC when unset or unknown), cached briefly: figures and date filters need it on every call. */
@Injectable()
export class TenantTimeZones {
  private readonly logger = new Logger(TenantTimeZones.name);
  private readonly cache = new Map<string, { zone: string; until: number }>();

  constructor(private readonly tenants: TenantService) {}

  async of(ctx: TenantContext): Promise<string> {
    const cached = this.cache.get(ctx.tenantId);
    if (cached && cached.until > Date.now()) return cached.zone;
    const tenant = await this.tenants.current(ctx);
    let zone = tenant.timezone || 'UTC';
    if (!isValidTimeZone(zone)) {
      // A bad value must not stop the figures; UTC keeps them consistent until it is fixed.
      this.logger.warn({ tenantId: ctx.tenantId, timezone: zone }, 'Unknown store time zone, using UTC');
      zone = 'UTC';
    }
    this.cache.set(ctx.tenantId, { zone, until: Date.now() + CACHE_MS });
    return zone;
  }
}
