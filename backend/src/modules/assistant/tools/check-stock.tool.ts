import { Injectable } from '@nestjs/common';
import { AssistantTool, emptyFacts, factsOf, stringArg, ToolInvocation, ToolParameters, ToolResult } from './assistant-tool';
import { CatalogGateway } from './catalog-gateway';

@Injectable()
export class CheckStockTool implements AssistantTool {
  readonly name = 'check_stock';
  readonly description = 'Units in stock of a product and each of its variants, by SKU (or id).';
  readonly parameters: ToolParameters = {
    type: 'object',
    properties: { sku: { type: 'string', description: 'Product or variant SKU, or product id' } },
    required: ['sku'],
    additionalProperties: false,
  };

  constructor(private readonly catalog: CatalogGateway) {}

  async run(invocation: ToolInvocation, args: Record<string, unknown>): Promise<ToolResult> {
    const sku = stringArg(args, 'sku');
    const product = sku ? await this.catalog.get(invocation.ctx, sku) : null;
    if (!product) return { ok: false, content: { error: 'not_found', sku }, facts: emptyFacts(), products: [], citations: [] };
    return {
      ok: true,
      content: {
        sku: product.sku,
        name: product.name,
        in_stock: product.stock > 0,
        stock: product.stock,
        variants: product.variants.map((v) => ({ sku: v.sku, options: v.options, stock: v.stock })),
      },
      facts: factsOf([product]),
      products: [product],
      citations: [],
    };
  }
}
