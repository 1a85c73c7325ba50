import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { BusinessHoursType } from './dto/business-hours.type';
import { CreateWidgetKeyInput } from './dto/create-widget-key.input';
import { TenantType } from './dto/tenant.type';
import { UpdateBusinessHoursInput } from './dto/update-business-hours.input';
import { UpdateStoreInput } from './dto/update-store.input';
import { UpdateWidgetAppearanceInput } from './dto/update-widget-appearance.input';
import { WidgetAppearanceType } from './dto/widget-appearance.type';
import { WidgetKeyType } from './dto/widget-key.type';
import { Tenant } from './tenant.entity';
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

  @Mutation(() => TenantType, { description: 'Renames the store or changes its time zone.' })
  @Allow(Permission.STORE_MANAGE)
  updateStore(@Ctx() ctx: TenantContext, @Args('input') input: UpdateStoreInput): Promise<TenantType> {
    return this.tenants.update(ctx, input);
  }

  @Query(() => WidgetAppearanceType)
  @Allow(Permission.STORE_READ)
  async widgetAppearance(@Ctx() ctx: TenantContext): Promise<WidgetAppearanceType> {
    return this.tenants.appearanceOf(await this.tenants.current(ctx));
  }

  @Mutation(() => WidgetAppearanceType)
  @Allow(Permission.WIDGET_KEYS_MANAGE)
  updateWidgetAppearance(@Ctx() ctx: TenantContext, @Args('input') input: UpdateWidgetAppearanceInput): Promise<WidgetAppearanceType> {
    return this.tenants.updateAppearance(ctx, input);
  }

  @Query(() => BusinessHoursType)
  @Allow(Permission.STORE_READ)
  async businessHours(@Ctx() ctx: TenantContext): Promise<BusinessHoursType> {
    return this.hoursOf(await this.tenants.current(ctx));
  }

  @Mutation(() => BusinessHoursType, { description: 'Replaces the store’s opening hours.' })
  @Allow(Permission.STORE_MANAGE)
  async updateBusinessHours(@Ctx() ctx: TenantContext, @Args('input') input: UpdateBusinessHoursInput): Promise<BusinessHoursType> {
    return this.hoursOf(await this.tenants.updateBusinessHours(ctx, input));
  }

  private hoursOf(tenant: Tenant): BusinessHoursType {
    return { ...this.tenants.businessHoursOf(tenant), timeZone: tenant.timezone };
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
