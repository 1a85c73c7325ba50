/** A suggested next message under a reply: the button label and the text it sends. */
export interface QuickReplyPhrase {
  label: string;
  text: string;
}

/**
 * Every sentence the built-in replies use, in one language. Figures arrive already formatted for
 * that language's locale; names, order numbers and quotes are inserted as they are.
 */
export interface ReplyPhrases {
  greeting(store: string): string;
  thanks: string;
  goodbye: string;
  outOfScope(store: string): string;
  injection: string;
  abuse: string;
  tooLong: string;
  budget: string;
  handoff: string;
  /** Said before the handoff sentence to a visitor who is unhappy. */
  apology: string;
  noFigures: string;
  searchUnavailable(what: string): string;
  noResults(what: string): string;
  notFound: string;
  askOrderNumber: string;
  askEmail: string;
  orderNotFound(orderNumber: string): string;
  orderRateLimited: string;
  orderPreview(orderNumber: string): string;
  /** `status` in words, or null when the order could not be cancelled for another reason (a failed refund). */
  notCancellable(orderNumber: string, status: string | null): string;
  notReturnable(orderNumber: string, status: string): string;
  nothingToReturn(orderNumber: string): string;
  /** How many of the item can still be returned (0: none). */
  returnQuantityExceeded(returnable: number): string;
  askCheckoutEmail: string;
  cartEmpty: string;
  cartPreview: string;
  whichVariant(name: string, options: string): string;
  outOfStock(name: string): string;
  noPolicy: string;
  source(title: string): string;
  /** "Done." before the list of what a model already did when the rules take over. */
  done: string;
  doneActions: { handoff_to_human: string; cancel_order: string; add_to_cart: string; checkout_link: string; start_return: string };
  anythingElse: string;
  /** Product lines: "• name — price (was …), in stock (n available)". */
  was(price: string): string;
  inStock(count: number): string;
  available(count: number): string;
  soldOut: string;
  stockYes(name: string, count: number): string;
  intro: { found(what: string): string; suggestions(what: string): string; popular: string; compare: string; current: string };
  cartTitle: string;
  cartLine(name: string, quantity: number, unitPrice: string): string;
  total(amount: string): string;
  added(quantity: number, name: string, total: string): string;
  orderPlaced(orderNumber: string, total: string): string;
  payHere(link: string): string;
  payLater: string;
  orderCancelled(orderNumber: string): string;
  orderStatus(orderNumber: string, status: string): string;
  onItsWay(carrier: string | null, trackingNumber: string): string;
  statuses: Record<string, string>;
  quickReplies: { browse: QuickReplyPhrase; track: QuickReplyPhrase; human: QuickReplyPhrase; viewCart: QuickReplyPhrase; checkout: QuickReplyPhrase };
}
