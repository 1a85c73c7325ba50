import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { Brand } from './entities/brand.entity';
import { Category } from './entities/category.entity';

export interface CategoryNode {
  id: string;
  /** This category and every ancestor. */
  lineage: string[];
  /** Names along the path, for search text. */
  names: string[];
}

export function slugify(value: string): string {
  return (
    value
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120) || 'brand'
  );
}

/** The category tree and the brand list of a store. */
@Injectable()
export class CatalogStructureService {
  constructor(private readonly data: TenantDataService) {}

  categories(ctx: TenantContext): Promise<Category[]> {
    return this.data.repo(ctx, Category).find({ order: { path: 'ASC' } });
  }

  brands(ctx: TenantContext): Promise<Brand[]> {
    return this.data.repo(ctx, Brand).find({ order: { name: 'ASC' } });
  }

  /** Creates missing categories of every path (parents first); returns each path's node. */
  async ensureCategories(ctx: TenantContext, paths: Iterable<string>): Promise<Map<string, CategoryNode>> {
    const wanted = new Set<string>();
    for (const path of paths) {
      const parts = path.split(' > ');
      for (let i = 1; i <= parts.length; i++) wanted.add(parts.slice(0, i).join(' > '));
    }
    const nodes = new Map<string, CategoryNode>();
    if (!wanted.size) return nodes;
    const manager = this.data.managerOf(ctx);
    const ordered = [...wanted].sort((a, b) => a.split(' > ').length - b.split(' > ').length);
    const byPath = new Map<string, string>();
    for (const depth of new Set(ordered.map((p) => p.split(' > ').length))) {
      const level = ordered.filter((p) => p.split(' > ').length === depth);
      const payload = level.map((path) => {
        const parts = path.split(' > ');
        return { path, name: parts[parts.length - 1], parent: depth > 1 ? (byPath.get(parts.slice(0, -1).join(' > ')) ?? null) : null, depth: depth - 1 };
      });
      const rows = (await manager.query(
        `INSERT INTO categories (tenant_id, path, name, parent_id, depth)
         SELECT $1, r.path, r.name, r.parent::uuid, r.depth FROM jsonb_to_recordset($2::jsonb) AS r(path text, name text, parent text, depth int)
         ON CONFLICT (tenant_id, path) DO UPDATE SET name = EXCLUDED.name
         RETURNING id, path`,
        [ctx.tenantId, JSON.stringify(payload)],
      )) as Array<{ id: string; path: string }>;
      for (const r of rows) byPath.set(r.path, r.id);
    }
    for (const path of wanted) {
      const parts = path.split(' > ');
      const lineage = parts.map((_, i) => byPath.get(parts.slice(0, i + 1).join(' > ')) as string);
      nodes.set(path, { id: byPath.get(path) as string, lineage, names: parts });
    }
    return nodes;
  }

  /** Creates missing brands; returns name → id. */
  async ensureBrands(ctx: TenantContext, names: Iterable<string>): Promise<Map<string, string>> {
    const unique = [...new Set(names)];
    const result = new Map<string, string>();
    if (!unique.length) return result;
    const rows = (await this.data.managerOf(ctx).query(
      `INSERT INTO brands (tenant_id, name, slug)
       SELECT $1, r.name, r.slug FROM jsonb_to_recordset($2::jsonb) AS r(name text, slug text)
       ON CONFLICT (tenant_id, slug) DO UPDATE SET name = brands.name
       RETURNING id, slug`,
      [ctx.tenantId, JSON.stringify([...new Map(unique.map((name) => [slugify(name), { name, slug: slugify(name) }])).values()])],
    )) as Array<{ id: string; slug: string }>;
    const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
    for (const name of unique) result.set(name, bySlug.get(slugify(name)) as string);
    return result;
  }
}
