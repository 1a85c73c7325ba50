import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { TenantContext } from '../../../platform/context/tenant-context';
import { TenantDataService } from '../../../platform/database/tenant-data.service';
import { JobPayload, JobQueuePort } from '../../../platform/jobs/job-queue.port';
import { TenantTimeZones } from '../../tenancy/tenant-time-zones';
import { addDays, localDay, weekStart } from '../local-day';
import { AnalyticsReportService } from './analytics-report.service';

export const WEEKLY_REPORT_JOB = 'analytics.weekly-report';

interface WeeklyReportJob extends JobPayload {
  weekStart: string;
}

const SWEEP_EVERY_MS = 60 * 60_000;
/** Leaves a starting instance time to settle before the first sweep. */
const FIRST_SWEEP_AFTER_MS = 5 * 60_000;
/** Stores with no analytics rows for this long get no report (nothing to say). */
const ACTIVE_WITHIN_DAYS = 14;

/**
 * Writes each active store's weekly report for the last complete week (Monday to Sunday in the
 * store's time zone). An hourly sweep enqueues one job per store and week; the job id and the
 * unique (store, week) index keep it to one report even with several instances sweeping.
 */
@Injectable()
export class WeeklyReportScheduler implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(WeeklyReportScheduler.name);
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly data: TenantDataService,
    private readonly jobs: JobQueuePort,
    private readonly reports: AnalyticsReportService,
    private readonly zones: TenantTimeZones,
  ) {}

  onModuleInit(): void {
    this.jobs.register<WeeklyReportJob>(WEEKLY_REPORT_JOB, async (job) => {
      await this.reports.generateWeekly(TenantContext.system(job.tenantId, 'weekly-report'), job.weekStart);
    }, 1);
    const first = setTimeout(() => void this.sweepSafely(), FIRST_SWEEP_AFTER_MS);
    const every = setInterval(() => void this.sweepSafely(), SWEEP_EVERY_MS);
    first.unref();
    every.unref();
    this.timers = [first, every];
  }

  onModuleDestroy(): void {
    this.timers.forEach((t) => clearTimeout(t));
  }

  /** Enqueues the missing weekly reports; returns how many were enqueued. */
  async sweep(now = new Date()): Promise<number> {
    const system = TenantContext.system(undefined, 'weekly-report-sweep');
    // The schedule spans stores by nature; it reads only analytics' own table and acts per store after.
    const tenants: Array<{ tenant_id: string }> = await this.data
      .managerOf(system)
      .query(`SELECT DISTINCT tenant_id FROM analytics_daily WHERE day >= (now() - make_interval(days => $1))::date`, [ACTIVE_WITHIN_DAYS]);
    let enqueued = 0;
    for (const { tenant_id: tenantId } of tenants) {
      const ctx = TenantContext.system(tenantId, 'weekly-report');
      const monday = addDays(weekStart(localDay(now, await this.zones.of(ctx))), -7);
      if (await this.reports.hasWeekly(ctx, monday)) continue;
      await this.jobs.enqueue<WeeklyReportJob>(WEEKLY_REPORT_JOB, { tenantId, weekStart: monday }, { jobId: `${tenantId}:${monday}` });
      enqueued++;
    }
    return enqueued;
  }

  private async sweepSafely(): Promise<void> {
    try {
      await this.sweep();
    } catch (error) {
      this.logger.error({ err: error }, 'Weekly report sweep failed');
    }
  }
}
