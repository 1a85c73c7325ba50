import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { CannedReplyService } from './canned-reply.service';
import { CannedReplyInput, CannedReplyType } from './dto/canned-reply.type';

@Resolver(() => CannedReplyType)
export class CannedReplyResolver {
  constructor(private readonly replies: CannedReplyService) {}

  @Query(() => [CannedReplyType], { description: "The store's saved answers, by shortcut." })
  @Allow(Permission.CONVERSATIONS_READ)
  cannedReplies(@Ctx() ctx: TenantContext, @Args('search', { type: () => String, nullable: true }) search?: string): Promise<CannedReplyType[]> {
    return this.replies.list(ctx, search?.slice(0, 100));
  }

  @Mutation(() => CannedReplyType, { description: 'Creates a canned reply, or changes one when `id` is given.' })
  @Allow(Permission.CONVERSATIONS_WRITE)
  saveCannedReply(@Ctx() ctx: TenantContext, @Args('input') input: CannedReplyInput): Promise<CannedReplyType> {
    return input.id ? this.replies.update(ctx, input.id, input.shortcut, input.text) : this.replies.create(ctx, input.shortcut, input.text);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.CONVERSATIONS_WRITE)
  deleteCannedReply(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<boolean> {
    return this.replies.remove(ctx, id);
  }
}
