/** The customer-support intents, as named in the Bitext customer-support dataset. */
export const SUPPORT_INTENTS = [
  'cancel_order',
  'change_order',
  'change_shipping_address',
  'check_cancellation_fee',
  'check_invoice',
  'check_payment_methods',
  'check_refund_policy',
  'complaint',
  'contact_customer_service',
  'contact_human_agent',
  'create_account',
  'delete_account',
  'delivery_options',
  'delivery_period',
  'edit_account',
  'get_invoice',
  'get_refund',
  'newsletter_subscription',
  'payment_issue',
  'place_order',
  'recover_password',
  'registration_problems',
  'review',
  'set_up_shipping_address',
  'switch_account',
  'track_order',
  'track_refund',
] as const;

/** Shopping and small-talk intents of the storefront assistant. */
export const SHOPPING_INTENTS = [
  'product_search',
  'product_question',
  'recommendation',
  'compare_products',
  'add_to_cart',
  'view_cart',
  'checkout',
  'check_stock',
  'greeting',
  'thanks',
  'goodbye',
  'out_of_scope',
] as const;

export type IntentName = (typeof SUPPORT_INTENTS)[number] | (typeof SHOPPING_INTENTS)[number];

/** Every intent the model knows, in the order of its outputs. */
export const ALL_INTENTS: readonly IntentName[] = [...SUPPORT_INTENTS, ...SHOPPING_INTENTS];

const KNOWN: ReadonlySet<string> = new Set(ALL_INTENTS);

export function isIntentName(name: string): name is IntentName {
  return KNOWN.has(name);
}
