import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TenantContext } from '../../platform/context/tenant-context';
import { OrderLifecycleService } from './order-lifecycle.service';

const SWEEP_MS = 2000;

/** Cancels orders left unpaid past their deadline (a missed or never-sent expiry webhook, manual payments). */
@Injectable()
export class OrderExpiry implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Orders');
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: OrderLifecycleService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    let cancelled = 0;
    try {
      // Which orders are overdue is a platform-level question: it looks across stores.
      const due = (await this.dataSource.query(
        `SELECT tenant_id, id FROM orders WHERE status = 'awaiting_payment' AND payment_due_at <= now() ORDER BY payment_due_at LIMIT 200`,
      )) as Array<{ tenant_id: string; id: string }>;
      for (const row of due) {
        if (await this.lifecycle.expireOverdue(TenantContext.system(row.tenant_id, 'order-expiry'), row.id)) cancelled++;
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'Cancelling overdue orders failed');
    } finally {
      this.running = false;
    }
    return cancelled;
  }
}
