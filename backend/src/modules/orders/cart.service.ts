import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { ForbiddenError, UserInputError } from '../../platform/graphql/app-errors';
import { InsufficientStock } from '../inventory/insufficient-stock.error';
import { DiscountCodeService } from './discount-code.service';
import { CartItem } from './entities/cart-item.entity';
import { Cart } from './entities/cart.entity';
import { DiscountCodeInvalid, ProductUnavailable } from './order-failures';
import { OrderQuote, Quote } from './order-quote';
import { VariantCatalog } from './variant-catalog';

export const MAX_LINE_QUANTITY = 99;
export const MAX_CART_LINES = 50;

export interface CartView extends Quote {
  id: string | null;
}

export type CartChange = CartView | InsufficientStock | ProductUnavailable | DiscountCodeInvalid;

/** The visitor's basket: one open cart each, priced live with the store's tax, shipping and discount rules. */
@Injectable()
export class CartService {
  constructor(
    private readonly data: TenantDataService,
    private readonly catalog: VariantCatalog,
    private readonly discounts: DiscountCodeService,
    private readonly quote: OrderQuote,
  ) {}

  async view(ctx: TenantContext): Promise<CartView> {
    return this.render(ctx, await this.openCart(ctx, visitorOf(ctx)));
  }

  /** Adds units of a variant (mode add) or sets its quantity (mode set; 0 removes it). */
  async change(ctx: TenantContext, variantId: string, quantity: number, mode: 'add' | 'set'): Promise<CartChange> {
    if (!Number.isInteger(quantity) || quantity < 0 || (mode === 'add' && quantity === 0)) throw new UserInputError('The quantity must be a positive whole number');
    const visitorId = visitorOf(ctx);
    return this.data.transaction(ctx, async (tx) => {
      const cart = await this.lockOpenCart(tx, visitorId, true);
      if (!cart) throw new Error('An open cart was just created');
      const items = this.data.repo(tx, CartItem);
      const existing = await items.findOneBy({ cartId: cart.id, variantId });
      const target = mode === 'add' ? (existing?.quantity ?? 0) + quantity : quantity;
      if (target === 0) {
        await items.delete({ cartId: cart.id, variantId });
        return this.render(tx, cart);
      }
      if (target > MAX_LINE_QUANTITY) throw new UserInputError(`At most ${MAX_LINE_QUANTITY} of one item per order`);
      const variant = (await this.catalog.byIds(tx, [variantId])).get(variantId);
      if (!variant || !variant.purchasable) return new ProductUnavailable(variantId);
      // Only a check: stock is held at checkout, so carts left open never block other shoppers.
      if (variant.available < target) return new InsufficientStock(variantId, target, variant.available);
      if (existing) await items.update({ id: existing.id }, { quantity: target });
      else {
        if ((await items.count({ cartId: cart.id })) >= MAX_CART_LINES) throw new UserInputError(`A cart holds at most ${MAX_CART_LINES} different items`);
        await items.insert({ cartId: cart.id, variantId, quantity: target });
      }
      await this.data.repo(tx, Cart).update({ id: cart.id }, { updatedAt: new Date() });
      return this.render(tx, cart);
    });
  }

  async applyDiscount(ctx: TenantContext, code: string): Promise<CartView | DiscountCodeInvalid> {
    const visitorId = visitorOf(ctx);
    return this.data.transaction(ctx, async (tx) => {
      const usable = await this.discounts.usable(tx, code);
      if (usable instanceof DiscountCodeInvalid) return usable;
      const cart = await this.lockOpenCart(tx, visitorId, true);
      if (!cart) throw new Error('An open cart was just created');
      await this.data.repo(tx, Cart).update({ id: cart.id }, { discountCode: usable.code });
      return this.render(tx, { ...cart, discountCode: usable.code });
    });
  }

  async removeDiscount(ctx: TenantContext): Promise<CartView> {
    const cart = await this.openCart(ctx, visitorOf(ctx));
    if (cart) await this.data.repo(ctx, Cart).update({ id: cart.id }, { discountCode: null });
    return this.view(ctx);
  }

  /** The visitor's open cart, locked for the rest of the transaction (created first when `create`). */
  async lockOpenCart(tx: TenantContext, visitorId: string, create: boolean): Promise<Cart | null> {
    if (create) {
      await this.data
        .managerOf(tx)
        .query(`INSERT INTO carts (tenant_id, visitor_id, status) VALUES ($1, $2, 'open') ON CONFLICT (tenant_id, visitor_id) WHERE status = 'open' DO NOTHING`, [tx.tenantId, visitorId]);
    }
    return this.data
      .repo(tx, Cart)
      .query('c')
      .andWhere('c.visitor_id = :visitorId AND c.status = :status', { visitorId, status: 'open' })
      .setLock('pessimistic_write')
      .getOne();
  }

  async itemsOf(ctx: TenantContext, cartId: string): Promise<CartItem[]> {
    return this.data.repo(ctx, CartItem).find({ where: { cartId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  private async openCart(ctx: TenantContext, visitorId: string): Promise<Cart | null> {
    return this.data.repo(ctx, Cart).findOneBy({ visitorId, status: 'open' });
  }

  private async render(ctx: TenantContext, cart: Pick<Cart, 'id' | 'discountCode'> | null): Promise<CartView> {
    const quote = await this.quote.price(ctx, cart ? await this.itemsOf(ctx, cart.id) : [], cart?.discountCode ?? null);
    return { id: cart?.id ?? null, ...quote };
  }
}

/** Carts belong to widget visitors; staff draft orders are a separate flow. */
export function visitorOf(ctx: TenantContext): string {
  if (ctx.actor.kind !== 'visitor') throw new ForbiddenError('Only shoppers in the chat have a cart');
  return ctx.actor.visitorId;
}
