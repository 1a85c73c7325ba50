import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { UserInputError } from '../../platform/graphql/app-errors';
import { OrderStatus } from './entities/order-status';
import { Order, OrderSource } from './entities/order.entity';

export const PAYMENT_STATES = ['unpaid', 'paid', 'partially_refunded', 'refunded'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

/** SQL per payment state, matching paymentStateOf. */
const PAYMENT_STATE_SQL: Record<PaymentState, string> = {
  unpaid: 'o.paid_cents = 0',
  paid: 'o.paid_cents > 0 AND o.refunded_cents = 0',
  partially_refunded: 'o.refunded_cents > 0 AND o.refunded_cents < o.paid_cents',
  refunded: 'o.paid_cents > 0 AND o.refunded_cents >= o.paid_cents',
};

const MAX_PAGE = 100;

export interface OrderFilter {
  status?: OrderStatus[];
  paymentState?: PaymentState;
  /** Number, email or customer name fragment. */
  search?: string;
  source?: OrderSource;
  createdAfter?: Date;
  createdBefore?: Date;
}

export interface OrderPage {
  orders: Order[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

/** Staff lists of orders: filtered, newest first, cursor-paginated. */
@Injectable()
export class OrderQueryService {
  constructor(private readonly data: TenantDataService) {}

  async list(ctx: TenantContext, filter: OrderFilter, first: number, after?: string): Promise<OrderPage> {
    const qb = this.filtered(ctx, filter);
    const totalCount = await qb.clone().getCount();
    return { ...(await this.page(qb, first, after)), totalCount };
  }

  /** Every order the filter matches, newest first, read a page at a time (for exports). */
  async *each(ctx: TenantContext, filter: OrderFilter): AsyncGenerator<Order> {
    let after: string | undefined;
    for (;;) {
      const page = await this.page(this.filtered(ctx, filter), MAX_PAGE, after);
      yield* page.orders;
      if (!page.hasNextPage) return;
      after = page.cursors[page.cursors.length - 1];
    }
  }

  private filtered(ctx: TenantContext, filter: OrderFilter): SelectQueryBuilder<Order> {
    const qb = this.data.repo(ctx, Order).query('o');
    if (filter.status?.length) qb.andWhere('o.status IN (:...statuses)', { statuses: filter.status });
    if (filter.source) qb.andWhere('o.source = :source', { source: filter.source });
    if (filter.paymentState) qb.andWhere(PAYMENT_STATE_SQL[filter.paymentState]);
    if (filter.createdAfter) qb.andWhere('o.created_at >= :createdAfter', { createdAfter: filter.createdAfter });
    if (filter.createdBefore) qb.andWhere('o.created_at < :createdBefore', { createdBefore: filter.createdBefore });
    if (filter.search?.trim()) {
      const like = `%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(lower(o.number) LIKE :like OR o.customer_email LIKE :like OR lower(o.customer_name) LIKE :like)', { like });
    }
    return qb;
  }

  private async page(qb: SelectQueryBuilder<Order>, first: number, after?: string): Promise<Omit<OrderPage, 'totalCount'>> {
    const take = Math.min(Math.max(first, 1), MAX_PAGE);
    if (after) {
      const [at, id] = decodeCursor(after);
      qb.andWhere('(o.created_at, o.id) < (:at, :id)', { at, id });
    }
    const rows = await qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'DESC').take(take + 1).getMany();
    const orders = rows.slice(0, take);
    return { orders, cursors: orders.map(encodeCursor), hasNextPage: rows.length > take };
  }
}

function encodeCursor(o: Order): string {
  return Buffer.from(`${o.createdAt.toISOString()}|${o.id}`).toString('base64url');
}

function decodeCursor(cursor: string): [Date, string] {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at);
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) throw new UserInputError('Invalid cursor');
  return [date, id];
}
