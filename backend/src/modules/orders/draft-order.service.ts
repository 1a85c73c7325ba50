import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { NotFoundError, UserInputError } from '../../platform/graphql/app-errors';
import { MAX_CART_LINES, MAX_LINE_QUANTITY } from './cart.service';
import { CheckoutResult, CheckoutService } from './checkout.service';
import { validEmail } from './customer-email';
import { DiscountCodeService } from './discount-code.service';
import { DraftOrderInvoiced } from './draft-order-failures';
import { DraftOrder, DraftOrderItem } from './entities/draft-order.entity';
import { DiscountCodeInvalid, ProductUnavailable } from './order-failures';
import { OrderQuote, Quote, ShippingMethod } from './order-quote';
import { VariantCatalog } from './variant-catalog';

export interface DraftOrderInput {
  customerEmail: string;
  customerName?: string | null;
  items: readonly DraftOrderItem[];
  discountCode?: string | null;
  shippingMethod: ShippingMethod;
}

export interface DraftOrderView {
  draft: DraftOrder;
  quote: Quote;
}

export type DraftChange = DraftOrderView | ProductUnavailable | DiscountCodeInvalid | DraftOrderInvoiced;
export type InvoiceResult = CheckoutResult | DraftOrderInvoiced;

/**
 * Orders staff put together for a customer. A draft is priced live and holds no stock; sending the
 * invoice places it through checkout (same pricing, discount use, stock holds and payment link),
 * as an order whose source is staff.
 */
@Injectable()
export class DraftOrderService {
  constructor(
    private readonly data: TenantDataService,
    private readonly catalog: VariantCatalog,
    private readonly discounts: DiscountCodeService,
    private readonly quote: OrderQuote,
    private readonly checkouts: CheckoutService,
  ) {}

  async list(ctx: TenantContext): Promise<DraftOrderView[]> {
    const drafts = await this.data.repo(ctx, DraftOrder).find({ where: { status: 'open' }, order: { updatedAt: 'DESC', id: 'DESC' }, take: 100 });
    return Promise.all(drafts.map((draft) => this.view(ctx, draft)));
  }

  async get(ctx: TenantContext, id: string): Promise<DraftOrderView> {
    return this.view(ctx, await this.find(ctx, id));
  }

  async create(ctx: TenantContext, input: DraftOrderInput): Promise<DraftChange> {
    const values = await this.validated(ctx, input);
    if (!('customerEmail' in values)) return values;
    return this.view(ctx, await this.data.repo(ctx, DraftOrder).insert({ ...values, status: 'open' }));
  }

  async update(ctx: TenantContext, id: string, input: DraftOrderInput): Promise<DraftChange> {
    const draft = await this.find(ctx, id);
    if (draft.status !== 'open') return new DraftOrderInvoiced(draft.orderId);
    const values = await this.validated(ctx, input);
    if (!('customerEmail' in values)) return values;
    // Only while still open: an invoice sent meanwhile wins.
    if (!(await this.data.repo(ctx, DraftOrder).update({ id, status: 'open' }, values))) return new DraftOrderInvoiced(draft.orderId);
    return this.get(ctx, id);
  }

  async remove(ctx: TenantContext, id: string): Promise<DraftOrderInvoiced | null> {
    const draft = await this.find(ctx, id);
    if (!(await this.data.repo(ctx, DraftOrder).delete({ id, status: 'open' }))) return new DraftOrderInvoiced(draft.orderId);
    return null;
  }

  /** Places the order (stock held, payment link opened) and closes the draft, in checkout's transaction. */
  async sendInvoice(ctx: TenantContext, id: string): Promise<InvoiceResult> {
    const found = await this.find(ctx, id);
    if (found.status !== 'open') return new DraftOrderInvoiced(found.orderId);
    return this.checkouts.placeAndOpen(ctx, async (tx) => {
      const draft = await this.data.repo(tx, DraftOrder).query('d').andWhere('d.id = :id', { id }).setLock('pessimistic_write').getOne();
      // Sent by someone else a moment ago.
      if (!draft || draft.status !== 'open') throw new UserInputError('The invoice for this draft has been sent already');
      return {
        items: draft.items,
        discountCode: draft.discountCode,
        shipping: draft.shippingMethod,
        source: 'staff',
        visitorId: null,
        conversationId: null,
        email: draft.customerEmail,
        name: draft.customerName,
        placedMessage: `Order created by staff and invoiced to ${draft.customerEmail}`,
        onPlaced: async (order) => {
          await this.data.repo(tx, DraftOrder).update({ id }, { status: 'invoiced', orderId: order.id });
        },
      };
    });
  }

  private async find(ctx: TenantContext, id: string): Promise<DraftOrder> {
    const draft = await this.data.repo(ctx, DraftOrder).findOneBy({ id });
    if (!draft) throw new NotFoundError('Draft order');
    return draft;
  }

  private async view(ctx: TenantContext, draft: DraftOrder): Promise<DraftOrderView> {
    return { draft, quote: await this.quote.price(ctx, draft.items, draft.discountCode, draft.shippingMethod) };
  }

  /** The columns to store, or the business reason they cannot be: a product no longer sold, a code not usable. */
  private async validated(
    ctx: TenantContext,
    input: DraftOrderInput,
  ): Promise<Pick<DraftOrder, 'customerEmail' | 'customerName' | 'items' | 'discountCode' | 'shippingMethod'> | ProductUnavailable | DiscountCodeInvalid> {
    const customerEmail = validEmail(input.customerEmail);
    const quantities = new Map<string, number>();
    for (const item of input.items) quantities.set(item.variantId, (quantities.get(item.variantId) ?? 0) + item.quantity);
    if (!quantities.size) throw new UserInputError('Add at least one item');
    if (quantities.size > MAX_CART_LINES) throw new UserInputError(`An order holds at most ${MAX_CART_LINES} different items`);
    for (const quantity of quantities.values()) {
      if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) throw new UserInputError(`Each quantity is a whole number from 1 to ${MAX_LINE_QUANTITY}`);
    }
    const variants = await this.catalog.byIds(ctx, [...quantities.keys()]);
    for (const variantId of quantities.keys()) if (!variants.get(variantId)?.purchasable) return new ProductUnavailable(variantId);
    let discountCode: string | null = null;
    if (input.discountCode?.trim()) {
      const usable = await this.discounts.usable(ctx, input.discountCode);
      if (usable instanceof DiscountCodeInvalid) return usable;
      discountCode = usable.code;
    }
    return {
      customerEmail,
      customerName: input.customerName?.trim().slice(0, 120) || null,
      items: [...quantities].map(([variantId, quantity]) => ({ variantId, quantity })),
      discountCode,
      shippingMethod: input.shippingMethod,
    };
  }
}
