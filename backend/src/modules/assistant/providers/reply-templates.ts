import { ProductFact } from '../tools/assistant-tool';
import { formatMoney } from '../tools/money';

/** One product as a reply line, with figures straight from the tool result. */
export function productLine(p: ProductFact): string {
  const price = formatMoney(p.priceCents, p.currency);
  const was = p.regularPriceCents > p.priceCents ? ` (was ${formatMoney(p.regularPriceCents, p.currency)})` : '';
  const stock = p.stock > 0 ? `in stock (${p.stock} available)` : 'out of stock';
  return `• ${p.name} — ${price}${was}, ${stock}`;
}

export function productList(products: ProductFact[], intro: string): string {
  return [intro, ...products.slice(0, 5).map(productLine)].join('\n');
}

export function quoted(text: string, max = 80): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  return `“${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}”`;
}

export const TEMPLATES = {
  greeting: (store: string) => `Hi! Welcome to ${store}. Ask me about our products, your order, or anything else.`,
  thanks: () => "You're welcome! Is there anything else I can help you with?",
  goodbye: () => 'Thanks for visiting, have a great day!',
  outOfScope: (store: string) =>
    `I'm the shopping assistant of ${store}: I can help you find products, check prices and stock, and answer questions about orders, shipping and returns.`,
  injection: () => "I can't change how I work or share my instructions, but I'm happy to help with products, orders and our store policies.",
  abuse: () => "I'm here to help with your shopping. Let's keep it friendly — what can I do for you?",
  tooLong: () => 'That message is a bit long for me. Could you tell me in a sentence or two what you need?',
  budget: () => "I can't answer more questions right now. Please try again a little later, or ask for a member of our team.",
  handoff: () => "I've asked a member of our team to join this chat. They'll answer here as soon as they can.",
  noFigures: () => "I couldn't confirm the price or stock just now. Please check the product page, or ask me to look up a specific product.",
  searchUnavailable: (what: string) => `I can't search our catalog for ${what} right now. Please try again shortly, or ask for a member of our team.`,
  noResults: (what: string) => `I couldn't find anything matching ${what}. Could you describe it differently, or name a brand or category?`,
  notFound: () => "I couldn't find that product. Could you give me its name or SKU?",
  askOrderNumber: () => 'I can help with your order. What is your order number?',
  askEmail: () => 'Thanks! And what email address did you use for the order? I need it to confirm the order is yours.',
  orderNotFound: (orderNumber: string) =>
    `I couldn't find order ${orderNumber} with that email address. Please check both, or ask for a member of our team.`,
  orderRateLimited: () => 'Too many order lookups just now. Please wait a few minutes and try again.',
  orderPreview: (orderNumber: string) => `In a real chat I would now cancel order ${orderNumber} (previews change nothing).`,
  notCancellable: (orderNumber: string, reason: string) => `Order ${orderNumber} can't be cancelled any more: ${reason}`,
  askCheckoutEmail: () => "Great! What email address should I put on the order? You'll get the confirmation there.",
  cartEmpty: () => 'Your cart is empty. Tell me what you are looking for and I can add it.',
  cartPreview: () => 'Carts belong to shoppers in the chat: in a real chat I would do this for them.',
  whichVariant: (name: string, options: string) => `Which ${name} would you like? We have: ${options}.`,
  actionsDone: (tools: string[]) => {
    const done: Record<string, string> = {
      handoff_to_human: "I've asked a member of our team to join this chat.",
      cancel_order: 'Your order is cancelled; anything you paid will be refunded.',
      add_to_cart: "It's in your cart.",
      checkout_link: 'Your order is placed; the payment details are on their way.',
    };
    return `Done. ${[...new Set(tools)].map((t) => done[t]).join(' ')} Is there anything else I can help with?`;
  },
  outOfStock: (name: string) => `Sorry, ${name} is out of stock right now.`,
  noPolicy: () => "I don't have that information. Would you like me to connect you with a member of our team?",
  policy: (title: string, text: string) => `${text.length > 400 ? `${text.slice(0, 399)}…` : text}\n\n(Source: ${title})`,
};
