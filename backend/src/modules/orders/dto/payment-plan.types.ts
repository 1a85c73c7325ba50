import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ErrorResult } from '../../../platform/graphql/error-result';
import { DEFAULT_PLAN_INTERVAL_DAYS } from '../payment-plan-schedule';
import { OrderStatus } from './order-status.enum';

export enum InstalmentStatus {
  PENDING = 'pending',
  PAID = 'paid',
  CANCELLED = 'cancelled',
}
registerEnumType(InstalmentStatus, { name: 'InstalmentStatus', description: 'pending until paid; cancelled with its order.' });

@InputType()
export class CreatePaymentPlanInput {
  @Field(() => ID)
  @IsUUID()
  orderId!: string;

  @Field(() => Int, { description: 'How many instalments, 2 to 12 (outside that range: InstalmentCountError).' })
  @IsInt()
  instalments!: number;

  @Field(() => Int, { defaultValue: DEFAULT_PLAN_INTERVAL_DAYS, description: 'Days between due dates; the first instalment is due at once.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  intervalDays = DEFAULT_PLAN_INTERVAL_DAYS;
}

@ObjectType('PaymentInstalment', { description: 'One part of a payment plan.' })
export class PaymentInstalmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1-based; the first is the deposit that makes the order paid.' })
  number!: number;

  @Field(() => Int, { description: 'How many instalments the plan has.' })
  count!: number;

  @Field(() => Float)
  amount!: number;

  @Field()
  currency!: string;

  @Field()
  dueAt!: Date;

  @Field(() => InstalmentStatus)
  status!: InstalmentStatus;

  @Field({ description: 'Still pending a day after its due date.' })
  overdue!: boolean;

  @Field(() => Date, { nullable: true })
  paidAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Where to pay it while a link is open; null once paid or for manual payment.' })
  paymentUrl!: string | null;
}

@ObjectType('PaymentPlan', { description: 'An order’s total split into instalments.' })
export class PaymentPlanType {
  @Field(() => [PaymentInstalmentType])
  instalments!: PaymentInstalmentType[];

  @Field(() => Float, { description: 'Sum of the instalments still pending.' })
  outstanding!: number;
}

@ObjectType('CustomerInstalment', { description: 'An instalment as the shopper sees it.' })
export class CustomerInstalmentType {
  @Field(() => Int)
  number!: number;

  @Field(() => Float)
  amount!: number;

  @Field()
  dueAt!: Date;

  @Field(() => InstalmentStatus)
  status!: InstalmentStatus;
}

@ObjectType('OutstandingItem', { description: 'One amount a customer still owes: an instalment, or an order awaiting payment.' })
export class OutstandingItemType {
  @Field(() => ID)
  orderId!: string;

  @Field()
  orderNumber!: string;

  @Field(() => OrderStatus)
  orderStatus!: OrderStatus;

  @Field(() => ID, { nullable: true })
  instalmentId!: string | null;

  @Field(() => Int, { nullable: true })
  instalmentNumber!: number | null;

  @Field(() => Int, { nullable: true })
  instalmentCount!: number | null;

  @Field(() => Float)
  amount!: number;

  @Field()
  currency!: string;

  @Field(() => Date, { nullable: true })
  dueAt!: Date | null;

  @Field()
  overdue!: boolean;
}

@ObjectType('OutstandingBalance')
export class OutstandingBalanceType {
  @Field()
  customerEmail!: string;

  @Field(() => Float)
  total!: number;

  @Field(() => Float, { description: 'The part of the total past its due date.' })
  overdue!: number;

  @Field(() => [OutstandingItemType], { description: 'Soonest due first.' })
  items!: OutstandingItemType[];
}

@ObjectType('PaymentPlanNotAllowedError', { implements: () => [ErrorResult], description: 'The order or instalment is in a state that does not allow this.' })
export class PaymentPlanNotAllowedErrorType extends ErrorResult {}

@ObjectType('InstalmentCountError', { implements: () => [ErrorResult] })
export class InstalmentCountErrorType extends ErrorResult {
  @Field(() => Int)
  min!: number;

  @Field(() => Int)
  max!: number;
}

@ObjectType('InstalmentAlreadyPaidError', { implements: () => [ErrorResult] })
export class InstalmentAlreadyPaidErrorType extends ErrorResult {}
