import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { EmptyState } from '../shared/empty-state';
import type { AnalyticsFigures, DashboardData, DayRange, Granularity } from './analytics.models';
import { BarChart, type ChartBar, type ChartSeries } from './bar-chart';
import { DASHBOARD } from './dashboard.graphql';
import { dateOf, dayOf, parseGranularity, parseRange } from './day-range-params';
import { formatChange, formatCount, formatDuration, formatMoney, formatPercent, intentLabel, periodLabel } from './figure-format';
import { KpiCard } from './kpi-card';

interface Kpi {
  readonly label: string;
  readonly value: string;
  readonly change: string | null;
  readonly hint: string;
  readonly link?: { label: string; path: string; query?: Record<string, string> };
}

const CONVERSATION_SERIES: readonly ChartSeries[] = [
  { key: 'botResolved', label: 'Resolved by the assistant', color: '#2e7d32' },
  { key: 'handedOff', label: 'Handed to a person', color: '#ef8f00' },
  { key: 'other', label: 'Other', color: '#90a4ae' },
];
const MESSAGE_SERIES: readonly ChartSeries[] = [
  { key: 'visitor', label: 'Visitors', color: '#1565c0' },
  { key: 'bot', label: 'Assistant', color: '#7e57c2' },
  { key: 'agent', label: 'Team', color: '#00897b' },
];

/** What the store learns from its conversations: headline figures, trends and what visitors ask for. */
@Component({
  selector: 'sd-dashboard-page',
  imports: [BarChart, EmptyState, KpiCard, MatButtonToggleModule, MatDatepickerModule, MatFormFieldModule, MatIconModule, MatProgressBarModule],
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
    return summary ? kpisOf(summary.current, summary.previous) : [];
  });
  protected readonly isEmpty = computed(() => {
    const current = this.data()?.analyticsSummary.current;
    return !!current && current.conversations === 0 && current.messages.total === 0 && current.orders === 0;
  });

  protected readonly conversationSeries = CONVERSATION_SERIES;
  protected readonly messageSeries = MESSAGE_SERIES;
  protected readonly conversationBars = computed<ChartBar[]>(() =>
    (this.data()?.analyticsSeries ?? []).map((p) => ({
      label: periodLabel(p.from, this.granularity() === 'MONTH'),
      values: {
        botResolved: p.figures.botResolved,
        handedOff: p.figures.handedOff,
        other: Math.max(0, p.figures.conversations - p.figures.botResolved - p.figures.handedOff),
      },
    })),
  );
  protected readonly messageBars = computed<ChartBar[]>(() =>
    (this.data()?.analyticsSeries ?? []).map((p) => ({
      label: periodLabel(p.from, this.granularity() === 'MONTH'),
      values: { visitor: p.figures.messages.visitor, bot: p.figures.messages.bot, agent: p.figures.messages.agent },
    })),
  );
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
  protected readonly intentLabel = intentLabel;

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

function kpisOf(now: AnalyticsFigures, before: AnalyticsFigures): Kpi[] {
  return [
    { label: 'Conversations', value: formatCount(now.conversations), change: formatChange(now.conversations, before.conversations, 'count'), hint: 'started in this period' },
    {
      label: 'Resolved by the assistant',
      value: formatPercent(now.botResolutionRate),
      change: formatChange(now.botResolutionRate, before.botResolutionRate, 'rate'),
      hint: `${formatCount(now.botResolved)} with no person and no return in 24 h`,
    },
    {
      label: 'Handoff rate',
      value: formatPercent(now.handoffRate),
      change: formatChange(now.handoffRate, before.handoffRate, 'rate'),
      hint: `${formatCount(now.handedOff)} needed a person`,
      link: { label: 'Waiting now', path: '/conversations', query: { status: 'waiting_for_human' } },
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
      label: 'Searches without result',
      value: formatCount(now.searchesWithoutResult),
      change: null,
      hint: `of ${formatCount(now.searches)} searches`,
    },
  ];
}
