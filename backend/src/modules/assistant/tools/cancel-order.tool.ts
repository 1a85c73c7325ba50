import { Injectable } from '@nestjs/common';
import { RateLimitedError } from '../../../platform/graphql/app-errors';
import { OrderNotFound } from '../../orders/order-failures';
import { OrdersService } from '../../orders/orders.service';
import { AssistantTool, stringArg, ToolInvocation, ToolResult } from './assistant-tool';
import { orderCard, orderView } from './order-view';
import { ORDER_ARGS, refusal } from './track-order.tool';

/** Cancels an order the shopper has proven is theirs, while it is still cancellable. */
@Injectable()
export class CancelOrderTool implements AssistantTool {
  readonly name = 'cancel_order';
  readonly description = 'Cancel an order that has not shipped yet (paid amounts are refunded). Needs the order number and the email. Only when the shopper clearly asks.';
  readonly parameters = ORDER_ARGS;

  constructor(private readonly orders: OrdersService) {}

  async run(invocation: ToolInvocation, args: Record<string, unknown>): Promise<ToolResult> {
    const number = stringArg(args, 'order_number');
    if (!number) return refusal('missing_order_number', 'Ask for the order number.');
    if (invocation.dryRun) return { ...refusal('preview', 'Previews never cancel orders.'), ok: true };
    try {
      const result = await this.orders.cancelOrder(invocation.ctx, number, stringArg(args, 'email') ?? null);
      if (result instanceof OrderNotFound) return refusal('not_found_or_not_verified', 'No order matches that number and email.');
      if (!('order' in result)) return refusal('not_cancellable', result.message, { status: 'status' in result ? result.status : null });
      const { content, facts } = orderView(result);
      return { ok: true, content: { cancelled: true, ...content }, facts, products: [], citations: [], blocks: [orderCard(result)] };
    } catch (error) {
      if (error instanceof RateLimitedError) return refusal('too_many_attempts', 'Too many order lookups; ask the shopper to wait a few minutes.');
      throw error;
    }
  }
}
