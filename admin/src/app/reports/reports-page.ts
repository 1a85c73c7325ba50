import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { EmptyState } from '../shared/empty-state';
import { GENERATE_REPORT, REPORTS } from './reports.graphql';

const LIST_SIZE = 50;

/** Written reports: the list on the left, the open report on the right, and "generate now". */
@Component({
  selector: 'sd-reports-page',
  imports: [DatePipe, EmptyState, MatButtonModule, MatProgressBarModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <aside class="list" aria-label="Reports">
      <header>
        <h1>Reports</h1>
        <button mat-flat-button type="button" (click)="generate()" [disabled]="generating()">Generate now</button>
      </header>
      @if (generating() || reports.isLoading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Working" />
      }
      @for (report of items(); track report.id) {
        <a class="item" [routerLink]="[report.id]" routerLinkActive="active" ariaCurrentWhenActive="page">
          <span class="title">{{ report.title }}</span>
          <span class="meta">{{ report.kind === 'WEEKLY' ? 'Weekly' : 'On demand' }} · written {{ report.createdAt | date: 'medium' }}</span>
        </a>
      } @empty {
        @if (!reports.isLoading()) {
          <sd-empty-state icon="bar-chart" heading="No reports yet" [level]="2">
            <p>A report is written every Monday for the week before. Generate one now to see the last 7 days.</p>
          </sd-empty-state>
        }
      }
    </aside>
    <section class="detail">
      <router-outlet />
    </section>
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: minmax(260px, 340px) 1fr;
      height: 100%;
      min-height: 0;
    }
    .list {
      border-right: 1px solid var(--mat-sys-outline-variant);
      overflow: auto;
    }
    header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
      padding: 16px;
    }
    h1 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .item {
      display: flex;
      flex-direction: column;
      gap: 2px;
      padding: 12px 16px;
      color: inherit;
      text-decoration: none;
      border-bottom: 1px solid var(--mat-sys-surface-container-high);
    }
    .item.active {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .title {
      font: var(--mat-sys-title-small);
    }
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .detail {
      overflow: auto;
      min-width: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly generating = signal(false);
  protected readonly reports = rxResource({
    stream: () =>
      this.apollo
        .query({ query: REPORTS, variables: { first: LIST_SIZE }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.analyticsReports.edges.map((edge) => edge.node) ?? [])),
  });
  protected readonly items = computed(() => (this.reports.hasValue() ? this.reports.value() : []));

  protected async generate(): Promise<void> {
    this.generating.set(true);
    try {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: GENERATE_REPORT, variables: {} }));
      const report = result.data?.generateAnalyticsReport;
      if (!report) throw new Error('No report in the response');
      this.reports.reload();
      await this.router.navigate(['/reports', report.id]);
    } catch {
      this.snackBar.open('The report could not be written. Please try again.', 'Dismiss', { duration: 6000 });
    } finally {
      this.generating.set(false);
    }
  }
}
