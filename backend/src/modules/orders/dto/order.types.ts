import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PriceTotals } from './price-totals.type';
import { PageInfo } from '../../conversations/dto/conversation.type';
import { OrderReturnType } from './order-return.types';
import { OrderStatus } from './order-status.enum';
import { CustomerInstalmentType } from './payment-plan.types';

@ObjectType('OrderLine')
export class OrderLineType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  variantId!: string;

  @Field(() => ID)
  productId!: string;

  @Field()
  sku!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Float)
  unitPrice!: number;

  @Field(() => Float)
  lineTotal!: number;

  @Field(() => Int)
  restockedQuantity!: number;
}

@ObjectType('OrderEvent', { description: 'One entry of the order timeline.' })
export class OrderEventType {
  @Field(() => ID)
  id!: string;

  @Field()
  type!: string;

  @Field(() => OrderStatus, { nullable: true })
  fromStatus!: OrderStatus | null;

  @Field(() => OrderStatus, { nullable: true })
  toStatus!: OrderStatus | null;

  @Field({ description: 'staff, visitor, api_key or system.' })
  actorKind!: string;

  @Field(() => String, { nullable: true })
  actorId!: string | null;

  @Field()
  message!: string;

  @Field()
  visibleToCustomer!: boolean;

  @Field()
  at!: Date;
}

@ObjectType('Payment')
export class PaymentType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'stripe or manual.' })
  provider!: string;

  @Field({ description: 'pending, succeeded, expired, cancelled or failed.' })
  status!: string;

  @Field(() => Float)
  amount!: number;

  @Field(() => Float)
  refunded!: number;

  @Field()
  currency!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'The provider’s id (Stripe Checkout Session).' })
  externalId!: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  succeededAt!: Date | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('Order')
export class OrderType extends PriceTotals {
  @Field(() => ID)
  id!: string;

  @Field()
  number!: string;

  @Field(() => OrderStatus)
  status!: OrderStatus;

  @Field({ description: 'unpaid, paid, partially_refunded or refunded.' })
  paymentState!: string;

  @Field({ description: 'chat or staff.' })
  source!: string;

  @Field()
  customerEmail!: string;

  @Field(() => String, { nullable: true })
  customerName!: string | null;

  @Field(() => ID, { nullable: true })
  visitorId!: string | null;

  @Field(() => ID, { nullable: true })
  conversationId!: string | null;

  @Field(() => String, { nullable: true })
  discountCode!: string | null;

  @Field(() => Float)
  paid!: number;

  @Field(() => Float)
  refunded!: number;

  @Field()
  paymentProvider!: string;

  @Field(() => Date, { nullable: true })
  paymentDueAt!: Date | null;

  @Field(() => Date, { nullable: true })
  paidAt!: Date | null;

  @Field(() => String, { nullable: true })
  carrier!: string | null;

  @Field(() => String, { nullable: true })
  trackingNumber!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('OrderEdge')
export class OrderEdge {
  @Field()
  cursor!: string;

  @Field(() => OrderType)
  node!: OrderType;
}

@ObjectType('OrderConnection')
export class OrderConnection {
  @Field(() => [OrderEdge])
  edges!: OrderEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('CustomerOrderEvent')
export class CustomerOrderEventType {
  @Field()
  type!: string;

  @Field()
  message!: string;

  @Field()
  at!: Date;
}

@ObjectType('CustomerOrder', { description: 'An order as its shopper sees it (no internal notes, no staff ids).' })
export class CustomerOrderType extends PriceTotals {
  @Field()
  number!: string;

  @Field(() => OrderStatus)
  status!: OrderStatus;

  @Field(() => [OrderLineType])
  lines!: OrderLineType[];

  @Field(() => Float)
  refunded!: number;

  @Field(() => String, { nullable: true })
  carrier!: string | null;

  @Field(() => String, { nullable: true })
  trackingNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Where to pay while the order awaits payment.' })
  paymentUrl!: string | null;

  @Field(() => Date, { nullable: true })
  paymentDueAt!: Date | null;

  @Field()
  canCancel!: boolean;

  @Field(() => [CustomerOrderEventType])
  timeline!: CustomerOrderEventType[];

  @Field(() => [OrderReturnType], { description: 'Returns started on this order, oldest first.' })
  returns!: OrderReturnType[];

  @Field(() => [CustomerInstalmentType], { description: 'The payment plan’s instalments; empty when the order is paid in one go.' })
  instalments!: CustomerInstalmentType[];

  @Field()
  createdAt!: Date;
}

@ObjectType('CheckoutLink', { description: 'The order created from the cart and where to pay for it.' })
export class CheckoutLinkType {
  @Field(() => CustomerOrderType)
  order!: CustomerOrderType;

  @Field(() => String, { nullable: true, description: 'Stripe Checkout URL; null when the store takes payment by hand.' })
  paymentUrl!: string | null;

  @Field()
  expiresAt!: Date;

  @Field()
  provider!: string;
}

@ObjectType('OrderSettings')
export class OrderSettingsType {
  @Field()
  currency!: string;

  @Field(() => Float, { description: 'Percent, e.g. 8.25.' })
  taxRatePercent!: number;

  @Field(() => Float)
  flatShipping!: number;

  @Field(() => Float, { nullable: true, description: 'Shipping is free from this (discounted) subtotal on.' })
  freeShippingOver!: number | null;

  @Field(() => Float, { nullable: true, description: 'Checkouts from this total on are split into a payment plan; null: never.' })
  paymentPlanMinimum!: number | null;

  @Field(() => Int, { description: 'Instalments of a plan made at checkout.' })
  paymentPlanInstalments!: number;

  @Field({ description: 'stripe or manual: how new orders are paid.' })
  paymentProvider!: string;
}

@ObjectType('DiscountCode')
export class DiscountCodeType {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field({ description: 'percentage or fixed.' })
  kind!: string;

  @Field(() => Float, { description: 'Percent for a percentage code, major units for a fixed one.' })
  value!: number;

  @Field(() => Int, { nullable: true })
  usageLimit!: number | null;

  @Field(() => Int)
  usedCount!: number;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field()
  active!: boolean;
}
