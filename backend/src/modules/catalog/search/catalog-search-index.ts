import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../../platform/context/tenant-context';
import { TenantDataService } from '../../../platform/database/tenant-data.service';

/** The per-store vocabulary that misspelt search words are corrected against. */
@Injectable()
export class CatalogSearchIndex {
  constructor(private readonly data: TenantDataService) {}

  async refreshTerms(ctx: TenantContext): Promise<void> {
    const manager = this.data.managerOf(ctx);
    await manager.query(`DELETE FROM catalog_terms WHERE tenant_id = $1`, [ctx.tenantId]);
    // ts_stat takes the statement as text; the tenant id is quoted by format(%L).
    await manager.query(
      `INSERT INTO catalog_terms (tenant_id, term, documents)
       SELECT $1::uuid, word, ndoc FROM ts_stat(format('SELECT search_vector FROM products WHERE tenant_id = %L AND deleted_at IS NULL', $1::text))
       WHERE length(word) BETWEEN 2 AND 100 AND word ~ '^[a-z0-9]+$'`,
      [ctx.tenantId],
    );
  }
}
