export const MIN_INSTALMENTS = 2;
export const MAX_INSTALMENTS = 12;

export interface PaymentPlanPreview {
  readonly count: number;
  readonly intervalDays: number;
  /** Due now; carries the cents the equal split leaves over, as the server does. */
  readonly first: number;
  /** Each later instalment. */
  readonly rest: number;
}

/** What each instalment of a plan will be, in major units; null while the choice is out of range. */
export function previewPaymentPlan(total: number, count: number, intervalDays: number): PaymentPlanPreview | null {
  if (!Number.isInteger(count) || count < MIN_INSTALMENTS || count > MAX_INSTALMENTS || !intervalDays) return null;
  const totalCents = Math.round(total * 100);
  const share = Math.floor(totalCents / count);
  return { count, intervalDays, first: (totalCents - share * (count - 1)) / 100, rest: share / 100 };
}
