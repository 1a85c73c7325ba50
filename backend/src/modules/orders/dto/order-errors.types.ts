import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../../../platform/graphql/error-result';
import { OrderStatus } from './order-status.enum';

@ObjectType('CartEmptyError', { implements: () => [ErrorResult] })
export class CartEmptyErrorType extends ErrorResult {}

@ObjectType('ProductUnavailableError', { implements: () => [ErrorResult] })
export class ProductUnavailableErrorType extends ErrorResult {
  @Field(() => ID)
  variantId!: string;
}

@ObjectType('DiscountCodeInvalidError', { implements: () => [ErrorResult] })
export class DiscountCodeInvalidErrorType extends ErrorResult {}

@ObjectType('PaymentUnavailableError', { implements: () => [ErrorResult], description: 'The payment service failed; nothing was charged or refunded.' })
export class PaymentUnavailableErrorType extends ErrorResult {}

@ObjectType('OrderNotFoundError', { implements: () => [ErrorResult] })
export class OrderNotFoundErrorType extends ErrorResult {}

@ObjectType('OrderTransitionError', { implements: () => [ErrorResult], description: 'The order is in a status that does not allow this change.' })
export class OrderTransitionErrorType extends ErrorResult {
  @Field(() => OrderStatus)
  status!: OrderStatus;
}

@ObjectType('RefundTooLargeError', { implements: () => [ErrorResult] })
export class RefundTooLargeErrorType extends ErrorResult {
  @Field(() => Float)
  refundable!: number;
}
