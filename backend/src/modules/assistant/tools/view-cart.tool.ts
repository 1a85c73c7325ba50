import { Injectable } from '@nestjs/common';
import { OrdersService } from '../../orders/orders.service';
import { AssistantTool, ToolInvocation, ToolParameters, ToolResult } from './assistant-tool';
import { cartView } from './cart-view';
import { refusal } from './track-order.tool';

@Injectable()
export class ViewCartTool implements AssistantTool {
  readonly name = 'view_cart';
  readonly description = "The shopper's cart: items, quantities and totals.";
  readonly parameters: ToolParameters = { type: 'object', properties: {}, required: [], additionalProperties: false };

  constructor(private readonly orders: OrdersService) {}

  async run(invocation: ToolInvocation): Promise<ToolResult> {
    if (invocation.ctx.actor.kind !== 'visitor') return refusal('no_cart', 'Only shoppers in the chat have a cart.');
    const { content, facts } = cartView(await this.orders.viewCart(invocation.ctx));
    return { ok: true, content, facts, products: [], citations: [] };
  }
}
