import { Injectable } from '@nestjs/common';
import { RateLimitedError } from '../../../platform/graphql/app-errors';
import { OrderNotFound } from '../../orders/order-failures';
import { NotReturnable, ReturnQuantityExceeded } from '../../orders/order-return-failures';
import { ReturnStatus } from '../../orders/entities/return-status';
import { CustomerOrderView, OrdersService } from '../../orders/orders.service';
import { AssistantTool, stringArg, ToolInvocation, ToolParameters, ToolResult } from './assistant-tool';
import { orderCard, orderView } from './order-view';
import { refusal } from './track-order.tool';

const MAX_REASON = 500;

/** Starts a return of a shipped or delivered order the shopper has proven is theirs; staff then approve it. */
@Injectable()
export class StartReturnTool implements AssistantTool {
  readonly name = 'start_return';
  readonly description =
    'Start a return of a shipped or delivered order. Needs the order number, the email it was placed with and the reason; optionally the SKUs to return (all items otherwise). Only when the shopper clearly asks to return something.';
  readonly parameters: ToolParameters = {
    type: 'object',
    properties: {
      order_number: { type: 'string', description: 'The order number' },
      email: { type: 'string', description: 'Email the order was placed with (not needed for orders placed in this chat)' },
      reason: { type: 'string', description: "The shopper's reason, in their words" },
      skus: { type: 'string', description: 'Comma-separated SKUs of the items to return; leave out for everything' },
    },
    required: ['order_number', 'reason'],
    additionalProperties: false,
  };

  constructor(private readonly orders: OrdersService) {}

  async run(invocation: ToolInvocation, args: Record<string, unknown>): Promise<ToolResult> {
    const number = stringArg(args, 'order_number');
    const reason = stringArg(args, 'reason')?.trim().slice(0, MAX_REASON);
    if (!number) return refusal('missing_order_number', 'Ask for the order number.');
    if (!reason) return refusal('missing_reason', 'Ask why the shopper wants to return it.');
    if (invocation.dryRun) return { ...refusal('preview', 'Previews never start returns.'), ok: true };
    const email = stringArg(args, 'email') ?? null;
    try {
      const found = await this.orders.trackOrder(invocation.ctx, number, email);
      if (found instanceof OrderNotFound) return refusal('not_found_or_not_verified', 'No order matches that number and email.');
      const wanted = new Set((stringArg(args, 'skus') ?? '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean));
      const lines = returnableLines(found).filter((l) => !wanted.size || wanted.has(l.sku.toUpperCase()));
      if (!lines.length) return refusal('nothing_to_return', wanted.size ? 'None of those items can be returned from this order.' : 'Everything in this order is already being returned.');
      const result = await this.orders.requestReturn(invocation.ctx, number, email, { reason, lines: lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity })) });
      if (result instanceof OrderNotFound) return refusal('not_found_or_not_verified', 'No order matches that number and email.');
      if (result instanceof NotReturnable) return refusal('not_returnable', result.message, { status: result.status });
      if (result instanceof ReturnQuantityExceeded) return refusal('quantity_exceeded', `Only ${result.returnable} of that item can still be returned.`, { returnable: result.returnable });
      const { content, facts } = orderView(result);
      return {
        ok: true,
        content: { return_requested: true, items: lines.map((l) => ({ sku: l.sku, quantity: l.quantity })), next_step: 'The store reviews the request and replies with how to send the items back.', ...content },
        facts,
        products: [],
        citations: [],
        blocks: [orderCard(result)],
      };
    } catch (error) {
      if (error instanceof RateLimitedError) return refusal('too_many_attempts', 'Too many order lookups; ask the shopper to wait a few minutes.');
      throw error;
    }
  }
}

/** Each line with the units not already in a return that is still open or done (rejected returns free their units). */
function returnableLines(view: CustomerOrderView): Array<{ id: string; sku: string; quantity: number }> {
  const taken = new Map<string, number>();
  for (const r of view.returns) {
    if (r.orderReturn.status === ReturnStatus.REJECTED) continue;
    for (const line of r.lines) taken.set(line.orderLine.id, (taken.get(line.orderLine.id) ?? 0) + line.quantity);
  }
  return view.lines.map((l) => ({ id: l.id, sku: l.sku, quantity: l.quantity - (taken.get(l.id) ?? 0) })).filter((l) => l.quantity > 0);
}
