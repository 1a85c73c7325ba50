import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { StockOutPrediction } from './analytics.models';
import { formatCount, NO_VALUE } from './figure-format';

/** Variants that will run out soonest at their current rate of sale, and those already below their threshold. */
@Component({
  selector: 'sd-stock-out-table',
  template: `
    @if (predictions().length) {
      <table>
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col" class="num">Left</th>
            <th scope="col" class="num">A day</th>
            <th scope="col" class="day">Runs out</th>
          </tr>
        </thead>
        <tbody>
          @for (p of predictions(); track p.variantId) {
            <tr>
              <td>
                {{ p.name ?? 'Variant never sold' }}
                @if (p.sku) {
                  <span class="sku">{{ p.sku }}</span>
                }
                @if (p.lowStock) {
                  <span class="low">low stock</span>
                }
              </td>
              <td class="num">{{ count(p.available) }}</td>
              <td class="num">{{ p.unitsPerDay ? p.unitsPerDay.toFixed(1) : noValue }}</td>
              <td class="day">{{ p.stockOutOn ?? noValue }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="none">Nothing is selling fast enough to run out, and nothing is below its low-stock threshold.</p>
    }
  `,
  styles: `
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: left;
      padding: 6px 8px 6px 0;
      border-bottom: 1px solid var(--mat-sys-surface-container-high);
    }
    th {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .day {
      white-space: nowrap;
    }
    .sku {
      margin-left: 6px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .low {
      margin-left: 6px;
      padding: 0 6px;
      border-radius: 8px;
      background: #fdecea;
      color: #a4262c;
      font: var(--mat-sys-label-small);
    }
    .none {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StockOutTable {
  readonly predictions = input.required<readonly StockOutPrediction[]>();
  protected readonly count = formatCount;
  protected readonly noValue = NO_VALUE;
}
