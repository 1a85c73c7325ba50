/** Expected refusals of payment plan actions, returned as ErrorResult union members. */

export const MIN_INSTALMENTS = 2;
export const MAX_INSTALMENTS = 12;

export class PaymentPlanNotAllowed {
  readonly code = 'PAYMENT_PLAN_NOT_ALLOWED';
  constructor(readonly message: string) {}
}

export class InstalmentCountOutOfRange {
  readonly code = 'INSTALMENT_COUNT_OUT_OF_RANGE';
  readonly min = MIN_INSTALMENTS;
  readonly max = MAX_INSTALMENTS;
  readonly message = `A payment plan has from ${MIN_INSTALMENTS} to ${MAX_INSTALMENTS} instalments`;
}

export class InstalmentAlreadyPaid {
  readonly code = 'INSTALMENT_ALREADY_PAID';
  constructor(readonly message = 'This instalment is already paid') {}
}
