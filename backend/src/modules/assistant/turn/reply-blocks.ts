import {
  MAX_BLOCKS,
  MAX_CARD_VARIANTS,
  MAX_PRODUCT_CARDS,
  MessageBlock,
  ProductCard,
  ProductCardsBlock,
  QuickRepliesBlock,
  QuickReply,
  safeWebUrl,
} from '../../conversations/message-blocks';
import { ReplyPhrases } from '../language/reply-phrases';
import { ProductFact } from '../tools/assistant-tool';
import { ToolCallRecord } from '../tools/tool-registry';

type NextStep = keyof ReplyPhrases['quickReplies'];

/** What a visitor can usefully say next after a turn about each intent. */
const NEXT_STEPS: Readonly<Record<string, readonly NextStep[]>> = {
  greeting: ['browse', 'track', 'human'],
  out_of_scope: ['browse', 'track', 'human'],
  add_to_cart: ['viewCart', 'checkout'],
  view_cart: ['checkout', 'browse'],
};

/**
 * The cards under a reply, built only from what the turn's tools returned (never from the model's
 * words): the products found, an order, a payment link, then a few next steps to tap.
 */
export function replyBlocks(toolCalls: readonly ToolCallRecord[], intent: string, phrases: ReplyPhrases): MessageBlock[] {
  const blocks: MessageBlock[] = [];
  const products = productCards(toolCalls);
  if (products) blocks.push(products);
  for (const call of toolCalls) if (call.result.ok) blocks.push(...(call.result.blocks ?? []));
  const searchedInVain = toolCalls.some((c) => c.name === 'search_products' && c.result.ok && !c.result.products.length);
  const steps = searchedInVain ? (['browse', 'human'] as const) : (NEXT_STEPS[intent] ?? []);
  if (steps.length) blocks.push(quickReplies(steps.map((step) => phrases.quickReplies[step])));
  return blocks.slice(0, MAX_BLOCKS);
}

/** The products of the latest lookup that found any: what the reply is talking about. */
function productCards(toolCalls: readonly ToolCallRecord[]): ProductCardsBlock | null {
  const latest = [...toolCalls].reverse().find((c) => c.result.ok && c.result.products.length);
  if (!latest) return null;
  const unique = new Map(latest.result.products.map((p) => [p.id, p]));
  return { kind: 'product_cards', products: [...unique.values()].slice(0, MAX_PRODUCT_CARDS).map(productCard) };
}

function productCard(p: ProductFact): ProductCard {
  const variants = [...p.variants]
    .sort((a, b) => Number(b.stock > 0) - Number(a.stock > 0))
    .slice(0, MAX_CARD_VARIANTS)
    .map((v) => ({ variantId: v.id, label: Object.values(v.options).join(' / ') || v.sku, price: v.priceCents / 100, available: Math.max(0, v.stock) }));
  return {
    productId: p.id,
    name: p.name,
    price: p.priceCents / 100,
    compareAtPrice: p.regularPriceCents > p.priceCents ? p.regularPriceCents / 100 : null,
    currency: p.currency,
    imageUrl: safeWebUrl(p.imageUrl),
    url: null,
    rating: p.rating,
    inStock: p.stock > 0,
    variants,
  };
}

function quickReplies(replies: readonly QuickReply[]): QuickRepliesBlock {
  return { kind: 'quick_replies', replies: replies.map((r) => ({ ...r })) };
}
