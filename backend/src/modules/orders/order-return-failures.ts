/** Expected outcomes of returns, returned (not thrown) and shown as ErrorResult union members. */

export class NotReturnable {
  readonly code = 'NOT_RETURNABLE';
  constructor(
    readonly status: string,
    readonly message = 'Only orders that have shipped can be returned',
  ) {}
}

export class ReturnQuantityExceeded {
  readonly code = 'RETURN_QUANTITY_EXCEEDED';
  constructor(
    readonly orderLineId: string,
    readonly requested: number,
    readonly returnable: number,
  ) {}

  get message(): string {
    return this.returnable > 0 ? `At most ${this.returnable} of this item can still be returned` : 'This item has already been returned';
  }
}

export class ReturnTransitionRefused {
  readonly code = 'RETURN_TRANSITION_REFUSED';
  constructor(
    readonly status: string,
    readonly message: string,
  ) {}
}
