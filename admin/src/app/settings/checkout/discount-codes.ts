import type { DiscountCode, DiscountCodeInput, DiscountKind } from './checkout.graphql';

/** "15 % off" or "10.00 EUR off". */
export function discountLabel(code: Pick<DiscountCode, 'kind' | 'value'>, currency: string): string {
  return code.kind === 'percentage' ? `${code.value} % off` : `${code.value.toFixed(2)} ${currency} off`;
}

/** "3 of 100 used", "3 used". */
export function usageLabel(code: Pick<DiscountCode, 'usedCount' | 'usageLimit'>): string {
  return code.usageLimit === null ? `${code.usedCount} used` : `${code.usedCount} of ${code.usageLimit} used`;
}

export interface DiscountCodeFormValue {
  readonly code: string;
  readonly kind: DiscountKind;
  readonly value: number | null;
  readonly usageLimit: number | null;
  /** yyyy-mm-dd from a date input; the code works through that whole day (UTC). */
  readonly expiresOn: string;
}

/** The same rules the server applies, said before the round trip. */
export function discountCodeProblem(value: DiscountCodeFormValue): string | null {
  if (!/^[A-Za-z0-9_-]{3,40}$/.test(value.code.trim())) return 'A code is 3–40 letters, digits, - or _';
  if (value.value === null || !(value.value > 0)) return 'The discount must be more than zero';
  if (value.kind === 'percentage' && value.value > 100) return 'A percentage cannot exceed 100 %';
  if (value.usageLimit !== null && (!Number.isInteger(value.usageLimit) || value.usageLimit < 1)) return 'The usage limit is a whole number from 1, or empty';
  return null;
}

export function discountCodeInputOf(value: DiscountCodeFormValue): DiscountCodeInput {
  return {
    code: value.code.trim().toUpperCase(),
    kind: value.kind,
    value: value.value ?? 0,
    usageLimit: value.usageLimit,
    expiresAt: value.expiresOn ? `${value.expiresOn}T23:59:59.999Z` : null,
  };
}
