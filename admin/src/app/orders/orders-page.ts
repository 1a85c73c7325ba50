import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { EmptyState } from '../shared/empty-state';
import { LoadFailed } from '../shared/load-failed';
import { UrlListState } from '../shared/url-list-state';
import { OrderCsvDownload } from './order-csv-download';
import { OrderPermissions } from './order-permissions';
import { orderFilterOf, orderListQuery, parseOrderListParams } from './order-list-params';
import { ORDER_STATUS_LABELS } from './order-status';
import { OrderTable } from './order-table/order-table';
import { ORDERS } from './orders.graphql';
import { ORDER_STATUSES, PAYMENT_STATE_LABELS, PAYMENT_STATES } from './orders.models';

const PAGE_SIZE = 25;
const ALL = '';

/** Every order of the store, newest first: filtered (status, payment, chat, dates), searched, and exported as CSV. */
@Component({
  selector: 'sd-orders-page',
  imports: [EmptyState, LoadFailed, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule, OrderTable, RouterLink],
  templateUrl: './orders-page.html',
  styleUrl: './orders-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrdersPage {
  private readonly apollo = inject(Apollo);
  private readonly csv = inject(OrderCsvDownload);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly canChange = inject(OrderPermissions).canChangeOrders;

  protected readonly statuses = ORDER_STATUSES;
  protected readonly labels = ORDER_STATUS_LABELS;
  protected readonly paymentStates = PAYMENT_STATES;
  protected readonly paymentLabels = PAYMENT_STATE_LABELS;
  protected readonly all = ALL;
  protected readonly exporting = signal(false);

  protected readonly url = new UrlListState({ parse: parseOrderListParams, query: orderListQuery });
  protected readonly params = this.url.params;

  protected readonly page = resource({
    params: () => this.params(),
    loader: async ({ params }) => {
      const result = await firstValueFrom(
        this.apollo.query({
          query: ORDERS,
          variables: { filter: orderFilterOf(params), first: PAGE_SIZE, after: params.after },
          fetchPolicy: 'network-only',
        }),
      );
      if (!result.data) throw new Error('No orders in the response');
      return result.data.orders;
    },
  });
  protected readonly orders = computed(() => this.page.value()?.edges.map((e) => e.node) ?? []);
  protected readonly failed = computed(() => this.page.status() === 'error');
  protected readonly filtered = computed(() => {
    const { status, paymentState, fromChat, from, to, search } = this.params();
    return !!(status || paymentState || fromChat || from || to || search);
  });

  protected async exportCsv(): Promise<void> {
    this.exporting.set(true);
    try {
      await this.csv.download(orderFilterOf(this.params()));
    } catch {
      this.snackBar.open('The export didn’t download. Check your connection and try again.', undefined, { duration: 4000 });
    } finally {
      this.exporting.set(false);
    }
  }
}
