import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { Order } from './entities/order.entity';
import { toErrorType, toOrderType, toOutstandingBalanceType, toPaymentInstalmentType, toPaymentPlanType } from './dto/order-mappers';
import { InstalmentResult, PaymentPlanResult } from './dto/order-results';
import { OrderType } from './dto/order.types';
import { CreatePaymentPlanInput, OutstandingBalanceType, PaymentPlanType } from './dto/payment-plan.types';
import { InstalmentResult as InstalmentOutcome, PaymentPlanService } from './payment-plan.service';

/** Staff split orders into instalments, collect them, and see what a customer still owes. */
@Resolver(() => OrderType)
export class PaymentPlanResolver {
  constructor(private readonly plans: PaymentPlanService) {}

  @Mutation(() => PaymentPlanResult, { description: 'Splits an unpaid order into instalments; the first replaces its payment link.' })
  @Allow(Permission.ORDERS_WRITE)
  async createPaymentPlan(@Ctx() ctx: TenantContext, @Args('input') input: CreatePaymentPlanInput): Promise<typeof PaymentPlanResult> {
    const result = await this.plans.create(ctx, input.orderId, input.instalments, input.intervalDays);
    return (result instanceof Order ? toOrderType(result) : toErrorType(result)) as typeof PaymentPlanResult;
  }

  @Mutation(() => InstalmentResult, { description: 'Opens a fresh payment link for an instalment (closing any earlier one).' })
  @Allow(Permission.ORDERS_WRITE)
  async sendInstalmentLink(@Ctx() ctx: TenantContext, @Args('instalmentId', { type: () => ID }, ParseUUIDPipe) instalmentId: string): Promise<typeof InstalmentResult> {
    return instalmentResult(await this.plans.sendLink(ctx, instalmentId));
  }

  @Mutation(() => InstalmentResult, { description: 'Confirms an instalment paid by hand (transfer, cash, terminal).' })
  @Allow(Permission.ORDERS_WRITE)
  async markInstalmentPaid(@Ctx() ctx: TenantContext, @Args('instalmentId', { type: () => ID }, ParseUUIDPipe) instalmentId: string): Promise<typeof InstalmentResult> {
    return instalmentResult(await this.plans.markPaid(ctx, instalmentId));
  }

  @Query(() => OutstandingBalanceType, { description: 'What a customer still owes: unpaid instalments and orders awaiting payment.' })
  @Allow(Permission.ORDERS_READ)
  async outstandingBalance(@Ctx() ctx: TenantContext, @Args('customerEmail') customerEmail: string): Promise<OutstandingBalanceType> {
    return toOutstandingBalanceType(await this.plans.outstanding(ctx, customerEmail));
  }

  @ResolveField(() => PaymentPlanType, { nullable: true, description: 'Null when the order is paid in one go.' })
  async paymentPlan(@Ctx() ctx: TenantContext, @Parent() order: OrderType): Promise<PaymentPlanType | null> {
    return toPaymentPlanType(await this.plans.planOf(ctx, order.id));
  }
}

function instalmentResult(result: InstalmentOutcome): typeof InstalmentResult {
  return ('instalment' in result ? toPaymentInstalmentType(result) : toErrorType(result)) as typeof InstalmentResult;
}
