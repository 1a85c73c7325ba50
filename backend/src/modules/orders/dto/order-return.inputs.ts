import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { TrackOrderInput } from './order.inputs';

@InputType()
export class ReturnLineInput {
  @Field(() => ID)
  @IsUUID()
  orderLineId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10_000)
  quantity!: number;
}

@InputType({ description: 'The order (number and email, or number alone for the visitor who placed it), the units going back and why.' })
export class RequestReturnInput extends TrackOrderInput {
  @Field(() => [ReturnLineInput])
  @ValidateNested({ each: true })
  @Type(() => ReturnLineInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  lines!: ReturnLineInput[];

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

@InputType()
export class RejectReturnInput {
  @Field(() => ID)
  @IsUUID()
  returnId!: string;

  @Field(() => String, { nullable: true, description: 'Shown to the shopper on their order.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  reason?: string;
}

@InputType()
export class RestockLineInput {
  @Field(() => ID)
  @IsUUID()
  orderLineId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10_000)
  quantity!: number;
}

@InputType()
export class ReceiveReturnInput {
  @Field(() => ID)
  @IsUUID()
  returnId!: string;

  @Field(() => [RestockLineInput], { nullable: true, description: 'Units to put back in stock per line; lines not listed are restocked in full.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => RestockLineInput)
  @ArrayMaxSize(100)
  restock?: RestockLineInput[];
}
