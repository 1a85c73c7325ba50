import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

export enum StockChangeKind {
  RECEIPT = 'receipt',
  ADJUSTMENT = 'adjustment',
  RETURN = 'return',
  SALE = 'sale',
}
registerEnumType(StockChangeKind, { name: 'StockChangeKind' });

@InputType()
export class AdjustStockInput {
  @Field(() => ID)
  @IsUUID()
  variantId!: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the main warehouse.' })
  @IsOptional()
  @IsUUID()
  locationId?: string;

  @Field(() => Int, { description: 'Units added (positive) or removed (negative).' })
  @IsInt()
  @Min(-1_000_000)
  @Max(1_000_000)
  delta!: number;

  @Field(() => StockChangeKind, { defaultValue: StockChangeKind.ADJUSTMENT })
  @IsIn(Object.values(StockChangeKind))
  kind: StockChangeKind = StockChangeKind.ADJUSTMENT;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  reason!: string;
}

@InputType()
export class TransferStockInput {
  @Field(() => ID)
  @IsUUID()
  variantId!: string;

  @Field(() => ID)
  @IsUUID()
  fromLocationId!: string;

  @Field(() => ID)
  @IsUUID()
  toLocationId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity!: number;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  reason!: string;
}

@InputType()
export class ReserveStockInput {
  @Field(() => ID)
  @IsUUID()
  variantId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10_000)
  quantity!: number;

  @Field(() => Int, { defaultValue: 900, description: 'Seconds the hold lasts.' })
  @IsInt()
  @Min(1)
  @Max(604_800)
  ttlSeconds = 900;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  reference?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  locationId?: string;
}

@InputType()
export class CreateStockLocationInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  code!: string;
}

@InputType()
export class SetLowStockThresholdInput {
  @Field(() => ID)
  @IsUUID()
  variantId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  locationId?: string;

  @Field(() => Int, { nullable: true, description: 'Null turns the alert off.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  threshold?: number | null;
}
