import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { EmptyState } from '../shared/empty-state';
import { AnalyticsChart } from './analytics-chart';
import { conversationsLink } from './conversations-link';
import type { AnalyticsFigures, DashboardData, DayRange, Granularity, SalesForecast } from './analytics.models';
import { intentsChart, messagesChart, sentimentChart, STATUS_ORDER, statusChart, trendChart } from './dashboard-charts';
import { DASHBOARD } from './dashboard.graphql';
import { dateOf, dayOf, parseGranularity, parseRange } from './day-range-params';
import { formatChange, formatCount, formatDecimal, formatDuration, formatMoney, formatPercent } from './figure-format';
import { KpiCard } from './kpi-card';
import { StockOutTable } from './stock-out-table';

interface Kpi {
  readonly label: string;
  readonly value: string;
  readonly change: string | null;
  readonly hint: string;
  readonly link?: { label: string; path: string; query?: Record<string, string> };
}

/** What the store learns from its conversations: headline figures, trends and what visitors ask for. */
@Component({
  selector: 'sd-dashboard-page',
  imports: [AnalyticsChart, EmptyState, KpiCard, MatButtonToggleModule, MatDatepickerModule, MatFormFieldModule, MatIconModule, MatProgressBarModule, RouterLink, StockOutTable],
  providers: [provideNativeDateAdapter()],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Range and granularity live in the URL (`?from=&to=&by=`) so a view can be shared and reloaded. */
  private readonly params = toSignal(this.route.queryParamMap, { initialValue: this.route.snapshot.queryParamMap });
  protected readonly range = computed(() => parseRange(this.params().get('from'), this.params().get('to'), new Date()));
  protected readonly granularity = computed(() => parseGranularity(this.params().get('by'), this.range()));
  protected readonly rangeStart = computed(() => dateOf(this.range().from));
  protected readonly rangeEnd = computed(() => dateOf(this.range().to));

  protected readonly dashboard = rxResource({
    params: () => ({ range: this.range(), granularity: this.granularity() }),
    stream: ({ params }) =>
      this.apollo.query({ query: DASHBOARD, variables: params, fetchPolicy: 'network-only' }).pipe(
        map((result) => {
          if (!result.data) throw new Error('No figures in the response');
          return result.data as DashboardData;
        }),
      ),
  });

  /** The latest figures; the previous ones stay on screen while a new period loads, so the page does not flash empty. */
  protected readonly data = linkedSignal<DashboardData | undefined, DashboardData | null>({
    source: () => (this.dashboard.hasValue() ? this.dashboard.value() : undefined),
    computation: (value, previous) => value ?? previous?.value ?? null,
  });
  protected readonly timeZone = computed(() => this.data()?.analyticsSummary.timeZone ?? null);
  protected readonly kpis = computed(() => {
    const summary = this.data()?.analyticsSummary;
    const forecast = this.data()?.analyticsSalesForecast;
    return summary && forecast ? kpisOf(summary.current, summary.previous, forecast, this.range()) : [];
  });
  protected readonly isEmpty = computed(() => {
    const current = this.data()?.analyticsSummary.current;
    return !!current && current.conversations === 0 && current.messages.total === 0 && current.orders === 0;
  });

  private readonly series = computed(() => this.data()?.analyticsSeries ?? []);
  protected readonly trend = computed(() => trendChart(this.series(), this.granularity(), this.data()?.analyticsSalesForecast.days ?? []));
  protected readonly statuses = computed(() => statusChart(this.data()!.analyticsSummary.current.byStatus));
  protected readonly intents = computed(() => intentsChart(this.data()?.analyticsTopIntents ?? []));
  protected readonly messages = computed(() => messagesChart(this.series(), this.granularity()));
  protected readonly sentiment = computed(() => sentimentChart(this.series(), this.granularity()));
  protected readonly funnel = computed(() => {
    const f = this.data()?.analyticsSummary.current.funnel;
    if (!f) return [];
    const top = Math.max(1, f.conversations);
    return [
      { label: 'Conversations', value: f.conversations, share: 1 },
      { label: 'Added to cart', value: f.carted, share: f.carted / top },
      { label: 'Ordered', value: f.ordered, share: f.ordered / top },
    ];
  });
  protected readonly formatMoney = formatMoney;
  protected readonly formatCount = formatCount;

  /** The picker reports the start first; the range applies once the end is picked too. */
  private readonly pickedStart = signal<Date | null>(null);

  protected pickStart(start: Date | null): void {
    this.pickedStart.set(start);
  }

  protected pickEnd(end: Date | null): void {
    const start = this.pickedStart() ?? this.rangeStart();
    if (!end || end < start) return;
    this.navigate({ from: dayOf(start), to: dayOf(end) }, null);
  }

  /** Drill-down: a clicked period becomes the range, by day. Forecast days (past the last period) have nothing to show. */
  protected openPeriod(index: number): void {
    const period = this.series()[index];
    if (period) this.navigate({ from: period.from, to: period.to }, 'DAY');
  }

  /** Drill-down: a clicked status opens the conversations of the period that have it now. */
  protected openStatus(index: number): void {
    const status = STATUS_ORDER[index];
    if (!status) return;
    const link = conversationsLink(this.range(), status);
    void this.router.navigate([link.path], { queryParams: link.query });
  }

  protected setGranularity(granularity: Granularity): void {
    this.navigate(this.range(), granularity);
  }

  private navigate(range: DayRange, granularity: Granularity | null): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { from: range.from, to: range.to, by: granularity?.toLowerCase() ?? null },
      queryParamsHandling: 'merge',
    });
  }
}

function kpisOf(now: AnalyticsFigures, before: AnalyticsFigures, forecast: SalesForecast, range: DayRange): Kpi[] {
  return [
    {
      label: 'Conversations',
      value: formatCount(now.conversations),
      change: formatChange(now.conversations, before.conversations, 'count'),
      hint: 'started in this period',
      link: { label: 'See them', ...conversationsLink(range) },
    },
    {
      label: 'Resolved by the assistant',
      value: formatPercent(now.botResolutionRate),
      change: formatChange(now.botResolutionRate, before.botResolutionRate, 'rate'),
      hint: `${formatCount(now.botResolved)} with no person and no return in 24 h`,
      link: { label: 'Resolved ones', ...conversationsLink(range, 'RESOLVED') },
    },
    {
      label: 'Handoff rate',
      value: formatPercent(now.handoffRate),
      change: formatChange(now.handoffRate, before.handoffRate, 'rate'),
      hint: `${formatCount(now.handedOff)} needed a person`,
      link: { label: 'Still waiting', ...conversationsLink(range, 'WAITING_FOR_HUMAN') },
    },
    { label: 'First reply, assistant', value: formatDuration(now.avgFirstResponseBotMs), change: null, hint: 'average' },
    { label: 'First reply, team', value: formatDuration(now.avgFirstResponseHumanMs), change: null, hint: 'average after a handoff' },
    { label: 'Messages', value: formatCount(now.messages.total), change: formatChange(now.messages.total, before.messages.total, 'count'), hint: 'from visitors, assistant and team' },
    { label: 'Orders from chat', value: formatCount(now.chatOrders), change: formatChange(now.chatOrders, before.chatOrders, 'count'), hint: `of ${formatCount(now.orders)} orders` },
    {
      label: 'Revenue from chat',
      value: formatMoney(now.chatRevenueMinor),
      change: formatChange(now.chatRevenueMinor, before.chatRevenueMinor, 'count'),
      hint: `average order ${formatMoney(now.chatAverageOrderValueMinor)}`,
    },
    {
      label: 'Revenue',
      value: formatMoney(now.revenueMinor),
      change: formatChange(now.revenueMinor, before.revenueMinor, 'count'),
      hint: `${formatCount(now.orders)} paid orders`,
    },
    {
      label: 'Forecast, next 30 days',
      value: formatMoney(forecast.revenueMinor),
      change: null,
      hint: `about ${formatCount(Math.round(forecast.orders))} paid orders (Holt's linear smoothing)`,
    },
    {
      label: 'Customer satisfaction',
      value: now.csatAverage === null ? formatDecimal(null) : `${formatDecimal(now.csatAverage)} / 5`,
      change: null,
      hint: `${formatCount(now.csatResponses)} ratings`,
    },
    {
      label: 'Visitor sentiment',
      value: formatDecimal(now.sentimentAverage, 2),
      change: null,
      hint: `−1 upset to +1 happy, ${formatCount(now.sentimentScored)} messages`,
    },
    {
      label: 'Searches without result',
      value: formatCount(now.searchesWithoutResult),
      change: null,
      hint: `of ${formatCount(now.searches)} searches`,
      link: { label: 'Demand gaps', path: '/demand-gaps' },
    },
  ];
}
