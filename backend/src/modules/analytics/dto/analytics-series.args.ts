import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { AnalyticsGranularity } from '../queries/analytics-granularity';
import { MAX_FORECAST_DAYS } from '../queries/analytics-forecast.service';
import { MAX_LIST_SIZE } from '../queries/analytics-query.service';
import { AnalyticsRangeInput } from './analytics-range.input';

registerEnumType(AnalyticsGranularity, { name: 'AnalyticsGranularity' });

@ArgsType()
export class AnalyticsRangeArgs {
  @Field(() => AnalyticsRangeInput)
  @ValidateNested()
  @Type(() => AnalyticsRangeInput)
  range!: AnalyticsRangeInput;
}

@ArgsType()
export class AnalyticsSeriesArgs extends AnalyticsRangeArgs {
  @Field(() => AnalyticsGranularity, { defaultValue: AnalyticsGranularity.DAY })
  @IsEnum(AnalyticsGranularity)
  granularity: AnalyticsGranularity = AnalyticsGranularity.DAY;
}

@ArgsType()
export class AnalyticsListArgs extends AnalyticsRangeArgs {
  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1)
  @Max(MAX_LIST_SIZE)
  first: number = 10;
}

@ArgsType()
export class AnalyticsSearchTermsArgs extends AnalyticsListArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only terms that found nothing at least once (demand gaps), most missed first.' })
  @IsOptional()
  @IsBoolean()
  withoutResultsOnly: boolean = false;
}

@ArgsType()
export class AnalyticsStockOutArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(MAX_LIST_SIZE)
  first: number = 20;
}

@ArgsType()
export class AnalyticsSalesForecastArgs {
  @Field(() => Int, { defaultValue: 7, description: `Days from today, 1 to ${MAX_FORECAST_DAYS} (7 and 30 are the usual).` })
  @IsInt()
  @Min(1)
  @Max(MAX_FORECAST_DAYS)
  horizonDays: number = 7;
}
