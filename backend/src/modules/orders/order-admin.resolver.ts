import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { PaymentsService } from '../payments/payments.service';
import { FulfilmentStatus, MoneyChange, OrderLifecycleService } from './order-lifecycle.service';
import { OrderQueryService } from './order-query.service';
import { OrderTimeline } from './order-timeline';
import { OrderStatus } from './entities/order-status';
import { Order } from './entities/order.entity';
import { toErrorType, toOrderEventType, toOrderLineType, toOrderType, toPaymentType } from './dto/order-mappers';
import { OrderResult } from './dto/order-results';
import { AdvanceOrderInput, CancelOrderInput, FulfilmentStep, OrderNoteInput, OrdersArgs, RefundOrderInput, ShipOrderInput } from './dto/order.inputs';
import { OrderConnection, OrderEventType, OrderLineType, OrderType, PaymentType } from './dto/order.types';

/** Staff views and actions on orders. */
@Resolver(() => OrderType)
export class OrderAdminResolver {
  constructor(
    private readonly query: OrderQueryService,
    private readonly lifecycle: OrderLifecycleService,
    private readonly timeline: OrderTimeline,
    private readonly paymentService: PaymentsService,
  ) {}

  @Query(() => OrderConnection, { complexity: ({ args, childComplexity }) => (args.first ?? 25) * Math.max(1, childComplexity) })
  @Allow(Permission.ORDERS_READ)
  async orders(@Ctx() ctx: TenantContext, @Args() args: OrdersArgs): Promise<OrderConnection> {
    const page = await this.query.list(ctx, args.filter ?? {}, args.first, args.after);
    return {
      edges: page.orders.map((o, i) => ({ cursor: page.cursors[i], node: toOrderType(o) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors[page.cursors.length - 1] ?? null },
      totalCount: page.totalCount,
    };
  }

  @Query(() => OrderType)
  @Allow(Permission.ORDERS_READ)
  async order(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<OrderType> {
    return toOrderType(await this.lifecycle.get(ctx, id));
  }

  @Mutation(() => OrderResult, { description: 'Confirms a payment received by hand (manual provider).' })
  @Allow(Permission.ORDERS_WRITE)
  async markOrderPaid(@Ctx() ctx: TenantContext, @Args('orderId', { type: () => ID }, ParseUUIDPipe) orderId: string): Promise<typeof OrderResult> {
    return orderResult(await this.lifecycle.markPaid(ctx, orderId));
  }

  @Mutation(() => OrderResult, { description: 'paid → processing, or shipped → delivered.' })
  @Allow(Permission.ORDERS_WRITE)
  async advanceOrder(@Ctx() ctx: TenantContext, @Args('input') input: AdvanceOrderInput): Promise<typeof OrderResult> {
    const to: FulfilmentStatus = input.to === FulfilmentStep.PROCESSING ? OrderStatus.PROCESSING : OrderStatus.DELIVERED;
    return orderResult(await this.lifecycle.advance(ctx, input.orderId, to));
  }

  @Mutation(() => OrderResult)
  @Allow(Permission.ORDERS_WRITE)
  async shipOrder(@Ctx() ctx: TenantContext, @Args('input') input: ShipOrderInput): Promise<typeof OrderResult> {
    return orderResult(await this.lifecycle.advance(ctx, input.orderId, OrderStatus.SHIPPED, { carrier: input.carrier, trackingNumber: input.trackingNumber }));
  }

  @Mutation(() => OrderResult, { description: 'Cancels an order that has not shipped: stock is released or put back, payments refunded.' })
  @Allow(Permission.ORDERS_WRITE)
  async cancelOrder(@Ctx() ctx: TenantContext, @Args('input') input: CancelOrderInput): Promise<typeof OrderResult> {
    return orderResult(await this.lifecycle.cancel(ctx, input.orderId, input.reason ?? ''));
  }

  @Mutation(() => OrderResult, { description: 'Refunds all or part of what was paid, through the payment provider.' })
  @Allow(Permission.ORDERS_WRITE)
  async refundOrder(@Ctx() ctx: TenantContext, @Args('input') input: RefundOrderInput): Promise<typeof OrderResult> {
    const cents = input.amount === undefined || input.amount === null ? undefined : Math.round(input.amount * 100);
    return orderResult(await this.lifecycle.refund(ctx, input.orderId, cents, input.restock));
  }

  @Mutation(() => OrderType, { description: 'An internal note on the timeline (never shown to the shopper).' })
  @Allow(Permission.ORDERS_WRITE)
  async addOrderNote(@Ctx() ctx: TenantContext, @Args('input') input: OrderNoteInput): Promise<OrderType> {
    return toOrderType(await this.lifecycle.addNote(ctx, input.orderId, input.text));
  }

  @ResolveField(() => [OrderLineType])
  async lines(@Ctx() ctx: TenantContext, @Parent() order: OrderType): Promise<OrderLineType[]> {
    return (await this.lifecycle.linesOf(ctx, order.id)).map(toOrderLineType);
  }

  @ResolveField(() => [OrderEventType], { description: 'The timeline, oldest first.' })
  async events(@Ctx() ctx: TenantContext, @Parent() order: OrderType): Promise<OrderEventType[]> {
    return (await this.timeline.of(ctx, order.id, false)).map(toOrderEventType);
  }

  @ResolveField(() => [PaymentType])
  async payments(@Ctx() ctx: TenantContext, @Parent() order: OrderType): Promise<PaymentType[]> {
    return (await this.paymentService.ofOrder(ctx, order.id)).map(toPaymentType);
  }
}

function orderResult(change: MoneyChange): typeof OrderResult {
  return (change instanceof Order ? toOrderType(change) : toErrorType(change)) as typeof OrderResult;
}
