import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { AllowVisitor } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { ProductConnection, ProductType } from './dto/product.type';
import { ProductArgs, ProductsArgs } from './dto/products.args';
import { Product } from './product.entity';
import { cursorOf, ProductService } from './product.service';

function toType(p: Product): ProductType {
  return { ...p, price: p.priceCents / 100, inStock: p.stock > 0 };
}

@Resolver(() => ProductType)
export class ProductResolver {
  constructor(private readonly productService: ProductService) {}

  @Query(() => ProductConnection, { complexity: ({ args, childComplexity }) => (args.first ?? 20) * Math.max(1, childComplexity) })
  @AllowVisitor(Permission.CATALOG_READ)
  async products(@Ctx() ctx: TenantContext, @Args() args: ProductsArgs): Promise<ProductConnection> {
    const page = await this.productService.list(ctx, args.search, args.first, args.after);
    return {
      edges: page.items.map((p) => ({ cursor: cursorOf(p), node: toType(p) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => ProductType, { nullable: true })
  @AllowVisitor(Permission.CATALOG_READ)
  async product(@Ctx() ctx: TenantContext, @Args() args: ProductArgs): Promise<ProductType | null> {
    const product = await this.productService.get(ctx, args);
    return product ? toType(product) : null;
  }
}
