import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { AllowVisitor } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { CartItemInput, CartType, CheckoutInput } from './dto/cart.types';
import { toCartType, toCheckoutLinkType, toErrorType } from './dto/order-mappers';
import { CartResult, CheckoutResult } from './dto/order-results';
import { CartChange } from './cart.service';
import { OrdersService } from './orders.service';

/** The widget visitor's cart and checkout. */
@Resolver()
export class CartResolver {
  constructor(private readonly orders: OrdersService) {}

  @Query(() => CartType)
  @AllowVisitor()
  async cart(@Ctx() ctx: TenantContext): Promise<CartType> {
    return toCartType(await this.orders.viewCart(ctx));
  }

  @Mutation(() => CartResult, { description: 'Adds units of a variant; stock is checked, and held only at checkout.' })
  @AllowVisitor()
  async addToCart(@Ctx() ctx: TenantContext, @Args('input') input: CartItemInput): Promise<typeof CartResult> {
    return cartResult(await this.orders.addToCart(ctx, input.variantId, input.quantity));
  }

  @Mutation(() => CartResult, { description: 'Sets the quantity of a variant in the cart; 0 removes it.' })
  @AllowVisitor()
  async updateCartItem(@Ctx() ctx: TenantContext, @Args('input') input: CartItemInput): Promise<typeof CartResult> {
    return cartResult(await this.orders.setCartQuantity(ctx, input.variantId, input.quantity));
  }

  @Mutation(() => CartResult)
  @AllowVisitor()
  async removeFromCart(@Ctx() ctx: TenantContext, @Args('variantId', { type: () => ID }, ParseUUIDPipe) variantId: string): Promise<typeof CartResult> {
    return cartResult(await this.orders.setCartQuantity(ctx, variantId, 0));
  }

  @Mutation(() => CartResult)
  @AllowVisitor()
  async applyDiscountCode(@Ctx() ctx: TenantContext, @Args('code') code: string): Promise<typeof CartResult> {
    return cartResult(await this.orders.applyDiscountCode(ctx, code.slice(0, 40)));
  }

  @Mutation(() => CartType)
  @AllowVisitor()
  async removeDiscountCode(@Ctx() ctx: TenantContext): Promise<CartType> {
    return toCartType(await this.orders.removeDiscountCode(ctx));
  }

  @Mutation(() => CheckoutResult, { description: 'Holds the stock, creates the order (awaiting payment) and returns its payment link.' })
  @AllowVisitor()
  async checkout(@Ctx() ctx: TenantContext, @Args('input') input: CheckoutInput): Promise<typeof CheckoutResult> {
    const result = await this.orders.checkoutLink(ctx, input);
    if (!('order' in result)) return toErrorType(result) as typeof CheckoutResult;
    return toCheckoutLinkType(result, await this.orders.customerView(ctx, result.order));
  }
}

function cartResult(change: CartChange): typeof CartResult {
  return ('lines' in change ? toCartType(change) : toErrorType(change)) as typeof CartResult;
}
