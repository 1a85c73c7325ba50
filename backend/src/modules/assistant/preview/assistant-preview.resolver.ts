import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../../platform/context/access.decorators';
import { Ctx } from '../../../platform/context/ctx.decorator';
import { TenantContext } from '../../../platform/context/tenant-context';
import { UserInputError } from '../../../platform/graphql/app-errors';
import { TenantService } from '../../tenancy/tenant.service';
import { EMPTY_STATE } from '../providers/assistant-provider';
import { AssistantEngine } from '../turn/assistant-engine';
import { AssistantTurnLog } from '../turn/assistant-turn-log';
import { AssistantPreviewType, AssistantUsageType } from './assistant-preview.type';

@Resolver()
export class AssistantPreviewResolver {
  constructor(
    private readonly engine: AssistantEngine,
    private readonly tenants: TenantService,
    private readonly turns: AssistantTurnLog,
  ) {}

  @Query(() => AssistantPreviewType, { description: '"Try your assistant": intent, entities, tool calls and reply for a text. Changes nothing.' })
  @Allow(Permission.ASSISTANT_PREVIEW)
  async assistantPreview(
    @Ctx() ctx: TenantContext,
    @Args('text') text: string,
    @Args('locale', { nullable: true, defaultValue: 'en' }) locale: string,
  ): Promise<AssistantPreviewType> {
    if (!text.trim()) throw new UserInputError('Give a text to try', { text: ['empty'] });
    const tenant = await this.tenants.current(ctx);
    // Tools see what an anonymous shopper of this store would see, not what the staff member can.
    const shopperCtx = TenantContext.anonymous({ tenantId: ctx.tenantId, locale });
    const outcome = await this.engine.run({
      toolCtx: shopperCtx,
      conversationId: null,
      visitorId: null,
      text: text.trim(),
      locale,
      storeName: tenant.name,
      history: [],
      state: EMPTY_STATE,
      dryRun: true,
    });
    return {
      intent: outcome.understanding.intent,
      confidence: outcome.understanding.confidence,
      entities: outcome.understanding.entities,
      reply: outcome.reply,
      toolCalls: outcome.toolCalls.map((c) => ({ name: c.name, ok: c.result.ok, arguments: JSON.stringify(c.arguments) })),
      provider: outcome.provider,
      fallbackReason: outcome.fallbackReason ?? undefined,
      guard: outcome.guard,
      groundingCorrections: outcome.groundingCorrections,
      citations: outcome.citations,
      sentiment: outcome.sentiment,
    };
  }

  @Query(() => AssistantUsageType, { description: 'Assistant turns, tokens, fallbacks and corrections over the last `days` days.' })
  @Allow(Permission.ASSISTANT_MANAGE)
  assistantUsage(@Ctx() ctx: TenantContext, @Args('days', { type: () => Int, defaultValue: 30 }) days: number): Promise<AssistantUsageType> {
    const span = Math.max(1, Math.min(days, 366));
    return this.turns.usage(ctx, new Date(Date.now() - span * 86400_000));
  }
}
