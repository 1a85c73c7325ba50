import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TenantContext } from '../../platform/context/tenant-context';
import { randomSecret } from '../../platform/crypto/secrets';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { ForbiddenError, NotFoundError } from '../../platform/graphql/app-errors';
import { originAllowed } from './origin-matcher';
import { Tenant } from './tenant.entity';
import { WidgetKey } from './widget-key.entity';

export interface ResolvedWidgetKey {
  key: WidgetKey;
  tenant: Tenant;
}

@Injectable()
export class WidgetKeyService {
  constructor(private readonly data: TenantDataService) {}

  async create(ctx: TenantContext, allowedOrigins: string[]): Promise<WidgetKey> {
    const origins = [...new Set(allowedOrigins.map((o) => o.trim().toLowerCase().replace(/\/+$/, '')))];
    return this.data.repo(ctx, WidgetKey).insert({
      publicKey: `pk_${randomSecret(18)}`,
      allowedOrigins: origins,
      identitySecret: randomSecret(32),
      revokedAt: null,
    });
  }

  list(ctx: TenantContext): Promise<WidgetKey[]> {
    return this.data.repo(ctx, WidgetKey).find({ order: { createdAt: 'DESC' } });
  }

  async revoke(ctx: TenantContext, id: string): Promise<WidgetKey> {
    const repo = this.data.repo(ctx, WidgetKey);
    const changed = await repo.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    const key = await repo.findOneBy({ id });
    if (!key || (!changed && !key.revokedAt)) throw new NotFoundError('Widget key');
    return key;
  }

  async setAllowedOrigins(ctx: TenantContext, id: string, allowedOrigins: string[]): Promise<void> {
    await this.data.repo(ctx, WidgetKey).update({ id }, { allowedOrigins });
  }

  /**
   * The store behind a public key, if the page's Origin is one the store allowed. Unknown,
   * revoked and wrong-origin keys get the same answer so a key's existence is not revealed.
   */
  async resolveForOrigin(ctx: TenantContext, publicKey: string, origin: string | undefined): Promise<ResolvedWidgetKey> {
    // Lookup by public key happens before any tenant is known: that is what the key is for.
    const key = await this.data.global(ctx, WidgetKey).findOneBy({ publicKey, revokedAt: IsNull() });
    const tenant = key ? await this.data.global(ctx, Tenant).findOneBy({ id: key.tenantId, status: 'active' }) : null;
    if (!key || !tenant || !originAllowed(origin, key.allowedOrigins)) {
      throw new ForbiddenError('This chat widget is not enabled for this website');
    }
    return { key, tenant };
  }

  async get(ctx: TenantContext, id: string): Promise<WidgetKey> {
    const key = await this.data.repo(ctx, WidgetKey).findOneBy({ id });
    if (!key) throw new NotFoundError('Widget key');
    return key;
  }
}
