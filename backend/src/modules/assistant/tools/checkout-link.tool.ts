import { Injectable } from '@nestjs/common';
import { OrdersService } from '../../orders/orders.service';
import { AssistantTool, stringArg, ToolInvocation, ToolParameters, ToolResult } from './assistant-tool';
import { formatMoney } from './money';
import { refusal } from './track-order.tool';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Turns the shopper's cart into an order and returns the link to pay it. */
@Injectable()
export class CheckoutLinkTool implements AssistantTool {
  readonly name = 'checkout_link';
  readonly description = "Place the shopper's cart as an order and get the link to pay it. Needs the shopper's email; only when they ask to check out.";
  readonly parameters: ToolParameters = {
    type: 'object',
    properties: { email: { type: 'string', description: "The shopper's email for the order" }, name: { type: 'string', description: "The shopper's name (optional)" } },
    required: ['email'],
    additionalProperties: false,
  };

  constructor(private readonly orders: OrdersService) {}

  async run(invocation: ToolInvocation, args: Record<string, unknown>): Promise<ToolResult> {
    const email = stringArg(args, 'email');
    if (!email || !EMAIL.test(email)) return refusal('missing_email', "Ask for the shopper's email address.");
    if (invocation.dryRun || invocation.ctx.actor.kind !== 'visitor') return { ...refusal('preview', 'Previews never place orders.'), ok: true };
    const result = await this.orders.checkoutLink(invocation.ctx, { email, name: stringArg(args, 'name'), conversationId: invocation.conversationId ?? undefined });
    if (!('order' in result)) return refusal(result.code.toLowerCase(), result.message);
    const { order } = result;
    // A large order becomes a payment plan whose link charges only the first instalment; saying just
    // the total would tell the shopper they pay it all now.
    const [first] = await this.orders.instalmentsOf(invocation.ctx, order.id);
    const plan = first ? { dueNowCents: first.amountCents, count: first.count } : null;
    return {
      ok: true,
      content: {
        order_number: order.number,
        total: formatMoney(order.totalCents, order.currency),
        due_now: plan ? formatMoney(plan.dueNowCents, order.currency) : null,
        instalments: plan?.count ?? null,
        payment_link: result.paymentUrl,
        pay_before: result.expiresAt,
      },
      facts: {
        pricesCents: [order.totalCents, order.subtotalCents, order.shippingCents, order.taxCents, order.discountCents, ...(plan ? [plan.dueNowCents] : [])],
        stock: [],
      },
      products: [],
      citations: [],
      blocks: [
        {
          kind: 'checkout_link',
          orderNumber: order.number,
          total: order.totalCents / 100,
          currency: order.currency,
          paymentUrl: result.paymentUrl,
          expiresAt: new Date(result.expiresAt).toISOString(),
          dueNow: plan ? plan.dueNowCents / 100 : null,
          instalmentCount: plan?.count ?? null,
        },
      ],
    };
  }
}
