import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config';
import { TenantContext } from '../platform/context/tenant-context';
import { AuthService } from '../modules/identity/auth.service';
import { CatalogImportService } from '../modules/catalog/import/catalog-import.service';
import { ProductService } from '../modules/catalog/product.service';
import { TenantService } from '../modules/tenancy/tenant.service';
import { WidgetKeyService } from '../modules/tenancy/widget-key.service';
import { DEMO_STORE } from './demo-store';
import { lumaCatalogRows, lumaReviewInputs } from './luma-catalog';

export interface DemoStoreInfo {
  tenantId: string;
  publicKey: string;
}

/** Creates the demo store on first start and keeps its widget key valid for this server's address. */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('Seed');
  private info?: DemoStoreInfo;

  constructor(
    private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly tenants: TenantService,
    private readonly widgetKeys: WidgetKeyService,
    private readonly products: ProductService,
    private readonly imports: CatalogImportService,
  ) {}

  get demo(): DemoStoreInfo | undefined {
    return this.info;
  }

  /** Idempotent: safe on every boot and on several instances at once (the unique slug decides). */
  async ensureDemoStore(origins: string[]): Promise<DemoStoreInfo> {
    const system = TenantContext.system(undefined, 'seed');
    let tenant = await this.tenants.findBySlug(system, DEMO_STORE.slug);
    if (!tenant) {
      try {
        ({ tenant } = await this.auth.createStoreWithOwner(system, {
          storeName: DEMO_STORE.name,
          slug: DEMO_STORE.slug,
          email: DEMO_STORE.ownerEmail,
          password: DEMO_STORE.ownerPassword,
          name: DEMO_STORE.ownerName,
        }));
        const ctx = TenantContext.system(tenant.id, 'seed');
        const count = await this.seedCatalog(ctx);
        this.logger.log(`Demo store created with ${count} products`);
      } catch (error) {
        // Another instance seeded it at the same moment.
        tenant = await this.tenants.findBySlug(system, DEMO_STORE.slug);
        if (!tenant) throw error;
      }
    }
    const ctx = TenantContext.system(tenant.id, 'seed');
    const keys = (await this.widgetKeys.list(ctx)).filter((k) => !k.revokedAt);
    let key = keys[keys.length - 1];
    if (!key) {
      key = await this.widgetKeys.create(ctx, origins);
    } else {
      const missing = origins.filter((o) => !key.allowedOrigins.includes(o));
      if (missing.length) await this.widgetKeys.setAllowedOrigins(ctx, key.id, [...key.allowedOrigins, ...missing]);
    }
    this.info = { tenantId: tenant.id, publicKey: key.publicKey };
    return this.info;
  }

  /** The whole Luma catalog: configurable products with their variants, gear, stock, and ratings from reviews. */
  async seedCatalog(ctx: TenantContext): Promise<number> {
    const outcome = await this.imports.importNow(ctx, lumaCatalogRows());
    await this.products.addReviews(ctx, lumaReviewInputs());
    return outcome.created + outcome.updated;
  }
}
