import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import type { StockRow } from './stock-rows';

/** Stock of variants at locations, with the changes a row allows. */
@Component({
  selector: 'sd-stock-table',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule, RouterLink],
  templateUrl: './stock-table.html',
  styleUrl: './stock-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StockTable {
  readonly rows = input.required<readonly StockRow[]>();
  /** Off inside a product's page, where every row is that product. */
  readonly showProduct = input(true);
  readonly canEdit = input(false);
  readonly canTransfer = input(false);
  readonly adjust = output<StockRow>();
  readonly transfer = output<StockRow>();
  readonly threshold = output<StockRow>();
  readonly history = output<StockRow>();
}
