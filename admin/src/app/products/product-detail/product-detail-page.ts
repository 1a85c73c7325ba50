import { CurrencyPipe, DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { AuthSession } from '../../core/auth/auth-session';
import { type Observable, firstValueFrom } from 'rxjs';
import { Clock } from '../../core/time/clock';
import type { StockLocation } from '../../inventory/inventory.models';
import { STOCK_LEVELS, STOCK_LOCATIONS, STOCK_MOVEMENTS } from '../../inventory/inventory.graphql';
import { LowStockThresholdDialog } from '../../inventory/low-stock-threshold-dialog';
import { MovementTable } from '../../inventory/movement-table';
import { StockAdjustDialog } from '../../inventory/stock-adjust-dialog';
import { stockRowsForVariants, type StockRow } from '../../inventory/stock-rows';
import { StockTable } from '../../inventory/stock-table';
import { StockTransferDialog, type StockTransferData } from '../../inventory/stock-transfer-dialog';
import { variantRefsOf } from '../../inventory/variant-refs';
import { Chip } from '../../shared/chip';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { EmptyState } from '../../shared/empty-state';
import { LoadFailed } from '../../shared/load-failed';
import { PRODUCT_STATUSES, PRODUCT_STATUS_LABELS, productStatusLabel, productStatusTone, variantLabel, type ProductStatus } from '../catalog.models';
import { deleteProductsConfirmation } from '../delete-products-confirmation';
import { DELETE_PRODUCTS, SET_PRODUCT_STATUS } from '../products-page.graphql';
import { StaffPermissions } from '../staff-permissions';
import { PRODUCT_DETAIL } from './product-detail.graphql';
import { galleryOf, ownAttributes, saleState, soldAsItself } from './product-facts';

const MOVEMENTS_SHOWN = 30;

/** One product: its facts, variants, pictures and attributes, its stock per location and the stock history. */
@Component({
  selector: 'sd-product-detail-page',
  imports: [
    Chip,
    CurrencyPipe,
    DatePipe,
    DecimalPipe,
    EmptyState,
    LoadFailed,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MovementTable,
    RouterLink,
    StockTable,
  ],
  templateUrl: './product-detail-page.html',
  styleUrl: './product-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductDetailPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly permissions = inject(StaffPermissions);

  /** Bound from the route's `:id`. */
  readonly id = input.required<string>();

  protected readonly now = inject(Clock).now;
  private readonly session = inject(AuthSession);
  protected readonly me = computed(() => this.session.user()?.id ?? null);
  protected readonly canEditCatalog = this.permissions.canEditCatalog;
  protected readonly canEditInventory = this.permissions.canEditInventory;
  protected readonly statuses = PRODUCT_STATUSES;
  protected readonly statusLabels = PRODUCT_STATUS_LABELS;
  protected readonly statusLabel = productStatusLabel;
  protected readonly statusTone = productStatusTone;
  protected readonly variantLabel = variantLabel;
  protected readonly saleState = saleState;

  protected readonly product = resource({
    params: () => ({ id: this.id() }),
    loader: async ({ params }) => {
      const result = await firstValueFrom(this.apollo.query({ query: PRODUCT_DETAIL, variables: { id: params.id }, fetchPolicy: 'network-only' }));
      return result.data?.product ?? null;
    },
  });
  protected readonly loaded = computed(() => this.product.value() ?? null);
  protected readonly attributes = computed(() => {
    const product = this.loaded();
    return product ? ownAttributes(product) : [];
  });
  protected readonly gallery = computed(() => {
    const product = this.loaded();
    return product ? galleryOf(product) : [];
  });
  protected readonly simple = computed(() => {
    const product = this.loaded();
    return product ? soldAsItself(product) : false;
  });
  protected readonly selectedImage = linkedSignal(() => this.gallery()[0] ?? null);
  /** Equal while the variants are the same, so reloading the product after a stock change keeps the history shown. */
  private readonly variantRefs = computed(
    () => {
      const product = this.loaded();
      return product ? variantRefsOf([product]) : [];
    },
    { equal: (a, b) => a.length === b.length && a.every((v, i) => v.variantId === b[i].variantId && v.sku === b[i].sku && v.options === b[i].options) },
  );
  protected readonly variantsById = computed(() => new Map(this.variantRefs().map((v) => [v.variantId, v])));

  protected readonly locations = resource({
    loader: async () => (await firstValueFrom(this.apollo.query({ query: STOCK_LOCATIONS, fetchPolicy: 'network-only' }))).data?.stockLocations ?? [],
  });
  private readonly locationList = computed<readonly StockLocation[]>(() => this.locations.value() ?? []);

  protected readonly stock = resource({
    params: () => ({ variants: this.variantRefs(), locations: this.locationList() }),
    loader: async ({ params }) => {
      if (!params.variants.length) return [];
      const result = await firstValueFrom(
        this.apollo.query({
          query: STOCK_LEVELS,
          variables: { variantIds: params.variants.map((v) => v.variantId), locationId: null, lowStockOnly: false },
          fetchPolicy: 'network-only',
        }),
      );
      return stockRowsForVariants(params.variants, result.data?.stockLevels ?? [], params.locations, null);
    },
  });

  /** The variant whose movements are listed; the first one until another row's history is asked for. */
  protected readonly historyVariantId = linkedSignal(() => this.variantRefs()[0]?.variantId ?? null);
  protected readonly historyLabel = computed(() => {
    const id = this.historyVariantId();
    return (id ? this.variantsById().get(id)?.sku : null) ?? this.loaded()?.sku ?? '';
  });
  protected readonly movements = resource({
    params: () => ({ variantId: this.historyVariantId() }),
    loader: async ({ params }) => {
      if (!params.variantId) return [];
      const result = await firstValueFrom(
        this.apollo.query({ query: STOCK_MOVEMENTS, variables: { variantId: params.variantId, first: MOVEMENTS_SHOWN }, fetchPolicy: 'network-only' }),
      );
      return result.data?.stockMovements ?? [];
    },
  });

  protected readonly busy = signal(false);

  protected async changeStatus(status: ProductStatus): Promise<void> {
    const product = this.loaded();
    if (!product || product.status === status || this.busy()) return;
    this.busy.set(true);
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: SET_PRODUCT_STATUS, variables: { ids: [product.id], status } }));
      this.snackBar.open(`Status set to ${PRODUCT_STATUS_LABELS[status]}`, undefined, { duration: 3000 });
      this.product.reload();
    } catch {
      this.snackBar.open('The status didn’t change. Try again.', undefined, { duration: 6000 });
    } finally {
      this.busy.set(false);
    }
  }

  protected async delete(): Promise<void> {
    const product = this.loaded();
    if (!product) return;
    if (!(await ConfirmDialog.ask(this.dialog, deleteProductsConfirmation(1)))) return;
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: DELETE_PRODUCTS, variables: { ids: [product.id] } }));
      this.snackBar.open(`${product.name} deleted`, undefined, { duration: 4000 });
      void this.router.navigate(['/products']);
    } catch {
      this.snackBar.open('The product wasn’t deleted. Try again.', undefined, { duration: 6000 });
    }
  }

  protected showHistory(row: StockRow): void {
    this.historyVariantId.set(row.variant.variantId);
  }

  protected async adjust(row: StockRow): Promise<void> {
    await this.afterDialog(this.dialog.open<StockAdjustDialog, StockRow, boolean>(StockAdjustDialog, { data: row }).afterClosed(), row, 'Stock updated');
  }

  protected async transfer(row: StockRow): Promise<void> {
    const data: StockTransferData = { row, locations: this.locationList() };
    await this.afterDialog(this.dialog.open<StockTransferDialog, StockTransferData, boolean>(StockTransferDialog, { data }).afterClosed(), row, 'Stock transferred');
  }

  protected async threshold(row: StockRow): Promise<void> {
    await this.afterDialog(
      this.dialog.open<LowStockThresholdDialog, StockRow, boolean>(LowStockThresholdDialog, { data: row }).afterClosed(),
      row,
      'Low-stock alert saved',
    );
  }

  private async afterDialog(closed: Observable<boolean | undefined>, row: StockRow, message: string): Promise<void> {
    if (!(await firstValueFrom(closed))) return;
    this.snackBar.open(message, undefined, { duration: 3000 });
    // Variant stock totals on the product change too.
    this.product.reload();
    this.stock.reload();
    if (this.historyVariantId() === row.variant.variantId) this.movements.reload();
    else this.historyVariantId.set(row.variant.variantId);
    if (!this.locationList().length) this.locations.reload();
  }
}
