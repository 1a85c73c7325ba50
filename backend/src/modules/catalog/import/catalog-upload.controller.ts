import { Body, Controller, HttpCode, Post, Query, UseFilters } from '@nestjs/common';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../../platform/context/access.decorators';
import { Ctx } from '../../../platform/context/ctx.decorator';
import { TenantContext } from '../../../platform/context/tenant-context';
import { UserInputError } from '../../../platform/graphql/app-errors';
import { CatalogImportService } from './catalog-import.service';
import { HttpErrorFilter } from '../../../platform/web/http-error.filter';

/**
 * File upload for imports larger than a GraphQL request may be (the admin's upload page, scripts):
 * POST /catalog/imports?format=csv|json&fileName=… with the file as the raw body (any content type
 * but application/json, e.g. text/csv or application/octet-stream). Answers like importCatalog.
 */
@Controller('catalog/imports')
@UseFilters(HttpErrorFilter)
export class CatalogUploadController {
  constructor(private readonly imports: CatalogImportService) {}

  @Post()
  @HttpCode(202)
  @Allow(Permission.CATALOG_WRITE)
  async upload(@Ctx() ctx: TenantContext, @Body() body: unknown, @Query('format') format?: string, @Query('fileName') fileName?: string) {
    const kind = (format ?? 'csv').toLowerCase();
    if (kind !== 'csv' && kind !== 'json') throw new UserInputError('format must be csv or json');
    if (typeof body !== 'string' || !body.length) throw new UserInputError('Send the file as the request body (e.g. Content-Type: text/csv)');
    const record = await this.imports.start(ctx, { format: kind, content: body, fileName: fileName?.slice(0, 255) });
    return { id: record.id, status: record.status };
  }
}
