import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../../platform/context/tenant-context';
import { TenantDataService } from '../../../platform/database/tenant-data.service';
import { InventoryService } from '../../inventory/inventory.service';
import { DailyRollup } from '../entities/daily-rollup.entity';
import { VariantRollup } from '../entities/variant-rollup.entity';
import { TenantTimeZones } from '../../tenancy/tenant-time-zones';
import { addDays, localDay } from '../local-day';
import { daysOfStockLeft, HOLT_ALPHA, HOLT_BETA, holtLinearForecast } from './forecasting';

/** Days of sales the stock-out rate is averaged over, ending yesterday (today is not over yet). */
export const VELOCITY_DAYS = 28;
/** Days of history the sales forecast is fitted to, ending yesterday. */
export const FORECAST_HISTORY_DAYS = 56;
export const MAX_FORECAST_DAYS = 90;

/** How names are compared when everything else ties (the same as String#localeCompare, built once). */
const NAME_ORDER = new Intl.Collator();

export interface StockOutPrediction {
  variantId: string;
  productId: string | null;
  sku: string | null;
  name: string | null;
  available: number;
  /** Units sold per day, averaged over the last VELOCITY_DAYS complete days. */
  unitsPerDay: number;
  daysLeft: number | null;
  /** The store-local day the stock runs out at that rate; null when it does not sell. */
  stockOutOn: string | null;
  /** At or below the low-stock threshold set in inventory. */
  lowStock: boolean;
}

export interface ForecastDay {
  day: string;
  orders: number;
  revenueMinor: number;
}

export interface SalesForecast {
  method: string;
  historyFrom: string;
  historyTo: string;
  days: ForecastDay[];
  orders: number;
  revenueMinor: number;
}

interface SoldVariant {
  variant_id: string;
  product_id: string;
  sku: string;
  name: string;
  units: string;
}

/** Predictions from the rollups: when stock runs out at the current rate of sale, and the coming days' sales. */
@Injectable()
export class AnalyticsForecastService {
  constructor(
    private readonly data: TenantDataService,
    private readonly zones: TenantTimeZones,
    private readonly inventory: InventoryService,
  ) {}

  /**
   * Variants that sold lately or are low on stock, soonest stock-out first. The rate is a moving
   * average: units sold over the last VELOCITY_DAYS complete days divided by VELOCITY_DAYS; the stock
   * runs out `ceil(available / rate)` days from today.
   */
  async stockOutPredictions(ctx: TenantContext, first: number): Promise<StockOutPrediction[]> {
    const today = localDay(new Date(), await this.zones.of(ctx));
    const [sold, low] = await Promise.all([
      this.data.repo(ctx, VariantRollup).sql<SoldVariant>(
        `SELECT variant_id, max(product_id) AS product_id, max(sku) AS sku, max(name) AS name, sum(units) AS units FROM analytics_variant_daily
          WHERE tenant_id = $1 AND day BETWEEN $2 AND $3 GROUP BY variant_id HAVING sum(units) > 0`,
        [addDays(today, -VELOCITY_DAYS), addDays(today, -1)],
      ),
      this.inventory.levels(ctx, { lowStockOnly: true }),
    ]);
    const lowIds = new Set(low.map((level) => level.variantId));
    const soldIds = new Set(sold.map((row) => row.variant_id));
    const named = new Map(sold.map((row) => [row.variant_id, row]));
    for (const row of await this.lastKnownNames(ctx, [...lowIds].filter((id) => !soldIds.has(id)))) named.set(row.variant_id, row);
    const available = await this.inventory.availableByVariant(ctx, [...new Set([...soldIds, ...lowIds])]);

    // Ordered by whole days left (what the stock-out day is) before any day is written out: only the
    // `first` that are shown need one, and stores have thousands of selling variants.
    const ranked = [...available].map(([variantId, units]) => {
      const row = named.get(variantId);
      const unitsPerDay = soldIds.has(variantId) ? Number(row!.units) / VELOCITY_DAYS : 0;
      const daysLeft = daysOfStockLeft(units, unitsPerDay);
      return { variantId, units, row, unitsPerDay, daysLeft, wholeDaysLeft: daysLeft === null ? Infinity : Math.ceil(daysLeft), lowStock: lowIds.has(variantId) };
    });
    ranked.sort(
      (a, b) => a.wholeDaysLeft - b.wholeDaysLeft || Number(b.lowStock) - Number(a.lowStock) || NAME_ORDER.compare(a.row?.name ?? '', b.row?.name ?? ''),
    );
    return ranked.slice(0, first).map(
      ({ variantId, units, row, unitsPerDay, daysLeft, lowStock }): StockOutPrediction => ({
        variantId,
        productId: row?.product_id ?? null,
        sku: row?.sku || null,
        name: row?.name ?? null,
        available: units,
        unitsPerDay,
        daysLeft,
        stockOutOn: daysLeft === null ? null : addDays(today, Math.ceil(daysLeft)),
        lowStock,
      }),
    );
  }

  /** Orders and revenue for the `horizon` days from today, by Holt's linear smoothing of the last FORECAST_HISTORY_DAYS complete days. */
  async salesForecast(ctx: TenantContext, horizon: number): Promise<SalesForecast> {
    const today = localDay(new Date(), await this.zones.of(ctx));
    const historyFrom = addDays(today, -FORECAST_HISTORY_DAYS);
    const historyTo = addDays(today, -1);
    const rows = await this.data.repo(ctx, DailyRollup).sql<{ day: string; orders: number; revenue_minor: string }>(
      `SELECT day::text AS day, orders, revenue_minor FROM analytics_daily WHERE tenant_id = $1 AND day BETWEEN $2 AND $3`,
      [historyFrom, historyTo],
    );
    const byDay = new Map(rows.map((row) => [row.day, row]));
    const history = Array.from({ length: FORECAST_HISTORY_DAYS }, (_, i) => byDay.get(addDays(historyFrom, i)));
    const orders = holtLinearForecast(history.map((row) => Number(row?.orders ?? 0)), horizon);
    const revenue = holtLinearForecast(history.map((row) => Number(row?.revenue_minor ?? 0)), horizon);
    const days = orders.map((value, i) => ({ day: addDays(today, i), orders: round2(value), revenueMinor: Math.round(revenue[i]) }));
    return {
      method: `Holt's linear smoothing (alpha ${HOLT_ALPHA}, beta ${HOLT_BETA}) of daily paid orders and revenue, ${FORECAST_HISTORY_DAYS} days up to yesterday`,
      historyFrom,
      historyTo,
      days,
      orders: round2(days.reduce((sum, d) => sum + d.orders, 0)),
      revenueMinor: days.reduce((sum, d) => sum + d.revenueMinor, 0),
    };
  }

  private lastKnownNames(ctx: TenantContext, variantIds: string[]): Promise<SoldVariant[]> {
    if (!variantIds.length) return Promise.resolve([]);
    return this.data.repo(ctx, VariantRollup).sql<SoldVariant>(
      `SELECT DISTINCT ON (variant_id) variant_id, product_id, sku, name, '0' AS units FROM analytics_variant_daily
        WHERE tenant_id = $1 AND variant_id = ANY($2::uuid[]) ORDER BY variant_id, day DESC`,
      [variantIds],
    );
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
