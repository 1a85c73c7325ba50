import { Injectable } from '@nestjs/common';
import { AssistantTool, ToolInvocation, ToolParameters, ToolResult } from './assistant-tool';
import { CatalogGateway } from './catalog-gateway';
import { answerAboutProduct, SKU_PARAMETERS } from './product-by-sku';
import { productView } from './product-view';

@Injectable()
export class GetProductTool implements AssistantTool {
  readonly name = 'get_product';
  readonly description = 'Details of one product by SKU (or id): price, stock, variants, description.';
  readonly parameters: ToolParameters = SKU_PARAMETERS;

  constructor(private readonly catalog: CatalogGateway) {}

  run(invocation: ToolInvocation, args: Record<string, unknown>): Promise<ToolResult> {
    return answerAboutProduct(this.catalog, invocation, args, (product) => ({ product: productView(product) }));
  }
}
