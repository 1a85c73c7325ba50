import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DEFINITIONS } from '../analytics-definitions';

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

  @Field(() => Int)
  searches!: number;

  @Field(() => Int, { description: 'Searches that found nothing: demand the store does not meet.' })
  searchesWithoutResult!: number;

  @Field(() => Int)
  orders!: number;

  @Field(() => Float, { description: "All orders' revenue in the currency's minor unit." })
  revenueMinor!: number;

  @Field(() => Int, { description: DEFINITIONS.CHAT_ORDER })
  chatOrders!: number;

  @Field(() => Float, { description: 'Revenue of orders from chat, minor unit.' })
  chatRevenueMinor!: number;

  @Field(() => Float, { nullable: true, description: 'Average order value of orders from chat, minor unit.' })
  chatAverageOrderValueMinor!: number | null;

  @Field(() => AnalyticsFunnelType)
  funnel!: AnalyticsFunnelType;
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

@ObjectType('AnalyticsProductSales')
export class AnalyticsProductSalesType {
  @Field() productId!: string;
  @Field() name!: string;
  @Field(() => Int) units!: number;
  @Field(() => Float) revenueMinor!: number;
  @Field(() => Int, { description: 'Units sold in orders from chat.' }) chatUnits!: number;
}
