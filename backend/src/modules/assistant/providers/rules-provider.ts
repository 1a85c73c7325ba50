import { ProductFact, ToolResult } from '../tools/assistant-tool';
import { ToolCallRecord, ToolRegistry } from '../tools/tool-registry';
import { UnderstoodEntity } from '../understanding/understanding';
import { AssistantProvider, DialogueState, EMPTY_STATE, NO_USAGE, ProviderReply, ProviderRequest } from './assistant-provider';
import { quoted, ReplyTemplates, templatesFor } from './reply-templates';

const ORDER_INTENTS = new Set(['track_order', 'cancel_order', 'change_order', 'change_shipping_address', 'track_refund', 'get_invoice', 'check_invoice', 'start_return']);
// "I want to return my boots" is a request to act, not a question about the returns policy.
const RETURN_REQUEST = /\b(?:i (?:want|would like|need) to|i'?d like to|please|can you|could you|help me)\s+(?:return|send back)\b/i;
const RETURN_INTENTS = new Set(['get_refund', 'check_refund_policy', 'change_order']);
const SEARCH_INTENTS = new Set(['product_search', 'recommendation', 'compare_products', 'product_question']);
const HANDOFF_INTENTS = new Set(['contact_human_agent', 'contact_customer_service', 'complaint']);
// Intents that continue an open slot-filling dialogue instead of starting something new.
const CONTINUING = new Set(['provide_details', 'out_of_scope']);

const FILLER = [
  /\b(?:hi|hello|hey|please|pls|thanks?|thank you)\b[,!.]*/gi,
  /\b(?:do|does|can|could) (?:you|u) (?:guys )?(?:have|sell|carry|stock|recommend|suggest|show me|find)\b/gi,
  /\b(?:i'?m|i am|we'?re) (?:looking|searching) for\b/gi,
  /\b(?:i (?:need|want|would like)|show me|looking for|search for|find me|any|some|is there|are there|what about)\b/gi,
  /\b(?:in stock|available|do you have|how much (?:is|are|does|do)|price of|cost)\b/gi,
  /\b(?:under|below|less than|cheaper than|over|above|more than|between|up to)\s+[$€£]?\s?\d+(?:[.,]\d+)?(?:\s*(?:and|to|-)\s*[$€£]?\s?\d+(?:[.,]\d+)?)?\s*(?:[$€£]|usd|eur|gbp|dollars?|euros?|bucks)?/gi,
  // Asking for "best sellers" or "something popular" names no product: the catalog's own order answers it.
  /\b(?:your |the )?(?:best[- ]?sell(?:ers?|ing)(?: products| items)?|most popular|popular (?:items|products|ones)|top (?:products|picks|sellers)|trending|what(?:'s| is) (?:popular|new|hot))\b/gi,
  /[?!.]+/g,
];

/**
 * The built-in provider: no model, no key. It answers every intent through the same tools a model
 * would use and fixed templates, and keeps slot-filling state between turns (an order question asks
 * for the order number, then the email).
 */
export class RulesProvider implements AssistantProvider {
  readonly name = 'rules' as const;

  constructor(private readonly tools: ToolRegistry) {}

  async reply(request: ProviderRequest): Promise<ProviderReply> {
    const calls: ToolCallRecord[] = [];
    const call = async (name: string, args: Record<string, unknown>) => {
      const record = await this.tools.run(request.invocation, name, args);
      calls.push(record);
      return record.result;
    };
    const done = (text: string, state: DialogueState = EMPTY_STATE): ProviderReply => ({ text, toolCalls: calls, usage: NO_USAGE, state });
    const { intent, entities } = request.understanding;
    const pending = request.state.pendingIntent;
    const t = templatesFor(request.language);

    if (pending && ORDER_INTENTS.has(pending) && (CONTINUING.has(intent) || intent === pending || hasOrderDetails(entities))) {
      return this.orderDialogue(t, pending, mergeSlots(request.state.slots, entities), call, done);
    }
    if (pending === 'checkout' && (CONTINUING.has(intent) || intent === pending || hasOrderDetails(entities))) {
      return this.checkout(t, mergeSlots(request.state.slots, entities), call, done);
    }
    if (RETURN_INTENTS.has(intent) && RETURN_REQUEST.test(request.text)) {
      return this.orderDialogue(t, 'start_return', { ...mergeSlots({}, entities), reason: request.text.slice(0, 500) }, call, done);
    }
    if (ORDER_INTENTS.has(intent)) return this.orderDialogue(t, intent, mergeSlots({}, entities), call, done);

    if (intent === 'greeting') return done(request.voice.greeting || t.greeting(request.storeName));
    if (intent === 'thanks') return done(t.thanks);
    if (intent === 'goodbye') return done(t.goodbye);
    if (HANDOFF_INTENTS.has(intent)) {
      await call('handoff_to_human', { reason: intent });
      return done(intent === 'complaint' ? `${t.apology} ${t.handoff}` : t.handoff);
    }
    if (intent === 'view_cart') return this.viewCart(t, call, done);
    if (intent === 'checkout') return this.checkout(t, mergeSlots({}, entities), call, done);
    if (intent === 'add_to_cart') return this.addToCart(t, request.text, entities, call, done);
    if (intent === 'check_stock') return this.stock(t, request.text, entities, call, done);
    if (SEARCH_INTENTS.has(intent)) return this.search(t, intent, request.text, entities, call, done);
    if (intent === 'out_of_scope' || intent === 'provide_details') return done(request.voice.offTopicReply || t.outOfScope(request.storeName));
    // Store questions (returns, shipping, payment, accounts…): answer from the knowledge base.
    const policy = await call('get_policy', { question: request.text });
    const passages = (policy.content.passages as Array<{ title: string; text_data: string }> | undefined) ?? [];
    if (!passages.length) return done(t.noPolicy);
    return done(t.policy(passages[0].title, passages[0].text_data));
  }

  private async search(
    t: ReplyTemplates,
    intent: string,
    text: string,
    entities: UnderstoodEntity[],
    call: (name: string, args: Record<string, unknown>) => Promise<{ products: ProductFact[]; unavailable?: boolean }>,
    done: (text: string) => ProviderReply,
  ): Promise<ProviderReply> {
    const query = searchPhrase(text);
    const result = await call('search_products', { query, ...priceArgs(entities) });
    const what = quoted(query || text);
    if (result.unavailable) return done(t.searchUnavailable(what));
    if (!result.products.length) return done(t.noResults(what));
    if (intent === 'product_question') {
      const top = result.products[0];
      return done([t.productLine(top), top.description ? top.description.slice(0, 240) : ''].filter(Boolean).join('\n'));
    }
    if (intent === 'compare_products' && result.products.length >= 2) return done(t.productList(result.products.slice(0, 2), t.intro.compare));
    const intro = !query ? t.intro.popular : intent === 'recommendation' ? t.intro.suggestions(what) : t.intro.found(what);
    return done(t.productList(result.products, intro));
  }

  private async stock(
    t: ReplyTemplates,
    text: string,
    entities: UnderstoodEntity[],
    call: (name: string, args: Record<string, unknown>) => Promise<{ products: ProductFact[]; unavailable?: boolean }>,
    done: (text: string) => ProviderReply,
  ): Promise<ProviderReply> {
    const query = searchPhrase(text);
    const found = await call('search_products', { query, ...priceArgs(entities) });
    if (found.unavailable) return done(t.searchUnavailable(quoted(query || text)));
    if (!found.products.length) return done(t.noResults(quoted(query || text)));
    const stock = await call('check_stock', { sku: found.products[0].sku });
    const product = stock.products[0];
    if (!product) return done(t.notFound);
    const variants = product.variants.filter((v) => Object.keys(v.options).length);
    const lines = variants.slice(0, 6).map((v) => `  – ${Object.values(v.options).join(' / ')}: ${v.stock > 0 ? t.available(v.stock) : t.soldOut}`);
    return done([product.stock > 0 ? t.stockYes(product.name, product.stock) : t.outOfStock(product.name), ...lines].join('\n'));
  }

  private async orderDialogue(t: ReplyTemplates, intent: string, slots: Record<string, string>, call: ToolCaller, done: Done): Promise<ReplyOf> {
    if (!slots.order_number) return done(t.askOrderNumber, { pendingIntent: intent, slots });
    const number = slots.order_number;
    const proof = { order_number: number, ...(slots.email ? { email: slots.email } : {}) };
    const result =
      intent === 'start_return' ? await call('start_return', { ...proof, reason: slots.reason ?? '' }) : await call(intent === 'cancel_order' ? 'cancel_order' : 'track_order', proof);
    const content = result.content as OrderContent;
    if (content.error === 'preview') return done(t.orderPreview(number));
    if (result.ok) return done(intent === 'start_return' ? t.actionsDone(['start_return']) : orderReply(t, content));
    // Without an email only the visitor who placed the order sees it: ask for the proof.
    if (content.error === 'not_found_or_not_verified' && !slots.email) return done(t.askEmail, { pendingIntent: intent, slots });
    if (content.error === 'too_many_attempts') return done(t.orderRateLimited);
    const status = content.status ? (t.statuses[content.status] ?? content.status) : null;
    if (content.error === 'not_cancellable') return done(t.notCancellable(number, status));
    if (content.error === 'not_returnable') return done(t.notReturnable(number, status ?? ''));
    if (content.error === 'nothing_to_return') return done(t.nothingToReturn(number));
    if (content.error === 'quantity_exceeded') return done(t.returnQuantityExceeded(content.returnable ?? 0));
    return done(t.orderNotFound(number));
  }

  private async viewCart(t: ReplyTemplates, call: ToolCaller, done: Done): Promise<ReplyOf> {
    const result = await call('view_cart', {});
    if (!result.ok) return done(t.cartPreview);
    const cart = result.content as unknown as CartContent;
    if (!cart.items.length) return done(t.cartEmpty);
    return done([t.cartTitle, ...cart.items.map((i) => t.cartLine(i.name, i.quantity, i.unit_price)), t.total(cart.total)].join('\n'));
  }

  private async addToCart(t: ReplyTemplates, text: string, entities: UnderstoodEntity[], call: ToolCaller, done: Done): Promise<ReplyOf> {
    const query = searchPhrase(text.replace(/\b(?:add|put|to|into|in|my|the|cart|basket|please|i'?ll take|buy)\b/gi, ' '));
    const found = await call('search_products', { query });
    if (found.unavailable) return done(t.searchUnavailable(quoted(query || text)));
    const product = found.products[0];
    if (!product) return done(t.noResults(quoted(query || text)));
    const wanted = entities.filter((e) => e.type === 'size' || e.type === 'colour').map((e) => e.value.toLowerCase());
    const variants = product.variants.filter((v) => wanted.every((w) => Object.values(v.options).some((o) => o.toLowerCase() === w)));
    if (variants.length !== 1) {
      const options = product.variants.map((v) => Object.values(v.options).join(' / ') || v.sku).join(', ');
      return done(t.whichVariant(product.name, options));
    }
    const quantity = Number(entities.find((e) => e.type === 'quantity')?.value ?? 1);
    const result = await call('add_to_cart', { sku: variants[0].sku, quantity });
    const content = result.content as { error?: string; message?: string; cart?: CartContent };
    if (content.error === 'preview') return done(t.cartPreview);
    if (content.error === 'out_of_stock' || content.error === 'insufficient_stock') return done(t.outOfStock(product.name));
    if (!result.ok || !content.cart) return done(content.message ?? t.cartPreview);
    return done(t.added(quantity, product.name, content.cart.total));
  }

  private async checkout(t: ReplyTemplates, slots: Record<string, string>, call: ToolCaller, done: Done): Promise<ReplyOf> {
    if (!slots.email) return done(t.askCheckoutEmail, { pendingIntent: 'checkout', slots });
    const result = await call('checkout_link', { email: slots.email });
    const content = result.content as { error?: string; message?: string; order_number?: string; total?: string; payment_link?: string | null };
    if (content.error === 'preview') return done(t.cartPreview);
    if (content.error === 'cart_empty') return done(t.cartEmpty);
    if (!result.ok) return done(content.message ?? t.noPolicy);
    const pay = content.payment_link ? t.payHere(content.payment_link) : t.payLater;
    return done(`${t.orderPlaced(content.order_number ?? '', content.total ?? '')} ${pay}`);
  }
}

type ToolCaller = (name: string, args: Record<string, unknown>) => Promise<ToolResult>;
type ReplyOf = ProviderReply;
type Done = (text: string, state?: DialogueState) => ProviderReply;

interface OrderContent {
  error?: string;
  message?: string;
  returnable?: number;
  order_number?: string;
  status?: string;
  total?: string;
  carrier?: string | null;
  tracking_number?: string | null;
  cancelled?: boolean;
}

interface CartContent {
  items: Array<{ name: string; quantity: number; unit_price: string }>;
  total: string;
}

function orderReply(t: ReplyTemplates, order: OrderContent): string {
  const number = order.order_number ?? '';
  if (order.cancelled) return t.orderCancelled(number);
  const status = t.statuses[order.status ?? ''] ?? (order.status ?? '').replace(/_/g, ' ');
  const shipping = order.tracking_number ? ` ${t.onItsWay(order.carrier ?? null, order.tracking_number)}` : '';
  return `${t.orderStatus(number, status)}${shipping} ${t.total(order.total ?? '')}.`;
}

function hasOrderDetails(entities: UnderstoodEntity[]): boolean {
  return entities.some((e) => e.type === 'order_number' || e.type === 'email');
}

function mergeSlots(slots: Record<string, string>, entities: UnderstoodEntity[]): Record<string, string> {
  const merged = { ...slots };
  for (const e of entities) if (e.type === 'order_number' || e.type === 'email') merged[e.type] = e.value;
  return merged;
}

function priceArgs(entities: UnderstoodEntity[]): Record<string, number> {
  const args: Record<string, number> = {};
  for (const e of entities) if (e.type === 'min_price' || e.type === 'max_price') args[e.type] = Number(e.value);
  return args;
}

/** The product words of a request: "Do you sell duffle bags under $50?" → "duffle bags". */
export function searchPhrase(text: string): string {
  let phrase = text;
  for (const pattern of FILLER) phrase = phrase.replace(pattern, ' ');
  return phrase.replace(/\s+/g, ' ').replace(/^[\s,;:]+|[\s,;:]+$/g, '').slice(0, 120);
}
