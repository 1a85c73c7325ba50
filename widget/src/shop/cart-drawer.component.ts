import { localized } from '@lit/localize';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Cart, CartChange, CartLine, PaymentLink } from '../connection/shop-types';
import { renderPaymentLink } from './payment-link';
import { failureText, formatMoney } from './shop-format';
import type { ShopActions } from './shop-actions';
import { shopBaseStyles } from './shop-base.styles';
import { shopText } from './shop-text';
import { cartDrawerStyles } from './cart-drawer.styles';

/** A picture that does not load leaves the plain thumbnail box rather than a broken-image icon. */
function hideBrokenImage(event: Event): void {
  (event.target as HTMLImageElement).hidden = true;
}

/** Above this many units a line's stepper stops; the server still checks stock. */
const MAX_QUANTITY = 99;

/**
 * The visitor's cart over the conversation: lines with quantity steppers, a discount code, totals and
 * checkout, which ends in the payment button.
 *
 * @fires shopdesk-cart-close - The visitor closed the drawer (button or Escape).
 */
@localized()
export class ShopdeskCartDrawer extends LitElement {
  static override styles = [shopBaseStyles, cartDrawerStyles];

  @property({ attribute: false }) cart: Cart | null = null;
  @property({ attribute: false }) shop: ShopActions | null = null;

  @state() private busy = false;
  @state() private error = '';
  @state() private payment: PaymentLink | null = null;

  @query('h2') private heading?: HTMLElement;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      // The drawer closes first; the panel around it stays open.
      event.preventDefault();
      event.stopPropagation();
      this.close();
    });
  }

  override focus(): void {
    this.heading?.focus();
  }

  override render(): TemplateResult {
    const cart = this.cart;
    return html`<div class="top">
        <h2 id="cart-title" tabindex="-1">${shopText.cart()}</h2>
        <button class="close" type="button" aria-label=${shopText.closeCart()} @click=${this.close}>×</button>
      </div>
      <div class="content" role="region" aria-labelledby="cart-title">
        ${this.payment ? renderPaymentLink(this.payment) : nothing}
        ${cart?.lines.length ? this.renderCart(cart) : this.payment ? nothing : html`<p class="empty">${shopText.cartEmpty()}</p>`}
        <p class="feedback error" role="alert">${this.error || nothing}</p>
      </div>`;
  }

  private renderCart(cart: Cart): TemplateResult {
    return html`<ul>
        ${cart.lines.map((line) => this.renderLine(line, cart.currency))}
      </ul>
      ${this.renderDiscount(cart)}
      <dl>
        <dt>${shopText.subtotal()}</dt>
        <dd>${formatMoney(cart.subtotal, cart.currency)}</dd>
        ${cart.discount
          ? html`<dt>${shopText.discount()}</dt>
              <dd>−${formatMoney(cart.discount, cart.currency)}</dd>`
          : nothing}
        <dt>${shopText.shipping()}</dt>
        <dd>${formatMoney(cart.shipping, cart.currency)}</dd>
        <dt>${shopText.tax()}</dt>
        <dd>${formatMoney(cart.tax, cart.currency)}</dd>
        <dt class="grand">${shopText.total()}</dt>
        <dd class="grand">${formatMoney(cart.total, cart.currency)}</dd>
      </dl>
      <form class="checkout" @submit=${this.onCheckout}>
        <label for="checkout-email">${shopText.email()}</label>
        <input id="checkout-email" name="email" type="email" autocomplete="email" required />
        <label for="checkout-name">${shopText.nameOptional()}</label>
        <input id="checkout-name" name="name" type="text" autocomplete="name" />
        <button class="primary" type="submit" ?disabled=${this.busy}>${shopText.checkout()}</button>
      </form>`;
  }

  private renderLine(line: CartLine, currency: string): TemplateResult {
    const inputId = `quantity-${line.variantId}`;
    return html`<li class="line">
      <span class="thumb"
        >${line.imageUrl ? html`<img src=${line.imageUrl} alt="" loading="lazy" @error=${hideBrokenImage} />` : nothing}</span
      >
      <p class="line-name">${line.name}<span class="sku">${line.sku}</span></p>
      <p class="line-total">${formatMoney(line.lineTotal, currency)}</p>
      <div class="controls">
        <span class="stepper">
          <button
            type="button"
            aria-label=${shopText.oneLess(line.name)}
            ?disabled=${this.busy || line.quantity <= 1}
            @click=${() => this.apply({ kind: 'set', variantId: line.variantId, quantity: line.quantity - 1 })}
          >
            −
          </button>
          <label class="visually-hidden" for=${inputId}>${shopText.quantityOf(line.name)}</label>
          <input
            id=${inputId}
            type="number"
            inputmode="numeric"
            min="1"
            max=${MAX_QUANTITY}
            .value=${String(line.quantity)}
            ?disabled=${this.busy}
            @change=${(event: Event) => this.onQuantityInput(line, event)}
          />
          <button
            type="button"
            aria-label=${shopText.oneMore(line.name)}
            ?disabled=${this.busy || line.quantity >= Math.min(MAX_QUANTITY, line.available)}
            @click=${() => this.apply({ kind: 'set', variantId: line.variantId, quantity: line.quantity + 1 })}
          >
            +
          </button>
        </span>
        ${line.purchasable ? nothing : html`<span class="unavailable">${shopText.noLongerAvailable()}</span>`}
        <button
          class="remove"
          type="button"
          aria-label=${shopText.remove(line.name)}
          ?disabled=${this.busy}
          @click=${() => this.apply({ kind: 'remove', variantId: line.variantId })}
        >
          ${shopText.removeLine()}
        </button>
      </div>
    </li>`;
  }

  private renderDiscount(cart: Cart): TemplateResult {
    if (cart.discountCode) {
      return html`<p class="applied">
        ${shopText.discountCode()}: <strong>${cart.discountCode}</strong>
        <button type="button" ?disabled=${this.busy} @click=${() => this.apply({ kind: 'removeCode' })}>
          ${shopText.removeCode(cart.discountCode)}
        </button>
      </p>`;
    }
    return html`<form @submit=${this.onDiscount}>
      <label for="discount-code">${shopText.discountCode()}</label>
      <div class="row">
        <input id="discount-code" name="code" type="text" autocomplete="off" autocapitalize="characters" required />
        <button class="secondary" type="submit" ?disabled=${this.busy}>${shopText.apply()}</button>
      </div>
    </form>`;
  }

  private onQuantityInput(line: CartLine, event: Event): void {
    const input = event.target as HTMLInputElement;
    const quantity = Math.round(Number(input.value));
    if (!Number.isFinite(quantity) || quantity < 0) {
      input.value = String(line.quantity);
      return;
    }
    void this.apply({ kind: 'set', variantId: line.variantId, quantity: Math.min(quantity, MAX_QUANTITY) });
  }

  private onDiscount(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const code = String(new FormData(form).get('code') ?? '').trim();
    if (code) void this.apply({ kind: 'applyCode', code });
  }

  private async apply(change: CartChange): Promise<void> {
    if (!this.shop) return;
    this.busy = true;
    this.error = '';
    const outcome = await this.shop.changeCart(change);
    this.busy = false;
    if (!outcome.ok) this.error = failureText(outcome);
  }

  private async onCheckout(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.shop) return;
    const data = new FormData(event.target as HTMLFormElement);
    this.busy = true;
    this.error = '';
    const outcome = await this.shop.checkout(String(data.get('email') ?? '').trim(), String(data.get('name') ?? '').trim());
    this.busy = false;
    if (outcome.ok) this.payment = outcome.value;
    else this.error = failureText(outcome);
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('shopdesk-cart-close', { bubbles: true, composed: true }));
  }
}
