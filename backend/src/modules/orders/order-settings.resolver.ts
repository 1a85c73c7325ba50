import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { NotFoundError } from '../../platform/graphql/app-errors';
import { PaymentsService } from '../payments/payments.service';
import { DiscountCodeService } from './discount-code.service';
import { toDiscountCodeType, toOrderSettingsType } from './dto/order-mappers';
import { CreateDiscountCodeInput, UpdateDiscountCodeInput, UpdateOrderSettingsInput } from './dto/order.inputs';
import { DiscountCodeType, OrderSettingsType } from './dto/order.types';
import { OrderSettingsService } from './order-settings.service';

// Percent → basis points, major → minor units: both are hundredths.
const hundredths = (v: number) => Math.round(v * 100);
const toCents = (v: number | null | undefined) => (v === undefined ? undefined : v === null ? null : hundredths(v));

/** A store's tax, shipping and discount codes. */
@Resolver()
export class OrderSettingsResolver {
  constructor(
    private readonly settings: OrderSettingsService,
    private readonly discounts: DiscountCodeService,
    private readonly payments: PaymentsService,
  ) {}

  @Query(() => OrderSettingsType)
  @Allow(Permission.ORDERS_READ)
  async orderSettings(@Ctx() ctx: TenantContext): Promise<OrderSettingsType> {
    return toOrderSettingsType(await this.settings.get(ctx), this.payments.providerName);
  }

  @Mutation(() => OrderSettingsType)
  @Allow(Permission.ORDERS_WRITE)
  async updateOrderSettings(@Ctx() ctx: TenantContext, @Args('input') input: UpdateOrderSettingsInput): Promise<OrderSettingsType> {
    const updated = await this.settings.update(ctx, {
      currency: input.currency,
      taxRateBps: input.taxRatePercent === undefined ? undefined : Math.round(input.taxRatePercent * 100),
      flatShippingCents: toCents(input.flatShipping) ?? undefined,
      freeShippingOverCents: toCents(input.freeShippingOver),
      paymentPlanMinimumCents: toCents(input.paymentPlanMinimum),
      paymentPlanInstalments: input.paymentPlanInstalments ?? undefined,
    });
    return toOrderSettingsType(updated, this.payments.providerName);
  }

  @Query(() => [DiscountCodeType])
  @Allow(Permission.ORDERS_READ)
  async discountCodes(@Ctx() ctx: TenantContext): Promise<DiscountCodeType[]> {
    return (await this.discounts.list(ctx)).map(toDiscountCodeType);
  }

  @Mutation(() => DiscountCodeType)
  @Allow(Permission.ORDERS_WRITE)
  async createDiscountCode(@Ctx() ctx: TenantContext, @Args('input') input: CreateDiscountCodeInput): Promise<DiscountCodeType> {
    const code = await this.discounts.create(ctx, {
      code: input.code,
      kind: input.kind,
      value: hundredths(input.value),
      usageLimit: input.usageLimit ?? null,
      expiresAt: input.expiresAt ?? null,
    });
    return toDiscountCodeType(code);
  }

  @Mutation(() => DiscountCodeType)
  @Allow(Permission.ORDERS_WRITE)
  async updateDiscountCode(@Ctx() ctx: TenantContext, @Args('input') input: UpdateDiscountCodeInput): Promise<DiscountCodeType> {
    const code = await this.discounts.update(ctx, input.id, {
      kind: input.kind,
      value: hundredths(input.value),
      usageLimit: input.usageLimit,
      expiresAt: input.expiresAt,
    });
    return toDiscountCodeType(code);
  }

  @Mutation(() => DiscountCodeType)
  @Allow(Permission.ORDERS_WRITE)
  async setDiscountCodeActive(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @Args('active') active: boolean): Promise<DiscountCodeType> {
    const code = await this.discounts.setActive(ctx, id, active);
    if (!code) throw new NotFoundError('Discount code');
    return toDiscountCodeType(code);
  }
}
