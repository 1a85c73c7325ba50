import type { DiscountCode, DiscountCodeInput, DiscountKind, UpdateDiscountCodeInput } from './checkout.graphql';

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

/** The same rules the server applies, said before the round trip; `usedCount` is how often an edited code was used. */
export function discountCodeProblem(value: DiscountCodeFormValue, usedCount = 0): string | null {
  if (!/^[A-Za-z0-9_-]{3,40}$/.test(value.code.trim())) return 'A code is 3–40 letters, digits, - or _';
  if (value.value === null || !(value.value > 0)) return 'The discount must be more than zero';
  if (value.kind === 'percentage' && value.value > 100) return 'A percentage cannot exceed 100 %';
  if (value.usageLimit !== null && (!Number.isInteger(value.usageLimit) || value.usageLimit < 1)) return 'The usage limit is a whole number from 1, or empty';
  if (value.usageLimit !== null && value.usageLimit < usedCount) return `This code was used ${usedCount} times already: the limit cannot be lower`;
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

/** The changes to send for an edited code: everything but the code text, which past orders refer to. */
export function discountCodeChangesOf(id: string, value: DiscountCodeFormValue): UpdateDiscountCodeInput {
  const { kind, value: amount, usageLimit, expiresAt } = discountCodeInputOf(value);
  return { id, kind, value: amount, usageLimit, expiresAt };
}

/** A saved code as the form shows it, so that saving it unchanged sends it back unchanged. */
export function discountCodeFormOf(code: DiscountCode): DiscountCodeFormValue {
  return {
    code: code.code,
    kind: code.kind,
    value: code.value,
    usageLimit: code.usageLimit,
    // The code works until expiresAt: its last day is the one holding the millisecond before.
    expiresOn: code.expiresAt ? new Date(new Date(code.expiresAt).getTime() - 1).toISOString().slice(0, 10) : '',
  };
}
