import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config';
import { TenantContext } from '../../platform/context/tenant-context';
import { randomSecret, safeEqual, sha256Hex } from '../../platform/crypto/secrets';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { UnauthenticatedError } from '../../platform/graphql/app-errors';
import { RefreshToken } from './refresh-token.entity';

export interface IssuedRefreshToken {
  /** `<id>.<secret>`: what goes in the cookie. */
  value: string;
  familyId: string;
  expiresAt: Date;
}

/** Rotating refresh tokens with reuse detection (OWASP ASVS 3.5, RFC 9700 §4.14.2). */
@Injectable()
export class RefreshTokenService {
  constructor(
    private readonly data: TenantDataService,
    private readonly config: AppConfig,
  ) {}

  async issue(ctx: TenantContext, userId: string, familyId: string = randomUUID()): Promise<IssuedRefreshToken> {
    const secret = randomSecret(32);
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000);
    const row = await this.data.repo(ctx, RefreshToken).insert({
      userId,
      familyId,
      tokenHash: sha256Hex(secret),
      expiresAt,
      usedAt: null,
      revokedAt: null,
    });
    return { value: `${row.id}.${secret}`, familyId, expiresAt };
  }

  /**
   * Consumes a refresh token: valid once. A second presentation means it was copied, so the whole
   * family (every token of that login) is revoked and the caller must sign in again.
   */
  async consume(ctx: TenantContext, value: string): Promise<RefreshToken> {
    const [id, secret] = value.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) throw new UnauthenticatedError();
    // The cookie is all we have: the store is only known once the token is found.
    const tokens = this.data.global(ctx, RefreshToken);
    const token = await tokens.findOneBy({ id });
    if (!token || !safeEqual(token.tokenHash, sha256Hex(secret))) throw new UnauthenticatedError();
    if (token.revokedAt || token.expiresAt.getTime() <= Date.now()) throw new UnauthenticatedError();
    const claimed = await tokens.update({ id, usedAt: IsNull(), revokedAt: IsNull() }, { usedAt: new Date() });
    if (!claimed.affected) {
      await this.revokeFamily(ctx.forTenant(token.tenantId), token.familyId);
      throw new UnauthenticatedError('This session was ended for your security. Please sign in again.');
    }
    return token;
  }

  async revokeFamily(ctx: TenantContext, familyId: string): Promise<void> {
    await this.data.repo(ctx, RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Finds the family of a cookie value without consuming it (for logout). */
  async familyOf(ctx: TenantContext, value: string): Promise<{ tenantId: string; familyId: string } | null> {
    const [id, secret] = value.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) return null;
    const token = await this.data.global(ctx, RefreshToken).findOneBy({ id });
    if (!token || !safeEqual(token.tokenHash, sha256Hex(secret))) return null;
    return { tenantId: token.tenantId, familyId: token.familyId };
  }

  async revokeAllForUser(ctx: TenantContext, userId: string): Promise<void> {
    await this.data.repo(ctx, RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
