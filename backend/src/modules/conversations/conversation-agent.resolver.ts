import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow, AllowVisitor } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { ConversationAgentService } from './conversation-agent.service';
import { ConversationPresenceService } from './conversation-presence.service';
import { AgentMessageInput, AssignConversationInput, SnoozeConversationInput } from './dto/conversation.inputs';
import { ConversationType } from './dto/conversation.type';
import { MessageType } from './dto/message.type';

/** The team's side of a conversation, plus typing and read markers that both sides send. */
@Resolver()
export class ConversationAgentResolver {
  constructor(
    private readonly agents: ConversationAgentService,
    private readonly presence: ConversationPresenceService,
  ) {}

  @Mutation(() => ConversationType, { description: 'Assigns the conversation to me; the bot stops answering at once and the visitor is told.' })
  @Allow(Permission.CONVERSATIONS_WRITE)
  takeOverConversation(@Ctx() ctx: TenantContext, @Args('conversationId', { type: () => ID }, ParseUUIDPipe) conversationId: string): Promise<ConversationType> {
    return this.agents.takeOver(ctx, conversationId);
  }

  @Mutation(() => ConversationType, { description: 'The bot takes over again; the visitor is told.' })
  @Allow(Permission.CONVERSATIONS_WRITE)
  handBackConversation(@Ctx() ctx: TenantContext, @Args('conversationId', { type: () => ID }, ParseUUIDPipe) conversationId: string): Promise<ConversationType> {
    return this.agents.handBack(ctx, conversationId);
  }

  @Mutation(() => ConversationType)
  @Allow(Permission.CONVERSATIONS_WRITE)
  assignConversation(@Ctx() ctx: TenantContext, @Args('input') input: AssignConversationInput): Promise<ConversationType> {
    return this.agents.assign(ctx, input.conversationId, input.userId ?? null);
  }

  @Mutation(() => ConversationType)
  @Allow(Permission.CONVERSATIONS_WRITE)
  resolveConversation(@Ctx() ctx: TenantContext, @Args('conversationId', { type: () => ID }, ParseUUIDPipe) conversationId: string): Promise<ConversationType> {
    return this.agents.resolve(ctx, conversationId);
  }

  @Mutation(() => ConversationType)
  @Allow(Permission.CONVERSATIONS_WRITE)
  snoozeConversation(@Ctx() ctx: TenantContext, @Args('input') input: SnoozeConversationInput): Promise<ConversationType> {
    return this.agents.snooze(ctx, input.conversationId, input.until);
  }

  @Mutation(() => ConversationType)
  @Allow(Permission.CONVERSATIONS_WRITE)
  reopenConversation(@Ctx() ctx: TenantContext, @Args('conversationId', { type: () => ID }, ParseUUIDPipe) conversationId: string): Promise<ConversationType> {
    return this.agents.reopen(ctx, conversationId);
  }

  @Mutation(() => MessageType, { description: 'An agent answers the visitor (taking the conversation over from the bot if needed).' })
  @Allow(Permission.CONVERSATIONS_WRITE)
  sendAgentMessage(@Ctx() ctx: TenantContext, @Args('input') input: AgentMessageInput): Promise<MessageType> {
    return this.agents.reply(ctx, input.conversationId, input.text, input.imageUrl);
  }

  @Mutation(() => MessageType, { description: 'A note for the team, never shown to the visitor.' })
  @Allow(Permission.CONVERSATIONS_WRITE)
  addInternalNote(@Ctx() ctx: TenantContext, @Args('input') input: AgentMessageInput): Promise<MessageType> {
    return this.agents.addNote(ctx, input.conversationId, input.text);
  }

  @Mutation(() => Boolean, { description: 'Typing indicator for the other side; live only. False when the signal was dropped (too many).' })
  @AllowVisitor(Permission.CONVERSATIONS_WRITE)
  setTyping(
    @Ctx() ctx: TenantContext,
    @Args('conversationId', { type: () => ID }, ParseUUIDPipe) conversationId: string,
    @Args('active') active: boolean,
  ): Promise<boolean> {
    return this.presence.setTyping(ctx, conversationId, active);
  }

  @Mutation(() => ConversationType, { description: "Marks messages up to `seq` as seen by the caller's side." })
  @AllowVisitor(Permission.CONVERSATIONS_READ)
  markConversationRead(
    @Ctx() ctx: TenantContext,
    @Args('conversationId', { type: () => ID }, ParseUUIDPipe) conversationId: string,
    @Args('seq', { type: () => Int }) seq: number,
  ): Promise<ConversationType> {
    return this.presence.markRead(ctx, conversationId, seq);
  }
}
