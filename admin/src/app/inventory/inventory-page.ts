import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Apollo } from 'apollo-angular';
import { AuthSession } from '../core/auth/auth-session';
import { type Observable, firstValueFrom, map } from 'rxjs';
import { StaffPermissions } from '../products/staff-permissions';
import { EmptyState } from '../shared/empty-state';
import { LoadFailed } from '../shared/load-failed';
import { ListPager } from '../shared/list-pager';
import { UrlListState } from '../shared/url-list-state';
import { inventoryListQuery, parseInventoryListParams } from './inventory-list-params';
import type { StockLocation } from './inventory.models';
import { STOCK_LEVELS, STOCK_LOCATIONS, STOCK_MOVEMENTS } from './inventory.graphql';
import { LowStockThresholdDialog } from './low-stock-threshold-dialog';
import { MovementTable } from './movement-table';
import { StockAdjustDialog } from './stock-adjust-dialog';
import { StockLocationDialog } from './stock-location-dialog';
import { stockRowsForLevels, stockRowsForVariants, type StockRow } from './stock-rows';
import { StockTable } from './stock-table';
import { StockTransferDialog, type StockTransferData } from './stock-transfer-dialog';
import { VariantDirectory } from './variant-directory';
import { VARIANT_DIRECTORY } from './variant-directory.graphql';
import { variantRefsOf } from './variant-refs';

const PAGE_SIZE = 20;
const MOVEMENTS_SHOWN = 30;
const ALL_LOCATIONS = '';

interface StockPage {
  readonly rows: readonly StockRow[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

/** Stock per variant and location: low-stock filter, adjustments with a reason, transfers and the movement history. */
@Component({
  selector: 'sd-inventory-page',
  imports: [
    EmptyState,
    ListPager,
    LoadFailed,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    MovementTable,
    StockTable,
  ],
  templateUrl: './inventory-page.html',
  styleUrl: './inventory-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InventoryPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly directory = inject(VariantDirectory);

  protected readonly canEdit = inject(StaffPermissions).canEditInventory;
  private readonly session = inject(AuthSession);
  protected readonly me = computed(() => this.session.user()?.id ?? null);
  protected readonly allLocations = ALL_LOCATIONS;

  protected readonly url = new UrlListState({
    parse: parseInventoryListParams,
    query: inventoryListQuery,
    // Showing another variant's history keeps the list where it is.
    keepsPages: (change) => 'after' in change || 'variantId' in change,
  });
  protected readonly params = this.url.params;

  protected readonly locationsResource = rxResource({
    stream: () => this.apollo.query({ query: STOCK_LOCATIONS, fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.stockLocations ?? [])),
  });
  protected readonly locations = computed<readonly StockLocation[]>(() => this.locationsResource.value() ?? []);

  /** Only what decides the stock list: the history's variant changes nothing here. */
  private readonly listParams = computed(
    () => {
      const p = this.params();
      return { search: p.search, locationId: p.locationId, lowStockOnly: p.lowStockOnly, after: p.after };
    },
    { equal: (a, b) => a.search === b.search && a.locationId === b.locationId && a.lowStockOnly === b.lowStockOnly && a.after === b.after },
  );

  protected readonly stock = resource({
    params: () => ({ ...this.listParams(), locations: this.locations() }),
    loader: ({ params }) => (params.lowStockOnly ? this.lowStockPage(params.search, params.locationId, params.locations) : this.productPage(params, params.locations)),
  });
  protected readonly rows = computed(() => this.stock.value()?.rows ?? []);
  protected readonly failed = computed(() => this.stock.status() === 'error');

  protected readonly movements = resource({
    params: () => ({ variantId: this.params().variantId }),
    loader: async ({ params }) => {
      const result = await firstValueFrom(
        this.apollo.query({ query: STOCK_MOVEMENTS, variables: { variantId: params.variantId, first: MOVEMENTS_SHOWN }, fetchPolicy: 'network-only' }),
      );
      const movements = result.data?.stockMovements ?? [];
      const variants = await this.directory.lookup([...new Set(movements.map((m) => m.variantId))]);
      return { movements, variants };
    },
  });
  protected readonly historyVariant = computed(() => {
    const id = this.params().variantId;
    return id ? (this.movements.value()?.variants.get(id) ?? null) : null;
  });

  protected showHistory(row: StockRow): void {
    this.url.navigate({ variantId: row.variant.variantId });
    document.getElementById('movements-heading')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  protected async adjust(row: StockRow): Promise<void> {
    await this.afterDialog(this.dialog.open<StockAdjustDialog, StockRow, boolean>(StockAdjustDialog, { data: row }).afterClosed(), 'Stock updated');
  }

  protected async transfer(row: StockRow): Promise<void> {
    const data: StockTransferData = { row, locations: this.locations() };
    await this.afterDialog(this.dialog.open<StockTransferDialog, StockTransferData, boolean>(StockTransferDialog, { data }).afterClosed(), 'Stock transferred');
  }

  protected async threshold(row: StockRow): Promise<void> {
    await this.afterDialog(
      this.dialog.open<LowStockThresholdDialog, StockRow, boolean>(LowStockThresholdDialog, { data: row }).afterClosed(),
      'Low-stock alert saved',
    );
  }

  protected async addLocation(): Promise<void> {
    const created = await firstValueFrom(
      this.dialog.open<StockLocationDialog, readonly StockLocation[], StockLocation>(StockLocationDialog, { data: this.locations() }).afterClosed(),
    );
    if (!created) return;
    this.snackBar.open(`${created.name} added`, undefined, { duration: 3000 });
    this.locationsResource.reload();
  }

  protected retry(): void {
    this.stock.reload();
  }

  private async afterDialog(closed: Observable<boolean | undefined>, message: string): Promise<void> {
    if (!(await firstValueFrom(closed))) return;
    this.snackBar.open(message, undefined, { duration: 3000 });
    this.stock.reload();
    this.movements.reload();
    // A change can create the main warehouse on first use.
    if (!this.locations().length) this.locationsResource.reload();
  }

  /** A page of products (search, cursor) and the stock of their variants. */
  private async productPage(params: { search: string; locationId: string | null; after: string | null }, locations: readonly StockLocation[]): Promise<StockPage> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: VARIANT_DIRECTORY,
        variables: { search: params.search || null, first: PAGE_SIZE, after: params.after },
        fetchPolicy: 'network-only',
      }),
    );
    const connection = result.data?.products;
    if (!connection) throw new Error('No products in the response');
    const variants = variantRefsOf(connection.edges.map((e) => e.node));
    this.directory.remember(variants);
    const levels = variants.length
      ? await firstValueFrom(
          this.apollo.query({
            query: STOCK_LEVELS,
            variables: { variantIds: variants.map((v) => v.variantId), locationId: params.locationId, lowStockOnly: false },
            fetchPolicy: 'network-only',
          }),
        )
      : null;
    return {
      rows: stockRowsForVariants(variants, levels?.data?.stockLevels ?? [], locations, params.locationId),
      endCursor: connection.pageInfo.endCursor,
      hasNextPage: connection.pageInfo.hasNextPage,
    };
  }

  /** Every level at or below its alert threshold, named through the catalog; the search narrows them by name or SKU. */
  private async lowStockPage(search: string, locationId: string | null, locations: readonly StockLocation[]): Promise<StockPage> {
    const result = await firstValueFrom(
      this.apollo.query({ query: STOCK_LEVELS, variables: { variantIds: null, locationId, lowStockOnly: true }, fetchPolicy: 'network-only' }),
    );
    const levels = result.data?.stockLevels ?? [];
    const variants = await this.directory.lookup([...new Set(levels.map((l) => l.variantId))]);
    const words = search.toLowerCase();
    const rows = stockRowsForLevels(levels, variants, locations).filter(
      (row) => !words || `${row.variant.productName} ${row.variant.sku}`.toLowerCase().includes(words),
    );
    return { rows, endCursor: null, hasNextPage: false };
  }
}
