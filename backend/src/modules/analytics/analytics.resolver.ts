import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import {
  AnalyticsDemandGapType,
  AnalyticsIntentCountType,
  AnalyticsPeriodType,
  AnalyticsProductSalesType,
  AnalyticsSalesForecastType,
  AnalyticsSearchTermType,
  AnalyticsStockOutPredictionType,
  AnalyticsSummaryType,
} from './dto/analytics-figures.type';
import {
  AnalyticsListArgs,
  AnalyticsRangeArgs,
  AnalyticsSalesForecastArgs,
  AnalyticsSearchTermsArgs,
  AnalyticsSeriesArgs,
  AnalyticsStockOutArgs,
} from './dto/analytics-series.args';
import { AnalyticsForecastService } from './queries/analytics-forecast.service';
import { AnalyticsQueryService } from './queries/analytics-query.service';
import { checkedRange, previousRange } from './queries/date-range';

@Resolver()
export class AnalyticsResolver {
  constructor(
    private readonly analytics: AnalyticsQueryService,
    private readonly forecasts: AnalyticsForecastService,
  ) {}

  @Query(() => AnalyticsSummaryType, { description: 'Totals for a range of store-local days, with the same span before it for comparison.' })
  @Allow(Permission.ANALYTICS_READ)
  async analyticsSummary(@Ctx() ctx: TenantContext, @Args() { range }: AnalyticsRangeArgs): Promise<AnalyticsSummaryType> {
    const checked = checkedRange(range);
    const [timeZone, current, previous] = await Promise.all([
      this.analytics.timeZone(ctx),
      this.analytics.summary(ctx, checked),
      this.analytics.summary(ctx, previousRange(checked)),
    ]);
    return { timeZone, current, previous };
  }

  @Query(() => [AnalyticsPeriodType], { description: 'Figures per day, week or month of the range.' })
  @Allow(Permission.ANALYTICS_READ)
  analyticsSeries(@Ctx() ctx: TenantContext, @Args() args: AnalyticsSeriesArgs): Promise<AnalyticsPeriodType[]> {
    return this.analytics.series(ctx, args.range, args.granularity);
  }

  @Query(() => [AnalyticsIntentCountType], { description: 'What visitors ask about most, as recognised by the assistant.' })
  @Allow(Permission.ANALYTICS_READ)
  analyticsTopIntents(@Ctx() ctx: TenantContext, @Args() args: AnalyticsListArgs): Promise<AnalyticsIntentCountType[]> {
    return this.analytics.topIntents(ctx, args.range, args.first);
  }

  @Query(() => [AnalyticsSearchTermType], { description: 'Top searches, or with withoutResultsOnly the demand gaps.' })
  @Allow(Permission.ANALYTICS_READ)
  analyticsSearchTerms(@Ctx() ctx: TenantContext, @Args() args: AnalyticsSearchTermsArgs): Promise<AnalyticsSearchTermType[]> {
    return this.analytics.searchTerms(ctx, args.range, args.withoutResultsOnly, args.first);
  }

  @Query(() => [AnalyticsDemandGapType], { description: 'Searches that found nothing, most missed first, with the last day each was asked for.' })
  @Allow(Permission.ANALYTICS_READ)
  analyticsDemandGaps(@Ctx() ctx: TenantContext, @Args() args: AnalyticsListArgs): Promise<AnalyticsDemandGapType[]> {
    return this.analytics.demandGaps(ctx, args.range, args.first);
  }

  @Query(() => [AnalyticsProductSalesType], { description: 'Best-selling products by paid revenue.' })
  @Allow(Permission.ANALYTICS_READ)
  analyticsTopProducts(@Ctx() ctx: TenantContext, @Args() args: AnalyticsListArgs): Promise<AnalyticsProductSalesType[]> {
    return this.analytics.topProducts(ctx, args.range, args.first);
  }

  @Query(() => [AnalyticsStockOutPredictionType], { description: 'Variants that sell or are low on stock, soonest predicted stock-out first.' })
  @Allow(Permission.ANALYTICS_READ)
  analyticsStockOutPredictions(@Ctx() ctx: TenantContext, @Args() args: AnalyticsStockOutArgs): Promise<AnalyticsStockOutPredictionType[]> {
    return this.forecasts.stockOutPredictions(ctx, args.first);
  }

  @Query(() => AnalyticsSalesForecastType, { description: 'Paid orders and revenue expected in the coming days.' })
  @Allow(Permission.ANALYTICS_READ)
  analyticsSalesForecast(@Ctx() ctx: TenantContext, @Args() args: AnalyticsSalesForecastArgs): Promise<AnalyticsSalesForecastType> {
    return this.forecasts.salesForecast(ctx, args.horizonDays);
  }
}
