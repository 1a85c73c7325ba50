import { CurrencyPipe, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { LoadFailed } from '../../shared/load-failed';
import { OrderPermissions } from '../order-permissions';
import { orderActions, type OrderAction } from '../order-status';
import { OrderStatusChip } from '../order-status-chip';
import { ADVANCE_ORDER, APPROVE_RETURN, CANCEL_ORDER, MARK_ORDER_PAID, ORDER, RECEIVE_RETURN, REFUND_ORDER, REFUND_RETURN, REJECT_RETURN, SHIP_ORDER } from '../orders.graphql';
import type { InstalmentChangeResult, OrderChangeResult, OrderReturn, PaymentInstalment, PaymentPlanChangeResult, ReturnChangeResult } from '../orders.models';
import { CancelOrderDialog, type CancelOrderData } from './cancel-order-dialog';
import { CreatePaymentPlanDialog, type CreatePaymentPlanData, type PaymentPlanChoice } from './create-payment-plan-dialog';
import { OrderReturnsPanel } from './order-returns-panel';
import { CREATE_PAYMENT_PLAN, MARK_INSTALMENT_PAID, SEND_INSTALMENT_LINK } from './payment-plan.graphql';
import { PaymentPlanPanel } from './payment-plan-panel';
import { ReceiveReturnDialog, type RestockLine } from './receive-return-dialog';
import { RefundOrderDialog, type Refund, type RefundOrderData } from './refund-order-dialog';
import { RejectReturnDialog } from './reject-return-dialog';
import { ShipOrderDialog, type Shipment } from './ship-order-dialog';

type ChangeResult = OrderChangeResult | ReturnChangeResult | PaymentPlanChangeResult | InstalmentChangeResult;

const ACTOR_LABELS: Readonly<Partial<Record<string, string>>> = { staff: 'Staff', visitor: 'Shopper', system: 'System', api_key: 'API key' };

/**
 * One order: items, totals, payments, returns and the timeline, with the changes staff may make.
 * Mutations skip the cache ('no-cache'): their results are unions, whose fragments the cache cannot
 * match without the schema's possible types, so read back from it they would lose their fields.
 */
@Component({
  selector: 'sd-order-detail-page',
  imports: [CurrencyPipe, DatePipe, LoadFailed, MatButtonModule, MatIconModule, MatProgressBarModule, OrderReturnsPanel, OrderStatusChip, PaymentPlanPanel, RouterLink],
  templateUrl: './order-detail-page.html',
  styleUrls: ['../order-page.scss', './order-detail-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderDetailPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly canChange = inject(OrderPermissions).canChangeOrders;

  /** Route parameter (component input binding). */
  readonly id = input.required<string>();

  protected readonly order = resource({
    params: () => ({ id: this.id() }),
    loader: async ({ params }) => {
      const result = await firstValueFrom(this.apollo.query({ query: ORDER, variables: { id: params.id }, fetchPolicy: 'network-only' }));
      if (!result.data) throw new Error('No order in the response');
      return result.data.order;
    },
  });
  protected readonly actions = computed<readonly OrderAction[]>(() => {
    const order = this.order.value();
    return order && this.canChange() ? orderActions(order.status, order.paymentProvider) : [];
  });
  /** Money left to give back (a cancelled order keeps some only when its automatic refund failed). */
  protected readonly refundable = computed(() => {
    const order = this.order.value();
    if (!order || !this.canChange()) return 0;
    return Math.round((order.paid - order.refunded) * 100) / 100;
  });
  /** An unpaid order without a plan may still be split into instalments. */
  protected readonly canPlan = computed(() => {
    const order = this.order.value();
    return !!order && this.canChange() && order.status === 'AWAITING_PAYMENT' && order.paid === 0 && !order.paymentPlan;
  });
  protected readonly busy = signal(false);
  protected readonly actorLabels = ACTOR_LABELS;

  protected async markPaid(orderId: string): Promise<void> {
    await this.change(async () => (await firstValueFrom(this.apollo.mutate({ mutation: MARK_ORDER_PAID, variables: { orderId }, fetchPolicy: 'no-cache' }))).data?.markOrderPaid, 'Marked paid');
  }

  protected async advance(orderId: string, to: 'PROCESSING' | 'DELIVERED'): Promise<void> {
    await this.change(
      async () => (await firstValueFrom(this.apollo.mutate({ mutation: ADVANCE_ORDER, variables: { input: { orderId, to } }, fetchPolicy: 'no-cache' }))).data?.advanceOrder,
      to === 'PROCESSING' ? 'Marked processing' : 'Marked delivered',
    );
  }

  protected async ship(orderId: string, orderNumber: string): Promise<void> {
    const shipment = await firstValueFrom(this.dialog.open<ShipOrderDialog, string, Shipment>(ShipOrderDialog, { data: orderNumber, width: '420px' }).afterClosed());
    if (!shipment) return;
    await this.change(
      async () => (await firstValueFrom(this.apollo.mutate({ mutation: SHIP_ORDER, variables: { input: { orderId, ...shipment } }, fetchPolicy: 'no-cache' }))).data?.shipOrder,
      'Marked shipped',
    );
  }

  protected async cancel(orderId: string, data: CancelOrderData): Promise<void> {
    const reason = await firstValueFrom(this.dialog.open<CancelOrderDialog, CancelOrderData, string>(CancelOrderDialog, { data, width: '440px' }).afterClosed());
    if (reason === undefined) return;
    await this.change(
      async () => (await firstValueFrom(this.apollo.mutate({ mutation: CANCEL_ORDER, variables: { input: { orderId, reason } }, fetchPolicy: 'no-cache' }))).data?.cancelOrder,
      'Order cancelled',
    );
  }

  protected async refund(orderId: string, data: RefundOrderData): Promise<void> {
    const refund = await firstValueFrom(this.dialog.open<RefundOrderDialog, RefundOrderData, Refund>(RefundOrderDialog, { data, width: '420px' }).afterClosed());
    if (!refund) return;
    await this.change(
      async () => (await firstValueFrom(this.apollo.mutate({ mutation: REFUND_ORDER, variables: { input: { orderId, ...refund } }, fetchPolicy: 'no-cache' }))).data?.refundOrder,
      'Refunded',
    );
  }

  protected async createPaymentPlan(orderId: string, data: CreatePaymentPlanData): Promise<void> {
    const choice = await firstValueFrom(
      this.dialog.open<CreatePaymentPlanDialog, CreatePaymentPlanData, PaymentPlanChoice>(CreatePaymentPlanDialog, { data, width: '460px' }).afterClosed(),
    );
    if (!choice) return;
    await this.change(
      async () => (await firstValueFrom(this.apollo.mutate({ mutation: CREATE_PAYMENT_PLAN, variables: { input: { orderId, ...choice } }, fetchPolicy: 'no-cache' }))).data?.createPaymentPlan,
      'Payment plan created',
    );
  }

  protected async sendInstalmentLink(instalment: PaymentInstalment): Promise<void> {
    await this.change(
      async () =>
        (await firstValueFrom(this.apollo.mutate({ mutation: SEND_INSTALMENT_LINK, variables: { instalmentId: instalment.id }, fetchPolicy: 'no-cache' }))).data?.sendInstalmentLink,
      `Payment link for instalment ${instalment.number} created`,
    );
  }

  protected async markInstalmentPaid(instalment: PaymentInstalment): Promise<void> {
    await this.change(
      async () =>
        (await firstValueFrom(this.apollo.mutate({ mutation: MARK_INSTALMENT_PAID, variables: { instalmentId: instalment.id }, fetchPolicy: 'no-cache' }))).data?.markInstalmentPaid,
      `Instalment ${instalment.number} marked paid`,
    );
  }

  protected async approveReturn(ret: OrderReturn): Promise<void> {
    await this.change(
      async () => (await firstValueFrom(this.apollo.mutate({ mutation: APPROVE_RETURN, variables: { returnId: ret.id }, fetchPolicy: 'no-cache' }))).data?.approveReturn,
      'Return approved',
    );
  }

  protected async rejectReturn(ret: OrderReturn): Promise<void> {
    const reason = await firstValueFrom(this.dialog.open<RejectReturnDialog, void, string>(RejectReturnDialog, { width: '440px' }).afterClosed());
    if (reason === undefined) return;
    await this.change(
      async () => (await firstValueFrom(this.apollo.mutate({ mutation: REJECT_RETURN, variables: { input: { returnId: ret.id, reason } }, fetchPolicy: 'no-cache' }))).data?.rejectReturn,
      'Return rejected',
    );
  }

  protected async receiveReturn(ret: OrderReturn): Promise<void> {
    const restock = await firstValueFrom(
      this.dialog.open<ReceiveReturnDialog, OrderReturn['lines'], readonly RestockLine[]>(ReceiveReturnDialog, { data: ret.lines, width: '440px' }).afterClosed(),
    );
    if (!restock) return;
    await this.change(
      async () => (await firstValueFrom(this.apollo.mutate({ mutation: RECEIVE_RETURN, variables: { input: { returnId: ret.id, restock } }, fetchPolicy: 'no-cache' }))).data?.receiveReturn,
      'Return received',
    );
  }

  protected async refundReturn(ret: OrderReturn): Promise<void> {
    await this.change(
      async () => (await firstValueFrom(this.apollo.mutate({ mutation: REFUND_RETURN, variables: { returnId: ret.id }, fetchPolicy: 'no-cache' }))).data?.refundReturn,
      'Return refunded',
    );
  }

  private async change(run: () => Promise<ChangeResult | undefined>, done: string): Promise<void> {
    this.busy.set(true);
    try {
      const result = await run();
      if (!result) throw new Error('No result');
      // Only failures carry a message.
      this.snackBar.open('message' in result ? result.message : done, undefined, { duration: 4000 });
    } catch {
      this.snackBar.open('That didn’t work. Check your connection and try again.', undefined, { duration: 4000 });
    } finally {
      this.busy.set(false);
      this.order.reload();
    }
  }
}
