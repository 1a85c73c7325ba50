import { UnderstoodEntity } from './understanding';

interface Rule {
  intent: string;
  pattern: RegExp;
}

// First match wins, so narrower requests come before the broad shopping ones.
const RULES: Rule[] = [
  { intent: 'contact_human_agent', pattern: /\b(human|real person|person|agent|representative|someone (?:real|from)|talk to (?:a|some)one|operator|staff)\b/i },
  { intent: 'track_order', pattern: /\b(where(?:'s| is) my (?:order|package|parcel|stuff)|track(?:ing)?|order status|status of (?:my )?order|has my order shipped|when will my order)\b/i },
  { intent: 'cancel_order', pattern: /\bcancel+(?:l?ing|ed)? (?:my |the |an? )?(?:order|purchase)\b/i },
  { intent: 'change_shipping_address', pattern: /\b(change|update|edit|correct)\b.*\b(shipping |delivery )?address\b/i },
  { intent: 'track_refund', pattern: /\b(status of|where is|track) (?:my )?refund\b/i },
  { intent: 'get_refund', pattern: /\b(refund|money back|reimburse)/i },
  { intent: 'check_refund_policy', pattern: /\b(return(?:s)? policy|refund policy|can i return|how (?:do|can) i return|returns?)\b/i },
  { intent: 'delivery_period', pattern: /\b(how long|when will|delivery time|shipping time|arrive|days to)\b/i },
  { intent: 'delivery_options', pattern: /\b(shipping|delivery|ship to|deliver)\b/i },
  { intent: 'check_payment_methods', pattern: /\b(pay(?:ment)? (?:with|by|methods?|options?)|paypal|credit card|klarna|apple pay)\b/i },
  { intent: 'payment_issue', pattern: /\b(payment (?:failed|declined|problem|issue)|charged twice|card (?:was )?declined)\b/i },
  { intent: 'complaint', pattern: /\b(complain|complaint|terrible|awful|unacceptable|disappointed|worst)\b/i },
  { intent: 'add_to_cart', pattern: /\b(add\b.{0,60}\b(?:to|in|into) (?:my |the )?(?:cart|basket)|add to cart|i'?ll take (?:it|one|two)|buy (?:it|this|that))\b/i },
  { intent: 'view_cart', pattern: /\b(my cart|my basket|what'?s in (?:my )?(?:cart|basket)|view cart|show cart)\b/i },
  { intent: 'checkout', pattern: /\b(check ?out|pay now|place (?:the|my)? ?order|proceed to pay)/i },
  { intent: 'check_stock', pattern: /\b(in stock|available|availability|stock|sold out|have any left|back in)\b/i },
  { intent: 'compare_products', pattern: /\b(compare|difference between|versus|vs\.?|which is better)\b/i },
  { intent: 'recommendation', pattern: /\b(recommend|suggest|suggestion|best|gift|what should i (?:buy|get)|help me (?:choose|pick|find))\b/i },
  { intent: 'greeting', pattern: /^\s*(hi|hello|hey|hallo|hola|bonjour|good (?:morning|afternoon|evening)|howdy|yo)\b/i },
  { intent: 'thanks', pattern: /\b(thanks|thank you|thx|ty|cheers|appreciate)\b/i },
  { intent: 'goodbye', pattern: /^\s*(bye|goodbye|see you|cya|good night|that'?s all)\b/i },
  { intent: 'product_question', pattern: /\b(is it|does it|does the|is the|what (?:size|material|colou?r)|made of|waterproof|warranty|dimensions?|weight)\b/i },
  { intent: 'product_search', pattern: /\b(do you (?:have|sell|carry|stock)|looking for|search|find|show me|i need|i want|want to buy|any\b.*\?|price of|how much)\b/i },
];

/** Keyword rules for the intents the reply engine acts on: the fallback where the trained classifier is not shipped. */
export class KeywordInterpreter {
  classify(text: string, entities: readonly UnderstoodEntity[]): { intent: string; confidence: number } {
    const rule = RULES.find((r) => r.pattern.test(text));
    if (rule) return { intent: rule.intent, confidence: 0.7 };
    if (entities.some((e) => e.type === 'order_number' || e.type === 'email')) return { intent: 'provide_details', confidence: 0.6 };
    if (entities.some((e) => e.type.endsWith('_price'))) return { intent: 'product_search', confidence: 0.6 };
    return { intent: 'out_of_scope', confidence: 0.3 };
  }
}
