import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowVisitor } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { toErrorType, toWishlistType } from './dto/order-mappers';
import { WishlistResult } from './dto/order-results';
import { WishlistTargetInput, WishlistType } from './dto/wishlist.types';
import { WishlistService } from './wishlist.service';

/** The widget visitor's wishlist. */
@Resolver()
export class WishlistResolver {
  constructor(private readonly wishlists: WishlistService) {}

  @Query(() => WishlistType)
  @AllowVisitor()
  async wishlist(@Ctx() ctx: TenantContext): Promise<WishlistType> {
    return toWishlistType(await this.wishlists.list(ctx));
  }

  @Mutation(() => WishlistResult, { description: 'Saves a product or variant (once).' })
  @AllowVisitor()
  async addToWishlist(@Ctx() ctx: TenantContext, @Args('input') input: WishlistTargetInput): Promise<typeof WishlistResult> {
    const result = await this.wishlists.add(ctx, input);
    return (Array.isArray(result) ? toWishlistType(result) : toErrorType(result)) as typeof WishlistResult;
  }

  @Mutation(() => WishlistType, { description: 'Removes a saved product or variant.' })
  @AllowVisitor()
  async removeFromWishlist(@Ctx() ctx: TenantContext, @Args('input') input: WishlistTargetInput): Promise<WishlistType> {
    return toWishlistType(await this.wishlists.remove(ctx, input));
  }
}
