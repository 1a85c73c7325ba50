import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PriceTotals } from './price-totals.type';
import { ErrorResult } from '../../../platform/graphql/error-result';
import { CartLineType } from './cart.types';
import { OrderType } from './order.types';

@ObjectType('DraftOrder', { description: 'An order staff are putting together; priced live, no stock held until the invoice is sent.' })
export class DraftOrderType extends PriceTotals {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'open or invoiced.' })
  status!: string;

  @Field()
  customerEmail!: string;

  @Field(() => String, { nullable: true })
  customerName!: string | null;

  @Field(() => [CartLineType])
  lines!: CartLineType[];

  @Field(() => String, { nullable: true })
  discountCode!: string | null;

  @Field({ description: 'standard (the store’s shipping rules) or free.' })
  shippingMethod!: string;

  @Field(() => ID, { nullable: true, description: 'The order the invoice created.' })
  orderId!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('DraftOrderInvoice', { description: 'The order a draft became, and where the customer pays it.' })
export class DraftOrderInvoiceType {
  @Field(() => OrderType)
  order!: OrderType;

  @Field(() => String, { nullable: true, description: 'Stripe Checkout URL; null when the store takes payment by hand.' })
  paymentUrl!: string | null;

  @Field()
  expiresAt!: Date;
}

@ObjectType('DraftOrderInvoicedError', { implements: () => [ErrorResult] })
export class DraftOrderInvoicedErrorType extends ErrorResult {
  @Field(() => ID, { nullable: true })
  orderId!: string | null;
}

@InputType()
export class DraftOrderItemInput {
  @Field(() => ID)
  @IsUUID()
  variantId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(99)
  quantity!: number;
}

@InputType()
export class DraftOrderInput {
  @Field()
  @IsString()
  @MaxLength(254)
  customerEmail!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  customerName?: string;

  @Field(() => [DraftOrderItemInput])
  @ValidateNested({ each: true })
  @Type(() => DraftOrderItemInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  items!: DraftOrderItemInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  discountCode?: string;

  @Field({ defaultValue: 'standard', description: 'standard (the store’s shipping rules) or free.' })
  @IsIn(['standard', 'free'])
  shippingMethod!: 'standard' | 'free';
}
