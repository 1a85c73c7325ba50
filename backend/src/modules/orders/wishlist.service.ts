import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { UserInputError } from '../../platform/graphql/app-errors';
import { visitorOf } from './cart.service';
import { WishlistItem } from './entities/wishlist-item.entity';
import { ProductUnavailable } from './order-failures';
import { PurchasableVariant, VariantCatalog } from './variant-catalog';

const MAX_WISHLIST_ITEMS = 100;

/** Exactly one of the two: a variant, or a whole product. */
export interface WishlistTarget {
  productId?: string | null;
  variantId?: string | null;
}

export interface WishlistEntry {
  item: WishlistItem;
  /** The variant saved, or every variant of the product saved. */
  variants: PurchasableVariant[];
}

/** A visitor's saved products and variants, each saved once, shown with today's price and stock. */
@Injectable()
export class WishlistService {
  constructor(
    private readonly data: TenantDataService,
    private readonly catalog: VariantCatalog,
  ) {}

  async list(ctx: TenantContext): Promise<WishlistEntry[]> {
    const items = await this.data.repo(ctx, WishlistItem).find({ where: { visitorId: visitorOf(ctx) }, order: { createdAt: 'DESC', id: 'DESC' } });
    const productVariants = await this.catalog.variantIdsOfProducts(ctx, items.filter((i) => !i.variantId).map((i) => i.productId));
    const variantIdsOf = (item: WishlistItem) => (item.variantId ? [item.variantId] : (productVariants.get(item.productId) ?? []));
    const variants = await this.catalog.byIds(ctx, items.flatMap(variantIdsOf));
    // Items whose product was deleted from the catalog drop out of the list.
    return items
      .map((item) => ({ item, variants: variantIdsOf(item).flatMap((id) => variants.get(id) ?? []) }))
      .filter((entry) => entry.variants.length > 0);
  }

  async add(ctx: TenantContext, target: WishlistTarget): Promise<WishlistEntry[] | ProductUnavailable> {
    const visitorId = visitorOf(ctx);
    const { productId, variantId } = await this.resolve(ctx, target);
    if (!productId) return new ProductUnavailable(target.variantId ?? target.productId ?? '', 'This product is not in the catalog');
    if ((await this.data.repo(ctx, WishlistItem).count({ visitorId })) >= MAX_WISHLIST_ITEMS) throw new UserInputError(`A wishlist holds at most ${MAX_WISHLIST_ITEMS} items`);
    // Saving the same thing twice keeps one entry.
    await this.data.managerOf(ctx).createQueryBuilder().insert().into(WishlistItem).values({ tenantId: ctx.tenantId, visitorId, productId, variantId }).orIgnore().execute();
    return this.list(ctx);
  }

  async remove(ctx: TenantContext, target: WishlistTarget): Promise<WishlistEntry[]> {
    const visitorId = visitorOf(ctx);
    const { productId, variantId } = exactlyOne(target);
    await this.data.repo(ctx, WishlistItem).delete(variantId ? { visitorId, variantId } : { visitorId, productId: productId as string, variantId: IsNull() });
    return this.list(ctx);
  }

  /** The product (and variant) saved; productId null when the catalog has no such thing in this store. */
  private async resolve(ctx: TenantContext, target: WishlistTarget): Promise<{ productId: string | null; variantId: string | null }> {
    const { productId, variantId } = exactlyOne(target);
    if (variantId) return { productId: (await this.catalog.byIds(ctx, [variantId])).get(variantId)?.productId ?? null, variantId };
    const known = (await this.catalog.variantIdsOfProducts(ctx, [productId as string])).has(productId as string);
    return { productId: known ? (productId as string) : null, variantId: null };
  }
}

function exactlyOne(target: WishlistTarget): WishlistTarget {
  if (!target.productId === !target.variantId) throw new UserInputError('Give either a product or a variant');
  return target;
}
