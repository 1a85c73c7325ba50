import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { UserInputError } from '../../platform/graphql/app-errors';
import { OrderStatus } from './entities/order-status';
import { Order, OrderSource } from './entities/order.entity';

export interface OrderFilter {
  status?: OrderStatus[];
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
    const take = Math.min(Math.max(first, 1), 100);
    const qb = this.data.repo(ctx, Order).query('o');
    if (filter.status?.length) qb.andWhere('o.status IN (:...statuses)', { statuses: filter.status });
    if (filter.source) qb.andWhere('o.source = :source', { source: filter.source });
    if (filter.createdAfter) qb.andWhere('o.created_at >= :createdAfter', { createdAfter: filter.createdAfter });
    if (filter.createdBefore) qb.andWhere('o.created_at < :createdBefore', { createdBefore: filter.createdBefore });
    if (filter.search?.trim()) {
      const like = `%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(lower(o.number) LIKE :like OR o.customer_email LIKE :like OR lower(o.customer_name) LIKE :like)', { like });
    }
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [at, id] = decodeCursor(after);
      qb.andWhere('(o.created_at, o.id) < (:at, :id)', { at, id });
    }
    const rows = await qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'DESC').take(take + 1).getMany();
    const orders = rows.slice(0, take);
    return { orders, cursors: orders.map(encodeCursor), hasNextPage: rows.length > take, totalCount };
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
