import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { NotFoundError } from '../../platform/graphql/app-errors';
import { slugify } from './slugify';
import { Tenant, WidgetAppearance } from './tenant.entity';

export const DEFAULT_APPEARANCE: WidgetAppearance = { greeting: 'Hi! How can we help you today?', primaryColor: '#4f46e5', position: 'right' };

@Injectable()
export class TenantService {
  constructor(private readonly data: TenantDataService) {}

  /** Creates a store with a unique slug derived from its name (suffixed on collision). */
  async create(ctx: TenantContext, name: string, preferredSlug?: string): Promise<Tenant> {
    // tenants is the platform's own table: creating one is by definition outside any tenant.
    const manager = this.data.managerOf(ctx);
    const base = preferredSlug ?? slugify(name);
    for (let attempt = 0; attempt < 8; attempt++) {
      const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString('hex')}`;
      // ON CONFLICT DO NOTHING instead of catching the violation: an error would abort the caller's transaction.
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(Tenant)
        .values({ name: name.trim(), slug, widget: DEFAULT_APPEARANCE })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (result.raw as Array<{ id: string }>)[0]?.id;
      if (id) return (await manager.findOneBy(Tenant, { id }))!;
    }
    throw new Error('Could not find a free store slug');
  }

  async current(ctx: TenantContext): Promise<Tenant> {
    const tenant = await this.data.global(ctx, Tenant).findOneBy({ id: ctx.tenantId });
    if (!tenant) throw new NotFoundError('Store');
    return tenant;
  }

  async findActive(ctx: TenantContext, tenantId: string): Promise<Tenant | null> {
    return this.data.global(ctx, Tenant).findOneBy({ id: tenantId, status: 'active' });
  }

  async findBySlug(ctx: TenantContext, slug: string): Promise<Tenant | null> {
    return this.data.global(ctx, Tenant).findOneBy({ slug: slug.toLowerCase() });
  }

  appearanceOf(tenant: Tenant): WidgetAppearance {
    return { ...DEFAULT_APPEARANCE, ...tenant.widget };
  }
}
