import { Injectable, Logger } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantService } from './tenant.service';
import { isValidTimeZone } from './zoned-time';

/** Each store's time zone (UTC when unset or unknown), from the recently read store: figures and date filters need it on every call. */
@Injectable()
export class TenantTimeZones {
  private readonly logger = new Logger(TenantTimeZones.name);
  /** Bad values already reported, so a misconfigured store does not flood the log. */
  private readonly reported = new Set<string>();

  constructor(private readonly tenants: TenantService) {}

  async of(ctx: TenantContext): Promise<string> {
    const zone = (await this.tenants.recent(ctx)).timezone || 'UTC';
    if (isValidTimeZone(zone)) return zone;
    // A bad value must not stop the figures; UTC keeps them consistent until it is fixed.
    if (!this.reported.has(`${ctx.tenantId}:${zone}`)) {
      this.reported.add(`${ctx.tenantId}:${zone}`);
      this.logger.warn({ tenantId: ctx.tenantId, timezone: zone }, 'Unknown store time zone, using UTC');
    }
    return 'UTC';
  }
}
