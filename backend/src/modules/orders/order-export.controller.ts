import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { Permission } from '@shopdesk/shared';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { HttpErrorFilter } from '../../platform/web/http-error.filter';
import { OrderExportQuery } from './dto/order-export.query';
import { csvRecord, ORDER_CSV_HEADER, orderCsvValues } from './order-csv';
import { OrderFilter, OrderQueryService } from './order-query.service';

/**
 * GET /orders/export.csv?status=paid,shipped&paymentState=…&source=chat&createdAfter=…&search=…
 * with the staff Bearer token: the filtered order list as CSV, streamed a page at a time.
 */
@Controller('orders')
@UseFilters(HttpErrorFilter)
export class OrderExportController {
  constructor(private readonly query: OrderQueryService) {}

  @Get('export.csv')
  @Allow(Permission.ORDERS_READ)
  async export(@Ctx() ctx: TenantContext, @Query() filter: OrderExportQuery, @Res() res: Response): Promise<void> {
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="orders-${new Date().toISOString().slice(0, 10)}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    await pipeline(Readable.from(this.records(ctx, filter)), res);
  }

  private async *records(ctx: TenantContext, filter: OrderFilter): AsyncGenerator<string> {
    yield csvRecord(ORDER_CSV_HEADER);
    for await (const order of this.query.each(ctx, filter)) yield csvRecord(orderCsvValues(order));
  }
}
