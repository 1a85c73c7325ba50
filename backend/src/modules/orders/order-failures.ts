/** Expected business outcomes, returned (not thrown) and shown to the caller as ErrorResult union members. */

export class CartEmpty {
  readonly code = 'CART_EMPTY';
  readonly message = 'The cart is empty';
}

export class ProductUnavailable {
  readonly code = 'PRODUCT_UNAVAILABLE';
  constructor(
    readonly variantId: string,
    readonly message = 'This product is not available to buy',
  ) {}
}

export class DiscountCodeInvalid {
  readonly code = 'DISCOUNT_CODE_INVALID';
  constructor(readonly message = 'This discount code is not valid') {}
}

export class OrderNotFound {
  readonly code = 'ORDER_NOT_FOUND';
  readonly message = 'No order matches that number and email';
}

export class OrderTransitionRefused {
  readonly code = 'ORDER_TRANSITION_REFUSED';
  constructor(
    readonly status: string,
    readonly message: string,
  ) {}
}
