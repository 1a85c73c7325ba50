import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../../platform/context/tenant-context';
import { TenantDataService } from '../../../platform/database/tenant-data.service';
import { UserInputError } from '../../../platform/graphql/app-errors';
import { ProductActivityKind } from '../entities/product-activity.entity';
import { Product } from '../entities/product.entity';

const VISIBLE = `p.deleted_at IS NULL AND p.status = 'active'`;

function limit(first: number): number {
  return Math.min(Math.max(first, 1), 50);
}

/**
 * Product recommendations: similar (shared categories, attribute values and name words), trending
 * (recent views, carts and orders), bought together (orders holding both) and for-you (what this
 * visitor looked at). Each returns product ids, best first.
 */
@Injectable()
export class RecommendationService {
  constructor(private readonly data: TenantDataService) {}

  async recordActivity(ctx: TenantContext, productId: string, kind: ProductActivityKind, orderRef?: string): Promise<void> {
    const visitorId = ctx.actor.kind === 'visitor' ? ctx.actor.visitorId : null;
    const rows = (await this.data.managerOf(ctx).query(
      `INSERT INTO product_activity (tenant_id, product_id, kind, visitor_id, order_ref)
       SELECT $1, p.id, $3, $4, $5 FROM products p WHERE p.tenant_id = $1 AND p.id = $2 RETURNING id`,
      [ctx.tenantId, productId, kind, visitorId, orderRef?.slice(0, 64) ?? null],
    )) as unknown[];
    if (!rows.length) throw new UserInputError('Unknown product');
  }

  /** One order's products, for bought-together (the orders module calls this when an order is placed). */
  async recordOrder(ctx: TenantContext, orderRef: string, productIds: string[]): Promise<void> {
    await this.data.managerOf(ctx).query(
      `INSERT INTO product_activity (tenant_id, product_id, kind, visitor_id, order_ref)
       SELECT $1, p.id, 'order', $3, $4 FROM products p WHERE p.tenant_id = $1 AND p.id = ANY($2)`,
      [ctx.tenantId, [...new Set(productIds)], ctx.actor.kind === 'visitor' ? ctx.actor.visitorId : null, orderRef.slice(0, 64)],
    );
  }

  async similar(ctx: TenantContext, productId: string, first: number): Promise<string[]> {
    const rows = await this.data.repo(ctx, Product).sql<{ id: string }>(
      `WITH src AS (
         SELECT id, category_ids, attributes, name,
           to_tsquery('simple', coalesce((SELECT string_agg(quote_literal(l), ' | ') FROM unnest(to_tsvector('english', shopdesk_unaccent(name))) AS t(l, pos, w)), '')) AS words
         FROM products WHERE tenant_id = $1 AND id = $2)
       SELECT p.id FROM products p, src
       WHERE p.tenant_id = $1 AND p.id <> src.id AND ${VISIBLE}
         AND (p.category_ids && src.category_ids OR p.search_vector @@ src.words)
       ORDER BY
         cardinality(ARRAY(SELECT unnest(p.category_ids) INTERSECT SELECT unnest(src.category_ids)))::float8 / greatest(cardinality(src.category_ids), 1) * 2
         + (SELECT count(*) FROM jsonb_each(p.attributes) kv, jsonb_array_elements_text(CASE WHEN jsonb_typeof(kv.value) = 'array' THEN kv.value ELSE '[]' END) v
            WHERE src.attributes -> kv.key ? v)::float8 * 0.15
         + ts_rank(p.search_vector, src.words) * 3
         + similarity(p.name, src.name) DESC,
         p.review_count DESC, p.id
       LIMIT $3`,
      [productId, limit(first)],
    );
    return rows.map((r) => r.id);
  }

  /** Weighted recent activity (order 5, cart 3, view 1), halving every `days / 2`. */
  async trending(ctx: TenantContext, days: number, first: number): Promise<string[]> {
    const window = Math.min(Math.max(days, 1), 90);
    const rows = await this.data.repo(ctx, Product).sql<{ id: string }>(
      `SELECT a.product_id AS id
       FROM product_activity a JOIN products p ON p.tenant_id = a.tenant_id AND p.id = a.product_id
       WHERE a.tenant_id = $1 AND a.created_at > now() - make_interval(days => $2) AND ${VISIBLE}
       GROUP BY a.product_id
       ORDER BY sum(CASE a.kind WHEN 'order' THEN 5 WHEN 'cart' THEN 3 ELSE 1 END
                     * power(0.5, extract(epoch from now() - a.created_at) / (86400.0 * $2 / 2))) DESC, a.product_id
       LIMIT $3`,
      [window, limit(first)],
    );
    return rows.map((r) => r.id);
  }

  async boughtTogether(ctx: TenantContext, productId: string, first: number): Promise<string[]> {
    const rows = await this.data.repo(ctx, Product).sql<{ id: string }>(
      `SELECT b.product_id AS id
       FROM product_activity a
       JOIN product_activity b ON b.tenant_id = a.tenant_id AND b.order_ref = a.order_ref AND b.kind = 'order' AND b.product_id <> a.product_id
       JOIN products p ON p.tenant_id = b.tenant_id AND p.id = b.product_id
       WHERE a.tenant_id = $1 AND a.product_id = $2 AND a.kind = 'order' AND ${VISIBLE}
       GROUP BY b.product_id
       ORDER BY count(DISTINCT b.order_ref) DESC, b.product_id
       LIMIT $3`,
      [productId, limit(first)],
    );
    return rows.map((r) => r.id);
  }

  /** Like what this visitor viewed and carted lately (carts count more), leaving out what they have seen; trending otherwise. */
  async forVisitor(ctx: TenantContext, visitorId: string | null, first: number): Promise<string[]> {
    if (!visitorId) return this.trending(ctx, 7, first);
    const rows = await this.data.repo(ctx, Product).sql<{ id: string }>(
      `WITH seen AS (
         SELECT product_id, sum(CASE kind WHEN 'cart' THEN 3 ELSE 1 END) AS weight
         FROM product_activity WHERE tenant_id = $1 AND visitor_id = $2 AND created_at > now() - interval '30 days'
         GROUP BY product_id),
       interests AS (
         SELECT c.id AS category_id, sum(s.weight) AS weight
         FROM seen s JOIN products sp ON sp.tenant_id = $1 AND sp.id = s.product_id CROSS JOIN LATERAL unnest(sp.category_ids) AS c(id)
         GROUP BY c.id)
       SELECT p.id FROM products p
       WHERE p.tenant_id = $1 AND ${VISIBLE} AND p.category_ids && ARRAY(SELECT category_id FROM interests)
         AND NOT EXISTS (SELECT 1 FROM seen WHERE seen.product_id = p.id)
       ORDER BY (SELECT coalesce(sum(i.weight), 0) FROM interests i WHERE i.category_id = ANY(p.category_ids)) DESC,
         p.rating_avg * ln(1 + p.review_count) DESC, p.id
       LIMIT $3`,
      [visitorId, limit(first)],
    );
    if (rows.length) return rows.map((r) => r.id);
    return this.trending(ctx, 7, first);
  }
}
