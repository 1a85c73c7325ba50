import type { ShopFailure } from '../connection/shop-types';
import { currentLocale } from '../i18n/localization';
import { shopText } from './shop-text';

/** The visitor's own locale for numbers and dates (`de-AT` formats like Austria even though the strings are German). */
function visitorLocale(): string {
  return typeof navigator !== 'undefined' && navigator.language?.startsWith(currentLocale()) ? navigator.language : currentLocale();
}

export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(visitorLocale(), { style: 'currency', currency }).format(amount);
  } catch {
    // An unknown currency code from a misconfigured store still shows the amount.
    return `${amount.toFixed(2)} ${currency}`;
  }
}

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(visitorLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(visitorLocale(), { dateStyle: 'medium' }).format(new Date(iso));
}

/** A returned business failure in the visitor's language; the server's English sentence only for codes the widget does not know. */
export function failureText(failure: ShopFailure): string {
  switch (failure.code) {
    case 'CART_EMPTY':
      return shopText.errorCartEmpty();
    case 'INSUFFICIENT_STOCK':
      return shopText.errorStock();
    case 'PRODUCT_UNAVAILABLE':
      return shopText.errorUnavailable();
    case 'DISCOUNT_CODE_INVALID':
      return shopText.errorDiscount();
    case 'PAYMENT_PROVIDER_UNAVAILABLE':
      return shopText.errorPayment();
    case 'ORDER_TRANSITION_REFUSED':
      return shopText.errorOrder();
    default:
      return failure.message || shopText.errorNetwork();
  }
}
