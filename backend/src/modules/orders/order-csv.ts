import { Order } from './entities/order.entity';
import { paymentStateOf } from './dto/order-mappers';

/** A spreadsheet runs a cell starting with one of these as a formula; such text gets a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; text that would run as a formula is defused. */
export function csvField(value: string | null): string {
  if (value === null) return '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRecord(values: ReadonlyArray<string | null>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export const ORDER_CSV_HEADER = [
  'Number',
  'Created at',
  'Status',
  'Payment state',
  'Source',
  'Customer email',
  'Customer name',
  'Currency',
  'Subtotal',
  'Discount',
  'Discount code',
  'Shipping',
  'Tax',
  'Total',
  'Paid',
  'Refunded',
  'Carrier',
  'Tracking number',
] as const;

const amount = (cents: number) => (cents / 100).toFixed(2);

export function orderCsvValues(o: Order): string[] {
  return [
    o.number,
    o.createdAt.toISOString(),
    o.status,
    paymentStateOf(o),
    o.source,
    o.customerEmail,
    o.customerName ?? '',
    o.currency,
    amount(o.subtotalCents),
    amount(o.discountCents),
    o.discountCode ?? '',
    amount(o.shippingCents),
    amount(o.taxCents),
    amount(o.totalCents),
    amount(o.paidCents),
    amount(o.refundedCents),
    o.carrier ?? '',
    o.trackingNumber ?? '',
  ];
}
