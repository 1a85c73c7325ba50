import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { UserInputError } from '../../platform/graphql/app-errors';
import { Product } from './product.entity';

export interface ProductPage {
  items: Product[];
  hasNextPage: boolean;
  endCursor: string | null;
}

const MAX_SEARCH_LENGTH = 200;

@Injectable()
export class ProductService {
  constructor(private readonly data: TenantDataService) {}

  /** Active products, optionally matching words of `search` in name, SKU, brand or category; by name. */
  async list(ctx: TenantContext, search: string | undefined, first: number, after?: string): Promise<ProductPage> {
    const qb = this.data.repo(ctx, Product).query('p').andWhere(`p.status = 'active'`);
    const words = (search ?? '').slice(0, MAX_SEARCH_LENGTH).toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean).slice(0, 8);
    words.forEach((word, i) => {
      qb.andWhere(`(p.name ILIKE :w${i} OR p.sku ILIKE :w${i} OR p.category ILIKE :w${i} OR p.brand ILIKE :w${i})`, { [`w${i}`]: `%${escapeLike(word)}%` });
    });
    if (after) {
      const [name, id] = Buffer.from(after, 'base64url').toString('utf8').split('|');
      if (!name || !id) throw new UserInputError('Invalid cursor');
      qb.andWhere('(p.name, p.id) > (:name, :id)', { name, id });
    }
    const rows = await qb.orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').take(first + 1).getMany();
    const items = rows.slice(0, first);
    const last = items[items.length - 1];
    return { items, hasNextPage: rows.length > first, endCursor: last ? cursorOf(last) : null };
  }

  async get(ctx: TenantContext, by: { id?: string; sku?: string }): Promise<Product | null> {
    if (!by.id && !by.sku) throw new UserInputError('Give a product id or sku');
    return this.data.repo(ctx, Product).findOneBy(by.id ? { id: by.id } : { sku: by.sku });
  }

  /** Inserts or updates products by SKU. */
  async upsert(ctx: TenantContext, products: Array<Partial<Product> & { sku: string }>): Promise<number> {
    const manager = this.data.managerOf(ctx);
    const rows = products.map((p) => ({ ...p, tenantId: ctx.tenantId }));
    await manager.createQueryBuilder().insert().into(Product).values(rows).orUpdate(['name', 'description', 'brand', 'category', 'price_cents', 'image_url', 'stock', 'status', 'updated_at'], ['tenant_id', 'sku']).execute();
    return rows.length;
  }
}

export function cursorOf(p: Product): string {
  return Buffer.from(`${p.name}|${p.id}`).toString('base64url');
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
