import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CLOSE_TIME_PATTERN, OPEN_TIME_PATTERN } from '../business-hours';

@InputType()
export class BusinessDayInput {
  @Field(() => Int, { description: '0 = Sunday … 6 = Saturday' })
  @IsInt()
  @Min(0)
  @Max(6)
  day!: number;

  @Field({ description: 'HH:MM, 00:00–23:59' })
  @Matches(OPEN_TIME_PATTERN, { message: 'open must be a time like 09:00' })
  open!: string;

  @Field({ description: 'HH:MM after open; 24:00 for midnight' })
  @Matches(CLOSE_TIME_PATTERN, { message: 'close must be a time like 17:30 (or 24:00)' })
  close!: string;
}

/** Replaces the store's business hours. */
@InputType()
export class UpdateBusinessHoursInput {
  @Field()
  @IsBoolean()
  enabled!: boolean;

  @Field(() => [BusinessDayInput])
  @IsArray()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => BusinessDayInput)
  days!: BusinessDayInput[];

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(300)
  offlineMessage!: string;
}
