import { Field, ID, Int, ObjectType, createUnionType } from '@nestjs/graphql';

@ObjectType('StockLocation')
export class StockLocationType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  code!: string;
}

@ObjectType('StockLevel')
export class StockLevelType {
  @Field(() => ID)
  variantId!: string;

  @Field(() => ID)
  locationId!: string;

  @Field(() => Int)
  onHand!: number;

  @Field(() => Int)
  reserved!: number;

  @Field(() => Int, { description: 'On hand minus reserved.' })
  available!: number;

  @Field(() => Int, { nullable: true })
  lowStockThreshold!: number | null;

  @Field({ description: 'Available is at or below the threshold.' })
  lowStock!: boolean;
}

@ObjectType('StockLevelList')
export class StockLevelListType {
  @Field(() => [StockLevelType])
  levels!: StockLevelType[];
}

@ObjectType('StockMovement')
export class StockMovementType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  variantId!: string;

  @Field(() => ID)
  locationId!: string;

  @Field()
  kind!: string;

  @Field(() => Int)
  onHandDelta!: number;

  @Field(() => Int)
  reservedDelta!: number;

  @Field()
  reason!: string;

  @Field()
  actor!: string;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('StockReservation')
export class StockReservationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  variantId!: string;

  @Field(() => ID)
  locationId!: string;

  @Field(() => Int)
  quantity!: number;

  @Field()
  status!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => String, { nullable: true })
  reference!: string | null;
}

@ObjectType('InsufficientStockError')
export class InsufficientStockErrorType {
  @Field()
  code!: string;

  @Field()
  message!: string;

  @Field(() => ID)
  variantId!: string;

  @Field(() => Int)
  requested!: number;

  @Field(() => Int)
  available!: number;
}

@ObjectType('LowStockAlert')
export class LowStockAlertType {
  @Field(() => ID)
  variantId!: string;

  @Field(() => ID)
  locationId!: string;

  @Field(() => Int)
  available!: number;

  @Field(() => Int)
  threshold!: number;

  @Field()
  at!: Date;
}

export const StockLevelResult = createUnionType({
  name: 'StockLevelResult',
  types: () => [StockLevelListType, InsufficientStockErrorType] as const,
  resolveType: (value: object) => ('code' in value ? InsufficientStockErrorType : StockLevelListType),
});

export const ReservationResult = createUnionType({
  name: 'ReservationResult',
  types: () => [StockReservationType, InsufficientStockErrorType] as const,
  resolveType: (value: object) => ('code' in value ? InsufficientStockErrorType : StockReservationType),
});
