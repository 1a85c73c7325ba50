import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PriceTotals } from './price-totals.type';

@ObjectType('CartLine')
export class CartLineType {
  @Field(() => ID)
  variantId!: string;

  @Field(() => ID)
  productId!: string;

  @Field()
  sku!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Float, { description: 'Price of one unit now, in major units.' })
  unitPrice!: number;

  @Field(() => Float)
  lineTotal!: number;

  @Field(() => Int, { description: 'Units free to sell right now.' })
  available!: number;

  @Field({ description: 'False when the product was withdrawn; such lines are left out of totals and checkout refuses them.' })
  purchasable!: boolean;
}

@ObjectType('Cart')
export class CartType extends PriceTotals {
  @Field(() => ID, { nullable: true, description: 'Null until something is added.' })
  id!: string | null;

  @Field(() => [CartLineType])
  lines!: CartLineType[];

  @Field(() => Int)
  itemCount!: number;

  @Field(() => String, { nullable: true })
  discountCode!: string | null;

}

@InputType()
export class CartItemInput {
  @Field(() => ID)
  @IsUUID()
  variantId!: string;

  @Field(() => Int, { defaultValue: 1, description: 'addToCart: units to add. updateCartItem: the new quantity (0 removes).' })
  @IsInt()
  @Min(0)
  @Max(99)
  quantity!: number;
}

@InputType()
export class CheckoutInput {
  @Field({ description: 'Where the receipt goes; with the order number it lets the shopper track the order.' })
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;

  @Field(() => ID, { nullable: true, description: 'The chat the order came from.' })
  @IsOptional()
  @IsUUID()
  conversationId?: string;
}
