import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { UserInputError } from '../../platform/graphql/app-errors';
import { OrderSettings } from './entities/order-settings.entity';
import { MAX_INSTALMENTS, MIN_INSTALMENTS } from './payment-plan-failures';

export interface OrderSettingsPatch {
  currency?: string;
  taxRateBps?: number;
  flatShippingCents?: number;
  freeShippingOverCents?: number | null;
  paymentPlanMinimumCents?: number | null;
  paymentPlanInstalments?: number;
}

const DEFAULTS = { currency: 'USD', taxRateBps: 0, flatShippingCents: 0, freeShippingOverCents: null, paymentPlanMinimumCents: null, paymentPlanInstalments: 3 };

/** A store's currency, tax rate, shipping rules and when checkouts are split into payment plans. */
@Injectable()
export class OrderSettingsService {
  constructor(private readonly data: TenantDataService) {}

  async get(ctx: TenantContext): Promise<OrderSettings> {
    const found = await this.data.repo(ctx, OrderSettings).findOneBy({});
    return found ?? Object.assign(new OrderSettings(), { tenantId: ctx.tenantId, ...DEFAULTS });
  }

  async update(ctx: TenantContext, patch: OrderSettingsPatch): Promise<OrderSettings> {
    if (patch.currency !== undefined && !/^[A-Z]{3}$/.test(patch.currency)) throw new UserInputError('Currency must be a three-letter ISO code');
    for (const [field, value] of Object.entries(patch)) {
      if (field !== 'currency' && value !== null && value !== undefined && (!Number.isInteger(value) || (value as number) < 0)) {
        throw new UserInputError(`${field} must be zero or more`);
      }
    }
    if (patch.taxRateBps !== undefined && patch.taxRateBps > 10_000) throw new UserInputError('The tax rate cannot exceed 100 %');
    const instalments = patch.paymentPlanInstalments;
    if (instalments !== undefined && (instalments < MIN_INSTALMENTS || instalments > MAX_INSTALMENTS)) {
      throw new UserInputError(`A payment plan has from ${MIN_INSTALMENTS} to ${MAX_INSTALMENTS} instalments`);
    }
    const merged = { ...DEFAULTS, ...(await this.data.repo(ctx, OrderSettings).findOneBy({})), ...stripUndefined(patch) };
    await this.data
      .managerOf(ctx)
      .query(
        `INSERT INTO order_settings (tenant_id, currency, tax_rate_bps, flat_shipping_cents, free_shipping_over_cents, payment_plan_minimum_cents, payment_plan_instalments)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (tenant_id) DO UPDATE SET currency = EXCLUDED.currency, tax_rate_bps = EXCLUDED.tax_rate_bps,
           flat_shipping_cents = EXCLUDED.flat_shipping_cents, free_shipping_over_cents = EXCLUDED.free_shipping_over_cents,
           payment_plan_minimum_cents = EXCLUDED.payment_plan_minimum_cents, payment_plan_instalments = EXCLUDED.payment_plan_instalments, updated_at = now()`,
        [
          ctx.tenantId,
          merged.currency,
          merged.taxRateBps,
          merged.flatShippingCents,
          merged.freeShippingOverCents,
          merged.paymentPlanMinimumCents,
          merged.paymentPlanInstalments,
        ],
      );
    return this.get(ctx);
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
