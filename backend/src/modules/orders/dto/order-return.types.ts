import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../../../platform/graphql/error-result';
import { ReturnStatus } from './return-status.enum';

@ObjectType('ReturnLine', { description: 'Units of one order line sent back.' })
export class ReturnLineType {
  @Field(() => ID)
  orderLineId!: string;

  @Field()
  sku!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int, { description: 'Units put back in stock when the return arrived.' })
  restockedQuantity!: number;

  @Field(() => Float)
  unitPrice!: number;
}

@ObjectType('OrderReturn')
export class OrderReturnType {
  @Field(() => ID)
  id!: string;

  @Field(() => ReturnStatus)
  status!: ReturnStatus;

  @Field({ description: 'Why the shopper sends the items back.' })
  reason!: string;

  @Field(() => String, { nullable: true })
  rejectionReason!: string | null;

  @Field(() => [ReturnLineType])
  lines!: ReturnLineType[];

  @Field(() => Float, { description: 'What the returned units were bought for: the refund, at most what is left to refund.' })
  value!: number;

  @Field(() => Float)
  refunded!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('NotReturnableError', { implements: () => [ErrorResult], description: 'Only shipped or delivered orders can be returned.' })
export class NotReturnableErrorType extends ErrorResult {}

@ObjectType('ReturnQuantityExceededError', { implements: () => [ErrorResult], description: 'More units than were bought, minus those already returned.' })
export class ReturnQuantityExceededErrorType extends ErrorResult {
  @Field(() => ID)
  orderLineId!: string;

  @Field(() => Int)
  requested!: number;

  @Field(() => Int)
  returnable!: number;
}

@ObjectType('ReturnTransitionError', { implements: () => [ErrorResult], description: 'The return is in a status that does not allow this step.' })
export class ReturnTransitionErrorType extends ErrorResult {
  @Field(() => ReturnStatus)
  status!: ReturnStatus;
}
