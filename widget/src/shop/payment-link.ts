import { html, nothing, type TemplateResult } from 'lit';
import type { PaymentLink } from '../connection/shop-types';
import { formatDateTime, formatMoney } from './shop-format';
import { shopText } from './shop-text';

/** Where to pay for a new order: a button to the provider's page, or the manual-payment note. Styled by `.payment` in the base styles. */
export function renderPaymentLink(link: PaymentLink): TemplateResult {
  const total = formatMoney(link.total, link.currency);
  // A payment plan's link charges only the first instalment; "Pay {total}" would promise the shopper pays it all now.
  const plan = link.dueNow != null && link.instalmentCount ? { dueNow: formatMoney(link.dueNow, link.currency), count: link.instalmentCount } : null;
  return html`<div class="payment">
    <p>${shopText.orderReserved(link.orderNumber)}</p>
    ${link.paymentUrl && /^https?:\/\//.test(link.paymentUrl)
      ? html`<a class="primary" href=${link.paymentUrl} target="_blank" rel="noopener noreferrer"
            >${plan ? shopText.payNow(plan.dueNow) : shopText.payTotal(total)}<span class="visually-hidden"> ${shopText.opensInNewTab()}</span></a
          >
          ${plan ? html`<p class="note">${shopText.instalmentPlan(plan.count, total)}</p>` : nothing}
          <p class="note">${shopText.linkValidUntil(formatDateTime(link.expiresAt))}</p>`
      : html`<p class="note">${shopText.manualPayment()}</p>`}
  </div>`;
}
