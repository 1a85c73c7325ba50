import { Injectable } from '@nestjs/common';
import { AssistantTool, ToolInvocation, ToolParameters, ToolResult } from './assistant-tool';
import { CatalogGateway } from './catalog-gateway';
import { answerAboutProduct, SKU_PARAMETERS } from './product-by-sku';

@Injectable()
export class CheckStockTool implements AssistantTool {
  readonly name = 'check_stock';
  readonly description = 'Units in stock of a product and each of its variants, by SKU (or id).';
  readonly parameters: ToolParameters = SKU_PARAMETERS;

  constructor(private readonly catalog: CatalogGateway) {}

  run(invocation: ToolInvocation, args: Record<string, unknown>): Promise<ToolResult> {
    return answerAboutProduct(this.catalog, invocation, args, (product) => ({
      sku: product.sku,
      name: product.name,
      in_stock: product.stock > 0,
      stock: product.stock,
      variants: product.variants.map((v) => ({ sku: v.sku, options: v.options, stock: v.stock })),
    }));
  }
}
