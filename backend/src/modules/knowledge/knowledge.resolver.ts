import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { KnowledgeDocumentInput } from './dto/knowledge-document.input';
import { KnowledgeDocumentType } from './dto/knowledge-document.type';
import { KnowledgePassageType } from './dto/knowledge-passage.type';
import { KnowledgeService } from './knowledge.service';

@Resolver()
export class KnowledgeResolver {
  constructor(private readonly knowledge: KnowledgeService) {}

  @Query(() => [KnowledgeDocumentType], { description: "The store's policies, FAQs and documents." })
  @Allow(Permission.ASSISTANT_MANAGE)
  knowledgeDocuments(@Ctx() ctx: TenantContext): Promise<KnowledgeDocumentType[]> {
    return this.knowledge.list(ctx);
  }

  @Query(() => KnowledgeDocumentType)
  @Allow(Permission.ASSISTANT_MANAGE)
  knowledgeDocument(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<KnowledgeDocumentType> {
    return this.knowledge.get(ctx, id);
  }

  @Query(() => [KnowledgePassageType], { description: 'The passages the assistant would retrieve for a question.' })
  @Allow(Permission.ASSISTANT_MANAGE)
  searchKnowledge(
    @Ctx() ctx: TenantContext,
    @Args('question') question: string,
    @Args('first', { type: () => Int, defaultValue: 3 }) first: number,
  ): Promise<KnowledgePassageType[]> {
    return this.knowledge.search(ctx, question, first);
  }

  @Mutation(() => KnowledgeDocumentType)
  @Allow(Permission.ASSISTANT_MANAGE)
  createKnowledgeDocument(@Ctx() ctx: TenantContext, @Args('input') input: KnowledgeDocumentInput): Promise<KnowledgeDocumentType> {
    return this.knowledge.create(ctx, input);
  }

  @Mutation(() => KnowledgeDocumentType)
  @Allow(Permission.ASSISTANT_MANAGE)
  updateKnowledgeDocument(
    @Ctx() ctx: TenantContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('input') input: KnowledgeDocumentInput,
  ): Promise<KnowledgeDocumentType> {
    return this.knowledge.update(ctx, id, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.ASSISTANT_MANAGE)
  deleteKnowledgeDocument(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<boolean> {
    return this.knowledge.delete(ctx, id);
  }
}
