import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { ApiKeyService } from './api-key.service';
import { ApiKeyType, CreatedApiKey } from './dto/api-key.type';
import { CreateApiKeyInput } from './dto/create-api-key.input';

@Resolver()
export class ApiKeyResolver {
  constructor(private readonly apiKeyService: ApiKeyService) {}

  @Query(() => [ApiKeyType])
  @Allow(Permission.API_KEYS_MANAGE)
  apiKeys(@Ctx() ctx: TenantContext): Promise<ApiKeyType[]> {
    return this.apiKeyService.list(ctx);
  }

  @Mutation(() => CreatedApiKey)
  @Allow(Permission.API_KEYS_MANAGE)
  createApiKey(@Ctx() ctx: TenantContext, @Args('input') input: CreateApiKeyInput): Promise<CreatedApiKey> {
    return this.apiKeyService.create(ctx, input.name, input.scopes);
  }

  @Mutation(() => ApiKeyType)
  @Allow(Permission.API_KEYS_MANAGE)
  revokeApiKey(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<ApiKeyType> {
    return this.apiKeyService.revoke(ctx, id);
  }
}
