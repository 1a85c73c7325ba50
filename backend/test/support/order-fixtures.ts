import { GraphQLClient } from './graphql-client';
import { STORE_ORIGIN, startVisitor } from './chat-fixtures';

export interface SeedProduct {
  sku: string;
  name: string;
  price: number;
  stock: number;
}

export const CART_FIELDS = `id itemCount discountCode currency subtotal discount shipping tax total lines { variantId sku name quantity unitPrice lineTotal available purchasable }`;
const ERROR_FIELDS = `... on ErrorResult { code message }`;
// InsufficientStockError comes from inventory and does not implement ErrorResult (yet).
const STOCK_ERROR_FIELDS = `${ERROR_FIELDS} ... on InsufficientStockError { code message variantId requested available }`;
export const RETURN_FIELDS = `id status reason rejectionReason value refunded lines { orderLineId sku quantity restockedQuantity unitPrice }`;
export const CUSTOMER_ORDER_FIELDS = `number status currency total refunded carrier trackingNumber paymentUrl canCancel lines { id sku quantity unitPrice } timeline { type message at } returns { ${RETURN_FIELDS} }`;
export const ORDER_FIELDS = `id number status paymentState source conversationId customerEmail currency subtotal discount shipping tax total paid refunded paymentProvider carrier trackingNumber`;

export const CART = `query { cart { ${CART_FIELDS} } }`;
export const ADD_TO_CART = `mutation($input: CartItemInput!) { addToCart(input: $input) { __typename ... on Cart { ${CART_FIELDS} } ${STOCK_ERROR_FIELDS} } }`;
export const UPDATE_CART_ITEM = `mutation($input: CartItemInput!) { updateCartItem(input: $input) { __typename ... on Cart { ${CART_FIELDS} } ${STOCK_ERROR_FIELDS} } }`;
export const APPLY_DISCOUNT = `mutation($code: String!) { applyDiscountCode(code: $code) { __typename ... on Cart { ${CART_FIELDS} } ${STOCK_ERROR_FIELDS} } }`;
export const CHECKOUT = `mutation($input: CheckoutInput!) {
  checkout(input: $input) { __typename ... on CheckoutLink { paymentUrl expiresAt provider order { ${CUSTOMER_ORDER_FIELDS} } } ${STOCK_ERROR_FIELDS} }
}`;
export const TRACK = `query($input: TrackOrderInput!) { trackOrder(input: $input) { __typename ... on CustomerOrder { ${CUSTOMER_ORDER_FIELDS} } ${ERROR_FIELDS} } }`;
export const CANCEL_MINE = `mutation($input: TrackOrderInput!) { cancelMyOrder(input: $input) { __typename ... on CustomerOrder { ${CUSTOMER_ORDER_FIELDS} } ${ERROR_FIELDS} } }`;
export const MY_ORDERS = `query { myOrders { ${CUSTOMER_ORDER_FIELDS} } }`;

const ORDER_RESULT = `{ __typename ... on Order { ${ORDER_FIELDS} } ${ERROR_FIELDS} ... on OrderTransitionError { status } }`;
export const ORDERS = `query($filter: OrderFilterInput, $first: Int, $after: String) {
  orders(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${ORDER_FIELDS} } } }
}`;
export const ORDER = `query($id: ID!) {
  order(id: $id) { ${ORDER_FIELDS} lines { sku quantity unitPrice restockedQuantity } events { type fromStatus toStatus actorKind message visibleToCustomer at } payments { provider status amount refunded externalId url } }
}`;
export const MARK_PAID = `mutation($id: ID!) { markOrderPaid(orderId: $id) ${ORDER_RESULT} }`;
export const ADVANCE = `mutation($input: AdvanceOrderInput!) { advanceOrder(input: $input) ${ORDER_RESULT} }`;
export const SHIP = `mutation($input: ShipOrderInput!) { shipOrder(input: $input) ${ORDER_RESULT} }`;
export const CANCEL = `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) ${ORDER_RESULT} }`;
export const REFUND = `mutation($input: RefundOrderInput!) { refundOrder(input: $input) ${ORDER_RESULT} }`;
export const REQUEST_RETURN = `mutation($input: RequestReturnInput!) {
  requestReturn(input: $input) { __typename ... on CustomerOrder { ${CUSTOMER_ORDER_FIELDS} } ${ERROR_FIELDS} ... on ReturnQuantityExceededError { orderLineId requested returnable } }
}`;
const RETURN_RESULT = `{ __typename ... on OrderReturn { ${RETURN_FIELDS} } ${ERROR_FIELDS} ... on ReturnTransitionError { status } }`;
export const APPROVE_RETURN = `mutation($id: ID!) { approveReturn(returnId: $id) ${RETURN_RESULT} }`;
export const REJECT_RETURN = `mutation($input: RejectReturnInput!) { rejectReturn(input: $input) ${RETURN_RESULT} }`;
export const RECEIVE_RETURN = `mutation($input: ReceiveReturnInput!) { receiveReturn(input: $input) ${RETURN_RESULT} }`;
export const REFUND_RETURN = `mutation($id: ID!) { refundReturn(returnId: $id) ${RETURN_RESULT} }`;
export const UPDATE_SETTINGS = `mutation($input: UpdateOrderSettingsInput!) { updateOrderSettings(input: $input) { currency taxRatePercent flatShipping freeShippingOver paymentProvider } }`;
export const CREATE_DISCOUNT = `mutation($input: CreateDiscountCodeInput!) { createDiscountCode(input: $input) { id code kind value usageLimit usedCount } }`;
export const STOCK = `query($ids: [ID!]) { stockLevels(variantIds: $ids) { variantId onHand reserved available } }`;

export interface CartShape {
  id: string | null;
  itemCount: number;
  discountCode: string | null;
  subtotal: number;
  discount: number;
  shipping: number;
  tax: number;
  total: number;
  lines: Array<{ variantId: string; sku: string; quantity: number; unitPrice: number; available: number }>;
}

export interface CustomerOrderShape {
  number: string;
  status: string;
  total: number;
  refunded: number;
  carrier: string | null;
  trackingNumber: string | null;
  paymentUrl: string | null;
  canCancel: boolean;
  lines: Array<{ id: string; sku: string; quantity: number; unitPrice: number }>;
  timeline: Array<{ type: string; message: string }>;
  returns: ReturnShape[];
}

export interface ReturnShape {
  id: string;
  status: string;
  reason: string;
  rejectionReason: string | null;
  value: number;
  refunded: number;
  lines: Array<{ orderLineId: string; sku: string; quantity: number; restockedQuantity: number; unitPrice: number }>;
}

export interface OrderShape {
  id: string;
  conversationId: string | null;
  number: string;
  status: string;
  paymentState: string;
  total: number;
  paid: number;
  refunded: number;
  carrier: string | null;
  trackingNumber: string | null;
}

export type Result<T> = (T & { __typename: string }) | { __typename: string; code: string; message: string; available?: number };

/** Imports products (one variant each) with stock through the catalog import, and returns variant ids by SKU. */
export async function seedProducts(owner: GraphQLClient, products: SeedProduct[]): Promise<Record<string, string>> {
  const content = JSON.stringify(products.map((p) => ({ sku: p.sku, name: p.name, price: p.price, stock: p.stock, status: 'active' })));
  const started = await owner.ok<{ importCatalog: { id: string } }>(`mutation($input: ImportCatalogInput!) { importCatalog(input: $input) { id } }`, {
    input: { format: 'JSON', content, fileName: 'seed.json' },
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { catalogImport } = await owner.ok<{ catalogImport: { status: string; errors: Array<{ message: string }> } }>(
      `query($id: ID!) { catalogImport(id: $id) { status errors { message } } }`,
      { id: started.importCatalog.id },
    );
    if (catalogImport.status === 'succeeded') break;
    if (catalogImport.status === 'failed' || Date.now() > deadline) throw new Error(`catalog import ${catalogImport.status}: ${JSON.stringify(catalogImport.errors)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const ids: Record<string, string> = {};
  for (const p of products) {
    const { product } = await owner.ok<{ product: { variants: Array<{ id: string; sku: string }> } | null }>(`query($sku: String) { product(sku: $sku) { variants { id sku } } }`, { sku: p.sku });
    const variant = product?.variants.find((v) => v.sku === p.sku);
    if (!variant) throw new Error(`product ${p.sku} was not imported`);
    ids[p.sku] = variant.id;
  }
  return ids;
}

let visitorCounter = 0;

/**
 * A widget visitor with its own client. Each comes from its own address (X-Forwarded-For through the
 * loopback proxy the server trusts), like real shoppers, so per-IP limits on new sessions do not bite.
 */
export async function newShopper(baseUrl: string, publicKey: string): Promise<GraphQLClient> {
  const n = ++visitorCounter;
  const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  const client = new ShopperClient(baseUrl, ip);
  await startVisitor(client, publicKey);
  return client;
}

/** Sends every request from one shopper's address and page origin. */
class ShopperClient extends GraphQLClient {
  constructor(
    baseUrl: string,
    private readonly ip: string,
  ) {
    super(baseUrl);
  }

  override request: GraphQLClient['request'] = (query, variables = {}, options = {}) =>
    super.request(query, variables, { origin: STORE_ORIGIN, ...options, headers: { 'x-forwarded-for': this.ip, ...options.headers } });
}

/** Stock of variants as inventory sees it. */
export async function stockOf(owner: GraphQLClient, variantId: string): Promise<{ onHand: number; reserved: number; available: number }> {
  const { stockLevels } = await owner.ok<{ stockLevels: Array<{ onHand: number; reserved: number; available: number }> }>(STOCK, { ids: [variantId] });
  return stockLevels.reduce((sum, l) => ({ onHand: sum.onHand + l.onHand, reserved: sum.reserved + l.reserved, available: sum.available + l.available }), { onHand: 0, reserved: 0, available: 0 });
}

/** Polls until `check` passes (work that finishes after the response: jobs, timers). */
export async function eventually<T>(probe: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition never held; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
