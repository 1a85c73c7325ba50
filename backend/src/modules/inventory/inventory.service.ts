import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { EventBus } from '../../platform/events/event-bus';
import { NotFoundError, UserInputError } from '../../platform/graphql/app-errors';
import { PubSubPort } from '../../platform/pubsub/pubsub.port';
import { actorLabel } from './actor-label';
import { StockLevel } from './entities/stock-level.entity';
import { StockLocation } from './entities/stock-location.entity';
import { StockMovement, StockMovementKind } from './entities/stock-movement.entity';
import { StockReservation } from './entities/stock-reservation.entity';
import { InsufficientStock } from './insufficient-stock.error';
import { inventoryAlertsTopic, LowStockAlert, LowStockEvent, StockChangedEvent } from './inventory-events';

export const DEFAULT_LOCATION_CODE = 'main';

interface LevelRow {
  id: string;
  variant_id: string;
  location_id: string;
  on_hand: number;
  reserved: number;
  low_stock_threshold: number | null;
}

export interface StockChange {
  variantId: string;
  locationId?: string;
  /** Units added (positive) or removed (negative). */
  delta: number;
  kind: Extract<StockMovementKind, 'receipt' | 'adjustment' | 'return' | 'sale'>;
  reason: string;
  reference?: string;
}

export interface ReserveRequest {
  variantId: string;
  quantity: number;
  ttlSeconds: number;
  reference?: string;
  locationId?: string;
}

/**
 * Stock per variant per location. Every change is one atomic, guarded UPDATE (never read-then-write)
 * plus a ledger row, in one transaction; CHECK constraints back the guards.
 */
@Injectable()
export class InventoryService {
  constructor(
    private readonly data: TenantDataService,
    private readonly events: EventBus,
    private readonly pubsub: PubSubPort,
  ) {}

  async locations(ctx: TenantContext): Promise<StockLocation[]> {
    return this.data.repo(ctx, StockLocation).find({ order: { createdAt: 'ASC' } });
  }

  async createLocation(ctx: TenantContext, name: string, code: string): Promise<StockLocation> {
    const repo = this.data.repo(ctx, StockLocation);
    if (await repo.findOneBy({ code })) throw new UserInputError(`A location with code "${code}" exists`);
    return repo.insert({ name, code });
  }

  /** The store's default warehouse, created on first use. */
  async defaultLocation(ctx: TenantContext): Promise<StockLocation> {
    const manager = this.data.managerOf(ctx);
    await manager.query(
      `INSERT INTO stock_locations (tenant_id, name, code) VALUES ($1, 'Main warehouse', $2) ON CONFLICT (tenant_id, code) DO NOTHING`,
      [ctx.tenantId, DEFAULT_LOCATION_CODE],
    );
    const location = await this.data.repo(ctx, StockLocation).findOneBy({ code: DEFAULT_LOCATION_CODE });
    if (!location) throw new NotFoundError('Location');
    return location;
  }

  async levels(ctx: TenantContext, filter: { variantIds?: string[]; locationId?: string; lowStockOnly?: boolean }): Promise<StockLevel[]> {
    const qb = this.data.repo(ctx, StockLevel).query('l');
    if (filter.variantIds) qb.andWhere('l.variant_id = ANY(:variantIds)', { variantIds: filter.variantIds });
    if (filter.locationId) qb.andWhere('l.location_id = :locationId', { locationId: filter.locationId });
    if (filter.lowStockOnly) qb.andWhere('l.low_stock_threshold IS NOT NULL AND l.on_hand - l.reserved <= l.low_stock_threshold');
    return qb.orderBy('l.created_at', 'ASC').addOrderBy('l.id', 'ASC').take(500).getMany();
  }

  async movements(ctx: TenantContext, variantId: string | undefined, first: number): Promise<StockMovement[]> {
    return this.data.repo(ctx, StockMovement).find({
      where: variantId ? { variantId } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      take: Math.min(first, 200),
    });
  }

  /**
   * Sets on-hand units of many variants at the default location (imports), recording the
   * difference as adjustments. Returns units available per variant across locations.
   */
  async setOnHandMany(ctx: TenantContext, entries: Array<{ variantId: string; onHand: number }>, reason: string): Promise<Map<string, number>> {
    if (!entries.length) return new Map();
    return this.data.transaction(ctx, async (tx) => {
      const location = await this.defaultLocation(tx);
      const manager = this.data.managerOf(tx);
      const payload = JSON.stringify(entries.map((e) => ({ v: e.variantId, q: e.onHand })));
      // Lowering below what is reserved is refused by the CHECK; clamp to reserved so an import never fails on it.
      await manager.query(
        `WITH input AS (SELECT r.v::uuid AS variant_id, r.q AS qty FROM jsonb_to_recordset($3::jsonb) AS r(v text, q int)),
         before AS (SELECT s.variant_id, s.on_hand FROM input i JOIN stock_levels s ON s.tenant_id = $1 AND s.variant_id = i.variant_id AND s.location_id = $2),
         upserted AS (
           INSERT INTO stock_levels (tenant_id, variant_id, location_id, on_hand)
           SELECT $1, i.variant_id, $2, i.qty FROM input i
           ON CONFLICT (tenant_id, variant_id, location_id) DO UPDATE SET on_hand = GREATEST(EXCLUDED.on_hand, stock_levels.reserved), updated_at = now()
           RETURNING variant_id, on_hand)
         INSERT INTO stock_movements (tenant_id, variant_id, location_id, kind, on_hand_delta, reason, actor)
         SELECT $1, u.variant_id, $2, 'adjustment', u.on_hand - coalesce(b.on_hand, 0), $4, $5
         FROM upserted u LEFT JOIN before b ON b.variant_id = u.variant_id
         WHERE u.on_hand - coalesce(b.on_hand, 0) <> 0`,
        [tx.tenantId, location.id, payload, reason.slice(0, 255), actorLabel(tx.actor)],
      );
      const ids = entries.map((e) => e.variantId);
      await this.checkLowStock(tx, ids);
      const available = await this.availableByVariant(tx, ids);
      this.events.publish(tx, new StockChangedEvent(tx.tenantId, tx.actor, Object.fromEntries(available)));
      return available;
    });
  }

  /** Adds or removes units at one location; removing more than is free returns InsufficientStock. */
  async change(ctx: TenantContext, change: StockChange): Promise<StockLevel | InsufficientStock> {
    if (!Number.isInteger(change.delta) || change.delta === 0) throw new UserInputError('The quantity must be a non-zero whole number');
    return this.data.transaction(ctx, async (tx) => {
      const locationId = change.locationId ?? (await this.defaultLocation(tx)).id;
      await this.assertLocation(tx, locationId);
      const level = await this.applyDelta(tx, change.variantId, locationId, change.delta);
      if (!level) return new InsufficientStock(change.variantId, -change.delta, await this.availableAt(tx, change.variantId, locationId));
      await this.record(tx, { variantId: change.variantId, locationId, kind: change.kind, onHandDelta: change.delta, reason: change.reason, reference: change.reference });
      await this.afterChange(tx, [change.variantId]);
      return this.toLevel(level);
    });
  }

  async transfer(ctx: TenantContext, input: { variantId: string; fromLocationId: string; toLocationId: string; quantity: number; reason: string }): Promise<StockLevel[] | InsufficientStock> {
    if (input.fromLocationId === input.toLocationId) throw new UserInputError('Pick two different locations');
    if (!Number.isInteger(input.quantity) || input.quantity <= 0) throw new UserInputError('The quantity must be a positive whole number');
    return this.data.transaction(ctx, async (tx) => {
      await this.assertLocation(tx, input.fromLocationId);
      await this.assertLocation(tx, input.toLocationId);
      const from = await this.applyDelta(tx, input.variantId, input.fromLocationId, -input.quantity);
      if (!from) return new InsufficientStock(input.variantId, input.quantity, await this.availableAt(tx, input.variantId, input.fromLocationId));
      const to = await this.applyDelta(tx, input.variantId, input.toLocationId, input.quantity);
      if (!to) throw new Error('Adding stock cannot fail');
      const reference = `transfer:${input.fromLocationId}->${input.toLocationId}`;
      await this.record(tx, { variantId: input.variantId, locationId: input.fromLocationId, kind: 'transfer', onHandDelta: -input.quantity, reason: input.reason, reference });
      await this.record(tx, { variantId: input.variantId, locationId: input.toLocationId, kind: 'transfer', onHandDelta: input.quantity, reason: input.reason, reference });
      await this.afterChange(tx, [input.variantId]);
      return [this.toLevel(from), this.toLevel(to)];
    });
  }

  /** Holds units for a cart or order; never more than are free, whatever runs at the same time. */
  async reserve(ctx: TenantContext, request: ReserveRequest): Promise<StockReservation | InsufficientStock> {
    if (!Number.isInteger(request.quantity) || request.quantity <= 0) throw new UserInputError('The quantity must be a positive whole number');
    const ttl = Math.min(Math.max(request.ttlSeconds, 1), 7 * 24 * 3600);
    return this.data.transaction(ctx, async (tx) => {
      const manager = this.data.managerOf(tx);
      // The guard in the outer WHERE is re-checked on the locked row, so two concurrent holds cannot both pass.
      const rows: unknown = await manager.query(
        `UPDATE stock_levels SET reserved = reserved + $3, updated_at = now()
         WHERE id = (SELECT id FROM stock_levels WHERE tenant_id = $1 AND variant_id = $2 AND on_hand - reserved >= $3 ${request.locationId ? 'AND location_id = $4' : ''}
                     ORDER BY on_hand - reserved DESC LIMIT 1 FOR UPDATE)
           AND tenant_id = $1 AND on_hand - reserved >= $3
         RETURNING id, variant_id, location_id, on_hand, reserved, low_stock_threshold`,
        request.locationId ? [tx.tenantId, request.variantId, request.quantity, request.locationId] : [tx.tenantId, request.variantId, request.quantity],
      );
      const level = firstRow<LevelRow>(rows);
      if (!level) return new InsufficientStock(request.variantId, request.quantity, await this.availableTotal(tx, request.variantId));
      const reservation = await this.data.repo(tx, StockReservation).insert({
        variantId: request.variantId,
        locationId: level.location_id,
        quantity: request.quantity,
        status: 'active',
        expiresAt: new Date(Date.now() + ttl * 1000),
        reference: request.reference ?? null,
      });
      await this.record(tx, { variantId: request.variantId, locationId: level.location_id, kind: 'reservation', reservedDelta: request.quantity, reason: 'hold', reference: reservation.id });
      await this.afterChange(tx, [request.variantId]);
      return reservation;
    });
  }

  /** Gives held units back (cart abandoned, order cancelled). Releasing twice changes nothing. */
  async release(ctx: TenantContext, reservationId: string, reason = 'released'): Promise<StockReservation> {
    return this.settle(ctx, reservationId, 'released', reason);
  }

  /** Turns a hold into a sale: the units leave on-hand stock. */
  async commit(ctx: TenantContext, reservationId: string, reason = 'sold'): Promise<StockReservation> {
    return this.settle(ctx, reservationId, 'consumed', reason);
  }

  /** Releases every hold past its expiry; returns how many. */
  async releaseExpired(ctx: TenantContext): Promise<number> {
    const due = await this.data
      .repo(ctx, StockReservation)
      .query('r')
      .andWhere(`r.status = 'active' AND r.expires_at <= now()`)
      .orderBy('r.expires_at', 'ASC')
      .take(500)
      .getMany();
    let released = 0;
    for (const r of due) {
      const result = await this.settle(ctx, r.id, 'expired', 'hold expired');
      if (result.status === 'expired') released++;
    }
    return released;
  }

  async setThreshold(ctx: TenantContext, variantId: string, locationId: string | undefined, threshold: number | null): Promise<StockLevel> {
    if (threshold !== null && (!Number.isInteger(threshold) || threshold < 0)) throw new UserInputError('The threshold must be a whole number of 0 or more');
    return this.data.transaction(ctx, async (tx) => {
      const location = locationId ?? (await this.defaultLocation(tx)).id;
      await this.assertLocation(tx, location);
      const manager = this.data.managerOf(tx);
      await manager.query(
        `INSERT INTO stock_levels (tenant_id, variant_id, location_id, low_stock_threshold) VALUES ($1, $2, $3, $4)
         ON CONFLICT (tenant_id, variant_id, location_id) DO UPDATE SET low_stock_threshold = EXCLUDED.low_stock_threshold,
           low_stock_alerted = false, updated_at = now()`,
        [tx.tenantId, variantId, location, threshold],
      );
      await this.checkLowStock(tx, [variantId]);
      const level = await this.data.repo(tx, StockLevel).findOneBy({ variantId, locationId: location });
      if (!level) throw new NotFoundError('Stock level');
      return level;
    });
  }

  async availableByVariant(ctx: TenantContext, variantIds: string[]): Promise<Map<string, number>> {
    const rows = await this.data
      .repo(ctx, StockLevel)
      .sql<{ variant_id: string; available: number }>(
        `SELECT variant_id, sum(on_hand - reserved)::int AS available FROM stock_levels WHERE tenant_id = $1 AND variant_id = ANY($2) GROUP BY variant_id`,
        [variantIds],
      );
    const map = new Map(variantIds.map((id) => [id, 0]));
    for (const r of rows) map.set(r.variant_id, r.available);
    return map;
  }

  private async settle(ctx: TenantContext, reservationId: string, to: 'released' | 'consumed' | 'expired', reason: string): Promise<StockReservation> {
    return this.data.transaction(ctx, async (tx) => {
      const manager = this.data.managerOf(tx);
      const claimed = firstRow<{ id: string }>(
        await manager.query(`UPDATE stock_reservations SET status = $3 WHERE tenant_id = $1 AND id = $2 AND status = 'active' RETURNING id`, [
          tx.tenantId,
          reservationId,
          to,
        ]),
      );
      const reservation = await this.data.repo(tx, StockReservation).findOneBy({ id: reservationId });
      if (!reservation) throw new NotFoundError('Reservation');
      if (!claimed) return reservation;
      const sold = to === 'consumed' ? reservation.quantity : 0;
      await manager.query(
        `UPDATE stock_levels SET reserved = reserved - $4, on_hand = on_hand - $5, updated_at = now() WHERE tenant_id = $1 AND variant_id = $2 AND location_id = $3`,
        [tx.tenantId, reservation.variantId, reservation.locationId, reservation.quantity, sold],
      );
      await this.record(tx, {
        variantId: reservation.variantId,
        locationId: reservation.locationId,
        kind: to === 'consumed' ? 'sale' : 'release',
        onHandDelta: -sold,
        reservedDelta: -reservation.quantity,
        reason,
        reference: reservation.id,
      });
      await this.afterChange(tx, [reservation.variantId]);
      return reservation;
    });
  }

  /** Adds `delta` on-hand units, creating the level when stock arrives; null when it would go below what is reserved. */
  private async applyDelta(ctx: TenantContext, variantId: string, locationId: string, delta: number): Promise<LevelRow | null> {
    const manager = this.data.managerOf(ctx);
    if (delta > 0) {
      const rows = (await manager.query(
        `INSERT INTO stock_levels (tenant_id, variant_id, location_id, on_hand) VALUES ($1, $2, $3, $4)
         ON CONFLICT (tenant_id, variant_id, location_id) DO UPDATE SET on_hand = stock_levels.on_hand + EXCLUDED.on_hand, updated_at = now()
         RETURNING id, variant_id, location_id, on_hand, reserved, low_stock_threshold`,
        [ctx.tenantId, variantId, locationId, delta],
      )) as LevelRow[];
      return rows[0] ?? null;
    }
    return firstRow<LevelRow>(
      await manager.query(
        `UPDATE stock_levels SET on_hand = on_hand + $4, updated_at = now()
         WHERE tenant_id = $1 AND variant_id = $2 AND location_id = $3 AND on_hand - reserved >= $5
         RETURNING id, variant_id, location_id, on_hand, reserved, low_stock_threshold`,
        [ctx.tenantId, variantId, locationId, delta, -delta],
      ),
    );
  }

  private async record(
    ctx: TenantContext,
    m: { variantId: string; locationId: string; kind: StockMovementKind; onHandDelta?: number; reservedDelta?: number; reason: string; reference?: string },
  ): Promise<void> {
    await this.data.repo(ctx, StockMovement).insert({
      variantId: m.variantId,
      locationId: m.locationId,
      kind: m.kind,
      onHandDelta: m.onHandDelta ?? 0,
      reservedDelta: m.reservedDelta ?? 0,
      reason: m.reason.slice(0, 255),
      actor: actorLabel(ctx.actor),
      reference: m.reference?.slice(0, 120) ?? null,
    });
  }

  private async afterChange(ctx: TenantContext, variantIds: string[]): Promise<void> {
    await this.checkLowStock(ctx, variantIds);
    const available = await this.availableByVariant(ctx, variantIds);
    this.events.publish(ctx, new StockChangedEvent(ctx.tenantId, ctx.actor, Object.fromEntries(available)));
  }

  /**
   * Flips the alerted flag when available stock crosses the threshold, in either direction. The
   * row lock of the UPDATE serialises concurrent crossings, so each one alerts exactly once.
   */
  private async checkLowStock(ctx: TenantContext, variantIds: string[]): Promise<void> {
    const manager = this.data.managerOf(ctx);
    const rows = firstRows<{ variant_id: string; location_id: string; available: number; low_stock_threshold: number; low_stock_alerted: boolean }>(
      await manager.query(
        `UPDATE stock_levels SET low_stock_alerted = (on_hand - reserved <= low_stock_threshold)
         WHERE tenant_id = $1 AND variant_id = ANY($2) AND low_stock_threshold IS NOT NULL
           AND low_stock_alerted IS DISTINCT FROM (on_hand - reserved <= low_stock_threshold)
         RETURNING variant_id, location_id, on_hand - reserved AS available, low_stock_threshold, low_stock_alerted`,
        [ctx.tenantId, variantIds],
      ),
    );
    for (const r of rows) {
      if (!r.low_stock_alerted) continue;
      const alert: LowStockAlert = {
        tenantId: ctx.tenantId,
        variantId: r.variant_id,
        locationId: r.location_id,
        available: r.available,
        threshold: r.low_stock_threshold,
        at: new Date().toISOString(),
      };
      this.events.publish(ctx, new LowStockEvent(ctx.tenantId, ctx.actor, alert));
      ctx.afterCommit(() => void this.pubsub.publish(inventoryAlertsTopic(ctx.tenantId), alert));
    }
  }

  private async assertLocation(ctx: TenantContext, locationId: string): Promise<void> {
    if (!(await this.data.repo(ctx, StockLocation).findOneBy({ id: locationId }))) throw new NotFoundError('Location');
  }

  private async availableAt(ctx: TenantContext, variantId: string, locationId: string): Promise<number> {
    const level = await this.data.repo(ctx, StockLevel).findOneBy({ variantId, locationId });
    return level ? level.onHand - level.reserved : 0;
  }

  private async availableTotal(ctx: TenantContext, variantId: string): Promise<number> {
    return (await this.availableByVariant(ctx, [variantId])).get(variantId) ?? 0;
  }

  private toLevel(row: LevelRow): StockLevel {
    return Object.assign(new StockLevel(), {
      id: row.id,
      variantId: row.variant_id,
      locationId: row.location_id,
      onHand: row.on_hand,
      reserved: row.reserved,
      lowStockThreshold: row.low_stock_threshold,
    });
  }
}

/** UPDATE ... RETURNING through TypeORM yields [rows, count]; INSERT ... RETURNING yields rows. */
function firstRows<R>(result: unknown): R[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as R[];
  return result as R[];
}

function firstRow<R>(result: unknown): R | null {
  return firstRows<R>(result)[0] ?? null;
}
