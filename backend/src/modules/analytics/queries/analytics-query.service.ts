import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../../platform/context/tenant-context';
import { TenantDataService } from '../../../platform/database/tenant-data.service';
import { ConversationFact } from '../entities/conversation-fact.entity';
import { DailyRollup } from '../entities/daily-rollup.entity';
import { IntentRollup } from '../entities/intent-rollup.entity';
import { ProductRollup } from '../entities/product-rollup.entity';
import { SearchRollup } from '../entities/search-rollup.entity';
import { TenantTimeZones } from '../../tenancy/tenant-time-zones';
import { AnalyticsFigures, DailySums, figuresFrom, SUMMED_COLUMNS } from './analytics-figures';
import { AnalyticsGranularity } from './analytics-granularity';
import { checkedRange, DateRange, monthsAndDays, periodsOf, periodStart } from './date-range';

export interface AnalyticsPeriod extends DateRange {
  figures: AnalyticsFigures;
}

export interface IntentCount {
  intent: string;
  messages: number;
}

export interface HandedOffIntent {
  intent: string;
  /** Conversations about it that needed a person. */
  conversations: number;
}

export interface SearchTermCount {
  term: string;
  searches: number;
  misses: number;
}

export interface DemandGap extends SearchTermCount {
  /** The latest store-local day a search for it found nothing. */
  lastMissedOn: string;
}

export interface ProductSales {
  productId: string;
  name: string;
  units: number;
  revenueMinor: number;
  chatUnits: number;
}

export const MAX_LIST_SIZE = 50;

const SUMS = SUMMED_COLUMNS.map((c) => `coalesce(sum(${c}), 0) AS ${c}`).join(', ');

/** Reads the rollups: every dashboard figure is a sum over at most one row per day. */
@Injectable()
export class AnalyticsQueryService {
  constructor(
    private readonly data: TenantDataService,
    private readonly zones: TenantTimeZones,
  ) {}

  timeZone(ctx: TenantContext): Promise<string> {
    return this.zones.of(ctx);
  }

  async summary(ctx: TenantContext, range: DateRange): Promise<AnalyticsFigures> {
    const { from, to } = checkedRange(range);
    const [sums] = await this.data
      .repo(ctx, DailyRollup)
      .sql<DailySums>(`SELECT ${SUMS} FROM analytics_daily WHERE tenant_id = $1 AND day BETWEEN $2 AND $3`, [from, to]);
    return figuresFrom(sums);
  }

  /** One entry per period overlapping the range (clipped to it), empty periods included so charts keep their shape. */
  async series(ctx: TenantContext, range: DateRange, granularity: AnalyticsGranularity): Promise<AnalyticsPeriod[]> {
    const { from, to } = checkedRange(range);
    const bucket = granularity === AnalyticsGranularity.DAY ? 'day' : `date_trunc('${granularity}', day::timestamp)::date`;
    const rows = await this.data
      .repo(ctx, DailyRollup)
      .sql<DailySums & { period: string }>(
        `SELECT ${bucket}::text AS period, ${SUMS} FROM analytics_daily WHERE tenant_id = $1 AND day BETWEEN $2 AND $3 GROUP BY 1`,
        [from, to],
      );
    const byPeriod = new Map(rows.map((row) => [row.period, row]));
    return periodsOf({ from, to }, granularity).map((period) => {
      const sums = byPeriod.get(periodStart(period.from, granularity));
      return { ...period, figures: figuresFrom(sums ?? ({} as DailySums)) };
    });
  }

  async topIntents(ctx: TenantContext, range: DateRange, first: number): Promise<IntentCount[]> {
    const { from, to } = checkedRange(range);
    const rows = await this.data.repo(ctx, IntentRollup).sql<{ intent: string; messages: string }>(
      `SELECT intent, sum(messages) AS messages FROM analytics_intent_daily
        WHERE tenant_id = $1 AND day BETWEEN $2 AND $3 GROUP BY intent ORDER BY 2 DESC, intent LIMIT $4`,
      [from, to, clampFirst(first)],
    );
    return rows.map((r) => ({ intent: r.intent, messages: Number(r.messages) }));
  }

  /** Most searched terms; with `withoutResultsOnly`, the demand gaps: terms that found nothing, most missed first. */
  async searchTerms(ctx: TenantContext, range: DateRange, withoutResultsOnly: boolean, first: number): Promise<SearchTermCount[]> {
    if (withoutResultsOnly) return this.missedTerms(ctx, range, first);
    const rows = await this.data.repo(ctx, SearchRollup).sql<{ term: string; searches: string; misses: string }>(
      `SELECT term, sum(searches) AS searches, sum(misses) AS misses FROM (
          SELECT term, searches, misses FROM analytics_search_daily
           WHERE tenant_id = $1 AND (day BETWEEN $2::date AND $3::date OR day BETWEEN $4::date AND $5::date)
          UNION ALL
          SELECT term, searches, misses FROM analytics_search_monthly WHERE tenant_id = $1 AND month BETWEEN $6::date AND $7::date
        ) t
        GROUP BY term ORDER BY 2 DESC, 3 DESC, term LIMIT $8`,
      [...segmentParams(checkedRange(range)), clampFirst(first)],
    );
    return rows.map((r) => ({ term: r.term, searches: Number(r.searches), misses: Number(r.misses) }));
  }

  /**
   * The demand gaps: terms that found nothing, most missed first (then most searched). Only the
   * rows with misses are summed up, then the searches of the terms that can make the list: those
   * with at least as many misses as the last place (ties included), looked up term by term. Most
   * searches find something, so this reads far fewer sums than totalling every term.
   */
  private async missedTerms(ctx: TenantContext, range: DateRange, first: number): Promise<SearchTermCount[]> {
    const rows = await this.data.repo(ctx, SearchRollup).sql<{ term: string; searches: string; misses: string }>(
      `WITH missed AS (
          SELECT term, sum(misses) AS misses FROM (
            SELECT term, misses FROM analytics_search_daily
             WHERE tenant_id = $1 AND misses > 0 AND (day BETWEEN $2::date AND $3::date OR day BETWEEN $4::date AND $5::date)
            UNION ALL
            SELECT term, misses FROM analytics_search_monthly WHERE tenant_id = $1 AND misses > 0 AND month BETWEEN $6::date AND $7::date
          ) m
          GROUP BY term
        ), contenders AS (
          SELECT term, misses FROM missed
           WHERE misses >= coalesce((SELECT misses FROM missed ORDER BY misses DESC OFFSET $8 - 1 LIMIT 1), 0)
        )
        SELECT c.term, s.searches, c.misses FROM contenders c, LATERAL (
          SELECT coalesce((SELECT sum(d.searches) FROM analytics_search_daily d
                            WHERE d.tenant_id = $1 AND d.term = c.term AND (d.day BETWEEN $2::date AND $3::date OR d.day BETWEEN $4::date AND $5::date)), 0)
               + coalesce((SELECT sum(m.searches) FROM analytics_search_monthly m
                            WHERE m.tenant_id = $1 AND m.term = c.term AND m.month BETWEEN $6::date AND $7::date), 0) AS searches
        ) s
        ORDER BY c.misses DESC, s.searches DESC, c.term LIMIT $8`,
      [...segmentParams(checkedRange(range)), clampFirst(first)],
    );
    return rows.map((r) => ({ term: r.term, searches: Number(r.searches), misses: Number(r.misses) }));
  }

  /** The demand gaps with the last day each was searched for in vain. */
  async demandGaps(ctx: TenantContext, range: DateRange, first: number): Promise<DemandGap[]> {
    const { from, to } = checkedRange(range);
    const gaps = await this.searchTerms(ctx, range, true, first);
    if (!gaps.length) return [];
    // Per term, walking its days backwards from the end of the range (ix_analytics_search_daily_term) to the last miss.
    const rows = await this.data.repo(ctx, SearchRollup).sql<{ term: string; last: string }>(
      `SELECT t.term, m.day::text AS last FROM unnest($4::text[]) AS t(term),
          LATERAL (SELECT day FROM analytics_search_daily s
                    WHERE s.tenant_id = $1 AND s.term = t.term AND s.day BETWEEN $2 AND $3 AND s.misses > 0
                    ORDER BY s.day DESC LIMIT 1) m`,
      [from, to, gaps.map((g) => g.term)],
    );
    const last = new Map(rows.map((r) => [r.term, r.last]));
    return gaps.map((gap) => ({ ...gap, lastMissedOn: last.get(gap.term) ?? to }));
  }

  /** Intents of conversations a person had to take over: recurring questions an FAQ answer could settle. */
  async handedOffIntents(ctx: TenantContext, range: DateRange, first: number): Promise<HandedOffIntent[]> {
    const { from, to } = checkedRange(range);
    const rows = await this.data.repo(ctx, ConversationFact).sql<{ intent: string; conversations: string }>(
      `SELECT intent, count(*) AS conversations FROM analytics_conversations, unnest(intents) AS intent
        WHERE tenant_id = $1 AND day BETWEEN $2 AND $3 AND (handoff_at IS NOT NULL OR first_agent_at IS NOT NULL)
        GROUP BY intent ORDER BY 2 DESC, intent LIMIT $4`,
      [from, to, clampFirst(first)],
    );
    return rows.map((r) => ({ intent: r.intent, conversations: Number(r.conversations) }));
  }

  async topProducts(ctx: TenantContext, range: DateRange, first: number): Promise<ProductSales[]> {
    const rows = await this.data.repo(ctx, ProductRollup).sql<{ product_id: string; name: string; units: string; revenue_minor: string; chat_units: string }>(
      `SELECT product_id, max(name) AS name, sum(units) AS units, sum(revenue_minor) AS revenue_minor, sum(chat_units) AS chat_units FROM (
          SELECT product_id, name, units, revenue_minor, chat_units FROM analytics_product_daily
           WHERE tenant_id = $1 AND (day BETWEEN $2::date AND $3::date OR day BETWEEN $4::date AND $5::date)
          UNION ALL
          SELECT product_id, name, units, revenue_minor, chat_units FROM analytics_product_monthly WHERE tenant_id = $1 AND month BETWEEN $6::date AND $7::date
        ) p
        GROUP BY product_id HAVING sum(units) > 0 ORDER BY sum(revenue_minor) DESC, product_id LIMIT $8`,
      [...segmentParams(checkedRange(range)), clampFirst(first)],
    );
    return rows.map((r) => ({
      productId: r.product_id,
      name: r.name,
      units: Number(r.units),
      revenueMinor: Number(r.revenue_minor),
      chatUnits: Number(r.chat_units),
    }));
  }
}

/**
 * $2..$7 of a query reading daily rows for the loose days and monthly rows for whole months: two day
 * ranges and one month range, null where there is none (BETWEEN null matches nothing).
 */
function segmentParams(range: DateRange): Array<string | null> {
  const { months, days } = monthsAndDays(range);
  const [a, b] = [days[0] ?? null, days[1] ?? null];
  return [a?.from ?? null, a?.to ?? null, b?.from ?? null, b?.to ?? null, months?.from ?? null, months?.to ?? null];
}

function clampFirst(first: number): number {
  return Math.max(1, Math.min(MAX_LIST_SIZE, Math.floor(first)));
}
