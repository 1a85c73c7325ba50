import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { ForbiddenError, RateLimitedError } from '../../platform/graphql/app-errors';
import { RateLimiterPort } from '../../platform/rate-limit/rate-limiter.port';
import { TokenService } from '../identity/token.service';
import { TenantService, WidgetSettings } from '../tenancy/tenant.service';
import { WidgetKeyService } from '../tenancy/widget-key.service';
import { ChatLimits } from './chat-limits';
import { Conversation } from './conversation.entity';
import { verifyVisitorIdentity } from './visitor-identity';
import { Visitor } from './visitor.entity';

export interface VisitorSession {
  token: string;
  visitorId: string;
  settings: WidgetSettings;
}

export interface VisitorIdentityClaim {
  publicKey: string;
  customerId: string;
  signature: string;
  name?: string;
  email?: string;
}


@Injectable()
export class VisitorSessionService {
  constructor(
    private readonly data: TenantDataService,
    private readonly widgetKeys: WidgetKeyService,
    private readonly tenants: TenantService,
    private readonly tokens: TokenService,
    private readonly rateLimiter: RateLimiterPort,
    private readonly limits: ChatLimits,
  ) {}

  /**
   * Opens (or resumes) a widget session. The public key and the page's Origin must match a key the
   * store created; nothing is created otherwise. A still-valid token of the same store keeps the
   * same visitor, so a conversation survives page loads.
   */
  async start(ctx: TenantContext, publicKey: string, previousToken?: string): Promise<VisitorSession> {
    const { tenant } = await this.widgetKeys.resolveForOrigin(ctx, publicKey, ctx.origin);
    const tenantCtx = ctx.forTenant(tenant.id);
    const visitors = this.data.repo(tenantCtx, Visitor);
    const previous = previousToken ? this.tokens.tryVerifyVisitor(previousToken) : null;
    let visitor = previous && previous.tid === tenant.id ? await visitors.findOneBy({ id: previous.sub }) : null;
    if (visitor) {
      await visitors.update({ id: visitor.id }, { lastSeenAt: new Date() });
    } else {
      const limit = await this.rateLimiter.hit(`visitor:new:${tenant.id}:${ctx.ip ?? 'unknown'}`, this.limits.newVisitorsPerIpPerHour, 3600);
      if (!limit.allowed) throw new RateLimitedError(limit.retryAfterSeconds, 'Too many new chat sessions from this network. Please try again later.');
      visitor = await visitors.insert({ displayName: `Visitor ${randomInt(1000, 10000)}`, externalId: null, email: null });
    }
    return {
      token: this.tokens.signVisitor({ sub: visitor.id, tid: tenant.id }),
      visitorId: visitor.id,
      settings: this.tenants.widgetSettingsOf(tenant, new Date()),
    };
  }

  /**
   * The store vouches for its shopper: HMAC of the customer id with the widget key's identity secret.
   * The first session of a customer becomes theirs; a later one (another device) joins the existing
   * visitor, bringing its conversations along, and a new token for that visitor is returned.
   */
  async identify(ctx: TenantContext, claim: VisitorIdentityClaim): Promise<VisitorSession> {
    if (ctx.actor.kind !== 'visitor') throw new ForbiddenError('Only widget visitors identify themselves');
    const currentId = ctx.actor.visitorId;
    const { key, tenant } = await this.widgetKeys.resolveForOrigin(ctx, claim.publicKey, ctx.origin);
    if (tenant.id !== ctx.tenantId || !verifyVisitorIdentity(key.identitySecret, claim.customerId, claim.signature)) {
      throw new ForbiddenError('The shopper identity could not be verified');
    }
    const visitorId = await this.data.transaction(ctx, async (tx) => {
      const visitors = this.data.repo(tx, Visitor);
      const profile = { ...(claim.name ? { displayName: claim.name } : {}), ...(claim.email ? { email: claim.email.toLowerCase() } : {}) };
      const known = await visitors.findOneBy({ externalId: claim.customerId });
      if (known && known.id !== currentId) {
        await this.data.repo(tx, Conversation).update({ visitorId: currentId }, { visitorId: known.id });
        if (Object.keys(profile).length) await visitors.update({ id: known.id }, profile);
        return known.id;
      }
      await visitors.update({ id: currentId }, { externalId: claim.customerId, ...profile, lastSeenAt: new Date() });
      return currentId;
    });
    return {
      token: this.tokens.signVisitor({ sub: visitorId, tid: tenant.id }),
      visitorId,
      settings: this.tenants.widgetSettingsOf(tenant, new Date()),
    };
  }

  /** Visitors by id, for list views (one query for a page of conversations). */
  async byIds(ctx: TenantContext, ids: readonly string[]): Promise<Map<string, Visitor>> {
    if (!ids.length) return new Map();
    const rows = await this.data.repo(ctx, Visitor).query('v').andWhere('v.id IN (:...ids)', { ids: [...new Set(ids)] }).getMany();
    return new Map(rows.map((v) => [v.id, v]));
  }
}
