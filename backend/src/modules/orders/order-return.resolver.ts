import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { toErrorType, toOrderReturnType } from './dto/order-mappers';
import { ReturnResult } from './dto/order-results';
import { ReceiveReturnInput, RejectReturnInput } from './dto/order-return.inputs';
import { OrderReturnType } from './dto/order-return.types';
import { OrderType } from './dto/order.types';
import { OrderReturnService, ReturnRefund } from './order-return.service';

/** Staff handling returns shoppers started: approve or reject, receive (restock), refund. */
@Resolver(() => OrderType)
export class OrderReturnResolver {
  constructor(private readonly service: OrderReturnService) {}

  @ResolveField(() => [OrderReturnType], { description: 'Returns of this order, oldest first.' })
  async returns(@Ctx() ctx: TenantContext, @Parent() order: OrderType): Promise<OrderReturnType[]> {
    return (await this.service.ofOrder(ctx, order.id)).map(toOrderReturnType);
  }

  @Mutation(() => ReturnResult)
  @Allow(Permission.ORDERS_WRITE)
  async approveReturn(@Ctx() ctx: TenantContext, @Args('returnId', { type: () => ID }, ParseUUIDPipe) returnId: string): Promise<typeof ReturnResult> {
    return returnResult(await this.service.approve(ctx, returnId));
  }

  @Mutation(() => ReturnResult)
  @Allow(Permission.ORDERS_WRITE)
  async rejectReturn(@Ctx() ctx: TenantContext, @Args('input') input: RejectReturnInput): Promise<typeof ReturnResult> {
    return returnResult(await this.service.reject(ctx, input.returnId, input.reason ?? ''));
  }

  @Mutation(() => ReturnResult, { description: 'The returned parcel arrived: the chosen units go back in stock.' })
  @Allow(Permission.ORDERS_WRITE)
  async receiveReturn(@Ctx() ctx: TenantContext, @Args('input') input: ReceiveReturnInput): Promise<typeof ReturnResult> {
    const plan = new Map((input.restock ?? []).map((line) => [line.orderLineId, line.quantity]));
    return returnResult(await this.service.receive(ctx, input.returnId, plan));
  }

  @Mutation(() => ReturnResult, { description: 'Refunds the returned units’ value through the payment provider.' })
  @Allow(Permission.ORDERS_WRITE)
  async refundReturn(@Ctx() ctx: TenantContext, @Args('returnId', { type: () => ID }, ParseUUIDPipe) returnId: string): Promise<typeof ReturnResult> {
    return returnResult(await this.service.refund(ctx, returnId));
  }
}

function returnResult(change: ReturnRefund): typeof ReturnResult {
  return ('orderReturn' in change ? toOrderReturnType(change) : toErrorType(change)) as typeof ReturnResult;
}
