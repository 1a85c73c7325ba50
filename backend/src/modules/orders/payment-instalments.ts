import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { PaymentInstalment } from './entities/payment-instalment.entity';
import { returningRows } from './returning-rows';

/** The instalment rows of payment plans; every status change is a guarded update, so it happens once. */
@Injectable()
export class PaymentInstalments {
  constructor(private readonly data: TenantDataService) {}

  async ofOrder(ctx: TenantContext, orderId: string): Promise<PaymentInstalment[]> {
    return this.data.repo(ctx, PaymentInstalment).find({ where: { orderId }, order: { number: 'ASC' } });
  }

  async find(ctx: TenantContext, id: string): Promise<PaymentInstalment | null> {
    return this.data.repo(ctx, PaymentInstalment).findOneBy({ id });
  }

  async first(ctx: TenantContext, orderId: string): Promise<PaymentInstalment | null> {
    return this.data.repo(ctx, PaymentInstalment).findOneBy({ orderId, number: 1 });
  }

  /** pending → paid; false when it was already paid or cancelled. */
  async markPaid(tx: TenantContext, id: string): Promise<boolean> {
    const claimed = await this.data
      .repo(tx, PaymentInstalment)
      .sql(`UPDATE payment_instalments SET status = 'paid', paid_at = now(), updated_at = now() WHERE tenant_id = $1 AND id = $2 AND status = 'pending' RETURNING id`, [id]);
    return returningRows(claimed).length > 0;
  }

  /** The order will take no more money: what is still due is called off. Returns how many were. */
  async cancelUnpaid(tx: TenantContext, orderId: string): Promise<number> {
    const cancelled = await this.data
      .repo(tx, PaymentInstalment)
      .sql(`UPDATE payment_instalments SET status = 'cancelled', updated_at = now() WHERE tenant_id = $1 AND order_id = $2 AND status = 'pending' RETURNING id`, [orderId]);
    return returningRows(cancelled).length;
  }
}
