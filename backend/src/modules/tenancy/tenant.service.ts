import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { NotFoundError, UserInputError } from '../../platform/graphql/app-errors';
import { Availability, availabilityAt, BusinessHours, businessHoursProblems, DEFAULT_BUSINESS_HOURS } from './business-hours';
import { slugify } from './slugify';
import { Tenant, WidgetAppearance } from './tenant.entity';

export const DEFAULT_APPEARANCE: WidgetAppearance = {
  greeting: 'Hi! How can we help you today?',
  primaryColor: '#4f46e5',
  position: 'right',
  assistantName: 'Assistant',
  avatarUrl: null,
  launcherText: 'Chat with us',
};

export interface StoreChanges {
  name?: string;
  timeZone?: string;
}

/** What the chat widget needs to know about a store when a visitor session starts. */
export interface WidgetSettings extends WidgetAppearance {
  storeName: string;
  availability: Availability;
}

/** How long a store's row is reused before it is read again (a change made through this instance shows at once). */
const RECENT_MS = 60_000;

@Injectable()
export class TenantService {
  private readonly recentRows = new Map<string, { tenant: Tenant; until: number }>();

  constructor(private readonly data: TenantDataService) {}

  /**
   * The store as read within the last minute: for what every chat turn or figure needs (its name,
   * its time zone) and may show a minute late when changed on another instance.
   */
  async recent(ctx: TenantContext): Promise<Tenant> {
    const cached = this.recentRows.get(ctx.tenantId);
    if (cached && cached.until > Date.now()) return cached.tenant;
    const tenant = await this.current(ctx);
    this.recentRows.set(ctx.tenantId, { tenant, until: Date.now() + RECENT_MS });
    return tenant;
  }

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

  async update(ctx: TenantContext, changes: StoreChanges): Promise<Tenant> {
    const { name, timeZone } = changes;
    const set = { ...(name !== undefined ? { name } : {}), ...(timeZone !== undefined ? { timezone: timeZone } : {}) };
    if (Object.keys(set).length) await this.data.global(ctx, Tenant).update({ id: ctx.tenantId }, set);
    this.recentRows.delete(ctx.tenantId);
    return this.current(ctx);
  }

  appearanceOf(tenant: Tenant): WidgetAppearance {
    return { ...DEFAULT_APPEARANCE, ...tenant.widget };
  }

  async updateAppearance(ctx: TenantContext, changes: Partial<WidgetAppearance>): Promise<WidgetAppearance> {
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const tenant = await this.current(ctx);
    const widget = { ...this.appearanceOf(tenant), ...given };
    await this.data.global(ctx, Tenant).update({ id: ctx.tenantId }, { widget });
    this.recentRows.delete(ctx.tenantId);
    return widget;
  }

  businessHoursOf(tenant: Tenant): BusinessHours {
    return { ...DEFAULT_BUSINESS_HOURS, ...tenant.businessHours };
  }

  async updateBusinessHours(ctx: TenantContext, hours: BusinessHours): Promise<Tenant> {
    const problems = businessHoursProblems(hours.days);
    if (problems.length) throw new UserInputError(problems.join('; '), { days: problems });
    const saved: BusinessHours = {
      enabled: hours.enabled,
      days: [...hours.days].sort((a, b) => a.day - b.day).map(({ day, open, close }) => ({ day, open, close })),
      offlineMessage: hours.offlineMessage.trim(),
    };
    await this.data.global(ctx, Tenant).update({ id: ctx.tenantId }, { businessHours: saved });
    this.recentRows.delete(ctx.tenantId);
    return this.current(ctx);
  }

  /** Whether the store is open at `at` by its business hours, read in its own time zone. */
  availabilityOf(tenant: Tenant, at: Date): Availability {
    return availabilityAt(this.businessHoursOf(tenant), tenant.timezone, at);
  }

  /** The availability of the context's store, for callers that hold no tenant row. */
  async availability(ctx: TenantContext, at: Date): Promise<Availability> {
    return this.availabilityOf(await this.current(ctx), at);
  }

  widgetSettingsOf(tenant: Tenant, at: Date): WidgetSettings {
    return { ...this.appearanceOf(tenant), storeName: tenant.name, availability: this.availabilityOf(tenant, at) };
  }
}
