import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { PubSubPort } from '../../platform/pubsub/pubsub.port';
import {
  InsufficientStockErrorType,
  LowStockAlertType,
  ReservationResult,
  StockLevelListType,
  StockLevelResult,
  StockLevelType,
  StockLocationType,
  StockMovementType,
  StockReservationType,
} from './dto/inventory.types';
import { AdjustStockInput, CreateStockLocationInput, ReserveStockInput, SetLowStockThresholdInput, TransferStockInput } from './dto/inventory.inputs';
import { StockLevel } from './entities/stock-level.entity';
import { InsufficientStock } from './insufficient-stock.error';
import { inventoryAlertsTopic, LowStockAlert } from './inventory-events';
import { InventoryService } from './inventory.service';

function levelOf(l: StockLevel): StockLevelType {
  const available = l.onHand - l.reserved;
  return {
    variantId: l.variantId,
    locationId: l.locationId,
    onHand: l.onHand,
    reserved: l.reserved,
    available,
    lowStockThreshold: l.lowStockThreshold,
    lowStock: l.lowStockThreshold !== null && available <= l.lowStockThreshold,
  };
}

function errorOf(e: InsufficientStock): InsufficientStockErrorType {
  return { code: e.code, message: e.message, variantId: e.variantId, requested: e.requested, available: e.available };
}

interface SubscriptionContext {
  extra?: { tenantContext?: TenantContext };
}

@Resolver()
export class InventoryResolver {
  constructor(
    private readonly inventory: InventoryService,
    private readonly pubsub: PubSubPort,
  ) {}

  @Query(() => [StockLocationType])
  @Allow(Permission.INVENTORY_READ)
  stockLocations(@Ctx() ctx: TenantContext) {
    return this.inventory.locations(ctx);
  }

  @Query(() => [StockLevelType])
  @Allow(Permission.INVENTORY_READ)
  async stockLevels(
    @Ctx() ctx: TenantContext,
    @Args('variantIds', { type: () => [ID], nullable: true }) variantIds?: string[],
    @Args('locationId', { type: () => ID, nullable: true }) locationId?: string,
    @Args('lowStockOnly', { defaultValue: false }) lowStockOnly?: boolean,
  ): Promise<StockLevelType[]> {
    return (await this.inventory.levels(ctx, { variantIds, locationId, lowStockOnly })).map(levelOf);
  }

  @Query(() => [StockMovementType])
  @Allow(Permission.INVENTORY_READ)
  stockMovements(
    @Ctx() ctx: TenantContext,
    @Args('variantId', { type: () => ID, nullable: true }) variantId?: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
  ) {
    return this.inventory.movements(ctx, variantId, first);
  }

  @Mutation(() => StockLocationType)
  @Allow(Permission.INVENTORY_WRITE)
  createStockLocation(@Ctx() ctx: TenantContext, @Args('input') input: CreateStockLocationInput) {
    return this.inventory.createLocation(ctx, input.name, input.code);
  }

  @Mutation(() => StockLevelResult, { description: 'Receive, adjust, return or sell units at a location, with a reason.' })
  @Allow(Permission.INVENTORY_WRITE)
  async adjustStock(@Ctx() ctx: TenantContext, @Args('input') input: AdjustStockInput): Promise<typeof StockLevelResult> {
    const result = await this.inventory.change(ctx, { ...input, kind: input.kind });
    return result instanceof InsufficientStock ? errorOf(result) : ({ levels: [levelOf(result)] } satisfies StockLevelListType);
  }

  @Mutation(() => StockLevelResult)
  @Allow(Permission.INVENTORY_WRITE)
  async transferStock(@Ctx() ctx: TenantContext, @Args('input') input: TransferStockInput): Promise<typeof StockLevelResult> {
    const result = await this.inventory.transfer(ctx, input);
    return result instanceof InsufficientStock ? errorOf(result) : { levels: result.map(levelOf) };
  }

  @Mutation(() => StockLevelType)
  @Allow(Permission.INVENTORY_WRITE)
  async setLowStockThreshold(@Ctx() ctx: TenantContext, @Args('input') input: SetLowStockThresholdInput): Promise<StockLevelType> {
    return levelOf(await this.inventory.setThreshold(ctx, input.variantId, input.locationId, input.threshold ?? null));
  }

  @Mutation(() => ReservationResult)
  @Allow(Permission.INVENTORY_WRITE)
  async reserveStock(@Ctx() ctx: TenantContext, @Args('input') input: ReserveStockInput): Promise<typeof ReservationResult> {
    const result = await this.inventory.reserve(ctx, input);
    return result instanceof InsufficientStock ? errorOf(result) : (result as StockReservationType);
  }

  @Mutation(() => StockReservationType)
  @Allow(Permission.INVENTORY_WRITE)
  releaseReservation(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.inventory.release(ctx, id);
  }

  @Mutation(() => StockReservationType)
  @Allow(Permission.INVENTORY_WRITE)
  commitReservation(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.inventory.commit(ctx, id);
  }

  @Mutation(() => Int, { description: 'Releases holds past their expiry now (a timer also does it every few seconds).' })
  @Allow(Permission.INVENTORY_WRITE)
  releaseExpiredReservations(@Ctx() ctx: TenantContext) {
    return this.inventory.releaseExpired(ctx);
  }

  @Subscription(() => LowStockAlertType, {
    filter: (payload: LowStockAlert, _vars: unknown, context: SubscriptionContext) => {
      const ctx = context.extra?.tenantContext;
      return !!ctx?.hasTenant && payload.tenantId === ctx.tenantId;
    },
    resolve: (payload: LowStockAlert): LowStockAlertType => ({ ...payload, at: new Date(payload.at) }),
  })
  @Allow(Permission.INVENTORY_READ)
  lowStockAlerts(@Ctx() ctx: TenantContext) {
    return this.pubsub.asyncIterator<LowStockAlert>(inventoryAlertsTopic(ctx.tenantId));
  }
}
