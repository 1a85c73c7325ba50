import { createUnionType } from '@nestjs/graphql';
import { InsufficientStockErrorType } from '../../inventory/dto/inventory.types';
import { CartType } from './cart.types';
import {
  CartEmptyErrorType,
  DiscountCodeInvalidErrorType,
  OrderNotFoundErrorType,
  OrderTransitionErrorType,
  PaymentUnavailableErrorType,
  ProductUnavailableErrorType,
  RefundTooLargeErrorType,
} from './order-errors.types';
import { DraftOrderInvoicedErrorType, DraftOrderInvoiceType, DraftOrderType } from './draft-order.types';
import { NotReturnableErrorType, OrderReturnType, ReturnQuantityExceededErrorType, ReturnTransitionErrorType } from './order-return.types';
import { CheckoutLinkType, CustomerOrderType, OrderType } from './order.types';
import { WishlistType } from './wishlist.types';
import { InstalmentAlreadyPaidErrorType, InstalmentCountErrorType, PaymentInstalmentType, PaymentPlanNotAllowedErrorType } from './payment-plan.types';

type Constructor = abstract new (...args: never[]) => object;

/** Results are built as instances of their GraphQL class, so the union member is the value's class. */
function byClass<T extends readonly Constructor[]>(types: T) {
  return (value: object) => types.find((type) => value instanceof type);
}

const cartTypes = [CartType, InsufficientStockErrorType, ProductUnavailableErrorType, DiscountCodeInvalidErrorType] as const;
export const CartResult = createUnionType({ name: 'CartResult', types: () => cartTypes, resolveType: byClass(cartTypes) });

const checkoutTypes = [CheckoutLinkType, CartEmptyErrorType, InsufficientStockErrorType, ProductUnavailableErrorType, DiscountCodeInvalidErrorType, PaymentUnavailableErrorType] as const;
export const CheckoutResult = createUnionType({ name: 'CheckoutResult', types: () => checkoutTypes, resolveType: byClass(checkoutTypes) });

const customerOrderTypes = [CustomerOrderType, OrderNotFoundErrorType, OrderTransitionErrorType, PaymentUnavailableErrorType] as const;
export const CustomerOrderResult = createUnionType({ name: 'CustomerOrderResult', types: () => customerOrderTypes, resolveType: byClass(customerOrderTypes) });

const orderTypes = [OrderType, OrderTransitionErrorType, RefundTooLargeErrorType, PaymentUnavailableErrorType] as const;
export const OrderResult = createUnionType({ name: 'OrderResult', types: () => orderTypes, resolveType: byClass(orderTypes) });

const requestReturnTypes = [CustomerOrderType, OrderNotFoundErrorType, NotReturnableErrorType, ReturnQuantityExceededErrorType] as const;
export const RequestReturnResult = createUnionType({ name: 'RequestReturnResult', types: () => requestReturnTypes, resolveType: byClass(requestReturnTypes) });

const returnTypes = [OrderReturnType, ReturnTransitionErrorType, RefundTooLargeErrorType, PaymentUnavailableErrorType] as const;
export const ReturnResult = createUnionType({ name: 'ReturnResult', types: () => returnTypes, resolveType: byClass(returnTypes) });

const draftOrderTypes = [DraftOrderType, ProductUnavailableErrorType, DiscountCodeInvalidErrorType, DraftOrderInvoicedErrorType] as const;
export const DraftOrderResult = createUnionType({ name: 'DraftOrderResult', types: () => draftOrderTypes, resolveType: byClass(draftOrderTypes) });

const draftInvoiceTypes = [
  DraftOrderInvoiceType,
  InsufficientStockErrorType,
  ProductUnavailableErrorType,
  DiscountCodeInvalidErrorType,
  PaymentUnavailableErrorType,
  DraftOrderInvoicedErrorType,
] as const;
export const DraftOrderInvoiceResult = createUnionType({ name: 'DraftOrderInvoiceResult', types: () => draftInvoiceTypes, resolveType: byClass(draftInvoiceTypes) });

const wishlistTypes = [WishlistType, ProductUnavailableErrorType] as const;
export const WishlistResult = createUnionType({ name: 'WishlistResult', types: () => wishlistTypes, resolveType: byClass(wishlistTypes) });

const paymentPlanTypes = [OrderType, PaymentPlanNotAllowedErrorType, InstalmentCountErrorType, PaymentUnavailableErrorType] as const;
export const PaymentPlanResult = createUnionType({ name: 'PaymentPlanResult', types: () => paymentPlanTypes, resolveType: byClass(paymentPlanTypes) });

const instalmentTypes = [PaymentInstalmentType, PaymentPlanNotAllowedErrorType, InstalmentAlreadyPaidErrorType, PaymentUnavailableErrorType] as const;
export const InstalmentResult = createUnionType({ name: 'InstalmentResult', types: () => instalmentTypes, resolveType: byClass(instalmentTypes) });
