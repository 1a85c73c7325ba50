import { html, type TemplateResult } from 'lit';
import type { PaymentLink } from '../connection/shop-types';
import { formatDateTime, formatMoney } from './shop-format';
import { shopText } from './shop-text';

/** Where to pay for a new order: a button to the provider's page, or the manual-payment note. Styled by `.payment` in the base styles. */
export function renderPaymentLink(link: PaymentLink): TemplateResult {
  const total = formatMoney(link.total, link.currency);
  return html`<div class="payment">
    <p>${shopText.orderReserved(link.orderNumber)}</p>
    ${link.paymentUrl && /^https?:\/\//.test(link.paymentUrl)
      ? html`<a class="primary" href=${link.paymentUrl} target="_blank" rel="noopener noreferrer"
            >${shopText.payTotal(total)}<span class="visually-hidden"> ${shopText.opensInNewTab()}</span></a
          >
          <p class="note">${shopText.linkValidUntil(formatDateTime(link.expiresAt))}</p>`
      : html`<p class="note">${shopText.manualPayment()}</p>`}
  </div>`;
}
