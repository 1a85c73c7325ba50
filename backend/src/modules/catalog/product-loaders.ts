import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { TenantContext } from '../../platform/context/tenant-context';
import { ProductVariant } from './entities/product-variant.entity';
import { ProductService } from './product.service';

/** Per-request batching: the variants of a whole page of products in one query. */
@Injectable()
export class ProductLoaders {
  private readonly variantLoaders = new WeakMap<TenantContext, DataLoader<string, ProductVariant[]>>();

  constructor(private readonly products: ProductService) {}

  variants(ctx: TenantContext, productId: string): Promise<ProductVariant[]> {
    let loader = this.variantLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.products.variantsOf(ctx, ids);
        return ids.map((id) => found.get(id) ?? []);
      });
      this.variantLoaders.set(ctx, loader);
    }
    return loader.load(productId);
  }
}
