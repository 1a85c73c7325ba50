import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { DraftOrderInvoiced } from './draft-order-failures';
import { DraftChange, DraftOrderService } from './draft-order.service';
import { DraftOrderInput, DraftOrderInvoiceType, DraftOrderType } from './dto/draft-order.types';
import { toDraftOrderType, toErrorType, toOrderType } from './dto/order-mappers';
import { DraftOrderInvoiceResult, DraftOrderResult } from './dto/order-results';

/** Staff creating orders for customers: draft, edit, then send the invoice (stock held, payment link). */
@Resolver(() => DraftOrderType)
export class DraftOrderResolver {
  constructor(private readonly drafts: DraftOrderService) {}

  @Query(() => [DraftOrderType], { description: 'Open drafts, most recently changed first.' })
  @Allow(Permission.ORDERS_READ)
  async draftOrders(@Ctx() ctx: TenantContext): Promise<DraftOrderType[]> {
    return (await this.drafts.list(ctx)).map(toDraftOrderType);
  }

  @Query(() => DraftOrderType)
  @Allow(Permission.ORDERS_READ)
  async draftOrder(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<DraftOrderType> {
    return toDraftOrderType(await this.drafts.get(ctx, id));
  }

  @Mutation(() => DraftOrderResult)
  @Allow(Permission.ORDERS_WRITE)
  async createDraftOrder(@Ctx() ctx: TenantContext, @Args('input') input: DraftOrderInput): Promise<typeof DraftOrderResult> {
    return draftResult(await this.drafts.create(ctx, input));
  }

  @Mutation(() => DraftOrderResult, { description: 'Replaces the draft’s customer, items, discount code and shipping.' })
  @Allow(Permission.ORDERS_WRITE)
  async updateDraftOrder(
    @Ctx() ctx: TenantContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('input') input: DraftOrderInput,
  ): Promise<typeof DraftOrderResult> {
    return draftResult(await this.drafts.update(ctx, id, input));
  }

  @Mutation(() => Boolean, { description: 'Deletes an open draft; false when its invoice was sent already.' })
  @Allow(Permission.ORDERS_WRITE)
  async deleteDraftOrder(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<boolean> {
    return !(await this.drafts.remove(ctx, id));
  }

  @Mutation(() => DraftOrderInvoiceResult, { description: 'Turns the draft into an order awaiting payment: stock is held and a payment link opened.' })
  @Allow(Permission.ORDERS_WRITE)
  async sendDraftOrderInvoice(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<typeof DraftOrderInvoiceResult> {
    const result = await this.drafts.sendInvoice(ctx, id);
    if (result instanceof DraftOrderInvoiced || !('order' in result)) return toErrorType(result) as typeof DraftOrderInvoiceResult;
    return Object.assign(new DraftOrderInvoiceType(), { order: toOrderType(result.order), paymentUrl: result.paymentUrl, expiresAt: result.expiresAt });
  }
}

function draftResult(change: DraftChange): typeof DraftOrderResult {
  return ('draft' in change ? toDraftOrderType(change) : toErrorType(change)) as typeof DraftOrderResult;
}
