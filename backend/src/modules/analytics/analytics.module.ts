import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InventoryModule } from '../inventory/inventory.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { AnalyticsResolver } from './analytics.resolver';
import { AnalyticsReport } from './entities/analytics-report.entity';
import { ConversationFact } from './entities/conversation-fact.entity';
import { DailyRollup } from './entities/daily-rollup.entity';
import { IntentRollup } from './entities/intent-rollup.entity';
import { OrderFact } from './entities/order-fact.entity';
import { ProductMonthlyRollup } from './entities/product-monthly-rollup.entity';
import { ProductRollup } from './entities/product-rollup.entity';
import { SearchMonthlyRollup } from './entities/search-monthly-rollup.entity';
import { SearchRollup } from './entities/search-rollup.entity';
import { VariantRollup } from './entities/variant-rollup.entity';
import { AnalyticsIngestService } from './ingest/analytics-ingest.service';
import { AssistantTurnListener } from './ingest/assistant-turn.listener';
import { ConversationActivityListener } from './ingest/conversation-activity.listener';
import { OrderActivityListener } from './ingest/order-activity.listener';
import { ShopperSearchListener } from './ingest/shopper-search.listener';
import { AnalyticsForecastService } from './queries/analytics-forecast.service';
import { AnalyticsQueryService } from './queries/analytics-query.service';
import { AnalyticsReportResolver } from './reports/analytics-report.resolver';
import { AnalyticsReportService } from './reports/analytics-report.service';
import { ReportNarrator } from './reports/report-narrator';
import { WeeklyReportScheduler } from './reports/weekly-report.scheduler';

/**
 * Metrics, dashboards, forecasts and written reports. Listens to other modules' events (conversations,
 * orders, assistant turns, shoppers' catalog searches); reads current stock through the inventory module's service.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ConversationFact,
      DailyRollup,
      IntentRollup,
      SearchRollup,
      SearchMonthlyRollup,
      ProductRollup,
      ProductMonthlyRollup,
      VariantRollup,
      OrderFact,
      AnalyticsReport,
    ]),
    TenancyModule,
    InventoryModule,
  ],
  providers: [
    AnalyticsIngestService,
    ConversationActivityListener,
    OrderActivityListener,
    AssistantTurnListener,
    ShopperSearchListener,
    AnalyticsQueryService,
    AnalyticsForecastService,
    ReportNarrator,
    AnalyticsReportService,
    WeeklyReportScheduler,
    AnalyticsResolver,
    AnalyticsReportResolver,
  ],
  exports: [AnalyticsIngestService, AnalyticsQueryService],
})
export class AnalyticsModule {}
