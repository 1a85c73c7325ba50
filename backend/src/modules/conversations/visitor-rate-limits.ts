import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { RateLimitedError } from '../../platform/graphql/app-errors';
import { RateLimiterPort } from '../../platform/rate-limit/rate-limiter.port';
import { ChatLimits } from './chat-limits';

/** Per-visitor and per-network allowances for what visitors write, checked before any database work. */
@Injectable()
export class VisitorRateLimits {
  constructor(
    private readonly limiter: RateLimiterPort,
    private readonly limits: ChatLimits,
  ) {}

  async checkMessage(ctx: TenantContext, visitorId: string, startsConversation: boolean): Promise<void> {
    const tenantId = ctx.tenantId;
    const [perVisitor, perIp] = await Promise.all([
      this.limiter.hit(`chat:msg:v:${tenantId}:${visitorId}`, this.limits.messagesPerVisitorPerMinute, 60),
      this.limiter.hit(`chat:msg:ip:${tenantId}:${ctx.ip ?? 'unknown'}`, this.limits.messagesPerIpPerMinute, 60),
    ]);
    if (!perVisitor.allowed) throw new RateLimitedError(perVisitor.retryAfterSeconds, 'You are sending messages too quickly. Please wait a moment.');
    if (!perIp.allowed) throw new RateLimitedError(perIp.retryAfterSeconds, 'Too many messages from this network. Please wait a moment.');
    if (startsConversation) {
      const conversations = await this.limiter.hit(`chat:conv:${tenantId}:${visitorId}`, this.limits.newConversationsPerVisitorPerHour, 3600);
      if (!conversations.allowed) throw new RateLimitedError(conversations.retryAfterSeconds, 'You have started many conversations. Please continue an existing one.');
    }
  }

  /** Typing signals beyond the allowance are dropped quietly: they are only a hint. */
  async allowTyping(ctx: TenantContext, actorKey: string): Promise<boolean> {
    const decision = await this.limiter.hit(`chat:typing:${ctx.tenantId}:${actorKey}`, this.limits.typingSignalsPerTenSeconds, 10);
    return decision.allowed;
  }
}
