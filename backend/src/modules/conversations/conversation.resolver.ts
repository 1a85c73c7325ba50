import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { AllowVisitor, Allow, Public } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { ConversationLoaders } from './conversation-loaders';
import { ConversationService, encodeCursor } from './conversation.service';
import { ConversationsArgs, IdentifyVisitorInput, LeaveContactEmailInput, RateConversationInput, SendMessageInput, StartVisitorSessionArgs } from './dto/conversation.inputs';
import { ConversationAssigneeType, ConversationConnection, ConversationType, VisitorType } from './dto/conversation.type';
import { MessageType } from './dto/message.type';
import { VisitorSessionType } from './dto/visitor-session.type';
import { VisitorContactService } from './visitor-contact.service';
import { VisitorSessionService } from './visitor-session.service';

@Resolver(() => ConversationType)
export class ConversationResolver {
  constructor(
    private readonly conversationService: ConversationService,
    private readonly sessions: VisitorSessionService,
    private readonly loaders: ConversationLoaders,
    private readonly contacts: VisitorContactService,
  ) {}

  @Mutation(() => VisitorSessionType, { description: 'Called by the widget: checks the key against the page origin and returns a visitor token.' })
  @Public()
  startVisitorSession(@Ctx() ctx: TenantContext, @Args() args: StartVisitorSessionArgs): Promise<VisitorSessionType> {
    return this.sessions.start(ctx, args.publicKey, args.visitorToken);
  }

  @Mutation(() => MessageType, { description: 'A visitor writes. Without conversationId a new conversation starts. Replies arrive on conversationEvents.' })
  @AllowVisitor()
  sendMessage(@Ctx() ctx: TenantContext, @Args('input') input: SendMessageInput): Promise<MessageType> {
    return this.conversationService.sendVisitorMessage(ctx, input.conversationId, input.text);
  }

  @Mutation(() => VisitorSessionType, {
    description: 'The store vouches for its signed-in shopper (signature computed on its server). Returns the token to use from now on.',
  })
  @AllowVisitor()
  identifyVisitor(@Ctx() ctx: TenantContext, @Args('input') input: IdentifyVisitorInput): Promise<VisitorSessionType> {
    return this.sessions.identify(ctx, input);
  }

  @Mutation(() => ConversationType, { description: 'The visitor asks for a person; the bot stops answering and agents are notified.' })
  @AllowVisitor()
  requestHuman(@Ctx() ctx: TenantContext, @Args('conversationId', { type: () => ID }, ParseUUIDPipe) conversationId: string): Promise<ConversationType> {
    return this.conversationService.requestHuman(ctx, conversationId);
  }

  @Mutation(() => ConversationType, {
    description: 'Outside business hours: the visitor leaves an email (and their question); the conversation waits for the team, who answer by email.',
  })
  @AllowVisitor()
  leaveContactEmail(@Ctx() ctx: TenantContext, @Args('input') input: LeaveContactEmailInput): Promise<ConversationType> {
    return this.contacts.leaveContactEmail(ctx, input);
  }

  @Mutation(() => ConversationType, { description: 'The visitor rates a resolved conversation (CSAT).' })
  @AllowVisitor()
  rateConversation(@Ctx() ctx: TenantContext, @Args('input') input: RateConversationInput): Promise<ConversationType> {
    return this.conversationService.rate(ctx, input.conversationId, input.score, input.comment ?? null);
  }

  @Query(() => ConversationConnection, { complexity: ({ args, childComplexity }) => (args.first ?? 20) * Math.max(1, childComplexity) })
  @Allow(Permission.CONVERSATIONS_READ)
  async conversations(@Ctx() ctx: TenantContext, @Args() args: ConversationsArgs): Promise<ConversationConnection> {
    const page = await this.conversationService.list(ctx, args.filter ?? {}, args.first, args.after);
    return {
      edges: page.items.map((node) => ({ node, cursor: encodeCursor(node) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => ConversationType, { nullable: true })
  @AllowVisitor(Permission.CONVERSATIONS_READ)
  conversation(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<ConversationType | null> {
    return this.conversationService.findForActor(ctx, id);
  }

  @Query(() => [ConversationType], { description: "The signed-in visitor's conversations, newest first." })
  @AllowVisitor()
  visitorConversations(@Ctx() ctx: TenantContext): Promise<ConversationType[]> {
    return this.conversationService.listForVisitor(ctx);
  }

  @ResolveField(() => VisitorType)
  visitor(@Ctx() ctx: TenantContext, @Parent() conversation: ConversationType): Promise<VisitorType> {
    return this.loaders.visitor(ctx, conversation.visitorId);
  }

  @ResolveField(() => ConversationAssigneeType, { nullable: true })
  assignee(@Parent() conversation: ConversationType): ConversationAssigneeType | null {
    return conversation.assignedTo ? { id: conversation.assignedTo, name: conversation.assignedName ?? '' } : null;
  }

  @ResolveField(() => Int, { description: "Messages the caller's side has not seen: visitor messages for staff; replies and notices for the visitor." })
  unreadCount(@Ctx() ctx: TenantContext, @Parent() conversation: ConversationType): number {
    return ctx.actor.kind === 'visitor' ? conversation.unreadForVisitor : conversation.unreadForStaff;
  }

  @ResolveField(() => [MessageType], { complexity: ({ args, childComplexity }) => (args.first ?? 50) * Math.max(1, childComplexity) })
  messages(
    @Ctx() ctx: TenantContext,
    @Parent() conversation: ConversationType,
    @Args('afterSeq', { type: () => Int, defaultValue: 0 }) afterSeq: number,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<MessageType[]> {
    return this.conversationService.messages(ctx, conversation.id, Math.max(0, afterSeq), Math.min(Math.max(first, 1), 200));
  }
}

