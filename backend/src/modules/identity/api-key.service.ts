import { Injectable } from '@nestjs/common';
import { API_KEY_SCOPES, Permission } from '@shopdesk/shared';
import { IsNull } from 'typeorm';
import { TenantContext } from '../../platform/context/tenant-context';
import { randomSecret, sha256Hex } from '../../platform/crypto/secrets';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { ForbiddenError, NotFoundError, UnauthenticatedError, UserInputError } from '../../platform/graphql/app-errors';
import { ApiKey } from './api-key.entity';

export const API_KEY_PREFIX = 'sk_';

@Injectable()
export class ApiKeyService {
  constructor(private readonly data: TenantDataService) {}

  /** Creates a key; the secret is returned this once and only its hash is stored. */
  async create(ctx: TenantContext, name: string, scopes: string[]): Promise<{ apiKey: ApiKey; secret: string }> {
    const unique = [...new Set(scopes)];
    const unknown = unique.filter((s) => !API_KEY_SCOPES.includes(s as Permission));
    if (unknown.length) throw new UserInputError(`Unknown or non-grantable scope: ${unknown.join(', ')}`, { scopes: unknown });
    const beyond = unique.filter((s) => !ctx.can(s as Permission));
    if (beyond.length) throw new ForbiddenError(`You cannot grant scopes you do not hold: ${beyond.join(', ')}`);
    const secret = `${API_KEY_PREFIX}${randomSecret(32)}`;
    const apiKey = await this.data.repo(ctx, ApiKey).insert({
      name: name.trim(),
      prefix: secret.slice(0, 10),
      secretHash: sha256Hex(secret),
      scopes: unique as Permission[],
      createdBy: ctx.actor.kind === 'staff' ? ctx.actor.userId : null,
      lastUsedAt: null,
      revokedAt: null,
    });
    return { apiKey, secret };
  }

  list(ctx: TenantContext): Promise<ApiKey[]> {
    return this.data.repo(ctx, ApiKey).find({ order: { createdAt: 'DESC' } });
  }

  async revoke(ctx: TenantContext, id: string): Promise<ApiKey> {
    const repo = this.data.repo(ctx, ApiKey);
    await repo.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    const key = await repo.findOneBy({ id });
    if (!key) throw new NotFoundError('API key');
    return key;
  }

  /** The key behind a secret, if it exists and is not revoked. */
  async authenticate(ctx: TenantContext, secret: string): Promise<ApiKey> {
    // A bearer secret arrives before any store is known; its hash is the lookup key.
    const repo = this.data.global(ctx, ApiKey);
    const key = await repo.findOneBy({ secretHash: sha256Hex(secret), revokedAt: IsNull() });
    if (!key) throw new UnauthenticatedError('Invalid API key');
    // Coarse last-used tracking: at most one write per key per minute.
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
      void repo.update({ id: key.id }, { lastUsedAt: new Date() }).catch(() => undefined);
    }
    return key;
  }
}
