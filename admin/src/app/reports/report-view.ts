import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { EmptyState } from '../shared/empty-state';
import { REPORT } from './reports.graphql';

const RECOMMENDATION_LABELS: Readonly<Record<string, string>> = {
  restock: 'Stock',
  faq: 'FAQ',
  assortment: 'Assortment',
  staffing: 'Team',
};

/** One report: its narrative, the recommendations and the figures it was written from. */
@Component({
  selector: 'sd-report-view',
  imports: [DatePipe, EmptyState, MatProgressBarModule],
  template: `
    @if (report.isLoading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading report" />
    }
    @if (report.error()) {
      <sd-empty-state icon="error" heading="This report could not be loaded">
        <p>It may have been removed, or the connection dropped.</p>
      </sd-empty-state>
    } @else if (detail(); as r) {
      <article>
        <h2>{{ r.title }}</h2>
        <p class="meta">{{ r.kind === 'WEEKLY' ? 'Weekly report' : 'Written on demand' }} · {{ r.createdAt | date: 'medium' }} · {{ authorship() }}</p>
        @for (paragraph of paragraphs(); track $index) {
          <p>{{ paragraph }}</p>
        }
        @if (r.recommendations.length) {
          <h3>Recommendations</h3>
          <ul class="recommendations">
            @for (rec of r.recommendations; track $index) {
              <li><span class="tag">{{ label(rec.kind) }}</span>{{ rec.text }}</li>
            }
          </ul>
        }
        <h3>Figures used</h3>
        <table>
          <tbody>
            @for (figure of r.figures; track figure.key) {
              <tr>
                <th scope="row">{{ figure.label }}</th>
                <td>{{ figure.display }}</td>
              </tr>
            }
          </tbody>
        </table>
      </article>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    article {
      max-width: 760px;
      padding: 24px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    h3 {
      margin: 24px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .meta {
      margin-top: 4px;
      color: var(--mat-sys-on-surface-variant);
    }
    p {
      line-height: 1.6;
    }
    .recommendations {
      padding-left: 0;
      list-style: none;
      display: grid;
      gap: 8px;
    }
    .recommendations li {
      padding: 10px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    .tag {
      display: inline-block;
      margin-right: 8px;
      padding: 0 8px;
      border-radius: 10px;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-surface-container-high);
      font-weight: normal;
    }
    td {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportView {
  private readonly apollo = inject(Apollo);

  /** Bound from the route's `:id`. */
  readonly id = input.required<string>();

  protected readonly report = rxResource({
    params: () => ({ id: this.id() }),
    stream: ({ params }) =>
      this.apollo.query({ query: REPORT, variables: params }).pipe(
        map((result) => {
          if (!result.data) throw new Error('No report in the response');
          return result.data.analyticsReport;
        }),
      ),
  });
  protected readonly detail = computed(() => (this.report.hasValue() ? this.report.value() : null));
  protected readonly paragraphs = computed(() => this.detail()?.narrative.split(/\n{2,}/) ?? []);
  protected readonly authorship = computed(() =>
    this.detail()?.narratedBy === 'model' ? 'summary written by AI from the figures below' : 'summary written from the figures below',
  );

  protected label(kind: string): string {
    return RECOMMENDATION_LABELS[kind] ?? kind;
  }
}
