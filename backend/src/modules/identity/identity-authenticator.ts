import { Injectable } from '@nestjs/common';
import { permissionsOf, Role } from '@shopdesk/shared';
import { AuthenticatorPort, RequestMeta } from '../../platform/context/authenticator.port';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { UnauthenticatedError } from '../../platform/graphql/app-errors';
import { API_KEY_PREFIX, ApiKeyService } from './api-key.service';
import { TokenService } from './token.service';

const TENANT_STATUS_TTL_MS = 5_000;
const MAX_CACHED_TENANTS = 10_000;

/** Resolves staff JWTs, visitor tokens and API keys into a TenantContext. */
@Injectable()
export class IdentityAuthenticator extends AuthenticatorPort {
  private readonly activeTenants = new Map<string, { active: boolean; until: number }>();

  constructor(
    private readonly tokens: TokenService,
    private readonly apiKeys: ApiKeyService,
    private readonly data: TenantDataService,
  ) {
    super();
  }

  async authenticate(bearer: string, meta: RequestMeta): Promise<TenantContext> {
    const base = TenantContext.anonymous(meta);
    if (bearer.startsWith(API_KEY_PREFIX)) {
      const key = await this.apiKeys.authenticate(base, bearer);
      return new TenantContext({ ...meta, tenantId: key.tenantId, actor: { kind: 'api_key', apiKeyId: key.id, name: key.name }, permissions: key.scopes });
    }
    const verified = this.tokens.verify(bearer);
    if (verified.audience === 'visitor') {
      const { sub, tid } = verified.claims;
      if (!(await this.tenantActive(base, tid))) throw new UnauthenticatedError();
      return new TenantContext({ ...meta, tenantId: tid, actor: { kind: 'visitor', visitorId: sub } });
    }
    const { sub, tid, sid } = verified.claims;
    // The role comes from the database, not the token, so a demotion or removal applies at once;
    // a revoked session (logout, token reuse) ends its access tokens too.
    const rows: Array<{ role: Role; revoked: boolean }> = await this.data.managerOf(base).query(
      `SELECT m.role,
              EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.tenant_id = $1 AND r.family_id = $3 AND r.revoked_at IS NOT NULL) AS revoked
         FROM memberships m JOIN tenants t ON t.id = m.tenant_id AND t.status = 'active'
        WHERE m.tenant_id = $1 AND m.user_id = $2`,
      [tid, sub, sid],
    );
    if (!rows.length || rows[0].revoked) throw new UnauthenticatedError('Your session has ended. Please sign in again.');
    const role = rows[0].role;
    return new TenantContext({ ...meta, tenantId: tid, actor: { kind: 'staff', userId: sub, role, sessionId: sid }, permissions: permissionsOf(role) });
  }

  /**
   * Every widget request checks its store is still active; the answer is reused for a few seconds
   * so a busy chat doesn't ask the database on each message. A suspension applies within that time.
   */
  private async tenantActive(ctx: TenantContext, tenantId: string): Promise<boolean> {
    const cached = this.activeTenants.get(tenantId);
    if (cached && cached.until > Date.now()) return cached.active;
    const rows = await this.data.managerOf(ctx).query(`SELECT 1 FROM tenants WHERE id = $1 AND status = 'active'`, [tenantId]);
    if (this.activeTenants.size >= MAX_CACHED_TENANTS) this.activeTenants.clear();
    this.activeTenants.set(tenantId, { active: rows.length > 0, until: Date.now() + TENANT_STATUS_TTL_MS });
    return rows.length > 0;
  }
}
