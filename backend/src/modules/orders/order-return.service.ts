import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { NotFoundError, UserInputError } from '../../platform/graphql/app-errors';
import { InventoryService } from '../inventory/inventory.service';
import { PaymentProviderFailure, RefundTooLarge } from '../payments/payment-failures';
import { PaymentsService } from '../payments/payments.service';
import { OrderLine } from './entities/order-line.entity';
import { OrderReturnLine } from './entities/order-return-line.entity';
import { OrderReturn } from './entities/order-return.entity';
import { OrderStatus } from './entities/order-status';
import { Order } from './entities/order.entity';
import { RETURN_TRANSITIONS, ReturnStatus } from './entities/return-status';
import { money, OrderLifecycleService } from './order-lifecycle.service';
import { NotReturnable, ReturnQuantityExceeded, ReturnTransitionRefused } from './order-return-failures';
import { OrderTimeline } from './order-timeline';

/** Orders whose goods reached (or are on their way to) the shopper. */
const RETURNABLE_STATUSES: readonly OrderStatus[] = [OrderStatus.SHIPPED, OrderStatus.DELIVERED];

export interface ReturnRequest {
  lines: ReadonlyArray<{ orderLineId: string; quantity: number }>;
  reason: string;
}

/** Units to put back on the shelf per order line when a return arrives; lines not listed are restocked in full. */
export type RestockPlan = ReadonlyMap<string, number>;

export interface ReturnedLine {
  orderLine: OrderLine;
  quantity: number;
  restockedQuantity: number;
}

export interface ReturnView {
  orderReturn: OrderReturn;
  lines: ReturnedLine[];
  /** What the returned units were bought for. */
  valueCents: number;
}

export type ReturnRequestResult = ReturnView | NotReturnable | ReturnQuantityExceeded;
export type ReturnChange = ReturnView | ReturnTransitionRefused;
export type ReturnRefund = ReturnView | ReturnTransitionRefused | RefundTooLarge | PaymentProviderFailure;

/**
 * Returns: requested (by the shopper) → approved or rejected → received (chosen units restocked) →
 * refunded (the returned lines' value, through the payment provider). Each step locks the order
 * first, then the return, and writes the timeline naming who acted.
 */
@Injectable()
export class OrderReturnService {
  constructor(
    private readonly data: TenantDataService,
    private readonly lifecycle: OrderLifecycleService,
    private readonly inventory: InventoryService,
    private readonly payments: PaymentsService,
    private readonly timeline: OrderTimeline,
  ) {}

  async ofOrder(ctx: TenantContext, orderId: string): Promise<ReturnView[]> {
    const returns = await this.data.repo(ctx, OrderReturn).find({ where: { orderId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return this.views(ctx, returns, await this.lifecycle.linesOf(ctx, orderId));
  }

  async request(ctx: TenantContext, orderId: string, request: ReturnRequest): Promise<ReturnRequestResult> {
    const reason = request.reason.trim();
    if (!reason) throw new UserInputError('Please say why the items are coming back');
    const wanted = new Map<string, number>();
    for (const line of request.lines) {
      if (!Number.isInteger(line.quantity) || line.quantity <= 0) throw new UserInputError('Each returned quantity must be a whole number above zero');
      wanted.set(line.orderLineId, (wanted.get(line.orderLineId) ?? 0) + line.quantity);
    }
    if (!wanted.size) throw new UserInputError('Choose at least one item to return');
    return this.data.transaction(ctx, async (tx) => {
      const order = await this.lifecycle.lock(tx, orderId);
      if (!RETURNABLE_STATUSES.includes(order.status)) return new NotReturnable(order.status);
      const lines = new Map((await this.lifecycle.linesOf(tx, orderId)).map((l) => [l.id, l]));
      const alreadyReturned = await this.returnedUnits(tx, orderId);
      for (const [orderLineId, quantity] of wanted) {
        const line = lines.get(orderLineId);
        if (!line) throw new UserInputError('An item to return is not part of this order');
        const returnable = line.quantity - (alreadyReturned.get(orderLineId) ?? 0);
        if (quantity > returnable) return new ReturnQuantityExceeded(orderLineId, quantity, Math.max(0, returnable));
      }
      const orderReturn = await this.data.repo(tx, OrderReturn).insert({ orderId, status: ReturnStatus.REQUESTED, reason: reason.slice(0, 500) });
      await this.data.repo(tx, OrderReturnLine).insertMany([...wanted].map(([orderLineId, quantity]) => ({ returnId: orderReturn.id, orderLineId, quantity })));
      const items = [...wanted].map(([id, quantity]) => `${quantity} × ${lines.get(id)?.sku}`).join(', ');
      await this.timeline.record(tx, orderId, { type: 'return_requested', message: `Return requested for ${items}: ${reason}`, data: { returnId: orderReturn.id } });
      return this.view(tx, orderReturn);
    });
  }

  approve(ctx: TenantContext, returnId: string): Promise<ReturnChange> {
    return this.step(ctx, returnId, ReturnStatus.APPROVED, async (tx, orderReturn) => {
      await this.timeline.record(tx, orderReturn.orderId, { type: 'return_approved', message: 'Return approved: please send the items back', data: { returnId } });
      return {};
    });
  }

  reject(ctx: TenantContext, returnId: string, reason: string): Promise<ReturnChange> {
    const why = reason.trim().slice(0, 300);
    return this.step(ctx, returnId, ReturnStatus.REJECTED, async (tx, orderReturn) => {
      await this.timeline.record(tx, orderReturn.orderId, { type: 'return_rejected', message: why ? `Return rejected: ${why}` : 'Return rejected', data: { returnId } });
      return { rejectionReason: why || null };
    });
  }

  /** The parcel arrived: the planned units go back in stock (a ledger movement each), the rest stay out (damaged, kept). */
  receive(ctx: TenantContext, returnId: string, restock: RestockPlan): Promise<ReturnChange> {
    return this.step(ctx, returnId, ReturnStatus.RECEIVED, async (tx, orderReturn, order) => {
      const view = await this.view(tx, orderReturn);
      for (const orderLineId of restock.keys()) {
        if (!view.lines.some((l) => l.orderLine.id === orderLineId)) throw new UserInputError('An item to restock is not part of this return');
      }
      const restocked: string[] = [];
      for (const line of view.lines) {
        const planned = restock.get(line.orderLine.id) ?? line.quantity;
        if (!Number.isInteger(planned) || planned < 0 || planned > line.quantity) throw new UserInputError(`Restock between 0 and ${line.quantity} of ${line.orderLine.sku}`);
        // Units already put back another way (a refund with restock) are not added twice.
        const units = Math.min(planned, line.orderLine.quantity - line.orderLine.restockedQuantity);
        if (units <= 0) continue;
        await this.inventory.change(tx, {
          variantId: line.orderLine.variantId,
          delta: units,
          kind: 'return',
          reason: `return of order ${order.number}`,
          reference: `return:${returnId}`,
        });
        await this.data.repo(tx, OrderLine).update({ id: line.orderLine.id }, { restockedQuantity: line.orderLine.restockedQuantity + units });
        await this.data.repo(tx, OrderReturnLine).update({ returnId, orderLineId: line.orderLine.id }, { restockedQuantity: units });
        restocked.push(`${units} × ${line.orderLine.sku}`);
      }
      await this.timeline.record(tx, order.id, { type: 'return_received', message: 'Returned items received', data: { returnId } });
      await this.timeline.record(tx, order.id, {
        type: 'restocked',
        message: restocked.length ? `Back in stock from the return: ${restocked.join(', ')}` : 'Nothing from the return went back in stock',
        visibleToCustomer: false,
        data: { returnId },
      });
      return {};
    });
  }

  /**
   * Gives back what the returned units cost (never more than is left to refund). The return is
   * claimed first, so two clicks never refund twice; a provider failure puts it back to received.
   */
  async refund(ctx: TenantContext, returnId: string): Promise<ReturnRefund> {
    const claimed = await this.step(ctx, returnId, ReturnStatus.REFUNDED, async () => ({}));
    if (claimed instanceof ReturnTransitionRefused) return claimed;
    const order = await this.lifecycle.get(ctx, claimed.orderReturn.orderId);
    const amount = Math.min(claimed.valueCents, order.paidCents - order.refundedCents);
    const refund = amount > 0 ? await this.payments.refund(ctx, order.id, amount, 'return') : null;
    if (refund instanceof RefundTooLarge || refund instanceof PaymentProviderFailure) {
      await this.data.repo(ctx, OrderReturn).update({ id: returnId }, { status: ReturnStatus.RECEIVED });
      return refund;
    }
    await this.data.repo(ctx, OrderReturn).update({ id: returnId }, { refundedCents: amount });
    await this.timeline.record(ctx, order.id, {
      type: 'return_refunded',
      message: amount > 0 ? `Return refunded: ${money(amount, order.currency)}` : 'Return closed: nothing was left to refund on this order',
      data: { returnId, amountCents: amount },
    });
    return this.view(ctx, Object.assign(claimed.orderReturn, { refundedCents: amount }));
  }

  /** Moves a return one step under the order's lock; `apply` does the step's work and names extra columns to set. */
  private async step(
    ctx: TenantContext,
    returnId: string,
    to: ReturnStatus,
    apply: (tx: TenantContext, orderReturn: OrderReturn, order: Order) => Promise<Partial<OrderReturn>>,
  ): Promise<ReturnChange> {
    const found = await this.data.repo(ctx, OrderReturn).findOneBy({ id: returnId });
    if (!found) throw new NotFoundError('Return');
    return this.data.transaction(ctx, async (tx) => {
      const order = await this.lifecycle.lock(tx, found.orderId);
      const orderReturn = await this.data.repo(tx, OrderReturn).findOneBy({ id: returnId });
      if (!orderReturn) throw new NotFoundError('Return');
      if (!RETURN_TRANSITIONS[orderReturn.status].includes(to)) return new ReturnTransitionRefused(orderReturn.status, `A ${orderReturn.status} return cannot be ${to}`);
      const patch = { ...(await apply(tx, orderReturn, order)), status: to };
      await this.data.repo(tx, OrderReturn).update({ id: returnId }, patch);
      return this.view(tx, Object.assign(orderReturn, patch));
    });
  }

  /** Units of each order line already on a return that was not rejected. */
  private async returnedUnits(tx: TenantContext, orderId: string): Promise<Map<string, number>> {
    const open = await this.data.repo(tx, OrderReturn).find({ where: { orderId } });
    const counted = open.filter((r) => r.status !== ReturnStatus.REJECTED).map((r) => r.id);
    const lines = counted.length ? await this.data.repo(tx, OrderReturnLine).find({ where: { returnId: In(counted) } }) : [];
    const units = new Map<string, number>();
    for (const line of lines) units.set(line.orderLineId, (units.get(line.orderLineId) ?? 0) + line.quantity);
    return units;
  }

  private async view(ctx: TenantContext, orderReturn: OrderReturn): Promise<ReturnView> {
    const [view] = await this.views(ctx, [orderReturn], await this.lifecycle.linesOf(ctx, orderReturn.orderId));
    return view;
  }

  private async views(ctx: TenantContext, returns: OrderReturn[], orderLines: OrderLine[]): Promise<ReturnView[]> {
    if (!returns.length) return [];
    const rows = await this.data.repo(ctx, OrderReturnLine).find({ where: { returnId: In(returns.map((r) => r.id)) } });
    return returns.map((orderReturn) => {
      // In the order's own line order.
      const lines = orderLines.flatMap((orderLine) =>
        rows
          .filter((row) => row.returnId === orderReturn.id && row.orderLineId === orderLine.id)
          .map((row) => ({ orderLine, quantity: row.quantity, restockedQuantity: row.restockedQuantity })),
      );
      return { orderReturn, lines, valueCents: lines.reduce((sum, l) => sum + l.orderLine.unitPriceCents * l.quantity, 0) };
    });
  }
}
