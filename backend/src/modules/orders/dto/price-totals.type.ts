import { Field, Float, ObjectType } from '@nestjs/graphql';

/** The money of a cart, a draft or an order, in major units of its currency. */
@ObjectType({ isAbstract: true })
export abstract class PriceTotals {
  @Field()
  currency!: string;

  @Field(() => Float)
  subtotal!: number;

  @Field(() => Float)
  discount!: number;

  @Field(() => Float)
  shipping!: number;

  @Field(() => Float)
  tax!: number;

  @Field(() => Float)
  total!: number;
}
