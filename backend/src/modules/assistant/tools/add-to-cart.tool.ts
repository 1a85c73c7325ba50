import { Injectable } from '@nestjs/common';
import { OrdersService } from '../../orders/orders.service';
import { AssistantTool, numberArg, stringArg, ToolInvocation, ToolParameters, ToolResult } from './assistant-tool';
import { CatalogGateway } from './catalog-gateway';
import { cartView } from './cart-view';
import { refusal } from './track-order.tool';

const MAX_QUANTITY = 20;

/** Adds an in-stock variant to the shopper's own cart. */
@Injectable()
export class AddToCartTool implements AssistantTool {
  readonly name = 'add_to_cart';
  readonly description = "Add an in-stock product variant to the shopper's cart, by variant SKU (or product SKU when it has one variant).";
  readonly parameters: ToolParameters = {
    type: 'object',
    properties: { sku: { type: 'string', description: 'Variant SKU' }, quantity: { type: 'number', description: 'How many (default 1)', minimum: 1 } },
    required: ['sku'],
    additionalProperties: false,
  };

  constructor(
    private readonly orders: OrdersService,
    private readonly catalog: CatalogGateway,
  ) {}

  async run(invocation: ToolInvocation, args: Record<string, unknown>): Promise<ToolResult> {
    const sku = stringArg(args, 'sku');
    const quantity = Math.floor(numberArg(args, 'quantity') ?? 1);
    if (!sku) return refusal('missing_sku', 'Ask which product (and size or colour) to add.');
    if (quantity < 1 || quantity > MAX_QUANTITY) return refusal('bad_quantity', `Quantities go from 1 to ${MAX_QUANTITY}.`);
    const product = await this.catalog.get(invocation.ctx, sku);
    if (!product) return refusal('not_found', 'No product has that SKU.');
    const variant = product.variants.find((v) => v.sku.toLowerCase() === sku.toLowerCase()) ?? (product.variants.length === 1 ? product.variants[0] : undefined);
    if (!variant) {
      return refusal('choose_variant', `Ask which one: ${product.variants.map((v) => `${v.sku} (${Object.values(v.options).join(', ')})`).join('; ')}`);
    }
    if (variant.stock < quantity) return { ...refusal('out_of_stock', `Only ${variant.stock} available.`), facts: { pricesCents: [], stock: [variant.stock] } };
    if (invocation.dryRun || invocation.ctx.actor.kind !== 'visitor') return { ...refusal('preview', 'Previews never change a cart.'), ok: true };
    const result = await this.orders.addToCart(invocation.ctx, variant.id, quantity);
    if (!('lines' in result)) return refusal(result.code.toLowerCase(), result.message);
    const { content, facts } = cartView(result);
    return { ok: true, content: { added: { sku: variant.sku, quantity }, cart: content }, facts, products: [], citations: [] };
  }
}
