import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { KnowledgeChunkPreviewType } from './dto/knowledge-chunk-preview.type';
import { KnowledgeDocumentInput } from './dto/knowledge-document.input';
import { KnowledgeDocumentType } from './dto/knowledge-document.type';
import { KnowledgePassageType } from './dto/knowledge-passage.type';
import { KnowledgeDocument } from './knowledge-document.entity';
import { KnowledgeService } from './knowledge.service';

@Resolver()
export class KnowledgeResolver {
  constructor(private readonly knowledge: KnowledgeService) {}

  @Query(() => [KnowledgeDocumentType], { description: "The store's policies, FAQs and documents." })
  @Allow(Permission.ASSISTANT_MANAGE)
  async knowledgeDocuments(@Ctx() ctx: TenantContext): Promise<KnowledgeDocumentType[]> {
    return (await this.knowledge.list(ctx)).map(view);
  }

  @Query(() => KnowledgeDocumentType)
  @Allow(Permission.ASSISTANT_MANAGE)
  async knowledgeDocument(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<KnowledgeDocumentType> {
    return view(await this.knowledge.get(ctx, id));
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

  @Query(() => [KnowledgeChunkPreviewType], { description: 'How a document would be split into passages, without saving it (the editor preview).' })
  @Allow(Permission.ASSISTANT_MANAGE)
  previewKnowledgeChunks(@Args('input') input: KnowledgeDocumentInput): KnowledgeChunkPreviewType[] {
    return this.knowledge.previewChunks(input);
  }

  @Mutation(() => KnowledgeDocumentType)
  @Allow(Permission.ASSISTANT_MANAGE)
  async createKnowledgeDocument(@Ctx() ctx: TenantContext, @Args('input') input: KnowledgeDocumentInput): Promise<KnowledgeDocumentType> {
    return view(await this.knowledge.create(ctx, input));
  }

  @Mutation(() => KnowledgeDocumentType)
  @Allow(Permission.ASSISTANT_MANAGE)
  async updateKnowledgeDocument(
    @Ctx() ctx: TenantContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('input') input: KnowledgeDocumentInput,
  ): Promise<KnowledgeDocumentType> {
    return view(await this.knowledge.update(ctx, id, input));
  }

  @Mutation(() => Boolean)
  @Allow(Permission.ASSISTANT_MANAGE)
  deleteKnowledgeDocument(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<boolean> {
    return this.knowledge.delete(ctx, id);
  }
}

function view(document: KnowledgeDocument): KnowledgeDocumentType {
  return { ...document, size: document.body.length };
}
