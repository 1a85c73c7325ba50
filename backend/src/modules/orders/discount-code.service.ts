import { Injectable } from '@nestjs/common';
import { LessThanOrEqual } from 'typeorm';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { NotFoundError, UserInputError } from '../../platform/graphql/app-errors';
import { DiscountCode, DiscountKind } from './entities/discount-code.entity';
import { DiscountCodeInvalid } from './order-failures';
import { returningRows } from './returning-rows';

export interface NewDiscountCode {
  code: string;
  kind: DiscountKind;
  /** Basis points for a percentage, minor units for a fixed amount. */
  value: number;
  usageLimit?: number | null;
  expiresAt?: Date | null;
}

/** What staff may correct on an existing code, all of it each time; the code text stays, past orders refer to it. */
export type DiscountCodeChanges = Required<Omit<NewDiscountCode, 'code'>>;

export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The same rules for a new code and a corrected one. */
function checkDiscount(kind: DiscountKind, value: number): void {
  if (!Number.isInteger(value) || value <= 0) throw new UserInputError('The discount must be more than zero');
  if (kind === 'percentage' && value > 10_000) throw new UserInputError('A percentage cannot exceed 100 %');
}

/** Discount codes: created and corrected by staff, checked when a shopper applies one, counted once per order. */
@Injectable()
export class DiscountCodeService {
  constructor(private readonly data: TenantDataService) {}

  async list(ctx: TenantContext): Promise<DiscountCode[]> {
    return this.data.repo(ctx, DiscountCode).find({ order: { createdAt: 'DESC' }, take: 200 });
  }

  async create(ctx: TenantContext, input: NewDiscountCode): Promise<DiscountCode> {
    const code = normalizeCode(input.code);
    if (!/^[A-Z0-9_-]{3,40}$/.test(code)) throw new UserInputError('A code is 3-40 letters, digits, - or _');
    checkDiscount(input.kind, input.value);
    const repo = this.data.repo(ctx, DiscountCode);
    if (await repo.findOneBy({ code })) throw new UserInputError(`The code ${code} exists already`);
    return repo.insert({ code, kind: input.kind, value: input.value, usageLimit: input.usageLimit ?? null, expiresAt: input.expiresAt ?? null, active: true, usedCount: 0 });
  }

  async update(ctx: TenantContext, id: string, changes: DiscountCodeChanges): Promise<DiscountCode> {
    checkDiscount(changes.kind, changes.value);
    const repo = this.data.repo(ctx, DiscountCode);
    const { kind, value, usageLimit, expiresAt } = changes;
    // The limit is compared in the UPDATE itself, so a use claimed meanwhile cannot end up above it.
    const where = usageLimit === null ? { id } : { id, usedCount: LessThanOrEqual(usageLimit) };
    if (await repo.update(where, { kind, value, usageLimit, expiresAt })) return (await repo.findOneBy({ id }))!;
    const existing = await repo.findOneBy({ id });
    if (!existing) throw new NotFoundError('Discount code');
    throw new UserInputError(`This code was used ${existing.usedCount} times already: the limit cannot be lower`);
  }

  async setActive(ctx: TenantContext, id: string, active: boolean): Promise<DiscountCode | null> {
    await this.data.repo(ctx, DiscountCode).update({ id }, { active });
    return this.data.repo(ctx, DiscountCode).findOneBy({ id });
  }

  /** The code if a shopper may use it now (active, not expired, uses left). */
  async usable(ctx: TenantContext, rawCode: string): Promise<DiscountCode | DiscountCodeInvalid> {
    const code = await this.data.repo(ctx, DiscountCode).findOneBy({ code: normalizeCode(rawCode) });
    if (!code || !code.active) return new DiscountCodeInvalid();
    if (code.expiresAt && code.expiresAt.getTime() <= Date.now()) return new DiscountCodeInvalid('This discount code has expired');
    if (code.usageLimit !== null && code.usedCount >= code.usageLimit) return new DiscountCodeInvalid('This discount code has been used up');
    return code;
  }

  /** Counts one use, atomically: the last use cannot be taken by two orders at once. */
  async claim(ctx: TenantContext, codeId: string): Promise<boolean> {
    const rows = await this.data.repo(ctx, DiscountCode).sql(
      `UPDATE discount_codes SET used_count = used_count + 1
        WHERE tenant_id = $1 AND id = $2 AND active AND (usage_limit IS NULL OR used_count < usage_limit) AND (expires_at IS NULL OR expires_at > now())
        RETURNING id`,
      [codeId],
    );
    return returningRows(rows).length > 0;
  }

  /** Gives a use back (the order was cancelled before it was paid). */
  async unclaim(ctx: TenantContext, rawCode: string): Promise<void> {
    await this.data.repo(ctx, DiscountCode).sql(`UPDATE discount_codes SET used_count = used_count - 1 WHERE tenant_id = $1 AND code = $2 AND used_count > 0`, [normalizeCode(rawCode)]);
  }
}

