import { Injectable } from '@nestjs/common';
import { Role } from '@shopdesk/shared';
import { QueryFailedError } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { RateLimitedError, UnauthenticatedError, UserInputError } from '../../platform/graphql/app-errors';
import { RateLimiterPort } from '../../platform/rate-limit/rate-limiter.port';
import { Tenant } from '../tenancy/tenant.entity';
import { TenantService } from '../tenancy/tenant.service';
import { Membership } from './membership.entity';
import { PasswordService } from './password.service';
import { IssuedRefreshToken, RefreshTokenService } from './refresh-token.service';
import { TokenService } from './token.service';
import { User } from './user.entity';

export interface Session {
  accessToken: string;
  expiresIn: number;
  refresh: IssuedRefreshToken;
  user: User;
  role: Role;
  tenant: Tenant;
}

const LOGIN_WINDOW_SECONDS = 15 * 60;
const INVALID_LOGIN = 'Incorrect email or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly data: TenantDataService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly tenants: TenantService,
    private readonly rateLimiter: RateLimiterPort,
    private readonly config: AppConfig,
  ) {}

  /** Creates a store and its owner, and signs the owner in. */
  async signUp(ctx: TenantContext, input: { storeName: string; email: string; password: string; name?: string }): Promise<Session> {
    return this.data.transaction(ctx, async (tx) => {
      const { user, tenant } = await this.createStoreWithOwner(tx, input);
      return this.startSession(tx.forTenant(tenant.id), user, Role.OWNER, tenant);
    });
  }

  /** A new store and its owner's login (sign-up, and the demo store at first start). */
  async createStoreWithOwner(
    ctx: TenantContext,
    input: { storeName: string; email: string; password: string; name?: string; slug?: string },
  ): Promise<{ user: User; tenant: Tenant }> {
    const email = normalizeEmail(input.email);
    const passwordHash = await this.passwords.hash(input.password);
    return this.data.transaction(ctx, async (tx) => {
      // users is a platform table: one login may own several stores.
      const users = this.data.global(tx, User);
      if (await users.findOneBy({ email })) {
        throw new UserInputError('An account with this email already exists. Sign in instead.', { email: ['already registered'] });
      }
      let user: User;
      try {
        user = await users.save(users.create({ email, name: input.name ?? null, passwordHash }));
      } catch (error) {
        if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
          throw new UserInputError('An account with this email already exists. Sign in instead.', { email: ['already registered'] });
        }
        throw error;
      }
      const tenant = await this.tenants.create(tx, input.storeName, input.slug);
      await this.data.repo(tx.forTenant(tenant.id), Membership).insert({ userId: user.id, role: Role.OWNER });
      return { user, tenant };
    });
  }

  /**
   * One generic error for unknown email, wrong password or no store, rate-limited per account and
   * per IP so guessing is slow and accounts cannot be enumerated.
   */
  async login(ctx: TenantContext, input: { email: string; password: string; tenantSlug?: string }): Promise<Session> {
    const email = normalizeEmail(input.email);
    const max = this.config.LOGIN_MAX_ATTEMPTS;
    const accountKey = `login:account:${email}`;
    const ipKey = `login:ip:${ctx.ip ?? 'unknown'}`;
    const [accountHits, ipHits] = await Promise.all([this.rateLimiter.peek(accountKey), this.rateLimiter.peek(ipKey)]);
    if (accountHits >= max || ipHits >= max * 4) {
      throw new RateLimitedError(LOGIN_WINDOW_SECONDS, 'Too many sign-in attempts. Please wait 15 minutes and try again.');
    }
    const fail = async (): Promise<never> => {
      await Promise.all([this.rateLimiter.hit(accountKey, max, LOGIN_WINDOW_SECONDS), this.rateLimiter.hit(ipKey, max * 4, LOGIN_WINDOW_SECONDS)]);
      throw new UnauthenticatedError(INVALID_LOGIN);
    };
    // Sign-in happens before a store is chosen: look the login up globally.
    const user = await this.data.global(ctx, User).findOneBy({ email });
    if (!user) {
      await this.passwords.verifyAgainstNothing(input.password);
      return fail();
    }
    if (!(await this.passwords.verify(user.passwordHash, input.password))) return fail();
    const membership = await this.pickMembership(ctx, user.id, input.tenantSlug);
    if (!membership) return fail();
    await this.rateLimiter.reset(accountKey);
    return this.startSession(ctx.forTenant(membership.tenant.id), user, membership.role, membership.tenant);
  }

  /** Rotates the refresh token and issues a new access token for the same session. */
  async refresh(ctx: TenantContext, refreshValue: string | undefined): Promise<Session> {
    if (!refreshValue) throw new UnauthenticatedError('Please sign in');
    const used = await this.refreshTokens.consume(ctx, refreshValue);
    const tenantCtx = ctx.forTenant(used.tenantId);
    const membership = await this.data.repo(tenantCtx, Membership).findOneBy({ userId: used.userId });
    const tenant = await this.tenants.findActive(tenantCtx, used.tenantId);
    const user = await this.data.global(tenantCtx, User).findOneBy({ id: used.userId });
    if (!membership || !tenant || !user) {
      await this.refreshTokens.revokeFamily(tenantCtx, used.familyId);
      throw new UnauthenticatedError('Please sign in');
    }
    return this.startSession(tenantCtx, user, membership.role, tenant, used.familyId);
  }

  async logout(ctx: TenantContext, refreshValue: string | undefined): Promise<void> {
    if (ctx.actor.kind === 'staff') {
      await this.refreshTokens.revokeFamily(ctx, ctx.actor.sessionId);
    }
    const family = refreshValue ? await this.refreshTokens.familyOf(ctx, refreshValue) : null;
    if (family) await this.refreshTokens.revokeFamily(ctx.forTenant(family.tenantId), family.familyId);
  }

  private async startSession(ctx: TenantContext, user: User, role: Role, tenant: Tenant, familyId?: string): Promise<Session> {
    const refresh = await this.refreshTokens.issue(ctx, user.id, familyId);
    const accessToken = this.tokens.signStaff({ sub: user.id, tid: tenant.id, role, sid: refresh.familyId });
    return { accessToken, expiresIn: this.tokens.accessTtlSeconds, refresh, user, role, tenant };
  }

  private async pickMembership(ctx: TenantContext, userId: string, tenantSlug?: string): Promise<{ tenant: Tenant; role: Role } | null> {
    // A person's memberships span stores by nature; this is the one place that lists them.
    const rows: Array<{ role: Role; tenant_id: string }> = await this.data
      .managerOf(ctx)
      .query(
        `SELECT m.role, m.tenant_id FROM memberships m JOIN tenants t ON t.id = m.tenant_id
         WHERE m.user_id = $1 AND t.status = 'active' AND ($2::text IS NULL OR t.slug = $2)
         ORDER BY m.created_at ASC LIMIT 1`,
        [userId, tenantSlug?.toLowerCase() ?? null],
      );
    if (!rows.length) return null;
    const tenant = await this.tenants.findActive(ctx, rows[0].tenant_id);
    return tenant ? { tenant, role: rows[0].role } : null;
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
