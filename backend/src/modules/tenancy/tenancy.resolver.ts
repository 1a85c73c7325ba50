import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { CreateWidgetKeyInput } from './dto/create-widget-key.input';
import { TenantType } from './dto/tenant.type';
import { WidgetKeyType } from './dto/widget-key.type';
import { TenantService } from './tenant.service';
import { WidgetKeyService } from './widget-key.service';

@Resolver()
export class TenancyResolver {
  constructor(
    private readonly tenants: TenantService,
    private readonly widgetKeyService: WidgetKeyService,
  ) {}

  @Query(() => TenantType, { description: 'The store of the signed-in staff member or API key.' })
  @Allow(Permission.STORE_READ)
  store(@Ctx() ctx: TenantContext): Promise<TenantType> {
    return this.tenants.current(ctx);
  }

  @Query(() => [WidgetKeyType])
  @Allow(Permission.WIDGET_KEYS_MANAGE)
  widgetKeys(@Ctx() ctx: TenantContext): Promise<WidgetKeyType[]> {
    return this.widgetKeyService.list(ctx);
  }

  @Mutation(() => WidgetKeyType)
  @Allow(Permission.WIDGET_KEYS_MANAGE)
  createWidgetKey(@Ctx() ctx: TenantContext, @Args('input') input: CreateWidgetKeyInput): Promise<WidgetKeyType> {
    return this.widgetKeyService.create(ctx, input.allowedOrigins);
  }

  @Mutation(() => WidgetKeyType)
  @Allow(Permission.WIDGET_KEYS_MANAGE)
  revokeWidgetKey(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<WidgetKeyType> {
    return this.widgetKeyService.revoke(ctx, id);
  }
}
