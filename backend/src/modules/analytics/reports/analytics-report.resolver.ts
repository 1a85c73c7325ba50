import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../../platform/context/access.decorators';
import { Ctx } from '../../../platform/context/ctx.decorator';
import { TenantContext } from '../../../platform/context/tenant-context';
import { AnalyticsReportConnection, AnalyticsReportType } from '../dto/analytics-report.type';
import { AnalyticsReportsArgs, GenerateAnalyticsReportArgs } from '../dto/analytics-reports.args';
import { AnalyticsReportService, reportCursor } from './analytics-report.service';

@Resolver()
export class AnalyticsReportResolver {
  constructor(private readonly reports: AnalyticsReportService) {}

  @Query(() => AnalyticsReportConnection, { description: 'Written reports, newest first.' })
  @Allow(Permission.ANALYTICS_READ)
  async analyticsReports(@Ctx() ctx: TenantContext, @Args() args: AnalyticsReportsArgs): Promise<AnalyticsReportConnection> {
    const page = await this.reports.list(ctx, args.first, args.after);
    return {
      edges: page.items.map((node) => ({ node, cursor: reportCursor(node) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => AnalyticsReportType)
  @Allow(Permission.ANALYTICS_READ)
  analyticsReport(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<AnalyticsReportType> {
    return this.reports.get(ctx, id);
  }

  @Mutation(() => AnalyticsReportType, { description: 'Writes a report now from the current figures.' })
  @Allow(Permission.ANALYTICS_READ)
  generateAnalyticsReport(@Ctx() ctx: TenantContext, @Args() args: GenerateAnalyticsReportArgs): Promise<AnalyticsReportType> {
    return this.reports.generate(ctx, args.range);
  }
}
