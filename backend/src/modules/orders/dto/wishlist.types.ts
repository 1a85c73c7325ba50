import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@ObjectType('WishlistItem', { description: 'A product or variant the visitor saved, with today’s price and stock.' })
export class WishlistItemType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  productId!: string;

  @Field(() => ID, { nullable: true, description: 'Null when the whole product was saved.' })
  variantId!: string | null;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'The variant’s SKU; null for a whole product.' })
  sku!: string | null;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;

  @Field(() => Float, { description: 'The price now; for a whole product, its lowest variant price.' })
  price!: number;

  @Field(() => Int, { description: 'Units free to sell now (all variants of a whole product).' })
  available!: number;

  @Field()
  purchasable!: boolean;

  @Field()
  addedAt!: Date;
}

@InputType({ description: 'Either a product or one of its variants.' })
export class WishlistTargetInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  variantId?: string;
}

@ObjectType('Wishlist')
export class WishlistType {
  @Field(() => [WishlistItemType], { description: 'Newest first.' })
  items!: WishlistItemType[];
}
