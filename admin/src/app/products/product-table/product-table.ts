import { CurrencyPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Chip } from '../../shared/chip';
import { productStatusLabel, productStatusTone, type ProductSummary } from '../catalog.models';
import { pageSelectionState } from '../product-selection';

/** One page of products with checkboxes for bulk actions; rows link to the product. */
@Component({
  selector: 'sd-product-table',
  imports: [Chip, CurrencyPipe, MatCheckboxModule, MatIconModule, RouterLink],
  templateUrl: './product-table.html',
  styleUrl: './product-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductTable {
  readonly products = input.required<readonly ProductSummary[]>();
  readonly selected = input.required<ReadonlySet<string>>();
  readonly selectable = input(true);
  readonly toggle = output<string>();
  readonly togglePage = output<void>();

  protected readonly statusLabel = productStatusLabel;
  protected readonly statusTone = productStatusTone;

  protected readonly pageState = computed(() =>
    pageSelectionState(
      this.selected(),
      this.products().map((p) => p.id),
    ),
  );
}
