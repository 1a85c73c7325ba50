import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { TenantContext } from '../../../platform/context/tenant-context';
import { TenantDataService } from '../../../platform/database/tenant-data.service';
import { NotFoundError, UserInputError } from '../../../platform/graphql/app-errors';
import { AnalyticsReport } from '../entities/analytics-report.entity';
import { addDays, localDay, weekStart } from '../local-day';
import { AnalyticsForecastService } from '../queries/analytics-forecast.service';
import { AnalyticsGranularity } from '../queries/analytics-granularity';
import { AnalyticsQueryService } from '../queries/analytics-query.service';
import { checkedRange, DateRange, previousRange } from '../queries/date-range';
import { ReportInput } from './report-input';
import { ReportKind } from './report-kind';
import { writeReport, WrittenReport } from './report-narrative';
import { NarratedBy } from './narrated-by';
import { ReportNarrator } from './report-narrator';

const LIST_SIZE = 5;
/** Stock running out within this many days of the report is worth restocking now. */
const RESTOCK_WITHIN_DAYS = 14;
/** Days before the period that tell what is usual, for anomalies. */
const RECENT_DAYS = 28;

export interface ReportPage {
  items: AnalyticsReport[];
  hasNextPage: boolean;
  endCursor: string | null;
}

@Injectable()
export class AnalyticsReportService {
  constructor(
    private readonly data: TenantDataService,
    private readonly analytics: AnalyticsQueryService,
    private readonly forecasts: AnalyticsForecastService,
    private readonly narrator: ReportNarrator,
  ) {}

  /** The figures a report on `period` is written from. */
  async inputFor(ctx: TenantContext, period: DateRange): Promise<ReportInput> {
    const range = checkedRange(period);
    const [current, previous, topIntents, demandGaps, topProducts, handedOffIntents, stock, recent] = await Promise.all([
      this.analytics.summary(ctx, range),
      this.analytics.summary(ctx, previousRange(range)),
      this.analytics.topIntents(ctx, range, LIST_SIZE),
      this.analytics.searchTerms(ctx, range, true, LIST_SIZE),
      this.analytics.topProducts(ctx, range, LIST_SIZE),
      this.analytics.handedOffIntents(ctx, range, LIST_SIZE),
      this.forecasts.stockOutPredictions(ctx, LIST_SIZE * 4),
      this.analytics.series(ctx, { from: addDays(range.from, -RECENT_DAYS), to: addDays(range.from, -1) }, AnalyticsGranularity.DAY),
    ]);
    const restockBy = addDays(await this.today(ctx), RESTOCK_WITHIN_DAYS);
    // A variant that never sold has no name in analytics: it shows on the dashboard, not in the report's text.
    const stockOuts = stock.filter((s) => s.name !== null && ((s.stockOutOn !== null && s.stockOutOn <= restockBy) || s.lowStock)).slice(0, LIST_SIZE);
    const recentDays = recent.map((day) => day.figures);
    return { period: range, current, previous, topIntents, demandGaps, topProducts, handedOffIntents, stockOuts, recentDays };
  }

  /** Figures, recommendations and the narrative: the model's when one is configured and it sticks to the figures. */
  private async write(ctx: TenantContext, range: DateRange): Promise<WrittenReport & { narratedBy: NarratedBy }> {
    const input = await this.inputFor(ctx, range);
    const written = writeReport(input);
    const names = [
      ...input.demandGaps.map((g) => g.term),
      ...input.topProducts.map((p) => p.name),
      ...input.topIntents.map((i) => i.intent),
      ...input.handedOffIntents.map((i) => i.intent),
      ...input.stockOuts.flatMap((s) => [s.name ?? '', s.sku ?? '']),
    ].filter(Boolean);
    return { ...written, ...(await this.narrator.narrate(written, names)) };
  }

  /** A report written now; without a period, on the last 7 days up to today. */
  async generate(ctx: TenantContext, period?: DateRange): Promise<AnalyticsReport> {
    const range = period ?? (await this.lastDays(ctx, 7));
    const written = await this.write(ctx, range);
    return this.data.repo(ctx, AnalyticsReport).insert({
      kind: ReportKind.ON_DEMAND,
      periodStart: range.from,
      periodEnd: range.to,
      ...written,
      requestedBy: describeActor(ctx),
    });
  }

  /** The weekly report for the week starting `monday`, written once however often it is asked for. */
  async generateWeekly(ctx: TenantContext, monday: string): Promise<AnalyticsReport> {
    if (weekStart(monday) !== monday) throw new UserInputError('A weekly report starts on a Monday');
    const existing = await this.data.repo(ctx, AnalyticsReport).findOneBy({ kind: ReportKind.WEEKLY, periodStart: monday });
    if (existing) return existing;
    const range = { from: monday, to: addDays(monday, 6) };
    const written = await this.write(ctx, range);
    try {
      return await this.data.repo(ctx, AnalyticsReport).insert({ kind: ReportKind.WEEKLY, periodStart: range.from, periodEnd: range.to, ...written, requestedBy: null });
    } catch (error) {
      // Another instance wrote it at the same moment: theirs is as good as ours.
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
        return (await this.data.repo(ctx, AnalyticsReport).findOneBy({ kind: ReportKind.WEEKLY, periodStart: monday }))!;
      }
      throw error;
    }
  }

  async hasWeekly(ctx: TenantContext, monday: string): Promise<boolean> {
    return (await this.data.repo(ctx, AnalyticsReport).count({ kind: ReportKind.WEEKLY, periodStart: monday })) > 0;
  }

  async get(ctx: TenantContext, id: string): Promise<AnalyticsReport> {
    const report = await this.data.repo(ctx, AnalyticsReport).findOneBy({ id });
    if (!report) throw new NotFoundError('Report');
    return report;
  }

  /** Newest first, keyset-paginated. */
  async list(ctx: TenantContext, first: number, after?: string): Promise<ReportPage> {
    const qb = this.data.repo(ctx, AnalyticsReport).query('r');
    if (after) qb.andWhere('(r.created_at, r.id) < (:at, :id)', decodeCursor(after));
    const rows = await qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').take(first + 1).getMany();
    const items = rows.slice(0, first);
    const last = items[items.length - 1];
    return { items, hasNextPage: rows.length > first, endCursor: last ? reportCursor(last) : null };
  }

  /** The `days` store-local days ending today. */
  async lastDays(ctx: TenantContext, days: number): Promise<DateRange> {
    const today = await this.today(ctx);
    return { from: addDays(today, -(days - 1)), to: today };
  }

  private async today(ctx: TenantContext): Promise<string> {
    return localDay(new Date(), await this.analytics.timeZone(ctx));
  }
}

function describeActor(ctx: TenantContext): string | null {
  switch (ctx.actor.kind) {
    case 'staff':
      return `user:${ctx.actor.userId}`;
    case 'api_key':
      return `api_key:${ctx.actor.name}`.slice(0, 120);
    default:
      return null;
  }
}

export function reportCursor(r: AnalyticsReport): string {
  return Buffer.from(`${new Date(r.createdAt).toISOString()}|${r.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id)) throw new UserInputError('Invalid cursor');
  return { at, id };
}
