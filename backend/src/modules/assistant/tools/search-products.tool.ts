import { Injectable } from '@nestjs/common';
import { AssistantTool, factsOf, numberArg, stringArg, ToolInvocation, ToolParameters, ToolResult, unavailableResult } from './assistant-tool';
import { CatalogGateway } from './catalog-gateway';
import { productView } from './product-view';

@Injectable()
export class SearchProductsTool implements AssistantTool {
  readonly name = 'search_products';
  readonly description = "Search the store's catalog. Returns up to 5 active products with price and stock.";
  readonly parameters: ToolParameters = {
    type: 'object',
    properties: {
      query: { type: 'string', description: 'What the shopper is looking for, e.g. "waterproof hiking boots"' },
      min_price: { type: 'number', description: 'Lowest price in the store currency', minimum: 0 },
      max_price: { type: 'number', description: 'Highest price in the store currency', minimum: 0 },
    },
    required: ['query'],
    additionalProperties: false,
  };

  constructor(private readonly catalog: CatalogGateway) {}

  async run(invocation: ToolInvocation, args: Record<string, unknown>): Promise<ToolResult> {
    const query = stringArg(args, 'query') ?? '';
    const found = await this.catalog.search(invocation.ctx, { text: query, minPrice: numberArg(args, 'min_price'), maxPrice: numberArg(args, 'max_price'), limit: 5 });
    if (!found) return unavailableResult('Product search');
    return { ok: true, content: { query, count: found.length, products: found.map(productView) }, facts: factsOf(found), products: found, citations: [] };
  }
}
