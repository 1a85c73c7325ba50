import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TenantContext } from '../../platform/context/tenant-context';
import { InventoryService } from './inventory.service';

const SWEEP_MS = 5000;

/** Releases expired holds every few seconds, store by store. */
@Injectable()
export class ReservationExpiry implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Inventory');
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly inventory: InventoryService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      // Which stores have a hold due is a platform-level question: it has to look across tenants.
      const due = (await this.dataSource.query(
        `SELECT DISTINCT tenant_id FROM stock_reservations WHERE status = 'active' AND expires_at <= now() LIMIT 100`,
      )) as Array<{ tenant_id: string }>;
      for (const { tenant_id } of due) await this.inventory.releaseExpired(TenantContext.system(tenant_id, 'reservation-expiry'));
    } catch (error) {
      this.logger.warn({ err: error }, 'Releasing expired reservations failed');
    } finally {
      this.running = false;
    }
  }
}
