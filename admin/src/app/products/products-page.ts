import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { EmptyState } from '../shared/empty-state';
import { LoadFailed } from '../shared/load-failed';
import { ListPager } from '../shared/list-pager';
import { UrlListState } from '../shared/url-list-state';
import { PRODUCT_STATUSES, PRODUCT_STATUS_LABELS, type ProductStatus } from './catalog.models';
import { CATALOG_STRUCTURE } from './catalog.graphql';
import { deleteProductsConfirmation } from './delete-products-confirmation';
import {
  PRODUCT_SORTS,
  PRODUCT_SORT_LABELS,
  effectiveSort,
  hasListFilters,
  parseProductListParams,
  productFilterOf,
  productListQuery,
} from './product-list-params';
import { togglePage, toggleSelection } from './product-selection';
import { ProductTable } from './product-table/product-table';
import { DELETE_PRODUCTS, PRODUCTS, SET_PRODUCT_STATUS } from './products-page.graphql';
import { StaffPermissions } from './staff-permissions';

const PAGE_SIZE = 25;
/** The select's value for "no filter": a select shows no text for a null value. */
const ANY = '';

/** The catalog: search, filters and status chips kept in the URL, and bulk status changes. */
@Component({
  selector: 'sd-products-page',
  imports: [
    EmptyState,
    ListPager,
    LoadFailed,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    ProductTable,
    RouterLink,
  ],
  templateUrl: './products-page.html',
  styleUrl: './products-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductsPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly canEdit = inject(StaffPermissions).canEditCatalog;
  protected readonly statuses = PRODUCT_STATUSES;
  protected readonly statusLabels = PRODUCT_STATUS_LABELS;
  protected readonly sorts = PRODUCT_SORTS;
  protected readonly sortLabels = PRODUCT_SORT_LABELS;
  protected readonly any = ANY;

  protected readonly url = new UrlListState({ parse: parseProductListParams, query: productListQuery });
  protected readonly params = this.url.params;
  protected readonly sort = computed(() => effectiveSort(this.params()));
  protected readonly filtered = computed(() => hasListFilters(this.params()));

  private readonly structure = rxResource({
    stream: () => this.apollo.query({ query: CATALOG_STRUCTURE, fetchPolicy: 'network-only' }).pipe(map((r) => r.data)),
  });
  protected readonly categories = computed(() => this.structure.value()?.categories ?? []);
  protected readonly brands = computed(() => this.structure.value()?.brands ?? []);

  protected readonly list = rxResource({
    params: () => this.params(),
    stream: ({ params }) =>
      this.apollo
        .query({
          query: PRODUCTS,
          variables: {
            search: params.search || null,
            filter: productFilterOf(params),
            sort: effectiveSort(params),
            first: PAGE_SIZE,
            after: params.after,
          },
          fetchPolicy: 'network-only',
        })
        .pipe(
          map((result) => {
            if (!result.data) throw new Error('No products in the response');
            return result.data.products;
          }),
        ),
  });
  protected readonly products = computed(() => this.list.value()?.edges.map((e) => e.node) ?? []);
  protected readonly totalCount = computed(() => this.list.value()?.totalCount ?? 0);
  protected readonly hasNextPage = computed(() => this.list.value()?.pageInfo.hasNextPage ?? false);
  protected readonly loading = this.list.isLoading;
  protected readonly failed = computed(() => this.list.status() === 'error');

  /** Selection survives paging; a new search or filter starts over. */
  private readonly searchKey = computed(() => JSON.stringify({ ...this.params(), after: null }));
  protected readonly selected = linkedSignal<string, ReadonlySet<string>>({
    source: this.searchKey,
    computation: () => new Set<string>(),
  });
  protected readonly busy = signal(false);

  protected toggle(id: string): void {
    this.selected.update((selected) => toggleSelection(selected, id));
  }

  protected togglePage(): void {
    this.selected.update((selected) => togglePage(selected, this.products().map((p) => p.id)));
  }

  protected clearSelection(): void {
    this.selected.set(new Set());
  }

  protected retry(): void {
    this.list.reload();
  }

  protected async setStatus(status: ProductStatus): Promise<void> {
    const ids = [...this.selected()];
    await this.runBulk(async () => {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: SET_PRODUCT_STATUS, variables: { ids, status } }));
      const changed = result.data?.setProductStatus ?? 0;
      return `${changed} ${changed === 1 ? 'product' : 'products'} set to ${PRODUCT_STATUS_LABELS[status]}`;
    });
  }

  protected async deleteSelected(): Promise<void> {
    const ids = [...this.selected()];
    if (!(await ConfirmDialog.ask(this.dialog, deleteProductsConfirmation(ids.length)))) return;
    await this.runBulk(async () => {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: DELETE_PRODUCTS, variables: { ids } }));
      const deleted = result.data?.deleteProducts ?? 0;
      return `${deleted} ${deleted === 1 ? 'product' : 'products'} deleted`;
    });
  }

  private async runBulk(action: () => Promise<string>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      this.snackBar.open(await action(), undefined, { duration: 4000 });
      this.clearSelection();
      this.list.reload();
    } catch {
      this.snackBar.open('That change didn’t go through. Try again.', undefined, { duration: 6000 });
    } finally {
      this.busy.set(false);
    }
  }
}
