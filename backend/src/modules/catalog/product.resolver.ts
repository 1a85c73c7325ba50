import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { AllowVisitor } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { ProductConnection, ProductFacetsType, ProductType, ProductVariantType } from './dto/product.type';
import { ProductArgs, ProductsArgs } from './dto/products.args';
import { ProductLoaders } from './product-loaders';
import { toProductType, toVariantType } from './product-mapper';
import { ProductService } from './product.service';
import { ProductSearchService, SearchPlan } from './search/product-search.service';

/** The connection carries its resolved search so facets are computed only when asked for. */
type ProductConnectionResult = ProductConnection & { plan: SearchPlan };

/** Visitors (and staff without catalog:write) see the storefront: active products only. */
function storefrontView(ctx: TenantContext): boolean {
  return !ctx.can(Permission.CATALOG_WRITE);
}

@Resolver(() => ProductType)
export class ProductResolver {
  constructor(
    private readonly productService: ProductService,
    private readonly search: ProductSearchService,
    private readonly loaders: ProductLoaders,
  ) {}

  @Query(() => ProductConnection, { complexity: ({ args, childComplexity }) => (args.first ?? 20) * Math.max(1, childComplexity) })
  @AllowVisitor(Permission.CATALOG_READ)
  async products(@Ctx() ctx: TenantContext, @Args() args: ProductsArgs): Promise<ProductConnectionResult> {
    const page = await this.search.searchFromStorefront(ctx, { search: args.search, filter: args.filter, sort: args.sort, first: args.first, after: args.after }, storefrontView(ctx));
    const products = await this.productService.byIds(ctx, page.ids);
    const now = new Date();
    const i = page.plan.interpretation;
    return {
      edges: products.map((p) => ({ cursor: page.cursors[page.ids.indexOf(p.id)], node: toProductType(p, now) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors[page.cursors.length - 1] ?? null },
      totalCount: page.totalCount,
      interpretation: {
        terms: i.terms,
        corrections: i.corrections,
        priceRange: { min: i.minPriceCents === null ? null : i.minPriceCents / 100, max: i.maxPriceCents === null ? null : i.maxPriceCents / 100 },
      },
      plan: page.plan,
    };
  }

  @Query(() => ProductType, { nullable: true })
  @AllowVisitor(Permission.CATALOG_READ)
  async product(@Ctx() ctx: TenantContext, @Args() args: ProductArgs): Promise<ProductType | null> {
    const product = await this.productService.get(ctx, args, storefrontView(ctx));
    return product ? toProductType(product) : null;
  }

  @Query(() => [String], { description: 'Product names completing what the shopper has typed so far.' })
  @AllowVisitor(Permission.CATALOG_READ)
  productSuggestions(@Ctx() ctx: TenantContext, @Args('prefix') prefix: string, @Args('first', { type: () => Int, defaultValue: 8 }) first: number): Promise<string[]> {
    return this.search.suggest(ctx, prefix, first);
  }

  @ResolveField(() => [ProductVariantType])
  async variants(@Ctx() ctx: TenantContext, @Parent() product: ProductType): Promise<ProductVariantType[]> {
    const now = new Date();
    return (await this.loaders.variants(ctx, product.id)).map((v) => toVariantType(v, now));
  }
}

@Resolver(() => ProductConnection)
export class ProductConnectionResolver {
  constructor(private readonly search: ProductSearchService) {}

  @ResolveField(() => ProductFacetsType, { description: 'Counts over every match of the search and filter (not just this page).' })
  facets(@Ctx() ctx: TenantContext, @Parent() connection: ProductConnectionResult): Promise<ProductFacetsType> {
    return this.search.facets(ctx, connection.plan);
  }
}
