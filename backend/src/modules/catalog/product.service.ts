import { Injectable, OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { EventBus } from '../../platform/events/event-bus';
import { UserInputError } from '../../platform/graphql/app-errors';
import { StockChangedEvent } from '../inventory/inventory-events';
import { Product, ProductStatus } from './entities/product.entity';
import { ProductReview } from './entities/product-review.entity';
import { ProductVariant } from './entities/product-variant.entity';
import { CatalogSearchIndex } from './search/catalog-search-index';

const STATUSES: ProductStatus[] = ['draft', 'active', 'archived'];

export interface ReviewInput {
  sku: string;
  rating: number;
  title?: string;
  body?: string;
  author?: string;
}

/** Reads and small edits of products; bulk writes go through the importer. */
@Injectable()
export class ProductService implements OnModuleInit {
  constructor(
    private readonly data: TenantDataService,
    private readonly events: EventBus,
    private readonly searchIndex: CatalogSearchIndex,
  ) {}

  onModuleInit(): void {
    // Keeps "in stock" filters and shown stock in step with inventory movements.
    this.events.subscribe(StockChangedEvent, (event) => this.syncStock(TenantContext.system(event.tenantId, 'stock-sync'), event.available));
  }

  /** A product by id, by its SKU or by one of its variants' SKUs; visitors only see active ones. */
  async get(ctx: TenantContext, by: { id?: string; sku?: string }, visitorView: boolean): Promise<Product | null> {
    if (!by.id && !by.sku) throw new UserInputError('Give a product id or sku');
    const repo = this.data.repo(ctx, Product);
    let product = by.id ? await repo.findOneBy({ id: by.id }) : await repo.findOneBy({ sku: by.sku });
    if (!product && by.sku) {
      const variant = await this.data.repo(ctx, ProductVariant).findOneBy({ sku: by.sku });
      if (variant) product = await repo.findOneBy({ id: variant.productId });
    }
    if (product && visitorView && product.status !== 'active') return null;
    return product;
  }

  /** Products by id, in the order asked. */
  async byIds(ctx: TenantContext, ids: string[]): Promise<Product[]> {
    if (!ids.length) return [];
    const rows = await this.data.repo(ctx, Product).find({ where: { id: In(ids) } });
    const byId = new Map(rows.map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id)).filter((p): p is Product => !!p);
  }

  async variantsOf(ctx: TenantContext, productIds: readonly string[]): Promise<Map<string, ProductVariant[]>> {
    const rows = productIds.length
      ? await this.data.repo(ctx, ProductVariant).find({ where: { productId: In([...productIds]) }, order: { position: 'ASC', sku: 'ASC' } })
      : [];
    const map = new Map<string, ProductVariant[]>(productIds.map((id) => [id, []]));
    for (const v of rows) map.get(v.productId)?.push(v);
    return map;
  }

  async setStatus(ctx: TenantContext, ids: string[], status: string): Promise<number> {
    if (!STATUSES.includes(status as ProductStatus)) throw new UserInputError('Status must be draft, active or archived');
    return this.data.repo(ctx, Product).update({ id: In(ids) }, { status: status as ProductStatus });
  }

  /** Hides products everywhere while keeping them for orders that point at them. */
  async softDelete(ctx: TenantContext, ids: string[]): Promise<number> {
    const rows = (await this.data
      .managerOf(ctx)
      .query(`UPDATE products SET deleted_at = now() WHERE tenant_id = $1 AND id = ANY($2) AND deleted_at IS NULL RETURNING id`, [ctx.tenantId, ids])) as [
      unknown[],
      number,
    ];
    await this.searchIndex.refreshTerms(ctx);
    return rows[1];
  }

  /** Adds reviews (by product or variant SKU) and recomputes the rating of the products concerned. */
  async addReviews(ctx: TenantContext, reviews: ReviewInput[]): Promise<number> {
    const valid = reviews.filter((r) => Number.isInteger(r.rating) && r.rating >= 1 && r.rating <= 5);
    if (!valid.length) return 0;
    return this.data.transaction(ctx, async (tx) => {
      const manager = this.data.managerOf(tx);
      const rows = (await manager.query(
        `INSERT INTO product_reviews (tenant_id, product_id, rating, title, body, author)
         SELECT $1, coalesce(p.id, pv.product_id), r.rating, left(r.title, 255), r.body, left(r.author, 120)
         FROM jsonb_to_recordset($2::jsonb) AS r(sku text, rating int, title text, body text, author text)
         LEFT JOIN products p ON p.tenant_id = $1 AND p.sku = r.sku
         LEFT JOIN product_variants pv ON pv.tenant_id = $1 AND pv.sku = r.sku
         WHERE coalesce(p.id, pv.product_id) IS NOT NULL
         RETURNING product_id`,
        [tx.tenantId, JSON.stringify(valid.map((r) => ({ sku: r.sku, rating: r.rating, title: r.title ?? '', body: r.body ?? '', author: r.author ?? '' })))],
      )) as Array<{ product_id: string }>;
      const ids = [...new Set(rows.map((r) => r.product_id))];
      await manager.query(
        `UPDATE products p SET rating_avg = s.avg, review_count = s.n
         FROM (SELECT product_id, avg(rating)::real AS avg, count(*)::int AS n FROM product_reviews WHERE tenant_id = $1 AND product_id = ANY($2) GROUP BY product_id) s
         WHERE p.tenant_id = $1 AND p.id = s.product_id`,
        [tx.tenantId, ids],
      );
      return rows.length;
    });
  }

  private async syncStock(ctx: TenantContext, available: Record<string, number>): Promise<void> {
    const entries = Object.entries(available).map(([id, q]) => ({ id, q: Math.max(q, 0) }));
    if (!entries.length) return;
    await this.data.transaction(ctx, async (tx) => {
      const manager = this.data.managerOf(tx);
      const rows = (await manager.query(
        `UPDATE product_variants v SET stock = r.q FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, q int)
         WHERE v.tenant_id = $1 AND v.id = r.id RETURNING v.product_id`,
        [tx.tenantId, JSON.stringify(entries)],
      )) as [Array<{ product_id: string }>, number];
      const productIds = [...new Set(rows[0].map((r) => r.product_id))];
      await manager.query(
        `UPDATE products p SET stock = (SELECT coalesce(sum(v.stock), 0) FROM product_variants v WHERE v.tenant_id = $1 AND v.product_id = p.id)
         WHERE p.tenant_id = $1 AND p.id = ANY($2)`,
        [tx.tenantId, productIds],
      );
    });
  }
}
