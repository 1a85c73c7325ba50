import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { ForbiddenError, UnauthenticatedError } from '../graphql/app-errors';
import { ACCESS_METADATA, AccessRule } from './access.decorators';
import { AuthenticatorPort } from './authenticator.port';
import { preferredLanguage } from '../web/preferred-language';
import { graphqlContextOf } from './request-context';
import { TenantContext } from './tenant-context';

/**
 * Builds the TenantContext of every HTTP GraphQL operation and enforces its access rule.
 * Deny by default: an operation without @Public, @Allow or @AllowVisitor cannot be called.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: AuthenticatorPort,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (context.getType<string>() !== 'graphql' && !rule) return true; // plain HTTP routes (health, static) guard themselves
    const gql = graphqlContextOf(context);
    let ctx = gql.req?.tenantContext ?? gql.extra?.tenantContext;
    if (!ctx && gql.req) {
      ctx = await this.fromRequest(gql.req);
      gql.req.tenantContext = ctx;
    }
    if (!ctx) throw new UnauthenticatedError();
    if (!rule) throw new ForbiddenError();
    if (rule.public) return true;
    if (ctx.actor.kind === 'anonymous') throw new UnauthenticatedError('Please sign in');
    if (ctx.actor.kind === 'visitor') {
      if (rule.visitor) return true;
      throw new ForbiddenError();
    }
    const missing = (rule.permissions ?? []).filter((p) => !ctx.can(p));
    if (rule.visitor && (rule.permissions ?? []).length === 0 && ctx.actor.kind !== 'system') throw new ForbiddenError();
    if (missing.length) throw new ForbiddenError(`Missing permission: ${missing.join(', ')}`);
    return true;
  }

  private async fromRequest(req: NonNullable<ReturnType<typeof graphqlContextOf>['req']>): Promise<TenantContext> {
    const meta = {
      ip: req.ip,
      origin: req.headers.origin,
      requestId: (req as unknown as { id?: string }).id ?? randomUUID(),
      locale: preferredLanguage(req),
    };
    const header = req.headers.authorization;
    if (!header) return TenantContext.anonymous(meta);
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedError('Malformed Authorization header');
    return this.authenticator.authenticate(match[1], meta);
  }
}
