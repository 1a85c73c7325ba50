import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { dateOf, lastDays, parseRange } from '../dashboard/day-range-params';
import { formatCount } from '../dashboard/figure-format';
import { EmptyState } from '../shared/empty-state';
import { DEMAND_GAPS } from './demand-gaps.graphql';

const LIST_SIZE = 50;
const PRESETS = [7, 30, 90] as const;

/** What visitors searched for and did not find: products the store does not sell, or cannot be found under that name. */
@Component({
  selector: 'sd-demand-gaps-page',
  imports: [EmptyState, MatButtonToggleModule, MatProgressBarModule],
  template: `
    <header class="page-header">
      <div>
        <h1>Demand gaps</h1>
        <p class="subtitle">Searches that found nothing from {{ range().from }} to {{ range().to }}: what people ask for that the store does not sell.</p>
      </div>
      <mat-button-toggle-group [value]="preset()" (change)="showLast($event.value)" aria-label="Period" hideSingleSelectionIndicator>
        @for (days of presets; track days) {
          <mat-button-toggle [value]="days">Last {{ days }} days</mat-button-toggle>
        }
      </mat-button-toggle-group>
    </header>
    @if (gaps.isLoading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading demand gaps" />
    }
    @if (gaps.error()) {
      <sd-empty-state icon="error" heading="The demand gaps could not be loaded">
        <p>Check your connection and reload the page.</p>
      </sd-empty-state>
    } @else if (items().length) {
      <table>
        <thead>
          <tr>
            <th scope="col">Searched for</th>
            <th scope="col" class="num">Found nothing</th>
            <th scope="col" class="num">Searches</th>
            <th scope="col">Last asked</th>
          </tr>
        </thead>
        <tbody>
          @for (gap of items(); track gap.term) {
            <tr>
              <td>“{{ gap.term }}”</td>
              <td class="num">{{ count(gap.misses) }}</td>
              <td class="num">{{ count(gap.searches) }}</td>
              <td>{{ gap.lastMissedOn }}</td>
            </tr>
          }
        </tbody>
      </table>
      <p class="hint">Consider selling what comes up often, or add the word to a product's name or tags if you already sell it.</p>
    } @else if (gaps.hasValue()) {
      <sd-empty-state icon="inbox" heading="Every search found something">
        <p>Searches that find nothing will show up here.</p>
      </sd-empty-state>
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 24px;
      max-width: 1040px;
      margin: 0 auto;
    }
    .page-header {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: flex-start;
      gap: 16px;
      margin-bottom: 16px;
    }
    h1 {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    .subtitle,
    .hint {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .hint {
      margin-top: 12px;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      background: var(--mat-sys-surface);
    }
    th,
    td {
      text-align: left;
      padding: 10px 12px;
      border-bottom: 1px solid var(--mat-sys-surface-container-high);
    }
    th {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DemandGapsPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** The range lives in the URL (`?from=&to=`), the same parameters as the dashboard's, which links here. */
  private readonly params = toSignal(this.route.queryParamMap, { initialValue: this.route.snapshot.queryParamMap });
  protected readonly range = computed(() => parseRange(this.params().get('from'), this.params().get('to'), new Date()));
  protected readonly presets = PRESETS;
  protected readonly preset = computed(() => {
    const { from, to } = this.range();
    return PRESETS.find((days) => lastDays(days, dateOf(to)).from === from) ?? null;
  });
  protected readonly count = formatCount;

  protected readonly gaps = rxResource({
    params: () => this.range(),
    stream: ({ params }) =>
      this.apollo
        .query({ query: DEMAND_GAPS, variables: { range: params, first: LIST_SIZE }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.analyticsDemandGaps ?? [])),
  });
  protected readonly items = computed(() => (this.gaps.hasValue() ? this.gaps.value() : []));

  protected showLast(days: number): void {
    const range = lastDays(days, new Date());
    void this.router.navigate([], { relativeTo: this.route, queryParams: { from: range.from, to: range.to } });
  }
}
