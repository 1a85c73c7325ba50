import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../../platform/context/access.decorators';
import { Ctx } from '../../../platform/context/ctx.decorator';
import { TenantContext } from '../../../platform/context/tenant-context';
import { AssistantEngine } from '../turn/assistant-engine';
import { AssistantSettings } from './assistant-settings.entity';
import { AssistantSettingsService } from './assistant-settings.service';
import { replyRulesOf } from './reply-rules';
import { AssistantConnectionTestType, AssistantSettingsInput, AssistantSettingsType } from './assistant-settings.type';

@Resolver()
export class AssistantSettingsResolver {
  constructor(
    private readonly settings: AssistantSettingsService,
    private readonly engine: AssistantEngine,
  ) {}

  @Query(() => AssistantSettingsType)
  @Allow(Permission.ASSISTANT_MANAGE)
  async assistantSettings(@Ctx() ctx: TenantContext): Promise<AssistantSettingsType> {
    return view(await this.settings.get(ctx));
  }

  @Mutation(() => AssistantSettingsType)
  @Allow(Permission.ASSISTANT_MANAGE)
  async updateAssistantSettings(@Ctx() ctx: TenantContext, @Args('input') input: AssistantSettingsInput): Promise<AssistantSettingsType> {
    return view(await this.settings.update(ctx, input));
  }

  @Mutation(() => AssistantConnectionTestType, { description: 'Sends one short request to the model the store would use ("test connection").' })
  @Allow(Permission.ASSISTANT_MANAGE)
  testAssistantConnection(@Ctx() ctx: TenantContext): Promise<AssistantConnectionTestType> {
    return this.engine.testConnection(ctx);
  }
}

function view(row: AssistantSettings | null): AssistantSettingsType {
  return {
    persona: row?.persona ?? '',
    tone: row?.tone ?? 'friendly',
    greeting: row?.greeting ?? '',
    offTopicReply: row?.offTopicReply ?? '',
    provider: row?.provider ?? 'platform',
    baseUrl: row?.baseUrl ?? null,
    model: row?.model ?? null,
    hasApiKey: !!row?.apiKeyEncrypted,
    dailyTokenBudget: row?.dailyTokenBudget ?? null,
    ...replyRulesOf(row),
  };
}
