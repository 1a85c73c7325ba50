import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DEFINITIONS } from '../analytics-definitions';
import { VELOCITY_DAYS } from '../queries/analytics-forecast.service';

@ObjectType('AnalyticsStatusCounts', { description: 'Conversations that started in the range, by their current status.' })
export class AnalyticsStatusCountsType {
  @Field(() => Int) bot!: number;
  @Field(() => Int) waitingForHuman!: number;
  @Field(() => Int) assigned!: number;
  @Field(() => Int) resolved!: number;
  @Field(() => Int) snoozed!: number;
}

@ObjectType('AnalyticsMessageCounts', { description: 'Messages written in the range (staff notes and system notices excluded).' })
export class AnalyticsMessageCountsType {
  @Field(() => Int) visitor!: number;
  @Field(() => Int) bot!: number;
  @Field(() => Int) agent!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('AnalyticsFunnel', { description: DEFINITIONS.FUNNEL })
export class AnalyticsFunnelType {
  @Field(() => Int) conversations!: number;
  @Field(() => Int) carted!: number;
  @Field(() => Int) ordered!: number;
}

@ObjectType('AnalyticsFigures', { description: DEFINITIONS.DAY })
export class AnalyticsFiguresType {
  @Field(() => Int, { description: 'Conversations that started in the range.' })
  conversations!: number;

  @Field(() => AnalyticsStatusCountsType)
  byStatus!: AnalyticsStatusCountsType;

  @Field(() => AnalyticsMessageCountsType)
  messages!: AnalyticsMessageCountsType;

  @Field(() => Int, { description: DEFINITIONS.HANDOFF })
  handedOff!: number;

  @Field(() => Float, { nullable: true, description: 'Between 0 and 1; null without conversations.' })
  handoffRate!: number | null;

  @Field(() => Int, { description: 'Conversations the bot answered at least once.' })
  botAnswered!: number;

  @Field(() => Int, { description: DEFINITIONS.BOT_RESOLUTION })
  botResolved!: number;

  @Field(() => Float, { nullable: true, description: 'Between 0 and 1; null without conversations.' })
  botResolutionRate!: number | null;

  @Field(() => Int, { nullable: true, description: DEFINITIONS.FIRST_RESPONSE })
  avgFirstResponseBotMs!: number | null;

  @Field(() => Int, { nullable: true, description: DEFINITIONS.FIRST_RESPONSE })
  avgFirstResponseHumanMs!: number | null;

  @Field(() => Int, { description: "Shoppers' product searches: the storefront's catalog search and the assistant's (staff searching in the admin do not count)." })
  searches!: number;

  @Field(() => Int, { description: 'Searches that found nothing: demand the store does not meet.' })
  searchesWithoutResult!: number;

  @Field(() => Int, { description: DEFINITIONS.REVENUE })
  orders!: number;

  @Field(() => Float, { description: `All paid orders' revenue in the currency's minor unit. ${DEFINITIONS.REVENUE}` })
  revenueMinor!: number;

  @Field(() => Int, { description: DEFINITIONS.CHAT_ORDER })
  chatOrders!: number;

  @Field(() => Float, { description: 'Revenue of orders from chat, minor unit.' })
  chatRevenueMinor!: number;

  @Field(() => Float, { nullable: true, description: 'Average order value of orders from chat, minor unit.' })
  chatAverageOrderValueMinor!: number | null;

  @Field(() => AnalyticsFunnelType)
  funnel!: AnalyticsFunnelType;

  @Field(() => Float, { nullable: true, description: DEFINITIONS.CSAT })
  csatAverage!: number | null;

  @Field(() => Int, { description: 'Conversations that started in the range and were rated.' })
  csatResponses!: number;

  @Field(() => Float, { nullable: true, description: DEFINITIONS.SENTIMENT })
  sentimentAverage!: number | null;

  @Field(() => Int, { description: 'Visitor messages whose sentiment was scored.' })
  sentimentScored!: number;
}

@ObjectType('AnalyticsPeriod', { description: 'A day, week (Monday to Sunday) or month, clipped to the requested range.' })
export class AnalyticsPeriodType {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => AnalyticsFiguresType) figures!: AnalyticsFiguresType;
}

@ObjectType('AnalyticsSummary')
export class AnalyticsSummaryType {
  @Field({ description: 'The time zone days are counted in.' })
  timeZone!: string;

  @Field(() => AnalyticsFiguresType)
  current!: AnalyticsFiguresType;

  @Field(() => AnalyticsFiguresType, { description: 'The same number of days just before the range.' })
  previous!: AnalyticsFiguresType;
}

@ObjectType('AnalyticsIntentCount')
export class AnalyticsIntentCountType {
  @Field() intent!: string;
  @Field(() => Int) messages!: number;
}

@ObjectType('AnalyticsSearchTerm')
export class AnalyticsSearchTermType {
  @Field() term!: string;
  @Field(() => Int) searches!: number;
  @Field(() => Int, { description: 'Searches for this term that found nothing.' }) misses!: number;
}

@ObjectType('AnalyticsDemandGap', { description: 'A search term that found nothing: something visitors ask for that the store does not sell (or cannot find).' })
export class AnalyticsDemandGapType extends AnalyticsSearchTermType {
  @Field({ description: 'The latest store-local day (YYYY-MM-DD) a search for it found nothing.' }) lastMissedOn!: string;
}

@ObjectType('AnalyticsProductSales')
export class AnalyticsProductSalesType {
  @Field() productId!: string;
  @Field() name!: string;
  @Field(() => Int) units!: number;
  @Field(() => Float) revenueMinor!: number;
  @Field(() => Int, { description: 'Units sold in orders from chat.' }) chatUnits!: number;
}

@ObjectType('AnalyticsStockOutPrediction', {
  description: `When a variant runs out at its current rate of sale: a moving average of the units sold in the last ${VELOCITY_DAYS} complete days.`,
})
export class AnalyticsStockOutPredictionType {
  @Field(() => ID) variantId!: string;
  @Field(() => String, { nullable: true }) productId!: string | null;
  @Field(() => String, { nullable: true }) sku!: string | null;
  @Field(() => String, { nullable: true, description: 'Product name at its latest sale; null if it never sold.' }) name!: string | null;
  @Field(() => Int, { description: 'Units available to sell now, across locations.' }) available!: number;
  @Field(() => Float) unitsPerDay!: number;
  @Field(() => Float, { nullable: true, description: 'Null when it does not sell.' }) daysLeft!: number | null;
  @Field(() => String, { nullable: true, description: 'Store-local day (YYYY-MM-DD) the stock runs out at that rate.' }) stockOutOn!: string | null;
  @Field({ description: 'At or below its low-stock threshold.' }) lowStock!: boolean;
}

@ObjectType('AnalyticsForecastDay')
export class AnalyticsForecastDayType {
  @Field() day!: string;
  @Field(() => Float) orders!: number;
  @Field(() => Float, { description: 'Minor unit.' }) revenueMinor!: number;
}

@ObjectType('AnalyticsSalesForecast', { description: `Expected paid orders and revenue from today on. ${DEFINITIONS.REVENUE}` })
export class AnalyticsSalesForecastType {
  @Field({ description: 'How the forecast was made.' }) method!: string;
  @Field({ description: 'First day of the history it was fitted to.' }) historyFrom!: string;
  @Field() historyTo!: string;
  @Field(() => [AnalyticsForecastDayType]) days!: AnalyticsForecastDayType[];
  @Field(() => Float) orders!: number;
  @Field(() => Float) revenueMinor!: number;
}
