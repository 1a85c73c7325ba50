import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { DiscountCodeService } from './discount-code.service';
import { DiscountCodeInvalid } from './order-failures';
import { OrderTotals, PricingRules, priceOrder } from './order-pricing';
import { OrderSettingsService } from './order-settings.service';
import { PurchasableVariant, VariantCatalog } from './variant-catalog';

/** standard: the store's shipping rules; free: staff waive shipping (draft orders). */
export type ShippingMethod = 'standard' | 'free';

export interface QuoteItem {
  variantId: string;
  quantity: number;
}

export interface QuotedLine {
  variant: PurchasableVariant;
  quantity: number;
}

export interface Quote {
  /** Items whose variant still exists, in the given order. */
  lines: QuotedLine[];
  /** The code as applied; null when it is (no longer) usable. */
  discountCode: string | null;
  currency: string;
  /** Of the purchasable lines only. */
  totals: OrderTotals;
}

/** The store's pricing rules for a shipping method. */
export function shippingRules(rules: PricingRules, method: ShippingMethod): PricingRules {
  return method === 'free' ? { ...rules, flatShippingCents: 0 } : rules;
}

/** Prices items live, as carts and draft orders show them: today's prices, the store's tax and shipping, a usable discount. */
@Injectable()
export class OrderQuote {
  constructor(
    private readonly catalog: VariantCatalog,
    private readonly settings: OrderSettingsService,
    private readonly discounts: DiscountCodeService,
  ) {}

  async price(ctx: TenantContext, items: readonly QuoteItem[], discountCode: string | null, shipping: ShippingMethod = 'standard'): Promise<Quote> {
    const settings = await this.settings.get(ctx);
    const variants = await this.catalog.byIds(ctx, items.map((i) => i.variantId));
    const lines = items.flatMap((i) => {
      const variant = variants.get(i.variantId);
      return variant ? [{ variant, quantity: i.quantity }] : [];
    });
    const discount = discountCode ? await this.discounts.usable(ctx, discountCode) : null;
    const terms = discount && !(discount instanceof DiscountCodeInvalid) ? discount : null;
    const priced = lines.filter((l) => l.variant.purchasable).map((l) => ({ unitPriceCents: l.variant.unitPriceCents, quantity: l.quantity }));
    return { lines, discountCode: terms ? terms.code : null, currency: settings.currency, totals: priceOrder(priced, shippingRules(settings, shipping), terms) };
  }
}
