import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { AllowVisitor, Allow, Public } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { ConversationLoaders } from './conversation-loaders';
import { ConversationService } from './conversation.service';
import { ConversationsArgs, SendMessageInput, StartVisitorSessionArgs } from './dto/conversation.inputs';
import { ConversationConnection, ConversationType, VisitorType } from './dto/conversation.type';
import { MessageType } from './dto/message.type';
import { VisitorSessionType } from './dto/visitor-session.type';
import { VisitorSessionService } from './visitor-session.service';

@Resolver(() => ConversationType)
export class ConversationResolver {
  constructor(
    private readonly conversationService: ConversationService,
    private readonly sessions: VisitorSessionService,
    private readonly loaders: ConversationLoaders,
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

  @Query(() => ConversationConnection, { complexity: ({ args, childComplexity }) => (args.first ?? 20) * Math.max(1, childComplexity) })
  @Allow(Permission.CONVERSATIONS_READ)
  async conversations(@Ctx() ctx: TenantContext, @Args() args: ConversationsArgs): Promise<ConversationConnection> {
    const page = await this.conversationService.list(ctx, args.filter ?? {}, args.first, args.after);
    return {
      edges: page.items.map((node) => ({ node, cursor: Buffer.from(`${node.lastMessageAt.toISOString()}|${node.id}`).toString('base64url') })),
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

