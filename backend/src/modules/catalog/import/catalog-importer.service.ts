import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../../platform/context/tenant-context';
import { TenantDataService } from '../../../platform/database/tenant-data.service';
import { InventoryService } from '../../inventory/inventory.service';
import { CatalogStructureService, CategoryNode } from '../catalog-structure.service';
import { CatalogSearchIndex } from '../search/catalog-search-index';
import { CatalogRow } from './catalog-row';

export interface ImportOutcome {
  created: number;
  updated: number;
}

export type ProgressListener = (processedRows: number) => Promise<void> | void;

interface ProductGroup {
  product: CatalogRow;
  variants: CatalogRow[];
}

interface VariantState {
  product_id: string;
  sku: string;
  options: Record<string, string>;
  price_cents: number;
  sale_price_cents: number | null;
  sale_starts_at: string | null;
  sale_ends_at: string | null;
  stock: number;
  image_url: string | null;
}

const CHUNK = 250;

/** Words with digits ("WH-1000XM4", "24-MB01") also searchable without their separators. */
export function compactCodes(...texts: string[]): string[] {
  const codes = new Set<string>();
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/\s+/)) {
      if (/\d/.test(word) && /[^a-z0-9]/.test(word)) {
        const compact = word.replace(/[^a-z0-9]/g, '');
        if (compact.length >= 3) codes.add(compact);
      }
    }
  }
  return [...codes];
}

/**
 * Applies validated rows: upserts products and variants by SKU, creates categories and brands,
 * sets stock at the main warehouse and recomputes each product's summary. Runs inside the
 * caller's transaction, so a failure leaves nothing behind.
 */
@Injectable()
export class CatalogImporter {
  constructor(
    private readonly data: TenantDataService,
    private readonly structure: CatalogStructureService,
    private readonly inventory: InventoryService,
    private readonly searchIndex: CatalogSearchIndex,
  ) {}

  /** `refreshTerms: false` leaves the typo vocabulary for the caller to refresh once after several batches. */
  async apply(ctx: TenantContext, rows: CatalogRow[], onProgress?: ProgressListener, options: { refreshTerms?: boolean } = {}): Promise<ImportOutcome> {
    const manager = this.data.managerOf(ctx);
    const groups = new Map<string, ProductGroup>();
    for (const r of rows) if (!r.parentSku) groups.set(r.sku, { product: r, variants: [] });
    const orphans = rows.filter((r) => r.parentSku && !groups.has(r.parentSku));
    // Variants of products imported earlier: their product row is loaded so the summary covers them.
    if (orphans.length) {
      const parents = (await manager.query(`SELECT sku, price_cents FROM products WHERE tenant_id = $1 AND sku = ANY($2) AND deleted_at IS NULL`, [
        ctx.tenantId,
        [...new Set(orphans.map((o) => o.parentSku))],
      ])) as Array<{ sku: string; price_cents: number }>;
      // Their price is the default of new variants that give none.
      for (const p of parents) groups.set(p.sku, { product: { ...emptyRow(p.sku), priceCents: p.price_cents }, variants: [] });
    }
    for (const r of rows) if (r.parentSku) groups.get(r.parentSku)?.variants.push(r);

    const categories = await this.structure.ensureCategories(ctx, rows.flatMap((r) => r.categories));
    const brands = await this.structure.ensureBrands(ctx, rows.map((r) => r.brand).filter((b): b is string => !!b));

    let created = 0;
    let updated = 0;
    let processed = 0;
    const all = [...groups.values()];
    for (let i = 0; i < all.length; i += CHUNK) {
      const chunk = all.slice(i, i + CHUNK);
      const ids = await this.upsertProducts(ctx, chunk, categories, brands);
      created += ids.created;
      updated += ids.updated;
      const variantIds = await this.upsertVariants(ctx, chunk, ids.bySku);
      const stock = chunk.flatMap((g) => this.variantRows(g)).filter((v) => v.stock !== null);
      const available = await this.inventory.setOnHandMany(
        ctx,
        stock.map((v) => ({ variantId: variantIds.get(v.sku) as string, onHand: v.stock as number })),
        'import',
      );
      if (available.size) {
        await manager.query(
          `UPDATE product_variants v SET stock = GREATEST(r.q, 0) FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, q int) WHERE v.tenant_id = $1 AND v.id = r.id`,
          [ctx.tenantId, JSON.stringify([...available].map(([id, q]) => ({ id, q })))],
        );
      }
      await this.refreshSummaries(ctx, chunk, ids.bySku);
      processed += chunk.reduce((n, g) => n + (g.product.row ? 1 : 0) + g.variants.length, 0);
      await onProgress?.(processed);
    }
    if (options.refreshTerms !== false) await this.searchIndex.refreshTerms(ctx);
    return { created, updated };
  }

  /** A product without variant rows sells as itself: one variant with the product's SKU. */
  private variantRows(group: ProductGroup): CatalogRow[] {
    if (group.variants.length) return group.variants;
    return group.product.row ? [group.product] : [];
  }

  private async upsertProducts(
    ctx: TenantContext,
    chunk: ProductGroup[],
    categories: Map<string, CategoryNode>,
    brands: Map<string, string>,
  ): Promise<{ bySku: Map<string, string>; created: number; updated: number }> {
    const payload = chunk
      .filter((g) => g.product.row)
      .map(({ product: p, variants }) => {
        const nodes = p.categories.map((c) => categories.get(c)).filter((n): n is CategoryNode => !!n);
        const images = [...new Set([p.imageUrl, ...p.images, ...variants.map((v) => v.imageUrl)].filter((u): u is string => !!u))];
        return {
          sku: p.sku,
          name: p.name,
          description: p.description ?? '',
          brand: p.brand,
          brand_id: p.brand ? (brands.get(p.brand) ?? null) : null,
          category: p.categories[0] ?? null,
          category_ids: [...new Set(nodes.flatMap((n) => n.lineage))],
          category_names: [...new Set(nodes.flatMap((n) => n.names))].join(' '),
          price_cents: p.priceCents ?? Math.min(...variants.map((v) => v.priceCents ?? Number.MAX_SAFE_INTEGER)),
          image_url: images[0] ?? null,
          images,
          status: p.status ?? 'active',
          featured: p.featured ?? false,
          attributes: p.attributes,
        };
      });
    const bySku = new Map<string, string>();
    let created = 0;
    let updated = 0;
    if (payload.length) {
      const rows = (await this.data.managerOf(ctx).query(
        `INSERT INTO products (tenant_id, sku, name, description, brand, brand_id, category, category_ids, category_names, price_cents, image_url, images, status, featured, attributes)
         SELECT $1, r.sku, r.name, r.description, r.brand, r.brand_id, r.category, r.category_ids, r.category_names, r.price_cents, r.image_url, r.images, r.status, r.featured, r.attributes
         FROM jsonb_to_recordset($2::jsonb) AS r(sku text, name text, description text, brand text, brand_id uuid, category text, category_ids uuid[], category_names text,
              price_cents int, image_url text, images text[], status text, featured boolean, attributes jsonb)
         ON CONFLICT (tenant_id, sku) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description, brand = EXCLUDED.brand, brand_id = EXCLUDED.brand_id,
           category = EXCLUDED.category, category_ids = EXCLUDED.category_ids, category_names = EXCLUDED.category_names, image_url = EXCLUDED.image_url,
           images = EXCLUDED.images, status = EXCLUDED.status, featured = EXCLUDED.featured, attributes = EXCLUDED.attributes, deleted_at = NULL, updated_at = now()
         RETURNING id, sku, (xmax = 0) AS inserted`,
        [ctx.tenantId, JSON.stringify(payload)],
      )) as Array<{ id: string; sku: string; inserted: boolean }>;
      for (const r of rows) {
        bySku.set(r.sku, r.id);
        if (r.inserted) created++;
        else updated++;
      }
    }
    const existing = chunk.filter((g) => !g.product.row).map((g) => g.product.sku);
    if (existing.length) {
      const rows = (await this.data.managerOf(ctx).query(`SELECT id, sku FROM products WHERE tenant_id = $1 AND sku = ANY($2)`, [ctx.tenantId, existing])) as Array<{
        id: string;
        sku: string;
      }>;
      for (const r of rows) bySku.set(r.sku, r.id);
    }
    return { bySku, created, updated };
  }

  private async upsertVariants(ctx: TenantContext, chunk: ProductGroup[], products: Map<string, string>): Promise<Map<string, string>> {
    const payload = chunk.flatMap((g) =>
      this.variantRows(g).map((v, position) => ({
        product_id: products.get(g.product.sku),
        sku: v.sku,
        options: v.options,
        price_cents: v.priceCents ?? g.product.priceCents ?? 0,
        sale_price_cents: v.salePriceCents ?? (v === g.product ? null : g.product.salePriceCents),
        sale_starts_at: (v.saleStartsAt ?? g.product.saleStartsAt)?.toISOString() ?? null,
        sale_ends_at: (v.saleEndsAt ?? g.product.saleEndsAt)?.toISOString() ?? null,
        image_url: v.imageUrl,
        position,
      })),
    );
    const ids = new Map<string, string>();
    if (!payload.length) return ids;
    const rows = (await this.data.managerOf(ctx).query(
      `INSERT INTO product_variants (tenant_id, product_id, sku, options, price_cents, sale_price_cents, sale_starts_at, sale_ends_at, image_url, position)
       SELECT $1, r.product_id, r.sku, r.options, r.price_cents, r.sale_price_cents, r.sale_starts_at, r.sale_ends_at, r.image_url, r.position
       FROM jsonb_to_recordset($2::jsonb) AS r(product_id uuid, sku text, options jsonb, price_cents int, sale_price_cents int, sale_starts_at timestamptz,
            sale_ends_at timestamptz, image_url text, position int)
       ON CONFLICT (tenant_id, sku) DO UPDATE SET product_id = EXCLUDED.product_id, options = EXCLUDED.options, price_cents = EXCLUDED.price_cents,
         sale_price_cents = EXCLUDED.sale_price_cents, sale_starts_at = EXCLUDED.sale_starts_at, sale_ends_at = EXCLUDED.sale_ends_at,
         image_url = EXCLUDED.image_url, position = EXCLUDED.position, updated_at = now()
       RETURNING id, sku`,
      [ctx.tenantId, JSON.stringify(payload)],
    )) as Array<{ id: string; sku: string }>;
    for (const r of rows) ids.set(r.sku, r.id);
    return ids;
  }

  /** Price, sale, stock, attribute values and search keywords of each product, from all its variants. */
  private async refreshSummaries(ctx: TenantContext, chunk: ProductGroup[], products: Map<string, string>): Promise<void> {
    const manager = this.data.managerOf(ctx);
    const ids = [...products.values()];
    const variants = (await manager.query(
      `SELECT product_id, sku, options, price_cents, sale_price_cents, sale_starts_at, sale_ends_at, stock, image_url
       FROM product_variants WHERE tenant_id = $1 AND product_id = ANY($2) ORDER BY position`,
      [ctx.tenantId, ids],
    )) as VariantState[];
    const own = (await manager.query(`SELECT id, sku, name, attributes FROM products WHERE tenant_id = $1 AND id = ANY($2)`, [ctx.tenantId, ids])) as Array<{
      id: string;
      sku: string;
      name: string;
      attributes: Record<string, string[]>;
    }>;
    const fileAttributes = new Map(chunk.filter((g) => g.product.row).map((g) => [g.product.sku, g.product.attributes]));
    const byProduct = new Map<string, VariantState[]>();
    for (const v of variants) byProduct.set(v.product_id, [...(byProduct.get(v.product_id) ?? []), v]);
    const payload = own.map((p) => {
      const vs = byProduct.get(p.id) ?? [];
      const attributes: Record<string, Set<string>> = {};
      const add = (k: string, value: string) => (attributes[k] ??= new Set()).add(value);
      // Own attributes come from the file when the product row is in it, else from what was stored (which also holds option values; harmless).
      for (const [k, values] of Object.entries(fileAttributes.get(p.sku) ?? p.attributes ?? {})) for (const value of values) add(k, value);
      for (const v of vs) for (const [k, value] of Object.entries(v.options)) add(k, value);
      const cheapestSale = vs
        .filter((v) => v.sale_price_cents !== null)
        .sort((a, b) => (a.sale_price_cents as number) - (b.sale_price_cents as number))[0];
      const words = [...vs.map((v) => v.sku), ...Object.values(attributes).flatMap((s) => [...s])];
      return {
        id: p.id,
        price_cents: vs.length ? Math.min(...vs.map((v) => v.price_cents)) : null,
        sale_price_cents: cheapestSale?.sale_price_cents ?? null,
        sale_starts_at: cheapestSale?.sale_starts_at ?? null,
        sale_ends_at: cheapestSale?.sale_ends_at ?? null,
        stock: vs.reduce((n, v) => n + v.stock, 0),
        attributes: Object.fromEntries(Object.entries(attributes).map(([k, s]) => [k, [...s]])),
        keywords: [...new Set([...words, ...compactCodes(p.name, p.sku, ...vs.map((v) => v.sku))])].join(' ').slice(0, 20000),
      };
    });
    if (!payload.length) return;
    await manager.query(
      `UPDATE products p SET price_cents = coalesce(r.price_cents, p.price_cents), sale_price_cents = r.sale_price_cents, sale_starts_at = r.sale_starts_at,
         sale_ends_at = r.sale_ends_at, stock = r.stock, attributes = r.attributes, keywords = r.keywords
       FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, price_cents int, sale_price_cents int, sale_starts_at timestamptz, sale_ends_at timestamptz, stock int, attributes jsonb, keywords text)
       WHERE p.tenant_id = $1 AND p.id = r.id`,
      [ctx.tenantId, JSON.stringify(payload)],
    );
  }
}

function emptyRow(sku: string): CatalogRow {
  return {
    row: 0,
    sku,
    parentSku: null,
    name: null,
    description: null,
    brand: null,
    categories: [],
    priceCents: null,
    salePriceCents: null,
    saleStartsAt: null,
    saleEndsAt: null,
    stock: null,
    imageUrl: null,
    images: [],
    attributes: {},
    options: {},
    status: null,
    featured: null,
  };
}
