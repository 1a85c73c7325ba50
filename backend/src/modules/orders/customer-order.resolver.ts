import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowVisitor } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { toCustomerOrderType, toErrorType } from './dto/order-mappers';
import { RequestReturnInput } from './dto/order-return.inputs';
import { CustomerOrderResult, RequestReturnResult } from './dto/order-results';
import { TrackOrderInput } from './dto/order.inputs';
import { CustomerOrderType } from './dto/order.types';
import { OrdersService } from './orders.service';

/** Shoppers following and cancelling their orders from the widget. */
@Resolver()
export class CustomerOrderResolver {
  constructor(private readonly orders: OrdersService) {}

  @Query(() => CustomerOrderResult, { description: 'An order by number and email (or number alone for the visitor who placed it). Rate-limited.' })
  @AllowVisitor()
  async trackOrder(@Ctx() ctx: TenantContext, @Args('input') input: TrackOrderInput): Promise<typeof CustomerOrderResult> {
    const result = await this.orders.trackOrder(ctx, input.number, input.email);
    return ('order' in result ? toCustomerOrderType(result) : toErrorType(result)) as typeof CustomerOrderResult;
  }

  @Query(() => [CustomerOrderType], { description: 'Orders placed by this visitor, newest first.' })
  @AllowVisitor()
  async myOrders(@Ctx() ctx: TenantContext): Promise<CustomerOrderType[]> {
    return (await this.orders.myOrders(ctx)).map(toCustomerOrderType);
  }

  @Mutation(() => CustomerOrderResult, { description: 'Cancels an order that has not shipped; anything paid is refunded.' })
  @AllowVisitor()
  async cancelMyOrder(@Ctx() ctx: TenantContext, @Args('input') input: TrackOrderInput): Promise<typeof CustomerOrderResult> {
    const result = await this.orders.cancelOrder(ctx, input.number, input.email);
    return ('order' in result ? toCustomerOrderType(result) : toErrorType(result)) as typeof CustomerOrderResult;
  }

  @Mutation(() => RequestReturnResult, { description: 'Starts a return of units of a shipped or delivered order. Rate-limited like trackOrder.' })
  @AllowVisitor()
  async requestReturn(@Ctx() ctx: TenantContext, @Args('input') input: RequestReturnInput): Promise<typeof RequestReturnResult> {
    const result = await this.orders.requestReturn(ctx, input.number, input.email, { lines: input.lines, reason: input.reason });
    return ('order' in result ? toCustomerOrderType(result) : toErrorType(result)) as typeof RequestReturnResult;
  }
}
