import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { ChartConfiguration, ChartType } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';

/** A Chart.js chart (through ng2-charts) with a text description for screen readers; reports which point or slice was clicked. */
@Component({
  selector: 'sd-analytics-chart',
  imports: [BaseChartDirective],
  template: `
    <div class="frame" [style.height.px]="height()">
      <canvas baseChart role="img" [attr.aria-label]="description()" [type]="config().type" [data]="config().data" [options]="config().options" (chartClick)="clicked($event.active)"></canvas>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .frame {
      position: relative;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalyticsChart {
  readonly config = input.required<ChartConfiguration<ChartType>>();
  readonly description = input.required<string>();
  readonly height = input(240);
  /** Index of the clicked period, bar or slice. */
  readonly picked = output<number>();

  protected clicked(active: object[] | undefined): void {
    const first = active?.[0] as { index?: number } | undefined;
    if (first?.index !== undefined) this.picked.emit(first.index);
  }
}
