const BLOCK_FIELDS = `blocks {
  __typename
  ... on ProductCardsBlock { products { productId name price compareAtPrice currency imageUrl url rating inStock
    variants { variantId label price available } } }
  ... on QuickRepliesBlock { replies { label text } }
  ... on ImageBlock { url alt }
  ... on OrderCardBlock { number status total currency carrier trackingNumber createdAt canCancel }
  ... on CheckoutLinkBlock { orderNumber total currency paymentUrl expiresAt dueNow instalmentCount }
}`;

const MESSAGE_FIELDS = `id conversationId seq author authorName systemEvent text createdAt inReplyTo ${BLOCK_FIELDS}`;

const SETTINGS_FIELDS = 'settings { storeName greeting primaryColor position availability { open nextOpenAt message } }';

const CART_FIELDS = `currency itemCount subtotal discount discountCode shipping tax total
  lines { productId variantId name sku imageUrl quantity unitPrice lineTotal available purchasable }`;

/** Every ErrorResult member answers with its code and sentence. */
const FAILURE_FIELDS = '__typename ... on ErrorResult { code message }';
/** InsufficientStockError carries code and message without declaring ErrorResult. */
const STOCK_FAILURE_FIELDS = `${FAILURE_FIELDS} ... on InsufficientStockError { code message }`;

const CART_RESULT = `${STOCK_FAILURE_FIELDS} ... on Cart { ${CART_FIELDS} }`;

export const START_VISITOR_SESSION = `mutation StartVisitorSession($publicKey: String!, $visitorToken: String) {
  startVisitorSession(publicKey: $publicKey, visitorToken: $visitorToken) {
    token visitorId ${SETTINGS_FIELDS}
  }
}`;

export const SEND_MESSAGE = `mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) { ${MESSAGE_FIELDS} }
}`;

export const CONVERSATION_MESSAGES = `query ConversationMessages($id: ID!, $afterSeq: Int!, $first: Int!) {
  conversation(id: $id) { id status messages(afterSeq: $afterSeq, first: $first) { ${MESSAGE_FIELDS} } }
}`;

export const CONVERSATION_EVENTS = `subscription ConversationEvents($conversationId: ID!) {
  conversationEvents(conversationId: $conversationId) {
    type conversation { id status } message { ${MESSAGE_FIELDS} } typing { author name active } delta { inReplyTo text }
  }
}`;

export const REQUEST_HUMAN = `mutation RequestHuman($conversationId: ID!) {
  requestHuman(conversationId: $conversationId) { id status }
}`;

export const SET_TYPING = `mutation SetTyping($conversationId: ID!, $active: Boolean!) {
  setTyping(conversationId: $conversationId, active: $active)
}`;

export const IDENTIFY_VISITOR = `mutation IdentifyVisitor($input: IdentifyVisitorInput!) {
  identifyVisitor(input: $input) { token visitorId ${SETTINGS_FIELDS} }
}`;

export const RATE_CONVERSATION = `mutation RateConversation($input: RateConversationInput!) {
  rateConversation(input: $input) { id csatScore }
}`;

export const CART = `query Cart { cart { ${CART_FIELDS} } }`;

export const ADD_TO_CART = `mutation AddToCart($input: CartItemInput!) { addToCart(input: $input) { ${CART_RESULT} } }`;

export const UPDATE_CART_ITEM = `mutation UpdateCartItem($input: CartItemInput!) { updateCartItem(input: $input) { ${CART_RESULT} } }`;

export const REMOVE_FROM_CART = `mutation RemoveFromCart($variantId: ID!) { removeFromCart(variantId: $variantId) { ${CART_RESULT} } }`;

export const APPLY_DISCOUNT_CODE = `mutation ApplyDiscountCode($code: String!) { applyDiscountCode(code: $code) { ${CART_RESULT} } }`;

export const REMOVE_DISCOUNT_CODE = `mutation RemoveDiscountCode { removeDiscountCode { ${CART_FIELDS} } }`;

export const CHECKOUT = `mutation Checkout($input: CheckoutInput!) {
  checkout(input: $input) { ${STOCK_FAILURE_FIELDS} ... on CheckoutLink { paymentUrl expiresAt order { number total currency instalments { number amount } } } }
}`;

export const CANCEL_MY_ORDER = `mutation CancelMyOrder($input: TrackOrderInput!) {
  cancelMyOrder(input: $input) { ${FAILURE_FIELDS} ... on CustomerOrder { number status } }
}`;

export const LEAVE_CONTACT_EMAIL = `mutation LeaveContactEmail($input: LeaveContactEmailInput!) {
  leaveContactEmail(input: $input) { id }
}`;
