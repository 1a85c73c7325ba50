import { ArgsType, Field, Float, ID, InputType, Int, PickType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { PAYMENT_STATES, type PaymentState } from '../order-query.service';
import { OrderStatus } from './order-status.enum';

const MAX_DISCOUNT_VALUE = 1_000_000;

export enum FulfilmentStep {
  PROCESSING = 'processing',
  DELIVERED = 'delivered',
}
registerEnumType(FulfilmentStep, { name: 'FulfilmentStep' });

@InputType()
export class OrderFilterInput {
  @Field(() => [OrderStatus], { nullable: true })
  @IsOptional()
  @IsEnum(OrderStatus, { each: true })
  status?: OrderStatus[];

  @Field(() => String, { nullable: true, description: 'Order number, email or name fragment.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => String, { nullable: true, description: 'chat or staff.' })
  @IsOptional()
  @IsIn(['chat', 'staff'])
  source?: 'chat' | 'staff';

  @Field(() => String, { nullable: true, description: 'unpaid, paid, partially_refunded or refunded.' })
  @IsOptional()
  @IsIn(PAYMENT_STATES)
  paymentState?: PaymentState;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  createdAfter?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  createdBefore?: Date;
}

@ArgsType()
export class OrdersArgs {
  @Field(() => OrderFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrderFilterInput)
  filter?: OrderFilterInput;

  @Field(() => Int, { defaultValue: 25 })
  @IsInt()
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string;
}

@InputType()
export class TrackOrderInput {
  @Field({ description: 'As printed on the receipt, e.g. K7M2-9QXD.' })
  @IsString()
  @MinLength(4)
  @MaxLength(20)
  number!: string;

  @Field(() => String, { nullable: true, description: 'The email the order was placed with; not needed by the visitor who placed it.' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;
}

@InputType()
export class ShipOrderInput {
  @Field(() => ID)
  @IsUUID()
  orderId!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  carrier!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  trackingNumber!: string;
}

@InputType()
export class AdvanceOrderInput {
  @Field(() => ID)
  @IsUUID()
  orderId!: string;

  @Field(() => FulfilmentStep)
  @IsEnum(FulfilmentStep)
  to!: FulfilmentStep;
}

@InputType()
export class CancelOrderInput {
  @Field(() => ID)
  @IsUUID()
  orderId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  reason?: string;
}

@InputType()
export class RefundOrderInput {
  @Field(() => ID)
  @IsUUID()
  orderId!: string;

  @Field(() => Float, { nullable: true, description: 'Major units; everything still refundable when omitted.' })
  @IsOptional()
  @IsNumber()
  @Min(0.01)
  amount?: number;

  @Field({ defaultValue: false, description: 'Put the ordered units back in stock.' })
  @IsBoolean()
  restock!: boolean;
}

@InputType()
export class OrderNoteInput {
  @Field(() => ID)
  @IsUUID()
  orderId!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  text!: string;
}

@InputType()
export class UpdateOrderSettingsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/)
  currency?: string;

  @Field(() => Float, { nullable: true, description: 'Percent, e.g. 8.25.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  taxRatePercent?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  flatShipping?: number;

  @Field(() => Float, { nullable: true, description: 'Null: shipping is never free.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  freeShippingOver?: number | null;

  @Field(() => Float, { nullable: true, description: 'Checkouts from this total on are split into a payment plan. Null: never.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  paymentPlanMinimum?: number | null;

  @Field(() => Int, { nullable: true, description: 'Instalments of such a plan, 2 to 12.' })
  @IsOptional()
  @IsInt()
  paymentPlanInstalments?: number;
}

@InputType()
export class CreateDiscountCodeInput {
  @Field()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{3,40}$/)
  code!: string;

  @Field({ description: 'percentage or fixed.' })
  @IsIn(['percentage', 'fixed'])
  kind!: 'percentage' | 'fixed';

  @Field(() => Float, { description: 'Percent (15 = 15 %) or an amount in major units.' })
  @IsNumber()
  @Min(0.01)
  // Stored in minor units as a 32-bit integer.
  @Max(MAX_DISCOUNT_VALUE, { message: `value must not be greater than ${MAX_DISCOUNT_VALUE}` })
  value!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  usageLimit?: number;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  expiresAt?: Date;
}

/** The whole form each time: a null limit or expiry removes it, a missing one is refused. */
@InputType()
export class UpdateDiscountCodeInput extends PickType(CreateDiscountCodeInput, ['kind', 'value'] as const) {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Required; null removes the limit.' })
  @ValidateIf((input: UpdateDiscountCodeInput) => input.usageLimit !== null)
  @IsInt()
  @Min(1)
  usageLimit!: number | null;

  @Field(() => Date, { nullable: true, description: 'Required; null: the code never expires.' })
  @ValidateIf((input: UpdateDiscountCodeInput) => input.expiresAt !== null)
  @IsDate()
  expiresAt!: Date | null;
}
