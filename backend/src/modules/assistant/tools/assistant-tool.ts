import { TenantContext } from '../../../platform/context/tenant-context';
import { MessageBlock } from '../../conversations/message-blocks';

/** Who a tool acts for: the visitor's own context (never more), and the conversation if there is one. */
export interface ToolInvocation {
  ctx: TenantContext;
  conversationId: string | null;
  /** Previews show what would happen without changing anything (no handoff, no cart change). */
  dryRun: boolean;
  /** Work to do once the reply is posted (a handoff, so the visitor reads the bot's words before the queue notice). */
  afterReply: Array<() => Promise<unknown>>;
  /** Tools wait for it before running: a reply begun before its message was stored acts only once it is. */
  ready?: Promise<void>;
}

/** A product as tools report it: the only source of prices and stock the assistant may state. */
export interface ProductFact {
  id: string;
  sku: string;
  name: string;
  brand: string | null;
  category: string | null;
  priceCents: number;
  regularPriceCents: number;
  currency: string;
  stock: number;
  description: string;
  imageUrl: string | null;
  /** Average review rating, null without reviews. */
  rating: number | null;
  variants: Array<{ id: string; sku: string; options: Record<string, string>; priceCents: number; stock: number }>;
}

/** Numbers a reply may state this turn, because a tool returned them. */
export interface ToolFacts {
  pricesCents: number[];
  stock: number[];
}

export interface ToolResult {
  ok: boolean;
  /** What the model sees (JSON); data, never instructions. */
  content: Record<string, unknown>;
  facts: ToolFacts;
  products: ProductFact[];
  /** Titles of knowledge documents used. */
  citations: string[];
  /** The tool could not run for this store (module missing, nothing configured). */
  unavailable?: boolean;
  /** Cards the visitor sees under the reply (an order, a payment link), built from this result's own data. */
  blocks?: MessageBlock[];
}

/** JSON Schema of a tool's arguments, as function-calling models expect it. */
export interface ToolParameters {
  type: 'object';
  properties: Record<string, { type: string; description: string; minimum?: number }>;
  required: string[];
  additionalProperties: false;
}

/** The only way the assistant acts or looks things up. */
export interface AssistantTool {
  readonly name: string;
  readonly description: string;
  readonly parameters: ToolParameters;
  run(invocation: ToolInvocation, args: Record<string, unknown>): Promise<ToolResult>;
}

export function emptyFacts(): ToolFacts {
  return { pricesCents: [], stock: [] };
}

export function factsOf(products: ProductFact[]): ToolFacts {
  const facts = emptyFacts();
  for (const p of products) {
    facts.pricesCents.push(p.priceCents, p.regularPriceCents, ...p.variants.map((v) => v.priceCents));
    facts.stock.push(p.stock, ...p.variants.map((v) => v.stock));
  }
  return facts;
}

export function unavailableResult(what: string): ToolResult {
  return { ok: false, unavailable: true, content: { error: 'unavailable', message: `${what} is not available in this chat yet.` }, facts: emptyFacts(), products: [], citations: [] };
}

export function stringArg(args: Record<string, unknown>, name: string): string | undefined {
  const value = args[name];
  if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 300);
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function numberArg(args: Record<string, unknown>, name: string): number | undefined {
  const value = typeof args[name] === 'string' ? Number(args[name]) : args[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
