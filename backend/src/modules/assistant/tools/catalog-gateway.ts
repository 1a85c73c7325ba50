import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { TenantContext } from '../../../platform/context/tenant-context';
import { Product } from '../../catalog/entities/product.entity';
import { ProductVariant } from '../../catalog/entities/product-variant.entity';
import { ProductService } from '../../catalog/product.service';
import { ProductSearchService } from '../../catalog/search/product-search.service';
import { neutralizeData } from '../guardrails/input-guard';
import { ProductFact } from './assistant-tool';

const DESCRIPTION_CHARS = 400;

export interface CatalogQuery {
  text: string;
  minPrice?: number;
  maxPrice?: number;
  limit: number;
}

/**
 * The catalog as the assistant's tools see it: active products only, prices and stock as the shop
 * shows them, descriptions cleaned of anything that reads like an instruction. Search returns null
 * when the catalog offers none, so tools say "unavailable" instead of guessing.
 */
@Injectable()
export class CatalogGateway {
  private readonly logger = new Logger(CatalogGateway.name);
  private searchService: ProductSearchService | null | undefined;

  constructor(
    private readonly products: ProductService,
    private readonly moduleRef: ModuleRef,
  ) {}

  async search(ctx: TenantContext, query: CatalogQuery): Promise<ProductFact[] | null> {
    const search = this.searcher();
    if (!search) return null;
    const page = await search.search(ctx, { search: query.text || null, filter: { minPrice: query.minPrice, maxPrice: query.maxPrice }, first: query.limit }, true);
    const found = await this.products.byIds(ctx, page.ids);
    return this.facts(ctx, found.filter((p) => p.status === 'active'));
  }

  async get(ctx: TenantContext, idOrSku: string): Promise<ProductFact | null> {
    const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSku);
    const product = await this.products.get(ctx, byId ? { id: idOrSku } : { sku: idOrSku }, true);
    if (!product) return null;
    return (await this.facts(ctx, [product]))[0] ?? null;
  }

  private async facts(ctx: TenantContext, products: Product[]): Promise<ProductFact[]> {
    const variants = await this.products.variantsOf(ctx, products.map((p) => p.id));
    return products.map((p) => toFact(p, variants.get(p.id) ?? []));
  }

  // The catalog's search service is resolved lazily: the assistant works (without search) where the
  // catalog does not provide one.
  private searcher(): ProductSearchService | null {
    if (this.searchService === undefined) {
      try {
        this.searchService = this.moduleRef.get(ProductSearchService, { strict: false });
      } catch {
        this.logger.warn('Catalog search is not available; search_products answers "unavailable"');
        this.searchService = null;
      }
    }
    return this.searchService ?? null;
  }
}

function effectivePrice(regular: number, sale: number | null, startsAt: Date | null, endsAt: Date | null, now = Date.now()): number {
  if (sale === null || sale === undefined) return regular;
  if (startsAt && new Date(startsAt).getTime() > now) return regular;
  if (endsAt && new Date(endsAt).getTime() <= now) return regular;
  return Math.min(sale, regular);
}

function toFact(p: Product, variants: ProductVariant[]): ProductFact {
  return {
    id: p.id,
    sku: p.sku,
    name: p.name,
    brand: p.brand,
    category: p.category,
    priceCents: effectivePrice(p.priceCents, p.salePriceCents, p.saleStartsAt, p.saleEndsAt),
    regularPriceCents: p.priceCents,
    currency: p.currency,
    stock: p.stock,
    description: neutralizeData(p.description ?? '').slice(0, DESCRIPTION_CHARS),
    imageUrl: p.imageUrl ?? p.images?.[0] ?? null,
    rating: p.reviewCount > 0 ? Number(p.ratingAvg) : null,
    variants: variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      options: v.options,
      priceCents: effectivePrice(v.priceCents, v.salePriceCents, v.saleStartsAt, v.saleEndsAt),
      stock: v.stock,
    })),
  };
}
