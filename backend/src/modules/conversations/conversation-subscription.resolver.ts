import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow, AllowVisitor } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { LiveConversationEvent } from './conversation-events';
import { ConversationService } from './conversation.service';
import { ConversationEventObject } from './dto/conversation.type';

interface SubscriptionContext {
  extra?: { tenantContext?: TenantContext };
}

/** Turns a pub/sub payload (JSON, dates as strings) back into GraphQL objects. */
function revive(event: LiveConversationEvent): ConversationEventObject {
  const c = event.conversation;
  return {
    type: event.type,
    conversation: {
      ...c,
      createdAt: new Date(c.createdAt),
      lastMessageAt: new Date(c.lastMessageAt),
      snoozedUntil: c.snoozedUntil ? new Date(c.snoozedUntil) : null,
    },
    message: event.message ? { ...event.message, createdAt: new Date(event.message.createdAt) } : null,
    typing: event.typing,
    delta: event.delta ?? null,
  };
}

/**
 * Last line of defence: nothing of another store ever leaves the server, whatever the topic, and a
 * visitor gets only their own conversation, without the team's notes.
 */
function visibleToSubscriber(payload: LiveConversationEvent, _vars: unknown, context: SubscriptionContext): boolean {
  const ctx = context.extra?.tenantContext;
  if (!ctx?.hasTenant || payload.tenantId !== ctx.tenantId) return false;
  if (ctx.actor.kind !== 'visitor') return true;
  return payload.conversation.visitorId === ctx.actor.visitorId && !payload.message?.internal;
}

@Resolver()
export class ConversationSubscriptionResolver {
  constructor(private readonly conversations: ConversationService) {}

  @Subscription(() => ConversationEventObject, { filter: visibleToSubscriber, resolve: revive, description: 'Live events of one conversation.' })
  @AllowVisitor(Permission.CONVERSATIONS_READ)
  async conversationEvents(@Ctx() ctx: TenantContext, @Args('conversationId', { type: () => ID }, ParseUUIDPipe) conversationId: string) {
    await this.conversations.getForActor(ctx, conversationId);
    return this.conversations.live(ctx, conversationId);
  }

  @Subscription(() => ConversationEventObject, { filter: visibleToSubscriber, resolve: revive, description: "Live events of every conversation of the staff member's store." })
  @Allow(Permission.CONVERSATIONS_READ)
  tenantConversationEvents(@Ctx() ctx: TenantContext) {
    return this.conversations.liveForTenant(ctx);
  }
}
