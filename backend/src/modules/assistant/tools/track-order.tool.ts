import { Injectable } from '@nestjs/common';
import { RateLimitedError } from '../../../platform/graphql/app-errors';
import { OrderNotFound } from '../../orders/order-failures';
import { OrdersService } from '../../orders/orders.service';
import { AssistantTool, emptyFacts, stringArg, ToolInvocation, ToolParameters, ToolResult } from './assistant-tool';
import { orderCard, orderView } from './order-view';

export const ORDER_ARGS: ToolParameters = {
  type: 'object',
  properties: {
    order_number: { type: 'string', description: 'The order number' },
    email: { type: 'string', description: 'Email the order was placed with; proves it is theirs (not needed for orders placed in this chat)' },
  },
  required: ['order_number'],
  additionalProperties: false,
};

/** Looks up an order for the shopper who proves it is theirs: the email it was placed with, or being its placer. */
@Injectable()
export class TrackOrderTool implements AssistantTool {
  readonly name = 'track_order';
  readonly description = 'Status, items, total and tracking of an order. Needs the order number and the email it was placed with.';
  readonly parameters = ORDER_ARGS;

  constructor(private readonly orders: OrdersService) {}

  async run(invocation: ToolInvocation, args: Record<string, unknown>): Promise<ToolResult> {
    const number = stringArg(args, 'order_number');
    if (!number) return refusal('missing_order_number', 'Ask for the order number.');
    try {
      const found = await this.orders.trackOrder(invocation.ctx, number, stringArg(args, 'email') ?? null);
      if (found instanceof OrderNotFound) return refusal('not_found_or_not_verified', 'No order matches that number and email.');
      const { content, facts } = orderView(found);
      return { ok: true, content, facts, products: [], citations: [], blocks: [orderCard(found)] };
    } catch (error) {
      if (error instanceof RateLimitedError) return refusal('too_many_attempts', 'Too many order lookups; ask the shopper to wait a few minutes.');
      throw error;
    }
  }
}

/** A tool's no, with an English message for a model and `details` the built-in replies word in the visitor's language. */
export function refusal(error: string, message: string, details: Record<string, unknown> = {}): ToolResult {
  return { ok: false, content: { error, message, ...details }, facts: emptyFacts(), products: [], citations: [] };
}
