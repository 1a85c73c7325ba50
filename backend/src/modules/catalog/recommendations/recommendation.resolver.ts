import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { AllowVisitor } from '../../../platform/context/access.decorators';
import { Ctx } from '../../../platform/context/ctx.decorator';
import { TenantContext } from '../../../platform/context/tenant-context';
import { ForbiddenError } from '../../../platform/graphql/app-errors';
import { ProductType } from '../dto/product.type';
import { toProductType } from '../product-mapper';
import { ProductService } from '../product.service';
import { RecommendationService } from './recommendation.service';

export enum ProductActivityType {
  VIEW = 'view',
  CART = 'cart',
  ORDER = 'order',
}
registerEnumType(ProductActivityType, { name: 'ProductActivityType' });

/** Recommendations for the assistant and the widget: visitors and staff with catalog:read. */
@Resolver()
export class RecommendationResolver {
  constructor(
    private readonly recommendations: RecommendationService,
    private readonly products: ProductService,
  ) {}

  @Query(() => [ProductType], { description: 'Products like this one: categories, attributes and name words in common.' })
  @AllowVisitor(Permission.CATALOG_READ)
  async similarProducts(
    @Ctx() ctx: TenantContext,
    @Args('productId', { type: () => ID }, ParseUUIDPipe) productId: string,
    @Args('first', { type: () => Int, defaultValue: 8 }) first: number,
  ): Promise<ProductType[]> {
    return this.load(ctx, await this.recommendations.similar(ctx, productId, first));
  }

  @Query(() => [ProductType], { description: 'Most viewed, carted and ordered lately.' })
  @AllowVisitor(Permission.CATALOG_READ)
  async trendingProducts(
    @Ctx() ctx: TenantContext,
    @Args('days', { type: () => Int, defaultValue: 7 }) days: number,
    @Args('first', { type: () => Int, defaultValue: 8 }) first: number,
  ): Promise<ProductType[]> {
    return this.load(ctx, await this.recommendations.trending(ctx, days, first));
  }

  @Query(() => [ProductType], { description: 'Products most often in the same orders as this one.' })
  @AllowVisitor(Permission.CATALOG_READ)
  async boughtTogether(
    @Ctx() ctx: TenantContext,
    @Args('productId', { type: () => ID }, ParseUUIDPipe) productId: string,
    @Args('first', { type: () => Int, defaultValue: 4 }) first: number,
  ): Promise<ProductType[]> {
    return this.load(ctx, await this.recommendations.boughtTogether(ctx, productId, first));
  }

  @Query(() => [ProductType], { description: "For the signed-in visitor, from what they viewed and carted (trending for staff or new visitors)." })
  @AllowVisitor(Permission.CATALOG_READ)
  async recommendedForYou(@Ctx() ctx: TenantContext, @Args('first', { type: () => Int, defaultValue: 8 }) first: number): Promise<ProductType[]> {
    const visitorId = ctx.actor.kind === 'visitor' ? ctx.actor.visitorId : null;
    return this.load(ctx, await this.recommendations.forVisitor(ctx, visitorId, first));
  }

  @Mutation(() => Boolean, { description: 'Records a product view or add-to-cart (visitors), or an order line (staff and API keys with orders:write).' })
  @AllowVisitor(Permission.CATALOG_READ)
  async recordProductActivity(
    @Ctx() ctx: TenantContext,
    @Args('productId', { type: () => ID }, ParseUUIDPipe) productId: string,
    @Args('kind', { type: () => ProductActivityType }) kind: ProductActivityType,
    @Args('orderRef', { type: () => String, nullable: true }) orderRef?: string,
  ): Promise<boolean> {
    if (kind === ProductActivityType.ORDER && !ctx.can(Permission.ORDERS_WRITE)) throw new ForbiddenError();
    await this.recommendations.recordActivity(ctx, productId, kind, orderRef);
    return true;
  }

  private async load(ctx: TenantContext, ids: string[]): Promise<ProductType[]> {
    const now = new Date();
    return (await this.products.byIds(ctx, ids)).map((p) => toProductType(p, now));
  }
}
