import { emptyFacts, factsOf, ProductFact, stringArg, ToolInvocation, ToolParameters, ToolResult } from './assistant-tool';
import { CatalogGateway } from './catalog-gateway';

/** The one argument of the tools that look at a single product. */
export const SKU_PARAMETERS: ToolParameters = {
  type: 'object',
  properties: { sku: { type: 'string', description: 'Product or variant SKU, or product id' } },
  required: ['sku'],
  additionalProperties: false,
};

/** Finds the product a tool call names and answers with `describe` of it, or not_found. */
export async function answerAboutProduct(
  catalog: CatalogGateway,
  invocation: ToolInvocation,
  args: Record<string, unknown>,
  describe: (product: ProductFact) => Record<string, unknown>,
): Promise<ToolResult> {
  const sku = stringArg(args, 'sku');
  const product = sku ? await catalog.get(invocation.ctx, sku) : null;
  if (!product) return { ok: false, content: { error: 'not_found', sku }, facts: emptyFacts(), products: [], citations: [] };
  return { ok: true, content: describe(product), facts: factsOf([product]), products: [product], citations: [] };
}
