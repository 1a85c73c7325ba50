import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { InventoryService } from '../inventory/inventory.service';
import { OrderLine } from './entities/order-line.entity';

/** What a cart needs to know about a variant, priced now. */
export interface PurchasableVariant {
  variantId: string;
  productId: string;
  sku: string;
  /** Product name with the variant's options ("Hoodie (M, Blue)"). */
  name: string;
  productName: string;
  imageUrl: string | null;
  /** The sale price while a sale runs, else the regular price; minor units. */
  unitPriceCents: number;
  /** Units free to sell across locations (on hand minus held). */
  available: number;
  /** Active and not deleted: may be added to a cart and ordered. */
  purchasable: boolean;
}

interface VariantRow {
  id: string;
  product_id: string;
  sku: string;
  options: Record<string, string> | null;
  price_cents: number;
  sale_price_cents: number | null;
  sale_starts_at: Date | null;
  sale_ends_at: Date | null;
  image_url: string | null;
  name: string;
  status: string;
  deleted: boolean;
}

/**
 * Variants by id with today's price and free stock. The catalog exports no lookup of variants by id
 * yet, so this reads its two tables with a tenant-scoped query; it is the one place to switch to a
 * catalog API once there is one. Stock comes from InventoryService, the source of truth.
 */
@Injectable()
export class VariantCatalog {
  constructor(
    private readonly data: TenantDataService,
    private readonly inventory: InventoryService,
  ) {}

  async byIds(ctx: TenantContext, variantIds: readonly string[]): Promise<Map<string, PurchasableVariant>> {
    const ids = [...new Set(variantIds)];
    if (!ids.length) return new Map();
    // OrderLine is only the handle for a tenant-scoped statement; the query reads catalog tables.
    const rows = await this.data.repo(ctx, OrderLine).sql<VariantRow>(
      `SELECT v.id, v.product_id, v.sku, v.options, v.price_cents, v.sale_price_cents, v.sale_starts_at, v.sale_ends_at,
              coalesce(v.image_url, p.image_url) AS image_url, p.name, p.status, (p.deleted_at IS NOT NULL) AS deleted
         FROM product_variants v
         JOIN products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id
        WHERE v.tenant_id = $1 AND v.id = ANY($2::uuid[])`,
      [ids],
    );
    const available = await this.inventory.availableByVariant(ctx, rows.map((r) => r.id));
    const now = new Date();
    return new Map(
      rows.map((r) => [
        r.id,
        {
          variantId: r.id,
          productId: r.product_id,
          sku: r.sku,
          name: nameOf(r),
          productName: r.name,
          imageUrl: r.image_url,
          unitPriceCents: priceOf(r, now),
          available: Math.max(0, available.get(r.id) ?? 0),
          purchasable: r.status === 'active' && !r.deleted,
        },
      ]),
    );
  }

  /** The variant ids of each product (products of another store, or unknown, are missing). */
  async variantIdsOfProducts(ctx: TenantContext, productIds: readonly string[]): Promise<Map<string, string[]>> {
    const ids = [...new Set(productIds)];
    if (!ids.length) return new Map();
    const rows = await this.data
      .repo(ctx, OrderLine)
      .sql<{ id: string; product_id: string }>(`SELECT v.id, v.product_id FROM product_variants v WHERE v.tenant_id = $1 AND v.product_id = ANY($2::uuid[]) ORDER BY v.sku`, [ids]);
    const byProduct = new Map<string, string[]>();
    for (const row of rows) byProduct.set(row.product_id, [...(byProduct.get(row.product_id) ?? []), row.id]);
    return byProduct;
  }
}

function priceOf(r: VariantRow, now: Date): number {
  const saleRuns = r.sale_price_cents !== null && (!r.sale_starts_at || new Date(r.sale_starts_at) <= now) && (!r.sale_ends_at || new Date(r.sale_ends_at) > now);
  return saleRuns ? Math.min(r.sale_price_cents as number, r.price_cents) : r.price_cents;
}

function nameOf(r: VariantRow): string {
  const options = Object.values(r.options ?? {}).filter(Boolean);
  return options.length ? `${r.name} (${options.join(', ')})` : r.name;
}
