import { AppConfig } from '../../platform/config/app-config';

/**
 * Where a payment page sends the shopper back (the query names the order). The page's origin brings
 * them back where they were; without one, or with anything odd, they land on this server.
 */
export function paymentReturnUrl(config: AppConfig, orderNumber: string, pageOrigin?: string): string {
  const origin = pageOrigin && /^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(pageOrigin) ? pageOrigin : undefined;
  const base = origin ?? config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  return `${base.replace(/\/$/, '')}/?shopdesk_order=${encodeURIComponent(orderNumber)}`;
}
