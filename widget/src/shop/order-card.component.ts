import { localized } from '@lit/localize';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { OrderCardBlock, OrderStatusName } from '@shopdesk/shared';
import { failureText, formatDate, formatMoney } from './shop-format';
import type { ShopActions } from './shop-actions';
import { shopBaseStyles } from './shop-base.styles';
import { shopText } from './shop-text';
import { orderCardStyles } from './order-card.styles';

function statusText(status: OrderStatusName): string {
  switch (status) {
    case 'AWAITING_PAYMENT':
      return shopText.statusAwaitingPayment();
    case 'PAID':
      return shopText.statusPaid();
    case 'PROCESSING':
      return shopText.statusProcessing();
    case 'SHIPPED':
      return shopText.statusShipped();
    case 'DELIVERED':
      return shopText.statusDelivered();
    case 'CANCELLED':
      return shopText.statusCancelled();
    case 'REFUNDED':
      return shopText.statusRefunded();
  }
}

function statusTone(status: OrderStatusName): string {
  if (status === 'DELIVERED' || status === 'SHIPPED' || status === 'PAID') return 'good';
  return status === 'CANCELLED' || status === 'REFUNDED' ? 'bad' : '';
}

/** One of the visitor's orders: status, total, tracking, and cancelling while the store still allows it. */
@localized()
export class ShopdeskOrderCard extends LitElement {
  static override styles = [shopBaseStyles, orderCardStyles];

  @property({ attribute: false }) order: OrderCardBlock | null = null;
  @property({ attribute: false }) shop: ShopActions | null = null;

  @state() private confirming = false;
  @state() private cancelling = false;
  /** The status after the visitor cancelled here; the card's own block is a snapshot from when it was written. */
  @state() private cancelledStatus: OrderStatusName | null = null;
  @state() private error = '';

  @query('.cancel') private cancelButton?: HTMLButtonElement;
  @query('.keep') private keepButton?: HTMLButtonElement;

  override render(): TemplateResult | typeof nothing {
    const order = this.order;
    if (!order) return nothing;
    const status = this.cancelledStatus ?? order.status;
    return html`<article class="card" aria-label=${shopText.orderNumber(order.number)}>
      <div class="top">
        <h3 class="number">${shopText.orderNumber(order.number)}</h3>
        <span class="chip ${statusTone(status)}">${statusText(status)}</span>
      </div>
      <dl>
        <dt>${shopText.total()}</dt>
        <dd>${formatMoney(order.total, order.currency)}</dd>
        ${order.trackingNumber
          ? html`<dt>${shopText.tracking()}</dt>
              <dd>${order.carrier ? `${order.carrier} ` : ''}${order.trackingNumber}</dd>`
          : nothing}
      </dl>
      <p class="feedback">${shopText.placedOn(formatDate(order.createdAt))}</p>
      ${this.cancelledStatus ? html`<p class="feedback success" role="status">${shopText.orderCancelled()}</p>` : this.renderCancel(order)}
    </article>`;
  }

  private renderCancel(order: OrderCardBlock): TemplateResult | typeof nothing {
    if (!order.canCancel) return nothing;
    const error = this.error ? html`<p class="feedback error" role="alert">${this.error}</p>` : nothing;
    if (!this.confirming) {
      return html`<div class="buttons"><button class="secondary cancel" type="button" @click=${this.askToConfirm}>${shopText.cancelOrder()}</button></div>
        ${error}`;
    }
    return html`<div role="group" aria-label=${shopText.cancelOrder()}>
      <p class="confirm">${shopText.confirmCancel(order.number)}</p>
      <div class="buttons">
        <button class="primary danger" type="button" ?disabled=${this.cancelling} @click=${this.cancel}>${shopText.yesCancel()}</button>
        <button class="secondary keep" type="button" ?disabled=${this.cancelling} @click=${this.keep}>${shopText.keepOrder()}</button>
      </div>
      ${error}
    </div>`;
  }

  private async askToConfirm(): Promise<void> {
    this.confirming = true;
    this.error = '';
    await this.updateComplete;
    this.keepButton?.focus();
  }

  private async keep(): Promise<void> {
    this.confirming = false;
    await this.updateComplete;
    this.cancelButton?.focus();
  }

  private async cancel(): Promise<void> {
    const order = this.order;
    if (!order || !this.shop) return;
    this.cancelling = true;
    const outcome = await this.shop.cancelOrder(order.number);
    this.cancelling = false;
    if (outcome.ok) {
      this.cancelledStatus = outcome.value.status;
      return;
    }
    if (outcome.code === 'ORDER_NOT_FOUND') {
      // The server does not know this visitor placed the order: the assistant asks for the order's email.
      this.shop.send(`cancel order ${order.number}`);
      this.confirming = false;
      return;
    }
    this.error = failureText(outcome);
  }
}
