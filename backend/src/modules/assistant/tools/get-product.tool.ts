import { Injectable } from '@nestjs/common';
import { AssistantTool, emptyFacts, factsOf, stringArg, ToolInvocation, ToolParameters, ToolResult } from './assistant-tool';
import { CatalogGateway } from './catalog-gateway';
import { productView } from './product-view';

@Injectable()
export class GetProductTool implements AssistantTool {
  readonly name = 'get_product';
  readonly description = 'Details of one product by SKU (or id): price, stock, variants, description.';
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
    return { ok: true, content: { product: productView(product) }, facts: factsOf([product]), products: [product], citations: [] };
  }
}
