import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
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
import { AnalyticsIngestService } from './ingest/analytics-ingest.service';
import { ConversationActivityListener } from './ingest/conversation-activity.listener';
import { TenantTimeZones } from './ingest/tenant-time-zones';
import { AnalyticsQueryService } from './queries/analytics-query.service';
import { AnalyticsReportResolver } from './reports/analytics-report.resolver';
import { AnalyticsReportService } from './reports/analytics-report.service';
import { WeeklyReportScheduler } from './reports/weekly-report.scheduler';

/**
 * Metrics, dashboards and written reports. Listens to other modules' events; orders, the assistant
 * and the catalog report what analytics cannot observe through AnalyticsIngestService.
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
      OrderFact,
      AnalyticsReport,
    ]),
    TenancyModule,
  ],
  providers: [
    TenantTimeZones,
    AnalyticsIngestService,
    ConversationActivityListener,
    AnalyticsQueryService,
    AnalyticsReportService,
    WeeklyReportScheduler,
    AnalyticsResolver,
    AnalyticsReportResolver,
  ],
  exports: [AnalyticsIngestService, AnalyticsQueryService],
})
export class AnalyticsModule {}
