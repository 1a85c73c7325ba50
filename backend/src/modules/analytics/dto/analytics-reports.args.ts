import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { AnalyticsRangeInput } from './analytics-range.input';

export const MAX_REPORTS_PAGE = 50;

@ArgsType()
export class AnalyticsReportsArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(MAX_REPORTS_PAGE)
  first: number = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ArgsType()
export class GenerateAnalyticsReportArgs {
  @Field(() => AnalyticsRangeInput, { nullable: true, description: 'Defaults to the last 7 days up to today.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AnalyticsRangeInput)
  range?: AnalyticsRangeInput;
}
